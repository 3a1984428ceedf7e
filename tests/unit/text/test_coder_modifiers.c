/*
 * test_coder_modifiers.c - words that describe an actor rather than report
 * an act, coded with entente's own dictionaries (data/world, then
 * data/dict): an -ing participle after a prepositional object, rebels
 * placed by the state whose organ they fight, hyphenated modifiers inside
 * a pattern's gap, "what he called", "non-military" and coordinated
 * adjective-shaped agent words. Each assertion fails without its rule.
 */
#include "test_util.h"

#include "text/coder_full_fixture.h"

/* "to rebels fighting the government": the fighting describes them */
static void test_object_participle_is_no_event(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2013-06-01", "Saudi Arabia sent money to rebels fighting the Syrian army.");
    assert_false(has_root(&e, "19"));
    /* a participle in a longer pattern with its own finite verb stays */
    code_on(&e, "1995-12-01", "The first deployment of NATO peacekeeping troops have arrived in Bosnia.");
    assert_true(source_is(&e, "NATO"));
}

/* rebels fighting a state's organ belong to that state */
static void test_rebels_belong_to_fought_state(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2013-06-01", "Washington gave military aid to rebels fighting the Syrian government.");
    assert_true(target_is(&e, "SYRREB"));
    assert_false(target_is(&e, "USAREB"));
}

/* a hyphen joins the words of one modifier: no longer gap */
static void test_hyphen_adds_no_gap_word(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1986-03-01",
            "The United States has begun supplying shoulder-fired Stinger anti-aircraft missiles "
            "to Moslem guerrillas in Afghanistan.");
    assert_true(has_code(&e, "072"));
    assert_true(target_is(&e, "AFGREB"));
}

/* "crush what he called an uprising": no gap across "what he" */
static void test_what_pronoun_opens_clause(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2022-01-06",
            "President Kassym-Jomart Tokayev appealed for help to crush what he called a "
            "foreign-backed uprising.");
    assert_false(has_code(&e, "175"));
    code_on(&e, "2022-01-06",
            "Russian paratroopers landed in Kazakhstan on Thursday, hours after President Tokayev "
            "appealed for help to crush what he called a foreign-backed uprising.");
    assert_false(has_code(&e, "175"));
}

/* "military and non-military aid": no military actor */
static void test_adjective_agents(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1986-06-25",
            "WASHINGTON - The House of Representatives voted on Wednesday to give $100 million in "
            "military and non-military aid to the Contra rebels.");
    assert_true(source_is(&e, "USALEG"));
    assert_false(source_is(&e, "USAMIL"));
    /* the dateline's state before a legislature's own officials */
    code_on(&e, "1986-01-06",
            "WASHINGTON - The Senate voted on Tuesday to give $50 million in aid to the rebels "
            "fighting Angola's Marxist government.");
    assert_true(source_is(&e, "USALEG"));
    assert_true(target_is(&e, "AGOREB"));
    /* an agent coordinated with another agent stays one */
    code_on(&e, "2011-01-28", "The military and police clashed with protesters in Cairo.");
    assert_true(e.n > 0);
}

/* ", a critic of Y,": Y is part of the description, and no event */
static void test_stance_apposition(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2021-01-17",
            "Alexei Navalny, a critic of Vladimir Putin, was arrested by Russian police on Sunday.");
    assert_int_equal(e.n, 1);
    assert_true(target_is(&e, "RUSOPP"));
    code_on(&e, "2021-01-17",
            "Russian police arrested Alexei Navalny, a fierce opponent of President Putin, on Sunday.");
    assert_true(target_is(&e, "RUSOPP"));
    assert_false(target_is(&e, "RUSGOV"));
}

/* "returned to Moscow" is going back, not returning something */
static void test_going_back_is_no_return(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2021-01-17", "Navalny, an outspoken critic of the Kremlin, returned to Moscow.");
    assert_int_equal(e.n, 0);
    code_on(&e, "2021-01-17", "Russia returned the bodies of 50 soldiers to Ukraine.");
    assert_true(target_is(&e, "UKR"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_object_participle_is_no_event),
        cmocka_unit_test(test_rebels_belong_to_fought_state),
        cmocka_unit_test(test_hyphen_adds_no_gap_word),
        cmocka_unit_test(test_what_pronoun_opens_clause),
        cmocka_unit_test(test_adjective_agents),
        cmocka_unit_test(test_stance_apposition),
        cmocka_unit_test(test_going_back_is_no_return),
    };
    return cmocka_run_group_tests(tests, setup_full, teardown_full);
}
