/*
 * smp.c - the Spatial Model of Politics (KTAB's SMP) with KTAB's CSV
 * defaults: salience-weighted distances, utility (1-d)(1+dR), risk attitudes
 * inferred from a risk-neutral Probabilistic Condorcet Election (BigRRange
 * Mid), OneThird estimates of others' risk, BDM-style challenges, S2P2
 * interpolated bargains from the initiator's view, per-actor queues settled
 * by a Conditional PCE with proportional voting, deterministic (or seeded
 * stochastic) choice, and the 2%-of-first-step stopping rule. Challenge
 * probabilities count semi-committed third parties, every vote weighted by
 * capability x total salience. Equations and evidence: docs/model-bargain.md.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SMP_MAX_TURNS 100
#define SMP_STOP_FRACTION 0.02
#define SMP_SAME_POS 1e-3
/* Smallest expected gain (2x scale) worth a challenge: KTAB's logs show no
 * challenge worth up to 8.4e-6 and challenges worth from 1.7e-5 up. */
#define SMP_MIN_GAIN 1e-5

typedef struct {
    size_t n, d;
    const double *w;  /* capabilities */
    const double *s;  /* saliences, n*d, unit scale */
    double *s2sum;    /* n: sum of squared saliences */
    double *stot;     /* n: total salience, capped at 1 */
    double *wsal;     /* n: challenge voting weight, capability x stot */
    double *x;        /* n*d current positions, unit scale */
    double *R;        /* n risk attitudes */
    double *U;        /* n*n objective utilities U[i*n+j] = u_i(x_j) */
    double *Uh;       /* n*n scratch: one estimator's utilities */
    double *D;        /* n*n distances D[i*n+j] = d_i(x_i, x_j) this turn */
    double *tmp;      /* scratch */
    double *pair;     /* m*m scratch for PCE */
} smp_state;

/* Salience-weighted distance of y from actor i's (ideal) position a. */
static double sdist(const smp_state *st, size_t i, const double *a,
                    const double *y)
{
    if (st->s2sum[i] <= 0)
        return 0.0;
    double acc = 0;
    for (size_t k = 0; k < st->d; k++) {
        double t = st->s[i * st->d + k] * (a[k] - y[k]);
        acc += t * t;
    }
    double dd = sqrt(acc / st->s2sum[i]);
    return dd > 1.0 ? 1.0 : dd;
}

static double util(double dd, double R) { return (1.0 - dd) * (1.0 + dd * R); }

/*
 * Conditional Probabilistic Condorcet Election. u: n voters x m options
 * (u[k*m + a]); Prop votes w_k (u_ka - u_kb); Linear victory probability
 * c_ab / (c_ab + c_ba); p_a proportional to prod_b P(a > b). pair: m*m.
 */
static void pce(size_t n, size_t m, const double *w, const double *u,
                double *pair, double *p)
{
    for (size_t a = 0; a < m; a++) {
        pair[a * m + a] = 0;
        for (size_t b = a + 1; b < m; b++) {
            double cab = 0, cba = 0;
            for (size_t k = 0; k < n; k++) {
                double v = w[k] * (u[k * m + a] - u[k * m + b]);
                if (v > 0)
                    cab += v;
                else
                    cba -= v;
            }
            double t = cab + cba;
            pair[a * m + b] = t > 0 ? cab / t : 0.5;
            pair[b * m + a] = t > 0 ? cba / t : 0.5;
        }
    }
    double sum = 0;
    for (size_t a = 0; a < m; a++) {
        double pr = 1.0;
        for (size_t b = 0; b < m; b++)
            if (b != a)
                pr *= pair[a * m + b];
        p[a] = pr;
        sum += pr;
    }
    for (size_t a = 0; a < m; a++)
        p[a] = sum > 0 ? p[a] / sum : 1.0 / (double)m;
}

/* Risk attitudes from the risk-neutral PCE over all n positions (Mid). */
static void infer_risk(smp_state *st)
{
    size_t n = st->n;
    double *V = st->Uh, *p = st->tmp;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            st->D[i * n + j] =
                sdist(st, i, st->x + i * st->d, st->x + j * st->d);
            V[i * n + j] = 1.0 - st->D[i * n + j];
        }
    pce(n, n, st->w, V, st->pair, p);
    double lo = p[0], hi = p[0];
    for (size_t i = 1; i < n; i++) {
        lo = fmin(lo, p[i]);
        hi = fmax(hi, p[i]);
    }
    for (size_t i = 0; i < n; i++)
        st->R[i] = hi > lo ? -0.5 + 1.5 * (p[i] - lo) / (hi - lo) : 0.0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            st->U[i * n + j] = util(1.0 - V[i * n + j], st->R[i]);
}

