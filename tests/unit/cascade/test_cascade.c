/* test_cascade.c - the cascade model and Monte Carlo: random numbers, a
 * known answer on a tiny hand-made world, probabilities summing to one,
 * identical results at any thread count, --explain, the parameter file and
 * compiling a scenario written in YAML. */
#include "test_util.h"

#include <entente/cascade.h>
#include <entente/io.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_cascade__rand(void **state)
{
    (void)state;
    double s = 0;
    for (uint64_t k = 0; k < 100000; k++) {
        double u = ent_cascade_rand(7, k / 100, k % 100);
        assert_true(u >= 0 && u < 1);
        s += u;
    }
    assert_close(s / 100000, 0.5, 0.005);
    assert_true(ent_cascade_rand(1, 2, 3) == ent_cascade_rand(1, 2, 3));
    assert_true(ent_cascade_rand(1, 2, 3) != ent_cascade_rand(2, 2, 3));
    assert_true(ent_cascade_rand(1, 2, 3) != ent_cascade_rand(1, 3, 3));
}

/* A: attacker, T: target, C: a third state with a defence pact with T,
 * D: a fourth state with a defence pact with C (pulled in by rounds). */
static ent_cascade_world *tiny(void)
{
    ent_cascade_world *w;
    assert_int_equal(ent_cascade_world_new(&w, 4), 0);
    const char *codes[] = {"AAA", "TTT", "CCC", "DDD"};
    for (size_t i = 0; i < 4; i++) {
        strcpy(w->code[i], codes[i]);
        w->milex[i] = 100.0 * (double)(i + 1);
        for (size_t j = 0; j < 4; j++)
            w->dist_km[i * 4 + j] = i == j ? 0 : 1000;
    }
    w->defend[2 * 4 + 1] = 1; /* C defends T */
    w->defend[3 * 4 + 2] = 1; /* D defends C */
    w->date = ent_date_from_ymd(2000, 1, 1);
    return w;
}

static void params(ent_cascade_params *p)
{
    ent_cascade_params_default(p);
    p->beta[ENT_CF_CONST_A] = -3;
    p->beta[ENT_CF_CONST_T] = -2;
    p->beta[ENT_CF_OBLIG_P] = 3;
    p->beta[ENT_CF_OBLIG_J] = 2;
    p->rho_post1945 = 0.5;
    p->p_nuc_limited = 0;
}

static void test_cascade__known_answer(void **state)
{
    (void)state;
    ent_cascade_world *w = tiny();
    ent_cascade_params p;
    params(&p);
    ent_cascade_opts o;
    ent_cascade_opts_default(&o);
    o.attacker = 0;
    o.target = 1;
    o.trials = 200000;
    o.condition_on_war = true;
    ent_cascade_result *r;
    assert_int_equal(ent_cascade_run(&r, w, &p, &o), 0);
    /* C: obligation to T honoured with 0.5; then eta_T = -2 + 3 = 1. */
    double e0 = 1, ea = exp(-3), et0 = exp(-2), et1 = exp(1);
    double pct = 0.5 * et0 / (e0 + ea + et0) + 0.5 * et1 / (e0 + ea + et1);
    double pca = 0.5 * ea / (e0 + ea + et0) + 0.5 * ea / (e0 + ea + et1);
    double n = (double)o.trials;
    double se = sqrt(pct * (1 - pct) / n);
    assert_close((double)r->n_target_side[2] / n, pct, 5 * se);
    assert_close((double)r->n_attacker_side[2] / n, pca,
                 5 * sqrt(pca * (1 - pca) / n) + 1e-4);
    /* D: first round eta_T = -2; if C joined T and D's pact with C holds
     * (0.5), D's eta_T rises to 0; the same uniform is reused. */
    double pd0 = et0 / (e0 + ea + et0), pd1 = 1 / (e0 + ea + 1);
    double pdt = (1 - 0.5 * pct) * pd0 + 0.5 * pct * pd1;
    assert_close((double)r->n_target_side[3] / n, pdt,
                 5 * sqrt(pdt * (1 - pdt) / n));
    /* every trial is a war: escalation rungs 2 or 3 only, summing to N */
    assert_int_equal(r->level[0] + r->level[1], 0);
    assert_int_equal(r->level[2] + r->level[3], o.trials);
    assert_int_equal(r->n_attacker_side[0], o.trials);
    assert_int_equal(r->n_target_side[1], o.trials);
    ent_cascade_result_free(r);
    ent_cascade_world_free(w);
}

