/*
 * test_coder_codes.c - the CAMEO code chosen for kinds of acts, coded with
 * entente's own dictionaries (data/world, then data/dict): a nuclear or
 * missile test is a show of force (150) with no target, as two of the
 * project's three gold sets code it; a nuclear detonation (2042) with no
 * target named gets none; one act found twice in a sentence is output
 * once; armed forces moving into a place use force; the Commonwealth and
 * other organisations of the codebook's IGO table. Fails without the
 * rules and dictionary entries.
 */
#include "test_util.h"

#include "text/coder_full_fixture.h"

static bool has_code(const evs *e, const char *code)
{
    for (size_t k = 0; k < e->n; k++)
        if (strcmp(e->v[k].cameo, code) == 0)
            return true;
    return false;
}

static void test_nuclear_test_is_show_of_force(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2017-09-03", "North Korea conducted its sixth and most powerful nuclear test on Sunday.");
    assert_true(has_code(&e, "150"));
    assert_false(has_code(&e, "2042"));
    /* no target: a test is done to nobody, not to the tester's country */
    for (size_t k = 0; k < e.n; k++)
        assert_string_equal(e.v[k].target, "");
    code_on(&e, "2017-09-03", "North Korea test-fired two ballistic missiles on Sunday.");
    assert_true(has_code(&e, "150"));
    /* a nuclear detonation with no target named gets none */
    code_on(&e, "1945-08-06", "The United States detonated a nuclear bomb on Monday.");
    assert_true(has_code(&e, "2042"));
    for (size_t k = 0; k < e.n; k++)
        assert_string_equal(e.v[k].target, "");
}

/* one act found twice in a sentence is output once */
static void test_same_event_once(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2015-12-19",
            "The African Union said on Saturday it was prepared to send a 5,000-strong peacekeeping "
            "force to Burundi to halt a spiral of killings, and warned it could deploy the troops "
            "without the government's consent.");
    for (size_t a = 0; a < e.n; a++)
        for (size_t b = a + 1; b < e.n; b++)
            assert_false(strcmp(e.v[a].source, e.v[b].source) == 0 &&
                         strcmp(e.v[a].target, e.v[b].target) == 0 &&
                         strcmp(e.v[a].cameo, e.v[b].cameo) == 0);
    assert_true(e.n >= 1);
}

/* armed forces moving into a place use force (190); refugees do not */
static void test_armed_entry_is_force(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1994-12-11", "Russian tanks and armoured columns rolled into Chechnya on Sunday.");
    assert_true(has_code(&e, "190"));
    code_on(&e, "2021-08-15", "Taliban fighters swept into Kabul on Sunday.");
    assert_true(has_code(&e, "190"));
    assert_true(target_is(&e, "AFG"));
    code_on(&e, "1991-04-05", "Thousands of refugees poured into Turkey on Sunday.");
    assert_int_equal(e.n, 0);
}

/* organisations of the codebook's IGO table */
static void test_more_igos(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1995-11-11", "Commonwealth leaders suspended Nigeria's membership on Saturday.");
    assert_true(source_is(&e, "CWN"));
    code_on(&e, "1995-11-11", "The Commonwealth condemned Fiji on Monday.");
    assert_true(source_is(&e, "CWN"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nuclear_test_is_show_of_force),
        cmocka_unit_test(test_same_event_once),
        cmocka_unit_test(test_armed_entry_is_force),
        cmocka_unit_test(test_more_igos),
    };
    return cmocka_run_group_tests(tests, setup_full, teardown_full);
}