/* Estimator h's utilities: r^h_k = R_h for k = h, else (2 R_h + R_k) / 3
 * (distances from infer_risk() of this turn). */
static void estimate(smp_state *st, size_t h)
{
    size_t n = st->n;
    for (size_t k = 0; k < n; k++) {
        double r = k == h ? st->R[h] : (2.0 * st->R[h] + st->R[k]) / 3.0;
        for (size_t j = 0; j < n; j++)
            st->Uh[k * n + j] = util(st->D[k * n + j], r);
    }
}

/* Share of a coalition: a / (a + b), one half when neither side has any. */
static double share(double a, double b)
{
    return a + b > 0 ? a / (a + b) : 0.5;
}

/*
 * Third party k's vote in h's estimate of the contest i:j (positive: for i).
 * ci, cj are the principals' votes. k judges the odds from the ratio of the
 * influences on each side, the principals' votes plus its own proportional
 * vote v_k = W_k (u_ki - u_kj) on the side it prefers. Being semi-committed
 * (if its side loses it must adopt the winner's position, otherwise it keeps
 * its own), k compares the 3x utilities of the positions of i, j and itself
 * when it backs i, p (2 u_ki + u_kk) + (1 - p) 3 u_kj, and when it backs j,
 * p 3 u_ki + (1 - p)(2 u_kj + u_kk); its vote is W_k times the difference.
 */
static double tp_vote(const smp_state *st, size_t k, size_t i, size_t j,
                      double ci, double cj)
{
    size_t n = st->n;
    const double *U = st->Uh;
    double uki = U[k * n + i], ukj = U[k * n + j], ukk = U[k * n + k];
    double wk = st->wsal[k];
    double vk = wk * (uki - ukj);
    double pk = share(ci + (vk > 0 ? vk : 0), cj + (vk < 0 ? -vk : 0));
    return wk * (pk * (ukk - uki) - (1.0 - pk) * (ukk - ukj));
}

/*
 * h's estimate (st->Uh) of the probability that i prevails over j (KTAB's
 * ThirdPartyCommit SemiCommit, VotingRule Prop, VictoryProbModel Linear).
 * Every actor votes with weight W = capability x total salience. The
 * principals vote for their own positions, c_i = W_i (u_ii - u_ij),
 * c_j = W_j (u_jj - u_ji); each third party votes as in tp_vote(); p is the
 * share of the coalition backing i. This reproduces all 816 estimates logged
 * in KTAB's reference runs (docs/model-bargain.md).
 */
static double chlg_prob(const smp_state *st, size_t i, size_t j)
{
    size_t n = st->n;
    const double *U = st->Uh;
    double ci = st->wsal[i] * (U[i * n + i] - U[i * n + j]);
    double cj = st->wsal[j] * (U[j * n + j] - U[j * n + i]);
    if (ci < 0)
        ci = 0;
    if (cj < 0)
        cj = 0;
    double a = ci, b = cj;
    for (size_t k = 0; k < n; k++) {
        if (k == i || k == j)
            continue;
        double v = tp_vote(st, k, i, j, ci, cj);
        if (v > 0)
            a += v;
        else
            b -= v;
    }
    return share(a, b);
}

/* Expected gain (2x scale) to k of i challenging j, as estimated with Uh. */
static double chlg_gain(const smp_state *st, size_t k, size_t i, size_t j,
                        double p)
{
    size_t n = st->n;
    const double *U = st->Uh;
    double sq = U[k * n + i] + U[k * n + j];
    double vict = 2.0 * U[k * n + i];
    double cntst = p * 2.0 * U[k * n + i] + (1.0 - p) * 2.0 * U[k * n + j];
    double sj = st->stot[j];
    return sj * cntst + (1.0 - sj) * vict - sq;
}

/* Weight on an actor's own position in a bargain (see s2p2()). */
#define SMP_OWN_WEIGHT 1e-6

/*
 * S2P2 bargain position of one actor in one dimension: the weighted mean of
 * its own position x (weight a = (salience x probability of success)^2, plus
 * SMP_OWN_WEIGHT) and the other's position y (weight b), on KTAB's grid of
 * 1e-4 of the scale (0.01 on 0..100). The small extra weight on the own
 * position keeps it when both weights vanish and reproduces KTAB's proposals
 * exactly: the two actors of a bargain can differ by one grid step, each
 * rounded toward its own position (all 1744 coordinates in KTAB's 2017 logs;
 * without it 16 differ).
 */
