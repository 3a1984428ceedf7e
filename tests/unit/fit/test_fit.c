/* test_fit.c - the historical data side of the cascade model: the CSV
 * reader, maximum-likelihood recovery of known parameters from simulated
 * data, and (with ../shared) the dataset readers on the real files, the
 * historical worlds and outcomes. */
#include "test_util.h"

#include <entente/fit.h>
#include <stdlib.h>
#include <string.h>

#include "fit/csv.h"

static void test_fit__csv(void **state)
{
    (void)state;
    const char *t = "\xEF\xBB\xBF"
                    "a,b,\"c\"\r\n1,\"x, \"\"y\"\"\",3\r\n\r\n4,5\n\"multi\nline\",,\n";
    ent_csv c;
    assert_int_equal(ent_fit__csv_parse(&c, t, strlen(t), "t.csv"), 0);
    assert_int_equal(c.cols, 3);
    assert_int_equal(c.rows, 3);
    assert_int_equal(ent_fit__csv_col(&c, "c"), 2);
    assert_string_equal(ent_fit__csv_get(&c, 0, 1), "x, \"y\"");
    assert_string_equal(ent_fit__csv_get(&c, 1, 2), ""); /* short row */
    assert_string_equal(ent_fit__csv_get(&c, 2, 0), "multi\nline");
    assert_int_equal(ent_fit__csv_long(&c, 1, 1, -1), 5);
    double v;
    assert_false(ent_fit__csv_num(&c, 0, 1, &v));
    ent_fit__csv_free(&c);
    const char *bad = "a,b\n1,2,3\n";
    assert_int_equal(ent_fit__csv_parse(&c, bad, strlen(bad), "bad.csv"),
                     ENT_EINVALID);
    assert_non_null(strstr(ent_error_last(), "bad.csv:2"));
    assert_int_equal(ent_fit__csv_parse(&c, "", 0, "e.csv"), ENT_EINVALID);
}

static double unif(uint64_t *s)
{
    *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(*s >> 11) * 0x1.0p-53;
}

/* Simulate choices from known coefficients with the model's own mixture
 * and check that the fit recovers them within 4 standard errors. */
static void test_fit__recovers_parameters(void **state)
{
    (void)state;
    const size_t n = 20000, K = ENT_CASCADE_NFEAT;
    double *xa = calloc(n * K, sizeof *xa), *xt = calloc(n * K, sizeof *xt);
    double *q = calloc(n * 4, sizeof *q);
    uint8_t *role = calloc(n, 1);
    assert_non_null(xa);
    assert_non_null(xt);
    assert_non_null(q);
    assert_non_null(role);
    double truth[ENT_CASCADE_NFEAT] = {0};
    truth[ENT_CF_CONST_A] = -2.5;
    truth[ENT_CF_CONST_T] = -2.0;
    truth[ENT_CF_OBLIG_P] = 2.0;
    truth[ENT_CF_OBLIG_J] = 1.5;
    truth[ENT_CF_DIST] = -0.8;
    truth[ENT_CF_CONTIG_O] = 1.0;
    truth[ENT_CF_TIE_P] = 0.7;
    uint64_t s = 12345;
    for (size_t o = 0; o < n; o++) {
        double *a = xa + o * K, *t = xt + o * K;
        a[ENT_CF_CONST_A] = 1;
        t[ENT_CF_CONST_T] = 1;
        a[ENT_CF_DIST] = t[ENT_CF_DIST] = 3 * unif(&s);
        a[ENT_CF_CONTIG_O] = unif(&s) < 0.2;
        t[ENT_CF_CONTIG_O] = unif(&s) < 0.2;
        a[ENT_CF_TIE_P] = unif(&s) < 0.3;
        t[ENT_CF_TIE_P] = unif(&s) < 0.3;
        /* every one of the fixed features is set in both alternatives'
         * other slots too, to keep the design rich */
        double *qq = q + o * 4;
        qq[0] = unif(&s) < 0.2 ? 0.5 : 0;
        qq[1] = unif(&s) < 0.3 ? 0.5 : 0;
        qq[2] = unif(&s) < 0.1 ? 0.6 : 0;
        qq[3] = unif(&s) < 0.1 ? 0.6 : 0;
        int z[4];
        for (int k = 0; k < 4; k++)
            z[k] = unif(&s) < qq[k];
        double ea = 0, et = 0;
        for (size_t k = 0; k < K; k++) {
            ea += truth[k] * a[k];
            et += truth[k] * t[k];
        }
        ea += truth[ENT_CF_OBLIG_P] * z[0] + truth[ENT_CF_OBLIG_J] * z[2];
        et += truth[ENT_CF_OBLIG_P] * z[1] + truth[ENT_CF_OBLIG_J] * z[3];
        double den = 1 + exp(ea) + exp(et), u = unif(&s);
        role[o] = u < exp(ea) / den ? 1 : u < (exp(ea) + exp(et)) / den ? 2 : 0;
    }
    double beta[ENT_CASCADE_NFEAT], se[ENT_CASCADE_NFEAT];
    ent_fit_stats st;
    assert_int_equal(ent_fit_logit(beta, se, &st, xa, xt, q, role, n), 0);
    assert_true(st.converged);
    assert_true(st.loglik > st.loglik_null);
    int checked[] = {ENT_CF_CONST_A, ENT_CF_CONST_T, ENT_CF_OBLIG_P,
                     ENT_CF_OBLIG_J, ENT_CF_DIST,    ENT_CF_CONTIG_O,
                     ENT_CF_TIE_P};
    for (size_t i = 0; i < sizeof checked / sizeof checked[0]; i++) {
        int k = checked[i];
        assert_true(se[k] > 0 && se[k] < 1);
        if (fabs(beta[k] - truth[k]) > 4 * se[k])
            fail_msg("%s: %.3f, truth %.3f, se %.3f",
                     ent_cascade_feature_name(k), beta[k], truth[k], se[k]);
    }
    free(xa);
    free(xt);
    free(q);
    free(role);
}

