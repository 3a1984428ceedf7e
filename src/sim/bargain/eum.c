/*
 * eum.c - Bueno de Mesquita's expected-utility model as specified by Scholz,
 * Calbert & Smith (2011): votes, the median-voter position, probabilities of
 * success, risk exponents from security levels, the expected utility of a
 * challenge, and offers (lost confrontation, compromise, capitulation).
 * One dimension at a time; a multi-dimensional table is run per dimension.
 * Choices where the paper is ambiguous are documented in docs/model-bargain.md.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EUM_DEFAULT_ROUNDS 10

typedef struct {
    size_t n;
    const double *c, *s;
    double *x;     /* current positions */
    double *r;     /* risk exponents */
    double *P;     /* n*n probabilities P[i*n+j] that i beats j */
    double *V;     /* n*n: sum of positive votes for i over j */
    double lo, rng;
    double med;
} eum_state;

static double ndist(const eum_state *e, double a, double b)
{
    return fabs(a - b) / e->rng;
}

/* The Condorcet (median-voter) position among the actors' positions, with
 * linear votes c_k s_k (|x_k - x_j| - |x_k - x_i|); if none beats or ties
 * all others, the capability x salience weighted median. */
static double median_pos(const eum_state *e)
{
    size_t n = e->n;
    for (size_t a = 0; a < n; a++) {
        double xi = e->x[a];
        int ok = 1;
        for (size_t b = 0; b < n && ok; b++) {
            double xj = e->x[b], tot = 0;
            for (size_t k = 0; k < n; k++)
                tot += e->c[k] * e->s[k] *
                       (fabs(e->x[k] - xj) - fabs(e->x[k] - xi));
            if (tot < -1e-12)
                ok = 0;
        }
        if (ok) {
            /* the smallest such position, for determinism */
            double bestx = xi;
            for (size_t a2 = a + 1; a2 < n; a2++) {
                double y = e->x[a2];
                if (y >= bestx)
                    continue;
                int ok2 = 1;
                for (size_t b = 0; b < n && ok2; b++) {
                    double xj = e->x[b], tot = 0;
                    for (size_t k = 0; k < n; k++)
                        tot += e->c[k] * e->s[k] *
                               (fabs(e->x[k] - xj) - fabs(e->x[k] - y));
                    if (tot < -1e-12)
                        ok2 = 0;
                }
                if (ok2)
                    bestx = y;
            }
            return bestx;
        }
    }
    /* weighted median */
    double tot = 0;
    for (size_t k = 0; k < n; k++)
        tot += e->c[k] * e->s[k];
    double bestx = e->x[0];
    for (size_t a = 0; a < n; a++) {
        double below = 0;
        for (size_t k = 0; k < n; k++)
            if (e->x[k] <= e->x[a])
                below += e->c[k] * e->s[k];
        if (below >= tot / 2) {
            if (below >= tot / 2 && (bestx > e->x[a] || a == 0))
                bestx = e->x[a];
        }
    }
    return bestx;
}

/* Probabilities: v_k(i,j) = c_k s_k (d_kj^r_k - d_ki^r_k); P_ij = sum of
 * positive v_k(i,j) over the total absolute vote of all pairs. */
static void probs(eum_state *e, const double *rk)
{
    size_t n = e->n;
    double Z = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            double pos = 0;
            if (i != j)
                for (size_t k = 0; k < n; k++) {
                    double v = e->c[k] * e->s[k] *
                               (pow(ndist(e, e->x[k], e->x[j]), rk[k]) -
                                pow(ndist(e, e->x[k], e->x[i]), rk[k]));
                    if (v > 0)
                        pos += v;
                    Z += fabs(v);
                }
            e->V[i * n + j] = pos;
        }
    for (size_t q = 0; q < n * n; q++)
        e->P[q] = Z > 0 ? e->V[q] / Z : 0.0;
}

/* EU_i(i challenges j) with risk exponent r (Q = 1). */
static double eu(const eum_state *e, size_t i, size_t j, double r)
{
    size_t n = e->n;
    double dd = ndist(e, e->x[i], e->x[j]);
    double us = 2.0 - 4.0 * pow(0.5 - 0.5 * dd, r);
    double uf = 2.0 - 4.0 * pow(0.5 + 0.5 * dd, r);
    double usq = 2.0 - 4.0 * pow(0.5, r);
    double p = e->P[i * n + j];
    return e->s[j] * (p * us + (1.0 - p) * uf) + (1.0 - e->s[j]) * us - usq;
}