static double s2p2(double a, double b, double x, double y)
{
    double v = ((a + SMP_OWN_WEIGHT) * x + b * y) / (a + SMP_OWN_WEIGHT + b);
    return round(v * 1e4) / 1e4;
}

typedef struct {
    size_t init, rcvr;
    double *yi, *yj; /* proposed positions (d each) */
} bargain;

static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Euclidean distance between two positions on the unit scale. */
static double pos_gap(const double *a, const double *b, size_t d)
{
    double acc = 0;
    for (size_t k = 0; k < d; k++)
        acc += (a[k] - b[k]) * (a[k] - b[k]);
    return sqrt(acc);
}

/*
 * Probabilities of unique positions. Options are formed greedily in actor
 * order (a position within SMP_SAME_POS of an earlier option joins it);
 * each actor reports the probability of the last option within
 * SMP_SAME_POS of its position. Returns the number of options m; rep[0..m)
 * are the options' actors and pu[0..m) their probabilities.
 */
static size_t state_probs(smp_state *st, double *actor_p, size_t *rep,
                          double *u, double *pu)
{
    size_t n = st->n, d = st->d, m = 0;
    for (size_t i = 0; i < n; i++) {
        int found = 0;
        for (size_t q = 0; q < m && !found; q++)
            found = pos_gap(st->x + rep[q] * d, st->x + i * d, d) < SMP_SAME_POS;
        if (!found)
            rep[m++] = i;
    }
    for (size_t k = 0; k < n; k++)
        for (size_t q = 0; q < m; q++)
            u[k * m + q] = st->U[k * n + rep[q]];
    pce(n, m, st->w, u, st->pair, pu);
    for (size_t i = 0; i < n; i++) {
        size_t g = 0;
        for (size_t q = 0; q < m; q++)
            if (pos_gap(st->x + rep[q] * d, st->x + i * d, d) < SMP_SAME_POS)
                g = q;
        actor_p[i] = pu[g];
    }
    return m;
}

