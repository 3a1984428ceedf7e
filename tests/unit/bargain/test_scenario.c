/*
 * test_scenario.c - the scenario adapter (ent_issue -> actor table) and the
 * decision rules on the repository's Ukraine guarantees scenario, and the
 * reproducibility of the seeded stochastic SMP variant.
 */
#include "test_util.h"

#include <entente/bargain.h>
#include <math.h>
#include <string.h>

static void test_ukraine_issue(void **s)
{
    (void)s;
    const char *path = ENT_SOURCE_DIR "/scenarios/ukraine-guarantees-2025.yaml";
    FILE *fp = fopen(path, "r");
    if (!fp) {
        skip();
        return;
    }
    fclose(fp);
    for (int m = 0; m < 2; m++) {
        ent_bargain_options o = {0};
        o.model = m ? ENT_BARGAIN_EUM : ENT_BARGAIN_SMP;
        ent_bargain_table *t = NULL;
        ent_bargain_result *r = NULL;
        ent_bargain_rule_report rule;
        int rc = ent_bargain_run_scenario(path, "ukr-guarantees", &o, &t, &r, &rule);
        assert_int_equal(rc, 0);
        assert_true(t->n_actors >= 2);
        assert_int_equal(t->n_dims, 1);
        assert_close(t->scale_lo, 0, 0);
        assert_close(t->scale_hi, 100, 0);
        /* the issue has an approver and a vetoer: the rule is reported */
        assert_int_not_equal(rule.kind, ENT_BARGAIN_RULE_NONE);
        assert_close(rule.before[0], r->outcome[0], 0);
        assert_true(strlen(rule.explanation) > 0);
        /* the constrained forecast is one every listed actor prefers to the
         * status quo, or the status quo itself */
        assert_true(rule.after[0] >= 0 && rule.after[0] <= 100);
        ent_bargain_result_free(r);
        ent_bargain_table_free(t);
    }
    ent_bargain_table *t = NULL;
    ent_bargain_result *r = NULL;
    ent_bargain_rule_report rule;
    ent_bargain_options o = {0};
    assert_int_equal(ent_bargain_run_scenario(path, "no-such-issue", &o, &t, &r, &rule),
                     ENT_ENOTFOUND);
    assert_null(t);
    assert_null(r);
}

static ent_bargain_table *four(void)
{
    const char *txt = "Actor,Capability,Position,Salience\n"
                      "North,0.5,20,0.9\nSouth,0.4,80,0.6\n"
                      "East,0.3,60,0.8\nWest,0.2,35,0.5\n";
    ent_bargain_table *t = NULL;
    assert_int_equal(ent_bargain_parse_plain(txt, strlen(txt), "four", &t), 0);
    return t;
}

static void test_stochastic_seed(void **s)
{
    (void)s;
    ent_bargain_table *t = four();
    ent_bargain_options o = {0};
    o.stochastic = 1;
    o.seed = 12345;
    ent_bargain_result *a = NULL, *b = NULL;
    assert_int_equal(ent_bargain_run(t, &o, &a), 0);
    assert_int_equal(ent_bargain_run(t, &o, &b), 0);
    assert_int_equal(a->n_rounds, b->n_rounds);
    for (size_t q = 0; q < a->n_rounds; q++)
        assert_memory_equal(a->rounds[q].position, b->rounds[q].position,
                            t->n_actors * t->n_dims * sizeof(double));
    ent_bargain_result_free(a);
    ent_bargain_result_free(b);
    ent_bargain_table_free(t);
}

static void test_small_tables(void **s)
{
    (void)s;
    ent_bargain_table *t = four();
    for (int m = 0; m < 2; m++) {
        ent_bargain_options o = {0};
        o.model = m ? ENT_BARGAIN_EUM : ENT_BARGAIN_SMP;
        ent_bargain_result *r = NULL;
        assert_int_equal(ent_bargain_run(t, &o, &r), 0);
        assert_true(r->n_rounds >= 1);
        /* the forecast lies within the range of the positions */
        assert_true(r->outcome[0] >= 20 - 1e-9 && r->outcome[0] <= 80 + 1e-9);
        if (m == 0) {
            double sum = 0;
            const ent_bargain_round *last = &r->rounds[r->n_rounds - 1];
            for (size_t i = 0; i < t->n_actors; i++)
                assert_true(last->prob[i] >= 0 && last->prob[i] <= 1);
            (void)sum;
        }
        ent_bargain_result_free(r);
    }
    /* one actor is not a negotiation */
    t->n_actors = 1;
    ent_bargain_result *r = NULL;
    ent_bargain_options o = {0};
    assert_int_equal(ent_bargain_run(t, &o, &r), ENT_EINVALID);
    t->n_actors = 4;
    ent_bargain_table_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ukraine_issue),
        cmocka_unit_test(test_stochastic_seed),
        cmocka_unit_test(test_small_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
