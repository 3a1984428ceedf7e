/*
 * coder_full_fixture.h - a coder over entente's own dictionaries, loaded as
 * `entente code` loads them (data/world, then every .txt of data/dict), for
 * the tests of dictionary data (former states, office holders, places);
 * and the small queries those tests share. Include once per test file (it
 * includes coder_fixture.h; the definitions are static).
 */
#ifndef ENT_TEST_CODER_FULL_FIXTURE_H
#define ENT_TEST_CODER_FULL_FIXTURE_H

#include <entente/io.h>
#include <entente/text.h>

#include <stdbool.h>
#include <string.h>

#include "text/coder_fixture.h"

static ent_world *world;

/* cmocka group setup: `dict`, `coder` and `world` over the full data. */
static inline int setup_full(void **state)
{
    (void)state;
    ent_list errors = {0};
    const char *wp = ENT_SOURCE_DIR "/data/world";
    if (ent_dict_new(&dict) || ent_io_load(&world, &wp, 1, &errors))
        return -1;
    ent_world_errors_free(&errors);
    if (ent_dict_add_world(dict, world) ||
        ent_dict_load_dir(dict, ENT_SOURCE_DIR "/data/dict") || ent_coder_new(&coder, dict))
        return -1;
    return 0;
}

static inline int teardown_full(void **state)
{
    teardown(state);
    ent_world_free(world);
    return 0;
}

/* Code one sentence on a date ("" for none) into e. */
static inline void code_on(evs *e, const char *date, const char *text)
{
    ent_date d = ENT_DATE_MIN;
    if (date[0])
        assert_int_equal(ent_date_parse(&d, date), 0);
    e->n = 0;
    assert_int_equal(ent_coder_code(coder, "t", d, text, strlen(text), collect, e), 0);
}

/* True if an asserted event of the sentence has this source. */
static inline bool source_is(const evs *e, const char *src)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source, src) == 0 && !e->v[i].negated)
            return true;
    return false;
}

/* True if an asserted event of the sentence has this target. */
static inline bool target_is(const evs *e, const char *tgt)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].target, tgt) == 0 && !e->v[i].negated)
            return true;
    return false;
}

/* True if an asserted event has this source root. */
static inline bool source_root_is(const evs *e, const char *root)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source_root, root) == 0 && !e->v[i].negated)
            return true;
    return false;
}

/* True if an asserted event has this CAMEO code. */
static inline bool has_code(const evs *e, const char *code)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].cameo, code) == 0 && !e->v[i].negated)
            return true;
    return false;
}

/* True if an asserted event has this CAMEO root (two digits). */
static inline bool has_root(const evs *e, const char *root)
{
    for (size_t i = 0; i < e->n; i++)
        if (strncmp(e->v[i].cameo, root, 2) == 0 && !e->v[i].negated)
            return true;
    return false;
}

/* True if an asserted event has this source, target and CAMEO code. */
static inline bool has_event(const evs *e, const char *src, const char *tgt, const char *code)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source, src) == 0 && strcmp(e->v[i].target, tgt) == 0 &&
            strcmp(e->v[i].cameo, code) == 0 && !e->v[i].negated)
            return true;
    return false;
}

#endif
