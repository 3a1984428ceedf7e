/*
 * yaml_load.c - libFuzzer target for the world/scenario YAML loader: any
 * bytes must give either a world or a list of errors, never a crash, a
 * leak or undefined behaviour.
 */
#include <entente/io.h>

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_list errors = {0};
    ent_world *w = NULL;
    ent_io_load_buffer(&w, "fuzz.yaml", (const char *)data, size, &errors);
    ent_world_errors_free(&errors);
    ent_world_free(w);
    return 0;
}
