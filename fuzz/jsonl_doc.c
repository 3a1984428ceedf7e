/*
 * jsonl_doc.c - libFuzzer target for the JSONL document input of
 * `entente code --input-format jsonl`: each line is parsed and, when it is
 * a document, coded with a small dictionary.
 */
#include <entente/text.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char dict_text[] = "state RUS | Russia\nstate UKR | Ukraine\n"
                                "verb 190 | attacked\nverb 040 | met\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_dict *d = NULL;
    ent_coder *c = NULL;
    if (ent_dict_new(&d) || ent_dict_load_string(d, dict_text, sizeof dict_text - 1, "f") ||
        ent_coder_new(&c, d)) {
        ent_dict_free(d);
        return 0;
    }
    const char *p = (const char *)data, *end = p + size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char *id = NULL, *text = NULL;
        size_t len = 0;
        ent_date date = ENT_DATE_MIN;
        if (ent_text_parse_jsonl_doc(p, n, &id, &date, &text, &len) == 0)
            (void)ent_coder_code(c, id ? id : "", date, text, len, NULL, NULL);
        free(id);
        free(text);
        p += n + 1;
    }
    ent_coder_free(c);
    ent_dict_free(d);
    return 0;
}
