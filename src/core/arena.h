/*
 * arena.h - internal: a bump allocator for records and strings owned by one
 * long-lived object (a world, a document), and an open-addressing string map.
 * Everything allocated from an arena is freed at once with the arena.
 */
#ifndef ENT_CORE_ARENA_H
#define ENT_CORE_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct ent_arena_block ent_arena_block;
typedef struct ent_arena {
    ent_arena_block *head;
    size_t used, size;
} ent_arena;

void ent_core__arena_init(ent_arena *a);
void ent_core__arena_free(ent_arena *a);
/** Zeroed, 16-byte aligned memory, or NULL on ENOMEM. */
void *ent_core__arena_alloc(ent_arena *a, size_t n);
char *ent_core__arena_strdup(ent_arena *a, const char *s);

/** Map from string keys (borrowed; must outlive the map) to size_t values. */
typedef struct ent_strmap {
    const char **keys;
    size_t *vals;
    size_t cap, n;
} ent_strmap;

void ent_core__strmap_free(ent_strmap *m);
/** Insert or replace. Returns 0 or -1 on ENOMEM. */
int ent_core__strmap_put(ent_strmap *m, const char *key, size_t val);
/** Look up; returns 1 and sets *val if found, else 0. */
int ent_core__strmap_get(const ent_strmap *m, const char *key, size_t *val);
uint64_t ent_core__hash(const char *s);

#endif
