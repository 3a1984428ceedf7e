/*
 * test_coder_places.c - places of data/dict/places_world.txt, the world
 * gazetteer, coded with entente's own dictionaries (data/world, then
 * data/dict, as `entente code` loads them): a bare agent takes the state of
 * the place named after it ("Police in Kaduna" are NGACOP), force on a
 * place targets its state, a Western Saharan town codes ESH, the cities of
 * East Germany code DDR before unification, and a short name marked '!'
 * does not match its upper-case acronym. Fails without the file.
 */
#include "test_util.h"

#include "text/coder_full_fixture.h"

static void test_bare_agent_takes_place_state(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2024-03-09", "Police in Kaduna arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "NGACOP"));
    code_on(&e, "2019-05-02", "Police in Machala arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "ECUCOP"));
    code_on(&e, "2021-05-02", "Police in Batken arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "KGZCOP"));
    code_on(&e, "2022-05-02", "Police in Kramatorsk arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "UKRCOP"));
    code_on(&e, "2020-05-02", "Police in Laayoune arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "ESHCOP"));
}

static void test_force_on_place_targets_state(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2023-05-02", "Russian forces shelled Kramatorsk on Tuesday.");
    assert_true(target_is(&e, "UKR"));
}

/* a seat of government struck, shelled or occupied as a place is the
 * state; places of one state in a list are one act on it */
static void test_force_on_seat_targets_state(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1986-04-15", "U.S. warplanes bombed targets in Tripoli and Benghazi early on Tuesday.");
    assert_int_equal(e.n, 1);
    assert_true(target_is(&e, "LBY"));
    code_on(&e, "1990-08-02", "Iraqi troops occupied Kuwait City on Thursday.");
    assert_true(target_is(&e, "KWT"));
    assert_false(target_is(&e, "KWTGOV"));
    code_on(&e, "2022-10-10", "Russian forces shelled Kharkiv and Kyiv on Monday.");
    assert_int_equal(e.n, 1);
    assert_true(target_is(&e, "UKR"));
    /* the government named as such stays the government */
    code_on(&e, "2019-04-05", "Rebels attacked the Tripoli government on Friday.");
    assert_true(target_is(&e, "LBYGOV"));
    /* a seat that speaks is the government */
    code_on(&e, "2019-04-05", "Rebels attacked Tripoli, and Tripoli condemned the attack.");
    assert_true(target_is(&e, "LBY"));
}

/* a dateline's place gives a bare agent with no other country its state;
 * not a leader or official (anyone's may speak in Washington) */
static void test_dateline_places_bare_agent(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1986-06-25", "WASHINGTON - Congress voted on Wednesday to send weapons to Ukraine.");
    assert_true(source_is(&e, "USALEG"));
    code_on(&e, "1999-04-02", "BLACE, Macedonia - Police detained 20 people on Monday.");
    assert_true(source_is(&e, "MKDCOP"));
    code_on(&e, "1999-04-02", "Police detained 20 people on Monday.");
    assert_int_equal(e.n, 0);
    /* a city of the gazetteer, and an office title with a name */
    code_on(&e, "1999-04-02", "KANDAHAR - Police arrested 20 people on Sunday.");
    assert_true(source_is(&e, "AFGCOP"));
    code_on(&e, "1995-08-15",
            "TOKYO - Prime Minister Tomiichi Murayama offered a \"heartfelt apology\" on Tuesday.");
    assert_true(source_is(&e, "JPNGOV"));
    code_on(&e, "1989-11-15", "WASHINGTON - Solidarity leader Lech Walesa urged the United States to act.");
    assert_false(source_is(&e, "USAGOV"));
    code_on(&e, "1990-01-21", "SRINAGAR, India - Authorities clamped an indefinite curfew on the city on Sunday.");
    assert_true(source_is(&e, "INDGOV"));
}

static void test_former_state_by_date(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1989-10-09", "Police in Leipzig arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "DDRCOP"));
    code_on(&e, "2015-10-09", "Police in Leipzig arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "DEUCOP"));
}

static void test_short_name_matches_case(void **state)
{
    (void)state;
    static evs e;
    /* "Goa!" is the Indian state, not the acronym GOA */
    code_on(&e, "2019-05-02", "Police in Goa arrested 12 protesters on Monday.");
    assert_true(source_is(&e, "INDCOP"));
    code_on(&e, "2019-05-02", "Police in GOA arrested 12 protesters on Monday.");
    assert_false(source_is(&e, "INDCOP"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_agent_takes_place_state),
        cmocka_unit_test(test_force_on_place_targets_state),
        cmocka_unit_test(test_force_on_seat_targets_state),
        cmocka_unit_test(test_dateline_places_bare_agent),
        cmocka_unit_test(test_former_state_by_date),
        cmocka_unit_test(test_short_name_matches_case),
    };
    return cmocka_run_group_tests(tests, setup_full, teardown_full);
}