static double wmean(const eum_state *e)
{
    double a = 0, b = 0;
    for (size_t k = 0; k < e->n; k++) {
        a += e->c[k] * e->s[k] * e->x[k];
        b += e->c[k] * e->s[k];
    }
    return b > 0 ? a / b : 0.0;
}

/* One round on one dimension; fills moves (n max) and new positions. */
static size_t eum_round(eum_state *e, double *xnew, ent_eum_move *mv,
                        double *risk_out)
{
    size_t n = e->n, nm = 0;
    double lo = e->x[0], hi = e->x[0];
    for (size_t k = 1; k < n; k++) {
        lo = fmin(lo, e->x[k]);
        hi = fmax(hi, e->x[k]);
    }
    memcpy(xnew, e->x, n * sizeof *xnew);
    if (!(hi > lo))
        return 0;
    e->rng = hi - lo;
    e->med = median_pos(e);
    /* risk: security from others' risk-neutral expected utility of
     * challenging i */
    for (size_t k = 0; k < n; k++)
        e->r[k] = 1.0;
    probs(e, e->r);
    double *S = risk_out;
    for (size_t i = 0; i < n; i++) {
        double acc = 0;
        for (size_t j = 0; j < n; j++)
            if (j != i)
                acc += eu(e, j, i, 1.0);
        S[i] = acc;
    }
    double smax = S[0], smin = S[0];
    for (size_t i = 1; i < n; i++) {
        smax = fmax(smax, S[i]);
        smin = fmin(smin, S[i]);
    }
    for (size_t i = 0; i < n; i++) {
        double R = smax > smin ? (2 * S[i] - smax - smin) / (smax - smin) : 0;
        e->r[i] = (1.0 - R / 3.0) / (1.0 + R / 3.0);
        risk_out[i] = e->r[i];
    }
    probs(e, e->r);
    for (size_t i = 0; i < n; i++) {
        int have = 0;
        ent_eum_move best = {0};
        double bestmove = 0;
        for (size_t j = 0; j < n; j++) {
            if (j == i || e->x[j] == e->x[i])
                continue;
            double ei = eu(e, i, j, e->r[i]);
            double ej = eu(e, j, i, e->r[i]); /* perceived with i's risk */
            ent_eum_move m = {i, j, ENT_EUM_CONFLICT_LOST, ei, ej, e->x[i]};
            if (ei > 0 && ej > 0) {
                if (!(ej > ei))
                    continue;
                m.kind = ENT_EUM_CONFLICT_LOST;
                m.new_pos = e->x[j];
            } else if (ei < 0 && ej > 0) {
                if (fabs(ei) < fabs(ej)) {
                    m.kind = ENT_EUM_COMPROMISE;
                    m.new_pos = e->x[i] + (e->x[j] - e->x[i]) * fabs(ei / ej);
                } else {
                    m.kind = ENT_EUM_CAPITULATE;
                    m.new_pos = e->x[j];
                }
            } else {
                continue;
            }
            /* choice: a lost confrontation before a compromise before a
             * capitulation; among lost confrontations and capitulations the
             * smallest move, among compromises the most threatening offer
             * (lowest own expected utility); ties go to the earlier actor */
            double mvd = fabs(m.new_pos - e->x[i]);
            double key = m.kind == ENT_EUM_COMPROMISE ? ei : mvd;
            if (!have || m.kind < best.kind ||
                (m.kind == best.kind && key < bestmove)) {
                best = m;
                bestmove = key;
                have = 1;
            }
        }
        if (have) {
            mv[nm++] = best;
            xnew[i] = best.new_pos;
        }
    }
    return nm;
}

