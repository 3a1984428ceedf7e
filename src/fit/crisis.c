/*
 * crisis.c - the crisis-level model: how the features of a dyad (balance of
 * spending, nuclear weapons, third-party nuclear and major-power defence
 * obligations, contiguity) shift whether a crisis stays below the use of
 * force, sees limited force, or becomes a war.
 *
 * DESIGN
 * An ordered logit (McCullagh 1980, "Regression models for ordinal data",
 * JRSS B 42:109) fitted on every MID 5.0 dispute with an originator on each
 * side: the level is the dispute's highest hostility (1-3 no force, 4 use
 * of force, 5 war). MIDs include many minor incidents, so their base rates
 * (4% war) are not those of a crisis in the ICB sense (21% war): the model
 * keeps the ICB levels at the MID mean of the features and uses the MID
 * fit only for the shifts (docs/model-cascade.md, section 3.2). Each
 * dispute's world is the dated historical world on its start date
 * (without distances, which the model does not use).
 */
#include <entente/fit.h>

#include "internal.h"
#include "linalg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define KC ENT_CRISIS_NFEAT
#define NP (KC + 2) /* gammas, then cut points theta1 > theta2 */

typedef struct obs {
    double x[KC];
    int y;
} obs;

static double sig(double z)
{
    return 1 / (1 + exp(-z));
}

/* log-likelihood and gradient; P(L >= 1) = sig(t1 + g.x),
 * P(L >= 2) = sig(t2 + g.x). A weak N(0, 10^2) prior on the gammas. */
static double ll(const obs *o, size_t n, const double *b, double *g)
{
    double L = 0;
    if (g)
        memset(g, 0, NP * sizeof *g);
    for (size_t i = 0; i < n; i++) {
        double s = 0;
        for (int k = 0; k < KC; k++)
            s += b[k] * o[i].x[k];
        double g1 = sig(b[KC] + s), g2 = sig(b[KC + 1] + s);
        double p, dp_ds, dp_t1 = 0, dp_t2 = 0;
        if (o[i].y == 0) {
            p = 1 - g1;
            dp_t1 = -g1 * (1 - g1);
            dp_ds = dp_t1;
        } else if (o[i].y == 1) {
            p = g1 - g2;
            dp_t1 = g1 * (1 - g1);
            dp_t2 = -g2 * (1 - g2);
            dp_ds = dp_t1 + dp_t2;
        } else {
            p = g2;
            dp_t2 = g2 * (1 - g2);
            dp_ds = dp_t2;
        }
        if (p < 1e-300)
            p = 1e-300;
        L += log(p);
        if (g) {
            for (int k = 0; k < KC; k++)
                g[k] += dp_ds / p * o[i].x[k];
            g[KC] += dp_t1 / p;
            g[KC + 1] += dp_t2 / p;
        }
    }
    for (int k = 0; k < KC; k++) {
        L -= b[k] * b[k] / 200.0;
        if (g)
            g[k] -= b[k] / 100.0;
    }
    return L;
}

static void neg_hess(const obs *o, size_t n, const double *b, double *H)
{
    double bb[NP], gp[NP], gm[NP];
    for (int j = 0; j < NP; j++) {
        double h = 1e-4 * (1 + fabs(b[j]));
        memcpy(bb, b, sizeof bb);
        bb[j] = b[j] + h;
        ll(o, n, bb, gp);
        bb[j] = b[j] - h;
        ll(o, n, bb, gm);
        for (int i = 0; i < NP; i++)
            H[i * NP + j] = -(gp[i] - gm[i]) / (2 * h);
    }
    for (int i = 0; i < NP; i++)
        for (int j = 0; j < i; j++)
            H[i * NP + j] = H[j * NP + i] = 0.5 * (H[i * NP + j] + H[j * NP + i]);
}

static int cmp_mid(const void *x, const void *y)
{
    const ent_hist_mid *a = *(const ent_hist_mid *const *)x;
    const ent_hist_mid *b = *(const ent_hist_mid *const *)y;
    if (a->dispnum != b->dispnum)
        return a->dispnum < b->dispnum ? -1 : 1;
    return (a->ccode > b->ccode) - (a->ccode < b->ccode);
}

