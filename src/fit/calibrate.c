/*
 * calibrate.c - maximum-likelihood calibration of the cascade model.
 *
 * DESIGN
 * The join model is a multinomial logit over {out, attacker side, target
 * side} whose two obligation features are switched on at random: the
 * obligation to the side's principal applies and is honoured with
 * probability q = rho * applies, and "some obligation to a state fighting
 * on that side is honoured" with probability 1 - prod(1 - rho * applies).
 * The likelihood of an observed role is therefore a finite mixture of
 * logits over the (at most 16) switch combinations - exactly what the
 * simulator draws. Joiners' own choices enter as given (a pseudo-likelihood
 * in the sense of Besag 1975, "Statistical analysis of non-lattice data",
 * The Statistician 24:179).
 *
 * The log-likelihood has an analytic gradient; the Hessian is obtained by
 * central differences of that gradient, and Newton steps with a
 * backtracking line search climb to the maximum (Nocedal & Wright 2006,
 * Numerical Optimization, ch. 3). A weak Gaussian prior N(0, 10^2) on each
 * coefficient keeps features that separate the data finite. Standard errors
 * are the square roots of the diagonal of the inverse negative Hessian.
 */
#include <entente/fit.h>

#include "linalg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define K ENT_CASCADE_NFEAT
static const double prior_var = 100.0;

typedef struct data {
    const double *xa, *xt, *q;
    const uint8_t *role;
    size_t n;
} data;

/* Log-likelihood (penalised) and gradient at beta. */
static double loglik(const data *D, const double *beta, double *grad)
{
    double ll = 0;
    if (grad)
        memset(grad, 0, K * sizeof *grad);
    for (size_t o = 0; o < D->n; o++) {
        const double *xa = D->xa + o * K, *xt = D->xt + o * K;
        const double *q = D->q + o * 4;
        double ba = 0, bt = 0;
        for (int k = 0; k < K; k++) {
            if (k == ENT_CF_OBLIG_P || k == ENT_CF_OBLIG_J)
                continue;
            ba += beta[k] * xa[k];
            bt += beta[k] * xt[k];
        }
        double P = 0, g[K];
        if (grad)
            memset(g, 0, sizeof g);
        int y = D->role[o];
        for (int z = 0; z < 16; z++) {
            double wz = 1;
            for (int s = 0; s < 4; s++) {
                double qs = q[s];
                wz *= (z >> s) & 1 ? qs : 1 - qs;
            }
            if (wz <= 0)
                continue;
            int za = z & 1, zt = (z >> 1) & 1, ja = (z >> 2) & 1,
                jt = (z >> 3) & 1;
            double ea = ba + beta[ENT_CF_OBLIG_P] * za +
                        beta[ENT_CF_OBLIG_J] * ja;
            double et = bt + beta[ENT_CF_OBLIG_P] * zt +
                        beta[ENT_CF_OBLIG_J] * jt;
            double m = ea > et ? ea : et;
            if (m < 0)
                m = 0;
            double e0 = exp(-m), e1 = exp(ea - m), e2 = exp(et - m);
            double s = e0 + e1 + e2;
            double p[3] = {e0 / s, e1 / s, e2 / s};
            double c = wz * p[y];
            P += c;
            if (!grad || c <= 0)
                continue;
            /* d log p_y / d beta = X_y - sum_k p_k X_k */
            for (int k = 0; k < K; k++) {
                double va = xa[k], vt = xt[k];
                if (k == ENT_CF_OBLIG_P) {
                    va = za;
                    vt = zt;
                } else if (k == ENT_CF_OBLIG_J) {
                    va = ja;
                    vt = jt;
                }
                double xy = y == 1 ? va : y == 2 ? vt : 0;
                g[k] += c * (xy - p[1] * va - p[2] * vt);
            }
        }
        if (P < 1e-300)
            P = 1e-300;
        ll += log(P);
        if (grad)
            for (int k = 0; k < K; k++)
                grad[k] += g[k] / P;
    }
    for (int k = 0; k < K; k++) {
        ll -= beta[k] * beta[k] / (2 * prior_var);
        if (grad)
            grad[k] -= beta[k] / prior_var;
    }
    return ll;
}

