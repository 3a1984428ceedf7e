/*
 * test_smp.c - KTAB Spatial Model of Politics against KTAB 1.4's own runs
 * (../shared/data/bargain/ktab-runs): the state evaluation (risk attitudes
 * and probabilities of prevailing) on every turn KTAB produced, to the
 * printed precision; and the dynamics (positions by turn), whose remaining
 * gap is measured and bounded (docs/model-bargain.md).
 */
#include "test_util.h"

#include <entente/bargain.h>
#include <jansson.h>
#include <string.h>

#define MAXT 128

typedef struct {
    ent_bargain_table *t;
    size_t turns;
    double *pos; /* turns * n * d, from positions_by_turn_fullprec.csv */
    double *prob; /* turns * n, from probs_by_turn_log.csv (4 decimals) */
} ktab_run;

static void load_run(const char *csv, const char *run, ktab_run *r)
{
    char p[4096], rel[512];
    memset(r, 0, sizeof *r);
    snprintf(rel, sizeof rel, "data/bargain/ktab/%s", csv);
    assert_int_equal(ent_bargain_read_file(ent_test_shared_path(p, sizeof p, rel),
                                           &r->t),
                     0);
    size_t n = r->t->n_actors, d = r->t->n_dims;
    r->pos = calloc(MAXT * n * d, sizeof *r->pos);
    r->prob = calloc(MAXT * n, sizeof *r->prob);
    assert_non_null(r->pos);
    assert_non_null(r->prob);
    snprintf(rel, sizeof rel, "data/bargain/ktab-runs/%s/positions_by_turn_fullprec.csv",
             run);
    FILE *fp = fopen(ent_test_shared_path(p, sizeof p, rel), "r");
    assert_non_null(fp);
    char line[1024];
    assert_non_null(fgets(line, sizeof line, fp));
    unsigned tt, a, k;
    double v;
    while (fscanf(fp, "%u,%u,%u,%lf", &tt, &a, &k, &v) == 4) {
        assert_true(tt < MAXT && a < n && k < d);
        r->pos[(tt * n + a) * d + k] = v;
        if (tt + 1 > r->turns)
            r->turns = tt + 1;
    }
    fclose(fp);
    snprintf(rel, sizeof rel, "data/bargain/ktab-runs/%s/probs_by_turn_log.csv", run);
    fp = fopen(ent_test_shared_path(p, sizeof p, rel), "r");
    assert_non_null(fp);
    assert_non_null(fgets(line, sizeof line, fp));
    for (size_t i = 0; i < n; i++) {
        assert_non_null(fgets(line, sizeof line, fp));
        char *c = strchr(line, ',');
        for (size_t q = 0; q < r->turns && c; q++) {
            r->prob[q * n + i] = strtod(c + 1, &c);
        }
    }
    fclose(fp);
}

static void free_run(ktab_run *r)
{
    ent_bargain_table_free(r->t);
    free(r->pos);
    free(r->prob);
}

/* Our state evaluation on KTAB's positions gives KTAB's probabilities. */
static void check_states(const char *csv, const char *run)
{
    ktab_run r;
    load_run(csv, run, &r);
    size_t n = r.t->n_actors, d = r.t->n_dims;
    double *prob = calloc(n, sizeof *prob);
    assert_non_null(prob);
    for (size_t q = 0; q < r.turns; q++) {
        assert_int_equal(ent_bargain_smp_state(r.t, r.pos + q * n * d, NULL, prob), 0);
        for (size_t i = 0; i < n; i++)
            assert_close(prob[i], r.prob[q * n + i], 0.00005 + 1e-9);
    }
    free(prob);
    free_run(&r);
}

static void test_states_dummy3(void **s)
{
    (void)s;
    check_states("dummyData_3Dim.csv", "csv_dummyData_3Dim");
}

static void test_states_pol_comp(void **s)
{
    (void)s;
    check_states("SOE-Pol-Comp.csv", "csv_SOE-Pol-Comp");
}

static void test_states_policy(void **s)
{
    (void)s;
    check_states("SOE-Policy.csv", "csv_SOE-Policy");
}

/* Risk attitudes at turn 0 of dummyData_3Dim (KTAB's 2017 reference log). */
static void test_risk_dummy3(void **s)
{
    (void)s;
    ktab_run r;
    load_run("dummyData_3Dim.csv", "csv_dummyData_3Dim", &r);
    static const double want[7] = {-0.500, -0.459, -0.499, -0.274,
                                   1.000,  -0.232, -0.430};
    double risk[7];
    assert_int_equal(ent_bargain_smp_state(r.t, r.pos, risk, NULL), 0);
    for (int i = 0; i < 7; i++)
        assert_close(risk[i], want[i], 0.0005 + 1e-9);
    free_run(&r);
}

