/*
 * test_world_data.c - the shipped reference world (the YAML files in data/world) loads
 * without errors and holds the facts the models rely on: every UN member
 * state, accession dates at their boundaries, group sizes as of a date, a
 * capability record for every state, and the metonyms the text coder needs.
 */
#include "test_util.h"

#include <entente/io.h>
#include <entente/world.h>
#include <string.h>

static ent_world *world;

static ent_date d(const char *s)
{
    ent_date x = 0;
    assert_int_equal(ent_date_parse(&x, s), 0);
    return x;
}

static int setup(void **state)
{
    (void)state;
    const char *paths[] = {ENT_SOURCE_DIR "/data/world"};
    ent_list errors = {0};
    int rc = ent_io_load(&world, paths, 1, &errors);
    for (size_t i = 0; i < errors.n; i++)
        fprintf(stderr, "%s\n", (const char *)errors.items[i]);
    ent_world_errors_free(&errors);
    return rc == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ent_world_free(world);
    return 0;
}

static size_t expand_count(const char *code, const char *date)
{
    ent_list l = {0};
    assert_int_equal(ent_world_expand(world, d(date), code, &l), 0);
    size_t n = l.n;
    ent_list_free(&l);
    return n;
}

static bool expands_to(const char *code, const char *date, const char *state)
{
    ent_list l = {0};
    bool found = false;
    assert_int_equal(ent_world_expand(world, d(date), code, &l), 0);
    for (size_t i = 0; i < l.n; i++)
        if (strcmp(((const ent_actor *)l.items[i])->code, state) == 0)
            found = true;
    ent_list_free(&l);
    return found;
}

static bool has(const char *const *list, const char *s)
{
    for (; list && *list; list++)
        if (strcmp(*list, s) == 0)
            return true;
    return false;
}

static void test_world__data_states_and_codes(void **state)
{
    (void)state;
    ent_list l = {0};
    assert_int_equal(ent_world_actors(world, ENT_DATE_MIN, ENT_ACTOR_STATE, &l), 0);
    assert_int_equal(l.n, 197); /* 193 UN members + TWN, XKX, PSE, VAT */
    for (size_t i = 0; i < l.n; i++) {
        const ent_actor *a = l.items[i];
        assert_non_null(a->iso3);
        assert_string_equal(a->iso3, a->code);
        assert_non_null(a->source);
        assert_non_null(a->capital);
    }
    ent_list_free(&l);
    const struct { const char *code; int cow; } cow[] = {
        {"USA", 2}, {"RUS", 365}, {"UKR", 369}, {"EST", 366}, {"LVA", 367},
        {"LTU", 368}, {"GBR", 200}, {"DEU", 255}, {"SRB", 345}, {"XKX", 347},
        {"TWN", 713}, {"CHN", 710}, {"PSE", 0}, {"VAT", 0}};
    for (size_t i = 0; i < sizeof cow / sizeof cow[0]; i++) {
        const ent_actor *a = ent_world_actor(world, cow[i].code);
        assert_non_null(a);
        assert_int_equal(a->cow, cow[i].cow);
    }
}

static void test_world__data_names_for_text(void **state)
{
    (void)state;
    const ent_actor *usa = ent_world_actor(world, "USA");
    assert_true(has(usa->aliases, "America"));
    assert_true(has(usa->aliases, "the US"));
    assert_true(has(usa->demonyms, "Americans"));
    assert_true(has(usa->seats, "the White House"));
    assert_true(has(ent_world_actor(world, "RUS")->seats, "the Kremlin"));
    assert_true(has(ent_world_actor(world, "GBR")->aliases, "Britain"));
    assert_true(has(ent_world_actor(world, "GBR")->seats, "Downing Street"));
    assert_true(has(ent_world_actor(world, "UKR")->seats, "Bankova"));
    assert_true(has(ent_world_actor(world, "FRA")->seats, "Élysée Palace"));
    assert_true(has(ent_world_actor(world, "BALTIC")->aliases, "the Baltic states"));
    assert_true(has(ent_world_actor(world, "NORDIC")->aliases, "the Nordic countries"));
    assert_true(has(ent_world_actor(world, "EUR")->aliases, "European nations"));
}

