/*
 * test_coder_codes.c - the CAMEO code chosen for kinds of acts, coded with
 * entente's own dictionaries (data/world, then data/dict): a nuclear test
 * detonates a nuclear weapon (2042, the CAMEO 1.1b3 codebook's "Detonate
 * nuclear weapons") with no target, a missile test is a show of force
 * (150); one act found twice in a sentence is output once. Fails without
 * the dictionary entries and the rules.
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

static void test_nuclear_test_detonates(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2017-09-03", "North Korea conducted its sixth and most powerful nuclear test on Sunday.");
    assert_true(has_code(&e, "2042"));
    assert_false(has_code(&e, "150"));
    /* no target: a test is done to nobody, not to the tester's country */
    for (size_t k = 0; k < e.n; k++)
        assert_string_equal(e.v[k].target, "");
    code_on(&e, "1998-05-11", "India carried out three underground nuclear tests on Monday.");
    assert_true(has_code(&e, "2042"));
    code_on(&e, "2017-09-03", "North Korea test-fired two ballistic missiles on Sunday.");
    assert_true(has_code(&e, "150"));
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nuclear_test_detonates),
        cmocka_unit_test(test_same_event_once),
    };
    return cmocka_run_group_tests(tests, setup_full, teardown_full);
}