static ent_hist *H;

static int load_hist(void **state)
{
    (void)state;
    char dir[4096];
    ent_test_shared_path(dir, sizeof dir, "data/history");
    assert_int_equal(ent_hist_new(&H), 0);
    int rc = ent_hist_load(H, dir);
    if (rc)
        fprintf(stderr, "%s\n", ent_error_last());
    return rc;
}

static int free_hist(void **state)
{
    (void)state;
    ent_hist_free(H);
    return 0;
}

static void test_fit__readers(void **state)
{
    (void)state;
    /* row counts from MANIFEST.csv (rows with usable keys) */
    assert_int_equal(H->n_states, 243);
    assert_true(H->n_nmc > 17000);
    assert_int_equal(H->n_atop, 2398);
    assert_true(H->n_contig > 1600);
    assert_true(H->n_capitals > 230);
    assert_true(H->n_mindist > 75000);
    assert_int_equal(H->n_majors, 14);
    assert_int_equal(H->n_nuclear, 10);
    assert_int_equal(H->n_wars, 337);
    assert_true(H->n_rsh > 500);
    assert_true(H->n_mid > 5800);
    assert_int_equal(H->n_icb, 482);
    assert_int_equal(H->n_reliab, 576);
    assert_int_equal(ent_hist_ccode(H, "EST"), 366);
    assert_int_equal(ent_hist_ccode(H, "RUS"), 365);
    size_t nv = 0, ncoded = 0;
    for (size_t i = 0; i < H->n_icb; i++) {
        nv += H->icb[i].viol == 4;
        ncoded += H->icb[i].viol > 0;
    }
    assert_int_equal(nv, 101); /* REFERENCES.md: 101 of 481 full-scale war */
    assert_int_equal(ncoded, 481);
}

