/*
 * test_smp.c - KTAB Spatial Model of Politics against KTAB 1.4's own runs
 * (../shared/data/bargain/ktab-runs): the state evaluation (risk attitudes
 * and probabilities of prevailing) on every turn KTAB produced, to the
 * printed precision; and the dynamics: positions and probabilities by turn
 * reproduced from the initial state, and the end states
 * (docs/model-bargain.md).
 */
#include "test_util.h"

#include <entente/bargain.h>
#include <jansson.h>
#include <string.h>

#define MAXT 128

typedef struct {
    ent_bargain_table *t;
    size_t turns;
    double *pos;  /* turns * n * d, from positions_by_turn_fullprec.csv */
    double *prob; /* turns * n, from probs_by_turn_log.csv (4 decimals) */
} ktab_run;

static void load_run(const char *csv, const char *run, ktab_run *r)
{
    char p[4096], rel[512];
    memset(r, 0, sizeof *r);
    snprintf(rel, sizeof rel, "data/bargain/ktab/%s", csv);
    assert_int_equal(
        ent_bargain_read_file(ent_test_shared_path(p, sizeof p, rel), &r->t),
        0);
    size_t n = r->t->n_actors, d = r->t->n_dims;
    r->pos = calloc(MAXT * n * d, sizeof *r->pos);
    r->prob = calloc(MAXT * n, sizeof *r->prob);
    assert_non_null(r->pos);
    assert_non_null(r->prob);
    snprintf(rel, sizeof rel,
             "data/bargain/ktab-runs/%s/positions_by_turn_fullprec.csv", run);
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
    snprintf(rel, sizeof rel, "data/bargain/ktab-runs/%s/probs_by_turn_log.csv",
             run);
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
        assert_int_equal(
            ent_bargain_smp_state(r.t, r.pos + q * n * d, NULL, prob), 0);
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

/*
 * Dynamics: entente's run from the initial state reproduces KTAB's run turn
 * by turn: the same number of states, every position to KTAB's stored
 * precision (positions_by_turn_fullprec.csv; KTAB keeps positions on a grid
 * of 0.01 on 0..100) and every actor's probability of prevailing to the 4
 * printed decimals (probs_by_turn_log.csv).
 */
static void check_run(const char *csv, const char *run)
{
    ktab_run r;
    load_run(csv, run, &r);
    size_t n = r.t->n_actors, d = r.t->n_dims;
    ent_bargain_options o = {0};
    ent_bargain_result *res = NULL;
    assert_int_equal(ent_bargain_run(r.t, &o, &res), 0);
    assert_int_equal(res->n_rounds, r.turns);
    for (size_t q = 0; q < r.turns; q++) {
        for (size_t x = 0; x < n * d; x++)
            assert_close(res->rounds[q].position[x], r.pos[q * n * d + x],
                         1e-6);
        for (size_t i = 0; i < n; i++)
            assert_close(res->rounds[q].prob[i], r.prob[q * n + i],
                         0.00005 + 1e-9);
    }
    ent_bargain_result_free(res);
    free_run(&r);
}

static void test_run_dummy3(void **s)
{
    (void)s;
    check_run("dummyData_3Dim.csv", "csv_dummyData_3Dim");
}

static void test_run_pol_comp(void **s)
{
    (void)s;
    check_run("SOE-Pol-Comp.csv", "csv_SOE-Pol-Comp");
}

static void test_run_policy(void **s)
{
    (void)s;
    check_run("SOE-Policy.csv", "csv_SOE-Policy");
}

/*
 * End state against summary.json: the number of states, the most probable
 * position (actor and probability, 4 decimals) and the run's
 * "prob_weighted_final_outcome". That figure weights every actor's final
 * position by its reported probability and divides by their sum (computed
 * from positions rounded to 0.1, hence the tolerance); entente's own
 * outcome weights the unique positions (docs/model-bargain.md).
 */
static void check_end(const char *csv, const char *run)
{
    char p[4096], rel[512];
    ent_bargain_table *t = NULL;
    snprintf(rel, sizeof rel, "data/bargain/ktab/%s", csv);
    assert_int_equal(
        ent_bargain_read_file(ent_test_shared_path(p, sizeof p, rel), &t), 0);
    ent_bargain_options o = {0};
    ent_bargain_result *res = NULL;
    assert_int_equal(ent_bargain_run(t, &o, &res), 0);
    snprintf(rel, sizeof rel, "data/bargain/ktab-runs/%s/summary.json", run);
    json_error_t err;
    json_t *root =
        json_load_file(ent_test_shared_path(p, sizeof p, rel), 0, &err);
    assert_non_null(root);
    assert_int_equal(res->n_rounds, (size_t)json_integer_value(
                                        json_object_get(root, "n_states")));
    json_t *pw = json_object_get(root, "prob_weighted_final_outcome");
    assert_non_null(pw);
    const ent_bargain_round *fin = &res->rounds[res->n_rounds - 1];
    for (size_t k = 0; k < t->n_dims; k++) {
        json_t *v = json_object_get(pw, t->dim_names[k]);
        assert_non_null(v);
        double num = 0, den = 0;
        for (size_t i = 0; i < t->n_actors; i++) {
            num += fin->prob[i] * fin->position[i * t->n_dims + k];
            den += fin->prob[i];
        }
        assert_close(num / den, json_number_value(v), 0.05);
    }
    json_t *mp = json_object_get(root, "most_probable_final_position");
    assert_non_null(mp);
    assert_string_equal(t->names[res->most_probable_actor],
                        json_string_value(json_object_get(mp, "actor")));
    assert_close(res->most_probable_p,
                 json_number_value(json_object_get(mp, "prob")),
                 0.00005 + 1e-9);
    json_decref(root);
    ent_bargain_result_free(res);
    ent_bargain_table_free(t);
}

static void test_end_states(void **s)
{
    (void)s;
    check_end("SOE-Policy.csv", "csv_SOE-Policy");
    check_end("SOE-Pol-Comp.csv", "csv_SOE-Pol-Comp");
    check_end("dummyData_3Dim.csv", "csv_dummyData_3Dim");
}

int main(void)
{
    ent_test_require_shared();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_risk_dummy3),
        cmocka_unit_test(test_states_dummy3),
        cmocka_unit_test(test_states_pol_comp),
        cmocka_unit_test(test_states_policy),
        cmocka_unit_test(test_run_dummy3),
        cmocka_unit_test(test_run_pol_comp),
        cmocka_unit_test(test_run_policy),
        cmocka_unit_test(test_end_states),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