/* Negative Hessian by central differences of the gradient. */
static void neg_hessian(const data *D, const double *beta, double *H)
{
    double b[K], gp[K], gm[K];
    for (int j = 0; j < K; j++) {
        double hstep = 1e-4 * (1 + fabs(beta[j]));
        memcpy(b, beta, sizeof b);
        b[j] = beta[j] + hstep;
        loglik(D, b, gp);
        b[j] = beta[j] - hstep;
        loglik(D, b, gm);
        for (int i = 0; i < K; i++)
            H[i * K + j] = -(gp[i] - gm[i]) / (2 * hstep);
    }
    for (int i = 0; i < K; i++)
        for (int j = 0; j < i; j++)
            H[i * K + j] = H[j * K + i] = 0.5 * (H[i * K + j] + H[j * K + i]);
}

/* Cholesky factorisation in place (lower); false if not positive. */
bool ent_fit__cholesky(double *A, int n)
{
    for (int j = 0; j < n; j++) {
        double s = A[j * n + j];
        for (int k = 0; k < j; k++)
            s -= A[j * n + k] * A[j * n + k];
        if (!(s > 0))
            return false;
        A[j * n + j] = sqrt(s);
        for (int i = j + 1; i < n; i++) {
            double t = A[i * n + j];
            for (int k = 0; k < j; k++)
                t -= A[i * n + k] * A[j * n + k];
            A[i * n + j] = t / A[j * n + j];
        }
    }
    return true;
}