int bargain_run_eum(const ent_bargain_table *t, const ent_bargain_options *o,
                    ent_bargain_result **out)
{
    int rc = ENT_ENOMEM;
    size_t n = t->n_actors, d = t->n_dims;
    size_t rounds = o->max_rounds > 0 ? (size_t)o->max_rounds
                                      : EUM_DEFAULT_ROUNDS;
    ent_bargain_result *res = NULL;
    eum_state e = {0};
    double *s = NULL, *xall = NULL, *xnew = NULL, *risk = NULL;
    ent_eum_move *mv = NULL;
    *out = NULL;
    e.n = n;
    e.c = t->capability;
    s = calloc(n, sizeof *s);
    e.x = calloc(n, sizeof *e.x);
    e.r = calloc(n, sizeof *e.r);
    e.P = calloc(n * n, sizeof *e.P);
    e.V = calloc(n * n, sizeof *e.V);
    xall = calloc(n * d, sizeof *xall);
    xnew = calloc(n, sizeof *xnew);
    risk = calloc(n, sizeof *risk);
    mv = calloc(n, sizeof *mv);
    res = bargain_result_new(ENT_BARGAIN_EUM, n, d, rounds + 1);
    if (!s || !e.x || !e.r || !e.P || !e.V || !xall || !xnew || !risk || !mv ||
        !res) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    e.s = s;
    memcpy(xall, t->position, n * d * sizeof *xall);
    for (size_t rd = 0; rd <= rounds; rd++) {
        ent_bargain_round *r = bargain_push_round(res, xall, 0);
        if (!r) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        r->risk = calloc(n, sizeof *r->risk);
        if (!r->risk) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        /* median and mean of this state (first dimension) */
        for (size_t dim = 0; dim < d; dim++) {
            for (size_t i = 0; i < n; i++) {
                e.x[i] = xall[i * d + dim];
                s[i] = t->salience[i * d + dim] / t->sal_scale;
            }
            double lo = e.x[0], hi = e.x[0];
            for (size_t k = 1; k < n; k++) {
                lo = fmin(lo, e.x[k]);
                hi = fmax(hi, e.x[k]);
            }
            e.rng = hi > lo ? hi - lo : 1.0;
            if (dim == 0) {
                r->median = median_pos(&e);
                r->mean = wmean(&e);
            }
            if (rd == rounds)
                continue;
            size_t nm = eum_round(&e, xnew, mv, risk);
            for (size_t i = 0; i < n; i++)
                xall[i * d + dim] = xnew[i];
            if (dim == 0) {
                memcpy(r->risk, risk, n * sizeof *risk);
                /* moves belong to the next state */
                if (nm) {
                    ent_eum_move *cp = malloc(nm * sizeof *cp);
                    if (!cp) {
                        rc = ent_error_set(ENT_ENOMEM, "out of memory");
                        goto done;
                    }
                    memcpy(cp, mv, nm * sizeof *cp);
                    /* stash on this round temporarily; moved below */
                    r->moves = cp;
                    r->n_moves = nm;
                }
            }
        }
    }
    /* moves computed in round k produce state k+1: shift them forward */
    for (size_t k = res->n_rounds; k-- > 1;) {
        res->rounds[k].moves = res->rounds[k - 1].moves;
        res->rounds[k].n_moves = res->rounds[k - 1].n_moves;
        double *tmp = res->rounds[k].risk;
        res->rounds[k].risk = res->rounds[k - 1].risk;
        res->rounds[k - 1].risk = tmp;
    }
    res->rounds[0].moves = NULL;
    res->rounds[0].n_moves = 0;
    free(res->rounds[0].risk);
    res->rounds[0].risk = NULL;
    /* forecast: the median-voter position of the final state, per dim */
    {
        const ent_bargain_round *last = &res->rounds[res->n_rounds - 1];
        for (size_t dim = 0; dim < d; dim++) {
            for (size_t i = 0; i < n; i++) {
                e.x[i] = last->position[i * d + dim];
                s[i] = t->salience[i * d + dim] / t->sal_scale;
            }
            res->outcome[dim] = median_pos(&e);
            res->most_probable[dim] = res->outcome[dim];
        }
    }
    *out = res;
    res = NULL;
    rc = 0;
done:
    free(s);
    free(e.x);
    free(e.r);
    free(e.P);
    free(e.V);
    free(xall);
    free(xnew);
    free(risk);
    free(mv);
    ent_bargain_result_free(res);
    return rc;
}