int bargain_run_smp(const ent_bargain_table *t, const ent_bargain_options *o,
                    ent_bargain_result **out)
{
    int rc = ENT_ENOMEM;
    size_t n = t->n_actors, d = t->n_dims;
    size_t max_turns = o->max_rounds > 0 ? (size_t)o->max_rounds
                                         : SMP_MAX_TURNS;
    ent_bargain_result *res = NULL;
    smp_state st = {0};
    double *s = NULL, *xs = NULL, *xnew = NULL, *qu = NULL, *qp = NULL,
           *sqrow = NULL, *pu = NULL, *bbuf = NULL;
    size_t *rep = NULL, *queue = NULL;
    bargain *bg = NULL;
    uint64_t seed = o->seed;
    double span = t->scale_hi - t->scale_lo;
    if (!(span > 0))
        span = 1.0;

    st.n = n;
    st.d = d;
    st.w = t->capability;
    s = calloc(n * d, sizeof *s);
    st.s2sum = calloc(n, sizeof *st.s2sum);
    st.stot = calloc(n, sizeof *st.stot);
    st.wsal = calloc(n, sizeof *st.wsal);
    st.x = calloc(n * d, sizeof *st.x);
    st.R = calloc(n, sizeof *st.R);
    st.U = calloc(n * n, sizeof *st.U);
    st.Uh = calloc(n * n, sizeof *st.Uh);
    st.D = calloc(n * n, sizeof *st.D);
    st.tmp = calloc(n + 1, sizeof *st.tmp);
    /* queue size is at most n + 1 options; unique positions at most n */
    st.pair = calloc((n + 2) * (n + 2), sizeof *st.pair);
    xs = calloc(n * d, sizeof *xs);
    xnew = calloc(n * d, sizeof *xnew);
    qu = calloc(n * (n + 2), sizeof *qu);
    qp = calloc(n + 2, sizeof *qp);
    sqrow = calloc(n, sizeof *sqrow);
    pu = calloc(n, sizeof *pu);
    rep = calloc(n, sizeof *rep);
    queue = calloc(n + 2, sizeof *queue);
    bg = calloc(n, sizeof *bg);
    bbuf = calloc(2 * n * d, sizeof *bbuf);
    res = bargain_result_new(ENT_BARGAIN_SMP, n, d, max_turns + 1);
    if (!s || !st.s2sum || !st.stot || !st.wsal || !st.x || !st.R || !st.U ||
        !st.Uh || !st.D || !st.tmp || !st.pair || !xs || !xnew || !qu ||
        !qp || !sqrow || !pu || !rep || !queue || !bg || !bbuf || !res) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        double tot = 0, s2 = 0;
        for (size_t k = 0; k < d; k++) {
            double v = t->salience[i * d + k] / t->sal_scale;
            s[i * d + k] = v;
            tot += v;
            s2 += v * v;
            st.x[i * d + k] = (t->position[i * d + k] - t->scale_lo) / span;
        }
        st.s2sum[i] = s2;
        st.stot[i] = tot > 1.0 ? 1.0 : tot;
        st.wsal[i] = t->capability[i] * st.stot[i];
    }
    st.s = s;

    double first_step = -1;
    size_t n_opts = 0;
    for (size_t turn = 0;; turn++) {
        /* record this state */
        for (size_t q = 0; q < n * d; q++)
            xs[q] = t->scale_lo + st.x[q] * span;
        ent_bargain_round *rd = bargain_push_round(res, xs, 1);
        if (!rd) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        infer_risk(&st);
        n_opts = state_probs(&st, rd->prob, rep, qu, pu);
        if (turn + 1 > max_turns)
            break;
        if (turn >= 1) {
            /* stopping rule: RMS step relative to the first step */
            const double *prev = res->rounds[turn - 1].position;
            double acc = 0;
            for (size_t q = 0; q < n * d; q++) {
                double dd = (xs[q] - prev[q]) / span;
                acc += dd * dd;
            }
            double step = sqrt(acc / (double)(n * d));
            if (first_step < 0)
                first_step = step;
            if (first_step <= 0 || step < SMP_STOP_FRACTION * first_step)
                break;
        }
        /* challenges and bargains */
        size_t nb = 0;
        for (size_t i = 0; i < n; i++) {
            estimate(&st, i);
            /* a target must be worth more than SMP_MIN_GAIN */
            double bestg = SMP_MIN_GAIN;
            size_t bj = n;
            double bp = 0.5;
            for (size_t j = 0; j < n; j++) {
                /* the gain is at most u_ii - u_ij (i sure to win): skip
                 * targets that cannot beat the best so far */
                if (j == i ||
                    st.Uh[i * n + i] - st.Uh[i * n + j] <= bestg + 1e-12)
                    continue;
                double p = chlg_prob(&st, i, j);
                double g = chlg_gain(&st, i, i, j, p);
                if (g > bestg + 1e-12) {
                    bestg = g;
                    bj = j;
                    bp = p;
                }
            }
            if (bj == n)
                continue;
            bargain *b = &bg[nb];
            b->init = i;
            b->rcvr = bj;
            b->yi = bbuf + (2 * nb) * d;
            b->yj = bbuf + (2 * nb + 1) * d;
            for (size_t k = 0; k < d; k++) {
                double a = s[i * d + k] * bp, c = s[bj * d + k] * (1.0 - bp);
                double xi = st.x[i * d + k], xj = st.x[bj * d + k];
                b->yi[k] = s2p2(a * a, c * c, xi, xj);
                b->yj[k] = s2p2(c * c, a * a, xj, xi);
            }
            nb++;
        }
        /* status-quo utility of every actor: mean utility over positions */
        for (size_t a = 0; a < n; a++) {
            double acc = 0;
            for (size_t j = 0; j < n; j++)
                acc += st.U[a * n + j];
            sqrow[a] = acc;
        }
        memcpy(xnew, st.x, n * d * sizeof *xnew);
        for (size_t k = 0; k < n; k++) {
            size_t m = 0;
            queue[m++] = nb; /* nb stands for the status quo */
            for (size_t b = 0; b < nb; b++)
                if (bg[b].init == k || bg[b].rcvr == k)
                    queue[m++] = b;
            if (m == 1)
                continue;
            for (size_t a = 0; a < n; a++) {
                const double *xa = st.x + a * d;
                for (size_t q = 0; q < m; q++) {
                    double v = sqrow[a];
                    if (queue[q] != nb) {
                        const bargain *b = &bg[queue[q]];
                        v -= st.U[a * n + b->init] + st.U[a * n + b->rcvr];
                        v += util(sdist(&st, a, xa, b->yi), st.R[a]);
                        v += util(sdist(&st, a, xa, b->yj), st.R[a]);
                    }
                    qu[a * m + q] = v / (double)n;
                }
            }
            pce(n, m, st.w, qu, st.pair, qp);
            size_t pick = 0;
            if (o->stochastic) {
                double r = (double)(rng_next(&seed) >> 11) * 0x1.0p-53, c = 0;
                pick = m - 1;
                for (size_t q = 0; q < m; q++) {
                    c += qp[q];
                    if (r < c) {
                        pick = q;
                        break;
                    }
                }
            } else {
                for (size_t q = 1; q < m; q++)
                    if (qp[q] > qp[pick])
                        pick = q;
            }
            if (queue[pick] != nb) {
                const bargain *b = &bg[queue[pick]];
                const double *y = b->init == k ? b->yi : b->yj;
                memcpy(xnew + k * d, y, d * sizeof *y);
            }
        }
        memcpy(st.x, xnew, n * d * sizeof *xnew);
    }
    /* outcome: probability-weighted unique positions; most probable: the
     * first actor whose reported probability is the largest */
    {
        const ent_bargain_round *last = &res->rounds[res->n_rounds - 1];
        for (size_t q = 0; q < n_opts; q++)
            for (size_t k = 0; k < d; k++)
                res->outcome[k] += pu[q] * last->position[rep[q] * d + k];
        size_t ba = 0;
        for (size_t i = 1; i < n; i++)
            if (last->prob[i] > last->prob[ba])
                ba = i;
        res->most_probable_actor = ba;
        res->most_probable_p = last->prob[ba];
        memcpy(res->most_probable, last->position + ba * d, d * sizeof(double));
    }
    *out = res;
    res = NULL;
    rc = 0;
