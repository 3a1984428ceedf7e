/* fit_csv.c - libFuzzer target: the CSV reader under the dataset readers,
 * with every field read as a number. */
#include <stddef.h>
#include <stdint.h>

#include "../src/fit/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_csv c;
    if (ent_fit__csv_parse(&c, (const char *)data, size, "fuzz.csv") != 0)
        return 0;
    double v;
    for (size_t r = 0; r < c.rows; r++)
        for (size_t k = 0; k < c.cols; k++)
            (void)ent_fit__csv_num(&c, r, (int)k, &v);
    ent_fit__csv_free(&c);
    return 0;
}