static void test_cascade__sums_to_one(void **state)
{
    (void)state;
    ent_cascade_world *w = tiny();
    w->nuclear[0] = w->nuclear[3] = 1;
    ent_cascade_params p;
    params(&p);
    p.p_nuc_limited = 0.3;
    ent_cascade_opts o;
    ent_cascade_opts_default(&o);
    o.attacker = 0;
    o.target = 1;
    o.trials = 30000;
    ent_cascade_result *r;
    assert_int_equal(ent_cascade_run(&r, w, &p, &o), 0);
    uint64_t tot = 0;
    for (int l = 0; l < ENT_ESC_LEVELS; l++)
        tot += r->level[l];
    assert_int_equal(tot, o.trials);
    for (size_t i = 0; i < w->n; i++)
        assert_true(r->n_attacker_side[i] + r->n_target_side[i] <= o.trials);
    /* war share close to the ICB rate in the parameters */
    assert_close((double)r->wars / 30000.0, p.p_level[2], 0.015);
    uint64_t cs = 0;
    for (size_t c = 0; c < r->n_coalitions; c++)
        cs += r->coalitions[c].count;
    assert_true(cs <= o.trials);
    assert_true(r->n_coalitions >= 2);
    assert_false(r->coalitions[0].war); /* "no war" is the most frequent */
    ent_cascade_result_free(r);
    ent_cascade_world_free(w);
}

static void test_cascade__threads(void **state)
{
    (void)state;
    ent_cascade_world *w = tiny();
    ent_cascade_params p;
    params(&p);
    ent_cascade_opts o;
    ent_cascade_opts_default(&o);
    o.attacker = 0;
    o.target = 1;
    o.trials = 50001;
    o.seed = 42;
    ent_cascade_result *r1, *r3;
    o.threads = 1;
    assert_int_equal(ent_cascade_run(&r1, w, &p, &o), 0);
    o.threads = 3;
    assert_int_equal(ent_cascade_run(&r3, w, &p, &o), 0);
    for (size_t i = 0; i < w->n; i++) {
        assert_int_equal(r1->n_attacker_side[i], r3->n_attacker_side[i]);
        assert_int_equal(r1->n_target_side[i], r3->n_target_side[i]);
    }
    for (int l = 0; l < ENT_ESC_LEVELS; l++)
        assert_int_equal(r1->level[l], r3->level[l]);
    assert_int_equal(r1->n_coalitions, r3->n_coalitions);
    for (size_t c = 0; c < r1->n_coalitions; c++) {
        assert_int_equal(r1->coalitions[c].count, r3->coalitions[c].count);
        assert_int_equal(r1->coalitions[c].n_target, r3->coalitions[c].n_target);
    }
    ent_cascade_result_free(r1);
    ent_cascade_result_free(r3);
    ent_cascade_world_free(w);
}

static void test_cascade__explain_and_stance(void **state)
{
    (void)state;
    ent_cascade_world *w = tiny();
    ent_cascade_params p;
    params(&p);
    ent_cascade_explain e;
    assert_int_equal(ent_cascade_explain_state(&e, w, &p, 0, 1, 2), 0);
    assert_close(e.p_first[0] + e.p_first[1] + e.p_first[2], 1, 1e-12);
    assert_close(e.q_oblig[1], 0.5, 1e-12);
    assert_close(e.term[1][ENT_CF_OBLIG_P], 3, 1e-12);
    assert_int_equal(ent_cascade_explain_state(&e, w, &p, 0, 0, 2),
                     ENT_EINVALID);
    /* a stated position overrides the draw */
    w->fixed[2] = ENT_ROLE_OUT;
    ent_cascade_opts o;
    ent_cascade_opts_default(&o);
    o.attacker = 0;
    o.target = 1;
    o.condition_on_war = true;
    ent_cascade_result *r;
    assert_int_equal(ent_cascade_run(&r, w, &p, &o), 0);
    assert_int_equal(r->n_target_side[2] + r->n_attacker_side[2], 0);
    ent_cascade_result_free(r);
    ent_cascade_world_free(w);
}

