/*
 * assume_grid.c - libFuzzer target for the assumption-grid parser
 * (entente/sweep.h): arbitrary bytes must parse or fail cleanly, and a
 * parsed grid must answer every query within its bounds.
 */
#include <entente/sweep.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_grid *g = NULL;
    if (ent_grid_parse(&g, (const char *)data, size, "fuzz") != 0)
        return 0;
    uint64_t n = ent_grid_sets(g);
    size_t touched = 0;
    for (uint64_t s = 0; s < n && s < 64; s++)
        for (size_t d = 0; d < ent_grid_dims(g); d++) {
            size_t k = ent_grid_choice(g, s, d);
            const char *const *ex;
            size_t m = ent_grid_exprs(g, d, k, &ex);
            for (size_t i = 0; i < m; i++)
                touched += ex[i][0] != 0;
            touched += ent_grid_label(g, d, k)[0] != 0;
        }
    ent_grid_free(g);
    return touched == (size_t)-1;
}