/* Dynamics: the run's positions by turn compared with KTAB's. */
static double dynamics_gap(const char *csv, const char *run, size_t *our_turns,
                           size_t *their_turns, double *first_turn_gap)
{
    ktab_run r;
    load_run(csv, run, &r);
    size_t n = r.t->n_actors, d = r.t->n_dims;
    ent_bargain_options o = {0};
    ent_bargain_result *res = NULL;
    assert_int_equal(ent_bargain_run(r.t, &o, &res), 0);
    double gap = 0;
    *first_turn_gap = 0;
    size_t m = res->n_rounds < r.turns ? res->n_rounds : r.turns;
    for (size_t q = 0; q < m; q++)
        for (size_t x = 0; x < n * d; x++) {
            double g = fabs(res->rounds[q].position[x] - r.pos[q * n * d + x]);
            gap = fmax(gap, g);
            if (q == 1)
                *first_turn_gap = fmax(*first_turn_gap, g);
        }
    /* the final positions */
    double fin = 0;
    for (size_t x = 0; x < n * d; x++)
        fin = fmax(fin, fabs(res->rounds[res->n_rounds - 1].position[x] -
                             r.pos[(r.turns - 1) * n * d + x]));
    *our_turns = res->n_rounds;
    *their_turns = r.turns;
    fprintf(stderr, "%s: %zu states (KTAB %zu); max position gap %.3f, "
                    "turn 1 %.3f, final %.3f (0..100 scale)\n",
            csv, res->n_rounds, r.turns, gap, *first_turn_gap, fin);
    ent_bargain_result_free(res);
    free_run(&r);
    return gap;
}

/* The final forecast (probability-weighted outcome) against KTAB's. */
static double forecast_gap(const char *csv, const char *run)
{
    char p[4096], rel[512];
    ktab_run r;
    load_run(csv, run, &r);
    size_t n = r.t->n_actors, d = r.t->n_dims;
    double *prob = calloc(n, sizeof *prob);
    assert_non_null(prob);
    /* KTAB's forecast from its final state, with our state evaluation */
    const double *fin = r.pos + (r.turns - 1) * n * d;
    assert_int_equal(ent_bargain_smp_state(r.t, fin, NULL, prob), 0);
    ent_bargain_options o = {0};
    ent_bargain_result *res = NULL;
    assert_int_equal(ent_bargain_run(r.t, &o, &res), 0);
    /* KTAB's summary.json gives the probability-weighted outcome */
    snprintf(rel, sizeof rel, "data/bargain/ktab-runs/%s/summary.json", run);
    json_error_t err;
    json_t *root = json_load_file(ent_test_shared_path(p, sizeof p, rel), 0, &err);
    assert_non_null(root);
    json_t *pw = json_object_get(root, "prob_weighted_final_outcome");
    assert_non_null(pw);
    double gap = 0;
    for (size_t k = 0; k < d; k++) {
        json_t *v = json_object_get(pw, r.t->dim_names[k]);
        assert_non_null(v);
        gap = fmax(gap, fabs(res->outcome[k] - json_number_value(v)));
    }
    json_decref(root);
    free(prob);
    ent_bargain_result_free(res);
    free_run(&r);
    return gap;
}

static void test_dynamics_dummy3(void **s)
{
    (void)s;
    size_t a, b;
    double g1;
    double gap = dynamics_gap("dummyData_3Dim.csv", "csv_dummyData_3Dim", &a, &b, &g1);
    /* Known gap (docs/model-bargain.md, "The known gap"): the challenge
     * probability is an approximation of KTAB's, so positions diverge from
     * turn 1. These are regression bounds on what is achieved, not a claim
     * of reproduction. */
    assert_true(gap < 25.0);
    double fg = forecast_gap("dummyData_3Dim.csv", "csv_dummyData_3Dim");
    fprintf(stderr, "dummyData_3Dim forecast gap %.3f\n", fg);
    assert_true(fg < 7.0);
}

static void test_end_soe_policy(void **s)
{
    (void)s;
    double fg = forecast_gap("SOE-Policy.csv", "csv_SOE-Policy");
    fprintf(stderr, "SOE-Policy forecast gap %.3f\n", fg);
    assert_true(fg < 4.0);
    fg = forecast_gap("SOE-Pol-Comp.csv", "csv_SOE-Pol-Comp");
    fprintf(stderr, "SOE-Pol-Comp forecast gap %.3f\n", fg);
    assert_true(fg < 8.0);
}

int main(void)
{
    ent_test_require_shared();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_risk_dummy3),
        cmocka_unit_test(test_states_dummy3),
        cmocka_unit_test(test_states_pol_comp),
        cmocka_unit_test(test_states_policy),
        cmocka_unit_test(test_dynamics_dummy3),
        cmocka_unit_test(test_end_soe_policy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
