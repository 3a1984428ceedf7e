/*
 * strtab.c - a string table mapping byte strings to dense ids (1..n) with
 * open addressing (hash and id in each slot, so that a probe rarely
 * touches the strings); used for dictionary words and the coders' word
 * caches. Lookups are inline in text_int.h.
 */
#include "text_int.h"

#include <stdlib.h>
#include <string.h>

void strtab_free(strtab *t)
{
    if (!t)
        return;
    free(t->buf);
    free(t->off);
    free(t->len);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

static int rehash(strtab *t, size_t nslots)
{
    uint64_t *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        return ENT_ENOMEM;
    size_t mask = nslots - 1;
    for (uint32_t id = 1; id <= t->n; id++) {
        uint32_t h = strtab_hash(t->buf + t->off[id], t->len[id]);
        size_t i = h & mask;
        while (slots[i])
            i = (i + 1) & mask;
        slots[i] = (uint64_t)h << 32 | id;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    return 0;
}

int strtab_add(strtab *t, const char *s, size_t n, uint32_t *id)
{
    uint32_t found = strtab_find(t, s, n);
    if (found) {
        *id = found;
        return 0;
    }
    if (n > UINT32_MAX / 2 || t->n >= UINT32_MAX / 4)
        return ent_error_set(ENT_ELIMIT, "string table full");
    if ((t->n + 2) * 2 > t->nslots) {
        int rc = rehash(t, t->nslots ? t->nslots * 2 : 64);
        if (rc)
            return rc;
    }
    if (t->n + 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        uint32_t *off = realloc(t->off, cap * sizeof *off);
        if (!off)
            return ENT_ENOMEM;
        t->off = off;
        uint32_t *len = realloc(t->len, cap * sizeof *len);
        if (!len)
            return ENT_ENOMEM;
        t->len = len;
        t->cap = cap;
    }
    if (t->blen + n + 1 > t->bcap) {
        size_t cap = t->bcap ? t->bcap : 1024;
        while (cap < t->blen + n + 1)
            cap *= 2;
        char *buf = realloc(t->buf, cap);
        if (!buf)
            return ENT_ENOMEM;
        t->buf = buf;
        t->bcap = cap;
    }
    if (t->blen > UINT32_MAX - n - 1)
        return ent_error_set(ENT_ELIMIT, "string table full");
    uint32_t nid = (uint32_t)(t->n + 1);
    t->off[nid] = (uint32_t)t->blen;
    t->len[nid] = (uint32_t)n;
    memcpy(t->buf + t->blen, s, n);
    t->buf[t->blen + n] = '\0';
    t->blen += n + 1;
    t->n = nid;
    size_t mask = t->nslots - 1;
    uint32_t h = strtab_hash(s, n);
    size_t i = h & mask;
    while (t->slots[i])
        i = (i + 1) & mask;
    t->slots[i] = (uint64_t)h << 32 | nid;
    *id = nid;
    return 0;
}

const char *strtab_get(const strtab *t, uint32_t id)
{
    return id && id <= t->n ? t->buf + t->off[id] : "";
}

size_t strtab_len(const strtab *t, uint32_t id)
{
    return id && id <= t->n ? t->len[id] : 0;
}

int text_grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    while (nc <= n)
        nc *= 2;
    void *p = realloc(*v, nc * size);
    if (!p)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    *v = p;
    *cap = nc;
    return 0;
}
