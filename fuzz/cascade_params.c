/* cascade_params.c - libFuzzer target: the cascade parameter-file parser
 * (ent_cascade_params_parse) on arbitrary bytes. */
#include <entente/cascade.h>

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_cascade_params p;
    (void)ent_cascade_params_parse(&p, (const char *)data, size, "fuzz.json");
    return 0;
}
