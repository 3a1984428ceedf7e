/*
 * arena.c - bump allocator and string map (see arena.h).
 */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct ent_arena_block {
    ent_arena_block *next;
    size_t size;
    _Alignas(16) unsigned char data[];
};

void ent_core__arena_init(ent_arena *a)
{
    a->head = NULL;
    a->used = a->size = 0;
}

void ent_core__arena_free(ent_arena *a)
{
    ent_arena_block *b = a->head;
    while (b) {
        ent_arena_block *next = b->next;
        free(b);
        b = next;
    }
    ent_core__arena_init(a);
}

void *ent_core__arena_alloc(ent_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    if (!a->head || a->used + n > a->size) {
        size_t size = n > 65536 ? n : 65536;
        ent_arena_block *b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->next = a->head;
        b->size = size;
        a->head = b;
        a->used = 0;
        a->size = size;
    }
    void *p = a->head->data + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

char *ent_core__arena_strdup(ent_arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = ent_core__arena_alloc(a, n);
    if (p)
        memcpy(p, s, n);
    return p;
}

uint64_t ent_core__hash(const char *s)
{
    /* FNV-1a, 64-bit. */
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

void ent_core__strmap_free(ent_strmap *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->n = 0;
}

static int grow(ent_strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    const char **keys = calloc(cap, sizeof *keys);
    size_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = (size_t)ent_core__hash(m->keys[i]) & (cap - 1);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

int ent_core__strmap_put(ent_strmap *m, const char *key, size_t val)
{
    if ((m->n + 1) * 2 > m->cap && grow(m) != 0)
        return -1;
    size_t j = (size_t)ent_core__hash(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0) {
            m->vals[j] = val;
            return 0;
        }
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = key;
    m->vals[j] = val;
    m->n++;
    return 0;
}

int ent_core__strmap_get(const ent_strmap *m, const char *key, size_t *val)
{
    if (!m->cap)
        return 0;
    size_t j = (size_t)ent_core__hash(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0) {
            if (val)
                *val = m->vals[j];
            return 1;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}
