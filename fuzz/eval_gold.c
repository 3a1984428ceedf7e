/* eval_gold.c - libFuzzer target: the gold-file reader of `entente eval`
 * (ent_eval_against, TSV and JSONL items) on arbitrary bytes, scored
 * against itself. */
#define _GNU_SOURCE
#include <entente/text.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/ent_fuzz_eval_%ld.tsv", (long)getpid());
    }
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return 0;
    if (size)
        fwrite(data, 1, size, fp);
    fclose(fp);
    ent_eval_result r;
    if (ent_eval_against(path, path, ENT_SPLIT_ALL, &r, NULL, NULL) == 0)
        ent_eval_result_free(&r);
    unlink(path);
    return 0;
}
