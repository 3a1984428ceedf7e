/*
 * test_world_dict.c - the actor dictionary built from a world: names,
 * demonyms, seats of government, geographic groupings expanded on the
 * coding date, forums kept whole, and people coded by their dated roles
 * ("Trump" is the US government only while in office).
 */
#include "test_util.h"

#include <entente/text.h>
#include <entente/world.h>
#include <string.h>

static ent_date D(const char *s)
{
    ent_date d = 0;
    assert_int_equal(ent_date_parse(&d, s), 0);
    return d;
}

typedef struct evs {
    ent_event v[32];
    size_t n;
} evs;

static int collect(void *ctx, const ent_event *ev)
{
    evs *e = ctx;
    if (e->n < 32)
        e->v[e->n++] = *ev;
    return 0;
}

static bool has(const evs *e, const char *src, const char *tgt)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source, src) == 0 && strcmp(e->v[i].target, tgt) == 0)
            return true;
    return false;
}

static void test_world_dict(void **state)
{
    (void)state;
    ent_world *w;
    assert_int_equal(ent_world_new(&w), 0);
    const char *none[] = {NULL};
    const char *usa_al[] = {"United States", "US", NULL}, *usa_dem[] = {"American", NULL};
    const char *rus_seats[] = {"the Kremlin", NULL}, *rus_dem[] = {"Russian", NULL};
    ent_actor states[] = {
        {.code = "USA", .kind = ENT_ACTOR_STATE, .name = "United States of America",
         .aliases = usa_al, .demonyms = usa_dem, .seats = none, .capital = "Washington",
         .from = ENT_DATE_MIN, .until = ENT_DATE_MAX},
        {.code = "RUS", .kind = ENT_ACTOR_STATE, .name = "Russia", .aliases = none,
         .demonyms = rus_dem, .seats = rus_seats, .capital = "Moscow",
         .from = ENT_DATE_MIN, .until = ENT_DATE_MAX},
        {.code = "LTU", .kind = ENT_ACTOR_STATE, .name = "Lithuania", .aliases = none,
         .demonyms = none, .seats = none, .from = ENT_DATE_MIN, .until = ENT_DATE_MAX},
        {.code = "EST", .kind = ENT_ACTOR_STATE, .name = "Estonia", .aliases = none,
         .demonyms = none, .seats = none, .from = ENT_DATE_MIN, .until = ENT_DATE_MAX},
        {.code = "BEL", .kind = ENT_ACTOR_STATE, .name = "Belgium", .aliases = none,
         .demonyms = none, .seats = none, .capital = "Brussels", .from = ENT_DATE_MIN,
         .until = ENT_DATE_MAX},
    };
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(ent_world_add_actor(w, &states[i]), 0);
    const char *balt_al[] = {"the Baltic states", NULL}, *g7_al[] = {"G7", NULL};
    ent_actor baltic = {.code = "BALTIC", .kind = ENT_ACTOR_GROUP, .name = "The Baltic states",
                        .aliases = balt_al, .demonyms = none, .seats = none,
                        .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    ent_actor g7 = {.code = "G7", .kind = ENT_ACTOR_GROUP, .name = "Group of Seven",
                    .aliases = g7_al, .demonyms = none, .seats = none,
                    .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    const char *trump_al[] = {"Trump", NULL};
    ent_actor trump = {.code = "donald-trump", .kind = ENT_ACTOR_PERSON, .name = "Donald Trump",
                       .aliases = trump_al, .demonyms = none, .seats = none,
                       .nationality = "USA", .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    assert_int_equal(ent_world_add_actor(w, &baltic), 0);
    assert_int_equal(ent_world_add_actor(w, &g7), 0);
    assert_int_equal(ent_world_add_actor(w, &trump), 0);
    ent_membership m[] = {{.member = "LTU", .group = "BALTIC", .from = D("1991-09-06"), .until = ENT_DATE_MAX},
                          {.member = "EST", .group = "BALTIC", .from = D("1991-09-06"), .until = ENT_DATE_MAX},
                          {.member = "USA", .group = "G7", .from = D("1975-11-15"), .until = ENT_DATE_MAX}};
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(ent_world_add_membership(w, &m[i]), 0);
    ent_role r[] = {{.person = "donald-trump", .role = "head_of_state", .of = "USA",
                     .from = D("2017-01-20"), .until = D("2021-01-19")},
                    {.person = "donald-trump", .role = "head_of_state", .of = "USA",
                     .from = D("2025-01-20"), .until = ENT_DATE_MAX}};
    assert_int_equal(ent_world_add_role(w, &r[0]), 0);
    assert_int_equal(ent_world_add_role(w, &r[1]), 0);

    ent_dict *d;
    ent_coder *c;
    assert_int_equal(ent_dict_new(&d), 0);
    assert_int_equal(ent_dict_add_world(d, w), 0);
    /* the dictionary's organisation wins over the world's capital of the
     * same name ("Brussels": the EU, not Belgium's government) */
    const char *verbs = "verb 130 | threatened\nverb 040 | met\norg EU | European Union | Brussels\n";
    assert_int_equal(ent_dict_load_string(d, verbs, strlen(verbs), "v"), 0);
    assert_int_equal(ent_coder_new(&c, d), 0);
    evs e;
    const char *t1 = "The Kremlin threatened the Baltic states.";
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "a", D("2025-08-27"), t1, strlen(t1), collect, &e), 0);
    assert_int_equal(e.n, 2);
    assert_true(has(&e, "RUSGOV", "LTU"));
    assert_true(has(&e, "RUSGOV", "EST"));
    const char *t2 = "Trump met Russian officials.";
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "b", D("2022-06-01"), t2, strlen(t2), collect, &e), 0);
    assert_true(has(&e, "USAELI", "RUS"));
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "c", D("2025-08-27"), t2, strlen(t2), collect, &e), 0);
    assert_true(has(&e, "USAGOV", "RUS"));
    const char *t3 = "The G7 threatened Russia. US officials met Moscow.";
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "d", D("2025-08-27"), t3, strlen(t3), collect, &e), 0);
    assert_true(has(&e, "G7", "RUS")); /* a forum stays one actor */
    const char *t4 = "Brussels threatened Russia.";
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "e", D("2025-08-27"), t4, strlen(t4), collect, &e), 0);
    assert_true(has(&e, "EU", "RUS"));
    assert_false(has(&e, "BELGOV", "RUS"));
    ent_coder_free(c);
    ent_dict_free(d);
    ent_world_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_world_dict)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
