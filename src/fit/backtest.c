/*
 * backtest.c - leave-one-case-out backtests of the cascade model on
 * historical crises as they stood on their dates.
 *
 * For each case: refit on every COW inter-state war except the one the
 * case belongs to, build the case's world from the datasets, simulate it
 * conditional on war, and score every state's role (attacker side, target
 * side, out) against what happened with the multi-category Brier score
 * (Brier 1950: sum over the three roles of (p - o)^2, 0 best, 2 worst) and
 * the log loss (-ln p of the observed role). Two baselines get the same
 * scores: the training base rates of the three roles, and "every state
 * with a defence obligation to the target joins it, no one else does"
 * (probabilities 1 - 2e and e, e = 0.01, so that its log loss is finite).
 */
#include <entente/fit.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const double eps_treaty = 0.01;

static void score(ent_backtest_score *s, const double p[3], int y)
{
    double b = 0;
    for (int k = 0; k < 3; k++) {
        double o = k == y ? 1 : 0;
        b += (p[k] - o) * (p[k] - o);
    }
    double py = p[y] > 1e-6 ? p[y] : 1e-6;
    s->brier += b;
    s->log_loss += -log(py);
}

static void mean(ent_backtest_score *s)
{
    if (!s->n)
        return;
    double n = (double)s->n;
    s->brier /= n;
    s->log_loss /= n;
    s->brier_base /= n;
    s->log_loss_base /= n;
    s->brier_treaty /= n;
    s->log_loss_treaty /= n;
}

void ent_backtest_free(ent_backtest *b)
{
    if (!b)
        return;
    free(b->cases);
    free(b);
}

int ent_backtest_run(ent_backtest **out, const ent_hist *h,
                     const ent_hist_case *cases, size_t n, uint64_t trials,
                     uint64_t seed, void (*progress)(void *, size_t, size_t),
                     void *ud)
{
    int rc = 0;
    ent_hist_case *wars = NULL;
    size_t nw = 0;
    ent_backtest *b = NULL;
    ent_cascade_world *w = NULL;
    ent_cascade_result *res = NULL;
    uint8_t *role = NULL;
    size_t bin_n[10] = {0};
    double bin_p[10] = {0}, bin_o[10] = {0};
    *out = NULL;
    rc = ent_hist_war_cases(&wars, &nw, h);
    if (rc)
        goto done;
    b = calloc(1, sizeof *b);
    if (!b || !(b->cases = calloc(n + 1, sizeof *b->cases))) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    b->n_cases = n;
    b->trials = trials;
    b->seed = seed;
    for (size_t c = 0; c < n; c++) {
        const ent_hist_case *cs = &cases[c];
        ent_backtest_case *bc = &b->cases[c];
        bc->c = *cs;
        size_t excl = nw;
        for (size_t k = 0; k < nw; k++)
            if (cs->cow_war > 0 && wars[k].cow_war == cs->cow_war)
                excl = k;
        ent_cascade_params p;
        ent_fit_stats st;
        rc = ent_fit_calibrate(&p, &st, h, wars, nw, excl);
        if (rc)
            goto done;
        rc = ent_hist_world(&w, h, cs->date);
        if (rc)
            goto done;
        free(role);
        role = malloc(w->n);
        if (!role) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        rc = ent_hist_outcome(role, h, cs, w);
        if (rc)
            goto done;
        size_t a = 0, t = 0;
        for (size_t i = 0; i < w->n; i++) {
            if (w->ccode[i] == cs->attacker)
                a = i;
            if (w->ccode[i] == cs->target)
                t = i;
        }
        ent_cascade_opts o;
        ent_cascade_opts_default(&o);
        o.seed = seed;
        o.trials = trials;
        o.attacker = a;
        o.target = t;
        o.condition_on_war = true;
        o.top_coalitions = 0;
        rc = ent_cascade_run(&res, w, &p, &o);
        if (rc)
            goto done;
        for (size_t i = 0; i < w->n; i++) {
            if (i == a || i == t)
                continue;
            double pa = (double)res->n_attacker_side[i] / (double)trials;
            double pt = (double)res->n_target_side[i] / (double)trials;
            double pm[3] = {1 - pa - pt, pa, pt};
            int y = role[i];
            ent_backtest_score s1 = {0};
            score(&s1, pm, y);
            bc->s.brier += s1.brier;
            bc->s.log_loss += s1.log_loss;
            ent_backtest_score s2 = {0};
            score(&s2, st.base_rate, y);
            bc->s.brier_base += s2.brier;
            bc->s.log_loss_base += s2.log_loss;
            double pt_[3];
            if (w->defend[i * w->n + t] > 0) {
                pt_[0] = eps_treaty;
                pt_[1] = eps_treaty;
                pt_[2] = 1 - 2 * eps_treaty;
            } else {
                pt_[0] = 1 - 2 * eps_treaty;
                pt_[1] = eps_treaty;
                pt_[2] = eps_treaty;
            }
            ent_backtest_score s3 = {0};
            score(&s3, pt_, y);
            bc->s.brier_treaty += s3.brier;
            bc->s.log_loss_treaty += s3.log_loss;
            bc->s.n++;
            if (y)
                bc->n_joined++;
            bc->expected_joined += pa + pt;
            /* reliability: each side's join probability is one event */
            for (int side = 1; side <= 2; side++) {
                double pp = side == 1 ? pa : pt;
                int bin = (int)(pp * 10);
                if (bin > 9)
                    bin = 9;
                if (bin < 0)
                    bin = 0;
                bin_n[bin]++;
                bin_p[bin] += pp;
                bin_o[bin] += y == side ? 1 : 0;
            }
        }
        b->overall.n += bc->s.n;
        b->overall.brier += bc->s.brier;
        b->overall.log_loss += bc->s.log_loss;
        b->overall.brier_base += bc->s.brier_base;
        b->overall.log_loss_base += bc->s.log_loss_base;
        b->overall.brier_treaty += bc->s.brier_treaty;
        b->overall.log_loss_treaty += bc->s.log_loss_treaty;
        mean(&bc->s);
        ent_cascade_result_free(res);
        res = NULL;
        ent_cascade_world_free(w);
        w = NULL;
        if (progress)
            progress(ud, c + 1, n);
    }
    mean(&b->overall);
    for (int k = 0; k < 10; k++) {
        b->bins[k].lo = k / 10.0;
        b->bins[k].hi = (k + 1) / 10.0;
        b->bins[k].n = bin_n[k];
        b->bins[k].mean_pred = bin_n[k] ? bin_p[k] / (double)bin_n[k] : 0;
        b->bins[k].obs_freq = bin_n[k] ? bin_o[k] / (double)bin_n[k] : 0;
    }
    *out = b;
    b = NULL;
done:
    free(wars);
    free(role);
    ent_cascade_result_free(res);
    ent_cascade_world_free(w);
    ent_backtest_free(b);
    return rc;
}