static void test_world__data_accession_boundaries(void **state)
{
    (void)state;
    assert_false(ent_world_is_member(world, d("2004-03-28"), "EST", "NATO"));
    assert_true(ent_world_is_member(world, d("2004-03-29"), "EST", "NATO"));
    assert_false(ent_world_is_member(world, d("2023-04-03"), "FIN", "NATO"));
    assert_true(ent_world_is_member(world, d("2023-04-04"), "FIN", "NATO"));
    assert_false(ent_world_is_member(world, d("2024-03-06"), "SWE", "NATO"));
    assert_true(ent_world_is_member(world, d("2024-03-07"), "SWE", "NATO"));
    assert_true(ent_world_is_member(world, d("2020-01-31"), "GBR", "EU"));
    assert_false(ent_world_is_member(world, d("2020-02-01"), "GBR", "EU"));
    assert_true(ent_world_is_member(world, d("2010-01-01"), "UZB", "CSTO"));
    assert_false(ent_world_is_member(world, d("2015-01-01"), "UZB", "CSTO"));
    assert_true(ent_world_is_member(world, d("1960-01-01"), "TWN", "P5"));
    assert_false(ent_world_is_member(world, d("1980-01-01"), "TWN", "P5"));
    assert_true(ent_world_is_member(world, d("1980-01-01"), "CHN", "P5"));
}

static void test_world__data_group_sizes(void **state)
{
    (void)state;
    const char *asof = "2025-08-28";
    assert_int_equal(expand_count("NATO", asof), 32);
    assert_int_equal(expand_count("NATO", "1949-08-24"), 12);
    assert_int_equal(expand_count("NATO", "2023-12-31"), 31);
    assert_int_equal(expand_count("EU", asof), 27);
    assert_int_equal(expand_count("EU", "2019-12-31"), 28);
    assert_int_equal(expand_count("UN", asof), 193);
    assert_int_equal(expand_count("P5", asof), 5);
    assert_int_equal(expand_count("G7", asof), 7);
    assert_int_equal(expand_count("BALTIC", asof), 3);
    assert_int_equal(expand_count("NORDIC", asof), 5);
    assert_int_equal(expand_count("JEF", asof), 10);
    assert_int_equal(expand_count("AUKUS", asof), 3);
    assert_int_equal(expand_count("GCC", asof), 6);
    /* AU: 54 African UN members less Mali, Guinea, Sudan, Burkina Faso and Niger,
     * suspended on that date (Gabon was reinstated on 2025-04-30). */
    assert_int_equal(expand_count("AU", asof), 49);
    assert_int_equal(expand_count("AU", "2020-01-01"), 54);
    assert_int_equal(expand_count("OSCE", asof), 57);
    assert_int_equal(expand_count("BRICS", asof), 10);
    assert_int_equal(expand_count("SCO", asof), 10);
    /* Armenia has frozen its CSTO participation: not counted as a member. */
    assert_int_equal(expand_count("CSTO", asof), 5);
    assert_false(expands_to("CSTO", asof, "ARM"));
    assert_true(expands_to("CSTO", "2023-01-01", "ARM"));
    assert_true(expands_to("EUR", asof, "POL"));
    assert_true(expands_to("EUR", asof, "GBR"));
    assert_true(expands_to("EUR", asof, "UKR"));
    assert_false(expands_to("EUR", asof, "RUS"));
    assert_false(expands_to("EUR", asof, "BLR"));
}

static void test_world__data_capabilities(void **state)
{
    (void)state;
    ent_date asof = d("2025-08-28");
    ent_list l = {0};
    assert_int_equal(ent_world_actors(world, ENT_DATE_MIN, ENT_ACTOR_STATE, &l), 0);
    for (size_t i = 0; i < l.n; i++) {
        const ent_actor *a = l.items[i];
        const ent_capability *c = ent_world_capability(world, a->code, asof);
        if (!c)
            fail_msg("no capability record for %s", a->code);
        assert_true(c->year >= 2022);
        assert_true(c->warheads >= 0); /* every state's nuclear status is known */
    }
    ent_list_free(&l);
    const ent_capability *rus = ent_world_capability(world, "RUS", asof);
    assert_int_equal(rus->year, 2024);
    assert_close(rus->warheads, 4309, 0);
    const ent_capability *est = ent_world_capability(world, "EST", asof);
    assert_close(est->warheads, 0, 0);
    assert_true(est->milex_usd_m > 0);
    /* NMC: thousands of USD converted to millions, thousands of troops to persons */
    const ent_capability *usa16 = ent_world_capability(world, "USA", d("2016-06-30"));
    assert_int_equal(usa16->year, 2016);
    assert_close(usa16->milex_usd_m, 604452, 0.5);
    assert_close(usa16->personnel, 1381000, 0.5);
    assert_true(usa16->cinc > 0.1 && usa16->cinc < 0.2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_world__data_states_and_codes),
        cmocka_unit_test(test_world__data_names_for_text),
        cmocka_unit_test(test_world__data_accession_boundaries),
        cmocka_unit_test(test_world__data_group_sizes),
        cmocka_unit_test(test_world__data_capabilities),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