void ent_fit__chol_solve(const double *L, int n, const double *b, double *x)
{
    double y[64];
    for (int i = 0; i < n; i++) {
        double s = b[i];
        for (int k = 0; k < i; k++)
            s -= L[i * n + k] * y[k];
        y[i] = s / L[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
        double s = y[i];
        for (int k = i + 1; k < n; k++)
            s -= L[k * n + i] * x[k];
        x[i] = s / L[i * n + i];
    }
}

int ent_fit_logit(double beta[ENT_CASCADE_NFEAT], double se[ENT_CASCADE_NFEAT],
                  ent_fit_stats *st, const double *xa, const double *xt,
                  const double *q, const uint8_t *role, size_t n_obs)
{
    data D = {xa, xt, q, role, n_obs};
    double H[K * K], L[K * K], g[K], step[K], trial[K];
    ent_fit_stats s;
    memset(&s, 0, sizeof s);
    if (n_obs == 0)
        return ent_error_set(ENT_EINVALID, "no observations to fit");
    size_t cnt[3] = {0, 0, 0};
    for (size_t o = 0; o < n_obs; o++) {
        if (role[o] > 2)
            return ent_error_set(ENT_EINVALID, "bad role %d", role[o]);
        cnt[role[o]]++;
    }
    for (int k = 0; k < 3; k++)
        s.base_rate[k] = (double)cnt[k] / (double)n_obs;
    s.n_obs = n_obs;
    s.n_joined_a = cnt[1];
    s.n_joined_t = cnt[2];
    for (int k = 0; k < 3; k++)
        if (cnt[k])
            s.loglik_null += (double)cnt[k] * log(s.base_rate[k]);
    /* start from the base rates */
    memset(beta, 0, K * sizeof *beta);
    beta[ENT_CF_CONST_A] = log(((double)cnt[1] + 0.5) / ((double)cnt[0] + 0.5));
    beta[ENT_CF_CONST_T] = log(((double)cnt[2] + 0.5) / ((double)cnt[0] + 0.5));
    double ll = loglik(&D, beta, g);
    for (s.iterations = 0; s.iterations < 100; s.iterations++) {
        neg_hessian(&D, beta, H);
        memcpy(L, H, sizeof L);
        double ridge = 0;
        while (!ent_fit__cholesky(L, K)) {
            ridge = ridge > 0 ? ridge * 10 : 1e-6;
            memcpy(L, H, sizeof L);
            for (int i = 0; i < K; i++)
                L[i * K + i] += ridge;
            if (ridge > 1e6)
                return ent_error_set(ENT_EINVALID, "Hessian not invertible");
        }
        ent_fit__chol_solve(L, K, g, step);
        double t = 1, nll = ll;
        for (int ls = 0; ls < 40; ls++, t *= 0.5) {
            for (int k = 0; k < K; k++)
                trial[k] = beta[k] + t * step[k];
            nll = loglik(&D, trial, NULL);
            if (nll >= ll - 1e-12)
                break;
        }
        double gnorm = 0;
        for (int k = 0; k < K; k++)
            gnorm += fabs(t * step[k]);
        memcpy(beta, trial, K * sizeof *beta);
        double old = ll;
        ll = loglik(&D, beta, g);
        if (gnorm < 1e-8 || fabs(ll - old) < 1e-10) {
            s.converged = true;
            break;
        }
    }
    neg_hessian(&D, beta, H);
    memcpy(L, H, sizeof L);
    if (ent_fit__cholesky(L, K)) {
        for (int j = 0; j < K; j++) {
            double e[K], x[K];
            memset(e, 0, sizeof e);
            e[j] = 1;
            ent_fit__chol_solve(L, K, e, x);
            se[j] = sqrt(x[j] > 0 ? x[j] : 0);
        }
    } else {
        for (int j = 0; j < K; j++)
            se[j] = NAN;
    }
    /* report the unpenalised log-likelihood */
    double pen = 0;
    for (int k = 0; k < K; k++)
        pen += beta[k] * beta[k] / (2 * prior_var);
    s.loglik = ll + pen;
    if (st)
        *st = s;
    return 0;
}

/* Observations of one case: features, switch probabilities and roles of
 * every state other than the principals. Appends to the arrays. */
static int add_case(const ent_hist *h, const ent_hist_case *c, double rho,
                    double **xa, double **xt, double **q, uint8_t **role,
                    size_t *n, size_t *cap)
{
    ent_cascade_world *w = NULL;
    uint8_t *r = NULL;
    int rc = ent_hist_world(&w, h, c->date);
    if (rc)
        return rc;
    r = malloc(w->n);
    if (!r) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    rc = ent_hist_outcome(r, h, c, w);
    if (rc)
        goto done;
    size_t a = 0, t = 0, nn = w->n;
    for (size_t i = 0; i < nn; i++) {
        if (w->ccode[i] == c->attacker)
            a = i;
        if (w->ccode[i] == c->target)
            t = i;
    }
    if (*n + nn > *cap) {
        size_t nc = (*cap ? *cap * 2 : 4096) + nn;
        double *na = realloc(*xa, nc * K * sizeof **xa);
        if (na)
            *xa = na;
        double *nt = realloc(*xt, nc * K * sizeof **xt);
        if (nt)
            *xt = nt;
        double *nq = realloc(*q, nc * 4 * sizeof **q);
        if (nq)
            *q = nq;
        uint8_t *nr = realloc(*role, nc);
        if (nr)
            *role = nr;
        if (!na || !nt || !nq || !nr) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        *cap = nc;
    }
    for (size_t i = 0; i < nn; i++) {
        if (i == a || i == t)
            continue;
        size_t o = (*n)++;
        ent_cascade_features(w, a, t, i, ENT_ROLE_ATTACKER, *xa + o * K);
        ent_cascade_features(w, a, t, i, ENT_ROLE_TARGET, *xt + o * K);
        double *qq = *q + o * 4;
        qq[0] = rho * w->offend[i * nn + a];
        qq[1] = rho * w->defend[i * nn + t];
        double na_ = 1, nt_ = 1;
        for (size_t j = 0; j < nn; j++) {
            if (j == i || j == a || j == t || !r[j])
                continue;
            /* a joiner on the attacker's side calls on offence obligations,
             * one on the target's side on defence obligations */
            if (r[j] == ENT_ROLE_ATTACKER)
                na_ *= 1 - rho * w->offend[i * nn + j];
            else
                nt_ *= 1 - rho * w->defend[i * nn + j];
        }
        qq[2] = 1 - na_;
        qq[3] = 1 - nt_;
        (*role)[o] = r[i];
    }
done:
    free(r);
    ent_cascade_world_free(w);
    return rc;
}

/* Honour rate of defence obligations in the Berkemeier-Fuhrmann cases. */
static double bf_rate(const ent_hist *h, bool post1945, size_t *nout)
{
    size_t hon = 0, tot = 0;
    for (size_t r = 0; r < h->n_reliab; r++) {
        const ent_hist_reliab *x = &h->reliab[r];
        if (!x->defense || x->honor < 0 || x->year <= 0)
            continue;
        if ((x->year >= 1945) != post1945)
            continue;
        tot++;
        hon += (size_t)x->honor;
    }
    if (nout)
        *nout = tot;
    return tot ? (double)hon / (double)tot : 0.5;
}

int ent_fit_calibrate(ent_cascade_params *p, ent_fit_stats *stats,
                      const ent_hist *h, const ent_hist_case *cases, size_t n,
                      size_t exclude)
{
    int rc = 0;
    double *xa = NULL, *xt = NULL, *q = NULL;
    uint8_t *role = NULL;
    size_t nobs = 0, cap = 0, used = 0;
    ent_cascade_params_default(p);
    size_t nbf0 = 0, nbf1 = 0;
    p->rho_pre1945 = bf_rate(h, false, &nbf0);
    p->rho_post1945 = bf_rate(h, true, &nbf1);
    for (size_t c = 0; c < n; c++) {
        if (c == exclude)
            continue;
        double rho = ent_cascade_rho(p, cases[c].date);
        rc = add_case(h, &cases[c], rho, &xa, &xt, &q, &role, &nobs, &cap);
        if (rc)
            goto done;
        used++;
    }
    ent_fit_stats st;
    rc = ent_fit_logit(p->beta, p->se, &st, xa, xt, q, role, nobs);
    if (rc)
        goto done;
    st.n_cases = used;
    p->loglik = st.loglik;
    p->loglik_null = st.loglik_null;
    p->n_obs = st.n_obs;
    p->n_cases = used;
    /* Crisis levels: ICB v13 violence (1 none, 2-3 clashes, 4 war). */
    size_t v[5] = {0, 0, 0, 0, 0}, nv = 0;
    for (size_t r = 0; r < h->n_icb; r++)
        if (h->icb[r].viol >= 1) {
            v[h->icb[r].viol]++;
            nv++;
        }
    if (nv) {
        p->p_level[0] = (double)v[1] / (double)nv;
        p->p_level[1] = (double)(v[2] + v[3]) / (double)nv;
        p->p_level[2] = (double)v[4] / (double)nv;
    }
    /* Nuclear use: none in the wars since 1945 in which a nuclear-armed
     * state fought on the side with less military spending. Jeffreys
     * posterior mean (0 + 1/2) / (k + 1); no data on what follows a first
     * use, so the uniform prior's mean 1/2 (stated in the model doc). */
    size_t k = 0;
    for (size_t c = 0; c < n; c++) {
        if (c == exclude || cases[c].date < -9131)
            continue;
        ent_cascade_world *w = NULL;
        uint8_t *r = NULL;
        if (ent_hist_world(&w, h, cases[c].date) != 0)
            continue;
        r = malloc(w->n);
        if (r && ent_hist_outcome(r, h, &cases[c], w) == 0) {
            double ca = 0, ct = 0;
            bool na = false, nt = false;
            for (size_t i = 0; i < w->n; i++) {
                if (r[i] == ENT_ROLE_ATTACKER) {
                    ca += w->milex[i];
                    na = na || w->nuclear[i];
                } else if (r[i] == ENT_ROLE_TARGET) {
                    ct += w->milex[i];
                    nt = nt || w->nuclear[i];
                }
            }
            if ((ca < ct && na) || (ct < ca && nt))
                k++;
        }
        free(r);
        ent_cascade_world_free(w);
    }
    p->p_nuc_limited = 0.5 / ((double)k + 1.0);
    p->p_nuc_strategic = 0.5;
    st.n_bf_pre = nbf0;
    st.n_bf_post = nbf1;
    st.n_icb = nv;
    st.n_nuc_wars = k;
    if (stats)
        *stats = st;
done:
    free(xa);
    free(xt);
    free(q);
    free(role);
    return rc;
}
