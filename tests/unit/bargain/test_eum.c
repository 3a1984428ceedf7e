/*
 * test_eum.c - the expected-utility model on the EC car-emissions case
 * (Bueno de Mesquita 1994) against the Scholz et al. (2011) reference trace
 * in ../shared/data/bargain/eum/outputs: the initial weighted mean 7.38996,
 * the round-1 risk exponents, positions by round (10 rounds) and the median
 * and mean by round (30 rounds).
 */
#include "test_util.h"

#include <entente/bargain.h>
#include <jansson.h>
#include <string.h>

static ent_bargain_table *load_ec(void)
{
    char p[4096];
    ent_bargain_table *t = NULL;
    assert_int_equal(
        ent_bargain_read_file(
            ent_test_shared_path(p, sizeof p,
                                 "data/bargain/eum/EU_emissions_BDM1994_ScholzTable1.csv"),
            &t),
        0);
    assert_int_equal(t->n_actors, 10);
    return t;
}

static ent_bargain_result *run_ec(ent_bargain_table *t, int rounds)
{
    ent_bargain_options o = {0};
    o.model = ENT_BARGAIN_EUM;
    o.max_rounds = rounds;
    ent_bargain_result *r = NULL;
    assert_int_equal(ent_bargain_run(t, &o, &r), 0);
    assert_int_equal(r->n_rounds, (size_t)rounds + 1);
    return r;
}

static void test_initial_mean(void **s)
{
    (void)s;
    ent_bargain_table *t = load_ec();
    ent_bargain_result *r = run_ec(t, 1);
    assert_close(r->rounds[0].mean, 7.38996, 0.000005);
    assert_close(r->rounds[0].median, 7.0, 1e-12);
    ent_bargain_result_free(r);
    ent_bargain_table_free(t);
}

static void test_round1_risk(void **s)
{
    (void)s;
    char p[4096];
    ent_bargain_table *t = load_ec();
    ent_bargain_result *r = run_ec(t, 1);
    json_error_t err;
    json_t *root = json_load_file(
        ent_test_shared_path(p, sizeof p,
                             "data/bargain/eum/outputs/"
                             "jmckib_scholz_EU_emissions_round1_detail.json"),
        0, &err);
    assert_non_null(root);
    json_t *rk = json_object_get(root, "round1_risk_r");
    assert_non_null(rk);
    assert_non_null(r->rounds[1].risk);
    for (size_t i = 0; i < t->n_actors; i++) {
        json_t *v = json_object_get(rk, t->names[i]);
        assert_non_null(v);
        assert_close(r->rounds[1].risk[i], json_real_value(v), 1e-9);
    }
    json_decref(root);
    ent_bargain_result_free(r);
    ent_bargain_table_free(t);
}

static void test_positions_by_round(void **s)
{
    (void)s;
    char p[4096], line[1024];
    ent_bargain_table *t = load_ec();
    ent_bargain_result *r = run_ec(t, 10);
    FILE *fp = fopen(ent_test_shared_path(p, sizeof p,
                                          "data/bargain/eum/outputs/"
                                          "jmckib_scholz_EU_emissions_positions_by_round.csv"),
                     "r");
    assert_non_null(fp);
    assert_non_null(fgets(line, sizeof line, fp));
    int rows = 0;
    while (fgets(line, sizeof line, fp)) {
        char *c = line;
        long rd = strtol(c, &c, 10);
        assert_true(rd >= 0 && rd <= 10);
        for (size_t i = 0; i < 10; i++) {
            assert_int_equal(*c, ',');
            double v = strtod(c + 1, &c);
            assert_close(r->rounds[rd].position[i], v, 6e-9);
        }
        double mean = strtod(c + 1, &c);
        double med = strtod(c + 1, &c);
        assert_close(r->rounds[rd].mean, mean, 6e-9);
        assert_close(r->rounds[rd].median, med, 6e-9);
        rows++;
    }
    fclose(fp);
    assert_int_equal(rows, 11);
    /* round 1: Belgium compromises with France, Luxembourg and Ireland lose
     * confrontations */
    assert_int_equal(r->rounds[1].n_moves, 3);
    assert_int_equal(r->rounds[1].moves[0].kind, ENT_EUM_COMPROMISE);
    assert_string_equal(t->names[r->rounds[1].moves[0].actor], "Belgium");
    assert_string_equal(t->names[r->rounds[1].moves[0].other], "France");
    assert_close(r->rounds[1].moves[0].eu_self, -0.11483050347300794, 1e-12);
    assert_close(r->rounds[1].moves[0].eu_other, 0.2432965945234421, 1e-12);
    assert_int_equal(r->rounds[1].moves[1].kind, ENT_EUM_CONFLICT_LOST);
    ent_bargain_result_free(r);
    ent_bargain_table_free(t);
}

static void test_median_30_rounds(void **s)
{
    (void)s;
    char p[4096], line[1024];
    ent_bargain_table *t = load_ec();
    ent_bargain_result *r = run_ec(t, 30);
    FILE *fp = fopen(ent_test_shared_path(p, sizeof p,
                                          "data/bargain/eum/outputs/"
                                          "jmckib_scholz_EU_emissions_30rounds.txt"),
                     "r");
    assert_non_null(fp);
    size_t nm = 0, nmean = 0;
    while (fgets(line, sizeof line, fp)) {
        if (strncmp(line, "Median position: ", 17) == 0) {
            assert_true(nm <= 30);
            assert_close(r->rounds[nm].median, strtod(line + 17, NULL), 1e-9);
            nm++;
        } else if (strncmp(line, "Mean position: ", 15) == 0) {
            assert_true(nmean <= 30);
            assert_close(r->rounds[nmean].mean, strtod(line + 15, NULL), 1e-9);
            nmean++;
        }
    }
    fclose(fp);
    assert_int_equal(nm, 31);
    assert_int_equal(nmean, 31);
    ent_bargain_result_free(r);
    ent_bargain_table_free(t);
}

int main(void)
{
    ent_test_require_shared();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_initial_mean),
        cmocka_unit_test(test_round1_risk),
        cmocka_unit_test(test_positions_by_round),
        cmocka_unit_test(test_median_30_rounds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