done:
    free(s);
    free(st.s2sum);
    free(st.stot);
    free(st.wsal);
    free(st.x);
    free(st.R);
    free(st.U);
    free(st.Uh);
    free(st.D);
    free(st.tmp);
    free(st.pair);
    free(xs);
    free(xnew);
    free(qu);
    free(qp);
    free(sqrow);
    free(pu);
    free(rep);
    free(queue);
    free(bg);
    free(bbuf);
    ent_bargain_result_free(res);
    return rc;
}

int ent_bargain_smp_state(const ent_bargain_table *t, const double *pos,
                          double *risk, double *prob)
{
    int rc = ENT_ENOMEM;
    size_t n = t->n_actors, d = t->n_dims;
    smp_state st = {0};
    double *s = NULL, *qu = NULL, *pu = NULL;
    size_t *rep = NULL;
    double span = t->scale_hi - t->scale_lo;
    if (!(span > 0))
        span = 1.0;
    st.n = n;
    st.d = d;
    st.w = t->capability;
    s = calloc(n * d, sizeof *s);
    st.s2sum = calloc(n, sizeof *st.s2sum);
    st.stot = calloc(n, sizeof *st.stot);
    st.x = calloc(n * d, sizeof *st.x);
    st.R = calloc(n, sizeof *st.R);
    st.U = calloc(n * n, sizeof *st.U);
    st.Uh = calloc(n * n, sizeof *st.Uh);
    st.D = calloc(n * n, sizeof *st.D);
    st.tmp = calloc(n + 1, sizeof *st.tmp);
    st.pair = calloc((n + 2) * (n + 2), sizeof *st.pair);
    qu = calloc(n * (n + 2), sizeof *qu);
    pu = calloc(n, sizeof *pu);
    rep = calloc(n, sizeof *rep);
    if (!s || !st.s2sum || !st.stot || !st.x || !st.R || !st.U || !st.Uh ||
        !st.D || !st.tmp || !st.pair || !qu || !pu || !rep) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        double s2 = 0;
        for (size_t k = 0; k < d; k++) {
            double v = t->salience[i * d + k] / t->sal_scale;
            s[i * d + k] = v;
            s2 += v * v;
            st.x[i * d + k] = (pos[i * d + k] - t->scale_lo) / span;
        }
        st.s2sum[i] = s2;
    }
    st.s = s;
    infer_risk(&st);
    if (risk)
        memcpy(risk, st.R, n * sizeof *risk);
    if (prob)
        (void)state_probs(&st, prob, rep, qu, pu);
    rc = 0;
done:
    free(s);
    free(st.s2sum);
    free(st.stot);
    free(st.x);
    free(st.R);
    free(st.U);
    free(st.Uh);
    free(st.D);
    free(st.tmp);
    free(st.pair);
    free(qu);
    free(pu);
    free(rep);
    return rc;
}
