/*
 * events_jsonl.c - libFuzzer target for the ingest of coded events
 * (ent_events_ingest_jsonl: the fast flat-object scanner, its jansson
 * fallback, document grouping and range logic) into an in-memory SQLite
 * store. The first byte picks the range start, so that the "document begun
 * before the range" path runs too.
 */
#include <entente/events.h>
#include <entente/store.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_store *s = NULL;
    if (size < 1 || ent_store_open(&s, ":memory:") != 0)
        return 0;
    char *copy = calloc(1, size);
    if (!copy) {
        ent_store_close(s);
        return 0;
    }
    memcpy(copy, data + 1, size - 1);
    FILE *fp = fmemopen(copy, size - 1 ? size - 1 : 1, "rb");
    if (fp) {
        uint64_t begin = size > 1 ? data[0] % size : 0;
        /* a range starts at a line start */
        while (begin > 0 && begin < size - 1 && copy[begin - 1] != '\n')
            begin++;
        if (begin > size - 1)
            begin = size - 1;
        ent_events_ingest_stats st;
        ent_events_ingest_jsonl(s, fp, "fuzz", begin, UINT64_MAX, 3, &st);
        fclose(fp);
    }
    free(copy);
    ent_store_close(s);
    return 0;
}