static void test_cascade__crisis_levels(void **state)
{
    (void)state;
    ent_cascade_world *w = tiny();
    ent_cascade_params p;
    params(&p);
    double lv[3], x[ENT_CRISIS_NFEAT];
    ent_cascade_crisis_levels(w, &p, 0, 1, lv);
    assert_close(lv[2], p.p_level[2], 1e-12); /* not fitted: ICB levels */
    ent_cascade_crisis_features(w, 0, 1, x);
    assert_close(x[ENT_CRISIS_BALANCE], log(100.0 / 200.0), 1e-12);
    assert_close(x[ENT_CRISIS_TARGET_EXTDET], 0, 0);
    /* fitted, at the mean: the ICB levels; shifted down: less war */
    p.crisis_fitted = true;
    for (int k = 0; k < ENT_CRISIS_NFEAT; k++) {
        p.crisis_gamma[k] = 0.5;
        p.crisis_mean[k] = x[k];
    }
    ent_cascade_crisis_levels(w, &p, 0, 1, lv);
    assert_close(lv[0], p.p_level[0], 1e-9);
    assert_close(lv[1], p.p_level[1], 1e-9);
    assert_close(lv[2], p.p_level[2], 1e-9);
    w->nuclear[2] = 1; /* C (defends T) becomes nuclear-armed */
    p.crisis_gamma[ENT_CRISIS_TARGET_EXTDET] = -1;
    ent_cascade_crisis_levels(w, &p, 0, 1, lv);
    assert_close(lv[0] + lv[1] + lv[2], 1, 1e-12);
    assert_true(lv[2] < p.p_level[2] && lv[0] > p.p_level[0]);
    ent_cascade_opts o;
    ent_cascade_opts_default(&o);
    o.attacker = 0;
    o.target = 1;
    o.trials = 40000;
    ent_cascade_result *r;
    assert_int_equal(ent_cascade_run(&r, w, &p, &o), 0);
    double n = (double)o.trials;
    assert_close((double)r->wars / n, lv[2], 5 * sqrt(lv[2] * (1 - lv[2]) / n));
    assert_close((double)r->level[0] / n, lv[0],
                 5 * sqrt(lv[0] * (1 - lv[0]) / n));
    ent_cascade_result_free(r);
    ent_cascade_world_free(w);
}

static void test_cascade__params_file(void **state)
{
    (void)state;
    ent_cascade_params p, q;
    params(&p);
    p.se[ENT_CF_OBLIG_P] = 0.25;
    p.crisis_fitted = true;
    p.crisis_gamma[ENT_CRISIS_ATTACKER_NUC] = -0.5;
    p.crisis_mean[ENT_CRISIS_CONTIG] = 0.6;
    char path[] = "/tmp/ent_cascade_paramsXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(ent_cascade_params_save(&p, path, NULL), 0);
    assert_int_equal(ent_cascade_params_load(&q, path), 0);
    for (int k = 0; k < ENT_CASCADE_NFEAT; k++)
        assert_close(q.beta[k], p.beta[k], 1e-9);
    assert_close(q.se[ENT_CF_OBLIG_P], 0.25, 1e-9);
    assert_true(q.crisis_fitted);
    assert_close(q.crisis_gamma[ENT_CRISIS_ATTACKER_NUC], -0.5, 1e-9);
    assert_close(q.crisis_mean[ENT_CRISIS_CONTIG], 0.6, 1e-9);
    assert_int_equal(strlen(q.hash), 16);
    FILE *fp = fopen(path, "w");
    fputs("{\"coefficients\": {}}", fp);
    fclose(fp);
    assert_int_equal(ent_cascade_params_load(&q, path), ENT_EINVALID);
    remove(path);
    assert_int_equal(ent_cascade_params_load(&q, "/nonexistent/x.json"),
                     ENT_EIO);
}

static const char *yaml =
    "actors:\n"
    "  - {code: AAA, kind: state, name: A, source: t}\n"
    "  - {code: BBB, kind: state, name: B, source: t}\n"
    "  - {code: CCC, kind: state, name: C, source: t}\n"
    "  - {code: DDD, kind: state, name: D, source: t}\n"
    "  - {code: ALL, kind: organisation, name: Alliance, source: t}\n"
    "memberships:\n"
    "  - {member: BBB, of: ALL, source: t}\n"
    "  - {member: CCC, of: ALL, source: t}\n"
    "commitments:\n"
    "  - {id: pact, kind: collective_defence, parties: [ALL], mutual: true,\n"
    "     status: in_force, source: t}\n"
    "  - id: guar\n"
    "    kind: security_guarantee\n"
    "    parties: [DDD]\n"
    "    beneficiaries: [BBB]\n"
    "    status: proposed\n"
    "    conditions: [{id: troops, text: troops there}]\n"
    "    source: t\n"
    "  - {id: riv, kind: rivalry, parties: [AAA, ALL], mutual: true,\n"
    "     status: in_force, source: t}\n"
    "capabilities:\n"
    "  - {actor: AAA, year: 2020, milex_usd_m: 500, warheads: 100, source: t}\n"
    "  - {actor: BBB, year: 2020, milex_usd_m: 50, warheads: 0, source: t}\n";

