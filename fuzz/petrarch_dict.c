/*
 * petrarch_dict.c - libFuzzer target for the TABARI/PETRARCH dictionary
 * importer: the first byte picks the kind (actors, agents, verbs), the rest
 * is the file; a coder then codes a fixed sentence with the result.
 */
#include <entente/text.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    ent_dict *d = NULL;
    ent_coder *c = NULL;
    if (ent_dict_new(&d))
        return 0;
    ent_petr_kind kind = (ent_petr_kind)(data[0] % 3);
    size_t skipped = 0;
    if (ent_dict_import_petrarch_string(d, kind, (const char *)data + 1, size - 1,
                                        &skipped) == 0 &&
        ent_coder_new(&c, d) == 0) {
        static const char text[] = "Arnor officials accused Gondor of attacking "
                                   "the Baltic states. They did not meet.";
        (void)ent_coder_code(c, "f", ENT_DATE_MIN, text, sizeof text - 1, NULL, NULL);
    }
    ent_coder_free(c);
    ent_dict_free(d);
    return 0;
}