static void test_fit__world_1914(void **state)
{
    (void)state;
    ent_hist_case c = {.date = ent_date_from_ymd(1914, 7, 28),
                       .attacker = 300, .target = 345, .cow_war = 106};
    strcpy(c.id, "1914");
    ent_cascade_world *w;
    assert_int_equal(ent_hist_world(&w, H, c.date), 0);
    int auh = ent_cascade_world_find(w, "AUH"), gmy = ent_cascade_world_find(w, "GMY"),
        rus = ent_cascade_world_find(w, "RUS"), fra = ent_cascade_world_find(w, "FRN"),
        usa = ent_cascade_world_find(w, "USA");
    assert_true(auh >= 0 && gmy >= 0 && rus >= 0 && fra >= 0 && usa >= 0);
    size_t n = w->n;
    /* the Franco-Russian alliance and the Dual Alliance, from ATOP */
    assert_true(w->defend[(size_t)fra * n + (size_t)rus] > 0);
    assert_true(w->defend[(size_t)gmy * n + (size_t)auh] > 0);
    assert_true(w->contig[(size_t)gmy * n + (size_t)auh]);
    assert_true(w->major[gmy] && !w->nuclear[gmy]);
    assert_true(w->milex[gmy] > 0);
    double d = w->dist_km[(size_t)fra * n + (size_t)gmy]; /* Paris-Berlin */
    assert_true(d > 800 && d < 950);
    uint8_t *role = malloc(n);
    assert_int_equal(ent_hist_outcome(role, H, &c, w), 0);
    assert_int_equal(role[gmy], ENT_ROLE_ATTACKER);
    assert_int_equal(role[rus], ENT_ROLE_TARGET);
    assert_int_equal(role[fra], ENT_ROLE_TARGET);
    assert_int_equal(role[usa], ENT_ROLE_TARGET); /* joined in 1917 */
    free(role);
    ent_cascade_world_free(w);
    /* 2022: states after the COW list ends stay in; Russia nuclear */
    assert_int_equal(ent_hist_world(&w, H, ent_date_from_ymd(2022, 2, 24)), 0);
    int r2 = ent_cascade_world_find(w, "RUS");
    assert_true(r2 >= 0 && w->nuclear[r2]);
    assert_true(w->n > 190);
    ent_cascade_world_free(w);
}

static void test_fit__war_cases(void **state)
{
    (void)state;
    ent_hist_case *cs;
    size_t n;
    assert_int_equal(ent_hist_war_cases(&cs, &n, H), 0);
    assert_int_equal(n, 95);
    bool found = false;
    for (size_t i = 0; i < n; i++)
        if (cs[i].cow_war == 139) { /* World War II: Germany on Poland */
            found = true;
            assert_int_equal(cs[i].attacker, 255);
            assert_int_equal(cs[i].target, 290);
        }
    assert_true(found);
    free(cs);
    char path[4096];
    snprintf(path, sizeof path, "%s/data/backtest/cases.csv", ENT_SOURCE_DIR);
    assert_int_equal(ent_hist_cases_read(&cs, &n, path), 0);
    assert_true(n >= 12);
    free(cs);
}

static void test_fit__crisis(void **state)
{
    (void)state;
    ent_cascade_params p;
    ent_cascade_params_default(&p);
    ent_fit_crisis_stats st;
    assert_int_equal(ent_fit_crisis(&p, &st, H), 0);
    assert_true(st.converged);
    assert_true(p.crisis_fitted);
    /* REFERENCES.md: 106 of 2,436 MIDs reach war; 2,424 have an
     * originator on each side that is a state on the start date */
    assert_int_equal(st.n_level[2], 106);
    assert_true(st.n_disputes > 2400 && st.n_disputes <= 2436);
    assert_true(st.loglik > st.loglik_null);
    for (int k = 0; k < ENT_CRISIS_NFEAT; k++)
        assert_true(p.crisis_se[k] > 0 && p.crisis_se[k] < 1);
}

int main(void)
{
    const struct CMUnitTest plain[] = {
        cmocka_unit_test(test_fit__csv),
        cmocka_unit_test(test_fit__recovers_parameters),
    };
    int rc = cmocka_run_group_tests(plain, NULL, NULL);
    ent_test_require_shared();
    const struct CMUnitTest data[] = {
        cmocka_unit_test(test_fit__readers),
        cmocka_unit_test(test_fit__world_1914),
        cmocka_unit_test(test_fit__war_cases),
        cmocka_unit_test(test_fit__crisis),
    };
    return rc | cmocka_run_group_tests(data, load_hist, free_hist);
}
