/*
 * bargain_csv.c - libFuzzer target for the bargaining input readers: the
 * KTAB SMP CSV reader and the plain Actor,Capability,Position,Salience
 * reader (the first byte picks which one sees the rest). Accepted tables
 * are also run through one SMP turn and one EUM round.
 */
#include <entente/bargain.h>

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    ent_bargain_table *t = NULL;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    int rc = (data[0] & 1) ? ent_bargain_parse_plain(text, len, "fuzz", &t)
                           : ent_bargain_parse_ktab(text, len, "fuzz", &t);
    if (rc == 0 && t && t->n_actors <= 16 && t->n_dims <= 4) {
        ent_bargain_options o = {0};
        ent_bargain_result *r = NULL;
        o.max_rounds = 2;
        if (ent_bargain_run(t, &o, &r) == 0)
            ent_bargain_result_free(r);
        o.model = ENT_BARGAIN_EUM;
        r = NULL;
        if (ent_bargain_run(t, &o, &r) == 0)
            ent_bargain_result_free(r);
    }
    ent_bargain_table_free(t);
    return 0;
}