static void test_cascade__compile(void **state)
{
    (void)state;
    ent_world *w = NULL, *ov = NULL;
    ent_list errors = {0};
    int rc = ent_io_load_buffer(&w, "t.yaml", yaml, strlen(yaml), &errors);
    for (size_t i = 0; i < errors.n; i++)
        fprintf(stderr, "%s\n", (const char *)errors.items[i]);
    ent_world_errors_free(&errors);
    assert_int_equal(rc, 0);
    ent_date d = ent_date_from_ymd(2021, 6, 1);
    ent_cascade_world *cw;
    assert_int_equal(ent_cascade_compile(&cw, w, d, NULL, 0), 0);
    assert_int_equal(cw->n, 4);
    int a = ent_cascade_world_find(cw, "AAA"), b = ent_cascade_world_find(cw, "BBB"),
        c = ent_cascade_world_find(cw, "CCC"), dd = ent_cascade_world_find(cw, "DDD");
    size_t n = cw->n;
    assert_true(cw->nuclear[a] && !cw->nuclear[b]);
    assert_close(cw->milex[a], 500, 1e-9);
    assert_close(cw->defend[(size_t)b * n + (size_t)c], 1, 1e-9);
    assert_close(cw->defend[(size_t)c * n + (size_t)b], 1, 1e-9);
    assert_close(cw->defend[(size_t)dd * n + (size_t)b], 0, 1e-9); /* proposed */
    assert_int_equal(cw->rival[(size_t)a * n + (size_t)b], 1);
    assert_int_equal(cw->rival[(size_t)b * n + (size_t)c], 0); /* same group */
    ent_cascade_world_free(cw);
    /* assumptions: the guarantee in force with its condition failing, then
     * holding; a stance */
    assert_int_equal(ent_world_overlay_new(&ov, w), 0);
    ent_cascade_stance st[4];
    size_t nst = 0;
    assert_int_equal(ent_cascade_assume(ov, "guar=in_force", st, &nst, 4), 0);
    assert_int_equal(ent_cascade_assume(ov, "guar.troops=fails", st, &nst, 4), 0);
    assert_int_equal(ent_cascade_assume(ov, "CCC:out", st, &nst, 4), 0);
    assert_int_equal(ent_cascade_assume(ov, "nosuch", st, &nst, 4),
                     ENT_ENOTFOUND);
    assert_int_equal(ent_cascade_assume(ov, "CCC:maybe", st, &nst, 4),
                     ENT_EINVALID);
    assert_int_equal(ent_cascade_compile(&cw, ov, d, st, nst), 0);
    assert_close(cw->defend[(size_t)dd * n + (size_t)b], 0, 1e-9);
    assert_int_equal(cw->fixed[c], ENT_ROLE_OUT);
    ent_cascade_world_free(cw);
    assert_int_equal(ent_cascade_assume(ov, "guar.troops=holds", st, &nst, 4), 0);
    assert_int_equal(ent_cascade_compile(&cw, ov, d, st, nst), 0);
    assert_close(cw->defend[(size_t)dd * n + (size_t)b], 1, 1e-9);
    ent_cascade_world_free(cw);
    assert_int_equal(ent_cascade_assume(ov, "-pact", st, &nst, 4), 0);
    assert_int_equal(ent_cascade_compile(&cw, ov, d, st, nst), 0);
    assert_close(cw->defend[(size_t)b * n + (size_t)c], 0, 1e-9);
    ent_cascade_world_free(cw);
    ent_world_free(ov);
    ent_world_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cascade__rand),
        cmocka_unit_test(test_cascade__known_answer),
        cmocka_unit_test(test_cascade__sums_to_one),
        cmocka_unit_test(test_cascade__threads),
        cmocka_unit_test(test_cascade__explain_and_stance),
        cmocka_unit_test(test_cascade__crisis_levels),
        cmocka_unit_test(test_cascade__params_file),
        cmocka_unit_test(test_cascade__compile),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
