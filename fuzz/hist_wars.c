/* hist_wars.c - libFuzzer target: the wars dataset reader
 * (ent_hist_parse with ENT_HIST_WARS) on arbitrary bytes. */
#include <entente/fit.h>

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_hist *h = NULL;
    if (ent_hist_new(&h) != 0)
        return 0;
    (void)ent_hist_parse(h, ENT_HIST_WARS, (const char *)data, size, "fuzz.csv");
    ent_hist_free(h);
    return 0;
}
