/*
 * coder.c - libFuzzer target for the coder: tokenizer, sentence splitter,
 * matcher and event assembly on arbitrary bytes (invalid UTF-8 included),
 * with entente's own dictionary format loaded from the first part of the
 * input when it contains a "\n===\n" separator, else a small built-in one
 * (with target-model and event-model weights, and target candidates and
 * event features traced).
 */
#include <entente/text.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int sink(void *ctx, const ent_event *ev)
{
    (void)ctx;
    return ev->cameo[0] == '\0'; /* never true: touch the record */
}

static const char builtin[] =
    "state USA | United States | US! | U.S. | American\n"
    "state RUS | Russia | Russian\nstate UKR | Ukraine | Ukrainian\n"
    "state LTU | Lithuania\nstate LVA | Latvia\n"
    "group BALTIC = LTU LVA | Baltic states\n"
    "person UKRELI UKR | Zelensky ; UKRGOV UKR 2019-05-20 -\n"
    "agent GOV | government | officials | the delegation\n"
    "agent MIL | forces | troops\n"
    "verb 190 | attacked / attack\nverb 1224 | declined * guarantees\n"
    "verb 040 | met / meet\nverb 130 | threatened\n"
    "weight margin 0\nweight null 0.5\nweight rule 1\nweight after.dist0 0.3\n"
    "weight prep.to.root19 0.7\nweight subject_of_verb -1\n"
    "event bias 0.2\nevent c=190 -0.4\nevent t0/13 -1\nevent p1=comma 0.3\n"
    "event threshold 0.4\n";

static void trace(void *ctx, const char *line)
{
    *(size_t *)ctx += strlen(line); /* touch the line */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_dict *d = NULL;
    ent_coder *c = NULL;
    const char *text = (const char *)data;
    size_t len = size;
    if (ent_dict_new(&d))
        return 0;
    const char *sep = NULL;
    for (size_t i = 0; i + 5 <= size; i++)
        if (memcmp(data + i, "\n===\n", 5) == 0) {
            sep = (const char *)data + i;
            break;
        }
    int rc;
    if (sep) {
        rc = ent_dict_load_string(d, text, (size_t)(sep - text), "fuzz");
        len = size - (size_t)(sep - text) - 5;
        text = sep + 5;
    } else {
        rc = ent_dict_load_string(d, builtin, sizeof builtin - 1, "builtin");
    }
    size_t traced = 0;
    if (rc == 0 && ent_coder_new(&c, d) == 0) {
        ent_coder_trace_targets(c, trace, &traced);
        ent_coder_trace_events(c, trace, &traced);
        ent_date date = ent_date_from_ymd(2025, 8, 27);
        (void)ent_coder_code(c, "f", date, text, len, sink, NULL);
        (void)ent_coder_code(c, "g", ENT_DATE_MIN, text, len, sink, NULL);
    }
    ent_coder_free(c);
    ent_dict_free(d);
    return 0;
}