int ent_fit_crisis(ent_cascade_params *p, ent_fit_crisis_stats *st,
                   const ent_hist *h)
{
    int rc = 0;
    const ent_hist_mid **m = NULL;
    obs *o = NULL;
    size_t n = 0;
    ent_fit_crisis_stats s;
    memset(&s, 0, sizeof s);
    m = malloc((h->n_mid + 1) * sizeof *m);
    o = calloc(h->n_mid + 1, sizeof *o);
    if (!m || !o) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t r = 0; r < h->n_mid; r++)
        m[r] = &h->mid[r];
    qsort(m, h->n_mid, sizeof *m, cmp_mid);
    for (size_t a = 0; a < h->n_mid;) {
        size_t e = a;
        while (e < h->n_mid && m[e]->dispnum == m[a]->dispnum)
            e++;
        const ent_hist_mid *att = NULL, *tgt = NULL;
        int host = 0;
        ent_date d = ENT_DATE_MAX;
        for (size_t k = a; k < e; k++) {
            if (m[k]->hostlev > host)
                host = m[k]->hostlev;
            if (m[k]->orig && m[k]->from < d)
                d = m[k]->from;
            if (m[k]->orig && m[k]->sidea && !att)
                att = m[k];
            if (m[k]->orig && !m[k]->sidea && !tgt)
                tgt = m[k];
        }
        a = e;
        if (!att || !tgt || host < 1 || d == ENT_DATE_MAX)
            continue;
        ent_cascade_world *w = NULL;
        if (ent_fit__hist_world(&w, h, d, true) != 0)
            continue;
        int ia = -1, it = -1;
        for (size_t i = 0; i < w->n; i++) {
            if (w->ccode[i] == att->ccode)
                ia = (int)i;
            if (w->ccode[i] == tgt->ccode)
                it = (int)i;
        }
        if (ia >= 0 && it >= 0 && ia != it) {
            ent_cascade_crisis_features(w, (size_t)ia, (size_t)it, o[n].x);
            o[n].y = host <= 3 ? 0 : host == 4 ? 1 : 2;
            s.n_level[o[n].y]++;
            n++;
        }
        ent_cascade_world_free(w);
    }
    if (n < 50 || !s.n_level[0] || !s.n_level[1] || !s.n_level[2]) {
        rc = ent_error_set(ENT_EINVALID, "too few disputes (%zu) to fit the "
                                         "crisis model",
                           n);
        goto done;
    }
    double mean[KC] = {0};
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < KC; k++)
            mean[k] += o[i].x[k] / (double)n;
    double b[NP] = {0}, gr[NP], H[NP * NP], L[NP * NP], step[NP], tr[NP];
    double c1 = (double)(s.n_level[1] + s.n_level[2]) / (double)n;
    double c2 = (double)s.n_level[2] / (double)n;
    b[KC] = log(c1 / (1 - c1));
    b[KC + 1] = log(c2 / (1 - c2));
    for (int k = 0; k < 3; k++) {
        double pk = (double)s.n_level[k] / (double)n;
        s.loglik_null += (double)s.n_level[k] * log(pk);
    }
    double cur = ll(o, n, b, gr);
    for (s.iterations = 0; s.iterations < 100; s.iterations++) {
        neg_hess(o, n, b, H);
        memcpy(L, H, sizeof L);
        double ridge = 0;
        while (!ent_fit__cholesky(L, NP)) {
            ridge = ridge > 0 ? ridge * 10 : 1e-6;
            memcpy(L, H, sizeof L);
            for (int i = 0; i < NP; i++)
                L[i * NP + i] += ridge;
            if (ridge > 1e6) {
                rc = ent_error_set(ENT_EINVALID, "crisis fit: singular Hessian");
                goto done;
            }
        }
        ent_fit__chol_solve(L, NP, gr, step);
        double t = 1, nl = cur;
        for (int ls = 0; ls < 40; ls++, t *= 0.5) {
            for (int k = 0; k < NP; k++)
                tr[k] = b[k] + t * step[k];
            if (tr[KC] <= tr[KC + 1])
                continue;
            nl = ll(o, n, tr, NULL);
            if (nl >= cur - 1e-12)
                break;
        }
        double moved = 0;
        for (int k = 0; k < NP; k++)
            moved += fabs(tr[k] - b[k]);
        memcpy(b, tr, sizeof b);
        double old = cur;
        cur = ll(o, n, b, gr);
        if (moved < 1e-8 || fabs(cur - old) < 1e-10) {
            s.converged = true;
            break;
        }
    }
    neg_hess(o, n, b, H);
    memcpy(L, H, sizeof L);
    bool ok = ent_fit__cholesky(L, NP);
    for (int k = 0; k < KC; k++) {
        double se = NAN;
        if (ok) {
            double e[NP] = {0}, x[NP];
            e[k] = 1;
            ent_fit__chol_solve(L, NP, e, x);
            se = sqrt(x[k] > 0 ? x[k] : 0);
        }
        p->crisis_gamma[k] = b[k];
        p->crisis_se[k] = se;
        p->crisis_mean[k] = mean[k];
    }
    p->crisis_fitted = true;
    double pen = 0;
    for (int k = 0; k < KC; k++)
        pen += b[k] * b[k] / 200.0;
    s.loglik = cur + pen;
    s.n_disputes = n;
    if (st)
        *st = s;
done:
    free(m);
    free(o);
    return rc;
}
