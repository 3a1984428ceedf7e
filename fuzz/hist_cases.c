/* hist_cases.c - libFuzzer target: the backtest case-list reader
 * (ent_hist_cases_parse) on arbitrary bytes. */
#include <entente/fit.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_hist_case *cs = NULL;
    size_t n = 0;
    (void)ent_hist_cases_parse(&cs, &n, (const char *)data, size, "fuzz.csv");
    free(cs);
    return 0;
}
