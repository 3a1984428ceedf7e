/*
 * coder_fixture.h - what the coder's unit tests share: a coder over a small
 * dictionary given as text, and a sink that keeps the events it codes.
 * Include once per test file (the definitions are static).
 */
#ifndef ENT_TEST_CODER_FIXTURE_H
#define ENT_TEST_CODER_FIXTURE_H

#include <entente/text.h>

#include <stdbool.h>
#include <string.h>

typedef struct evs {
    ent_event v[64];
    size_t n;
} evs;

/* ent_event_fn keeping up to 64 events in an evs. */
static inline int collect(void *ctx, const ent_event *ev)
{
    evs *e = ctx;
    if (e->n < 64)
        e->v[e->n++] = *ev;
    return 0;
}

/* True if e holds the asserted (not negated) event src -> tgt of code
 * cameo ("" for no target). */
static inline bool has(const evs *e, const char *src, const char *tgt,
                       const char *cameo)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source, src) == 0 && strcmp(e->v[i].target, tgt) == 0 &&
            strcmp(e->v[i].cameo, cameo) == 0 && !e->v[i].negated)
            return true;
    return false;
}

static ent_dict *dict;
static ent_coder *coder;

/* Build `coder` over the dictionary text; 0 or -1 (a cmocka setup result). */
static inline int fixture_open(const char *dict_source)
{
    if (ent_dict_new(&dict) ||
        ent_dict_load_string(dict, dict_source, strlen(dict_source), "t") ||
        ent_coder_new(&coder, dict))
        return -1;
    return 0;
}

static inline int teardown(void **state)
{
    (void)state;
    ent_coder_free(coder);
    ent_dict_free(dict);
    return 0;
}

#endif
