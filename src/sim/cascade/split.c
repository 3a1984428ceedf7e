/*
 * split.c - one cascade run shared by several processes (MPI ranks, see
 * entente/par.h), with the result of a single process.
 *
 * DESIGN
 * A trial's outcome depends only on (seed, trial index), so each rank runs
 * its contiguous share of the trial indices (ent_cascade_opts.first_trial)
 * and the per-state, per-rung and war counts are summed. Coalitions need
 * more care: the single-process run ranks every coalition seen by count,
 * ties broken by the smallest trial index, and reports the composition of
 * the top ones. So each rank keeps its full tally (key, count, first
 * trial); rank 0 gathers and merges the tallies (counts summed, first
 * trials minimised), ranks them the same way, and recovers the composition
 * of each top coalition by re-running its first trial alone. Every number
 * is then the single-process number, whatever the number of ranks (unless
 * a coalition table overflowed: coalitions_truncated).
 */
#include <entente/cascade.h>
#include <entente/par.h>

#include <stdlib.h>
#include <string.h>

static int cmp_key(const void *x, const void *y)
{
    const ent_cascade_tally *a = x, *b = y;
    return a->key < b->key ? -1 : a->key > b->key;
}

static int cmp_rank(const void *x, const void *y)
{
    const ent_cascade_tally *a = x, *b = y;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* Merge tallies (sorted by key in place), then rank them; returns the
 * number of distinct coalitions left at the front of t. */
static size_t merge_tally(ent_cascade_tally *t, size_t n)
{
    size_t m = 0;
    if (!n)
        return 0;
    qsort(t, n, sizeof *t, cmp_key);
    for (size_t i = 1; i < n; i++) {
        if (t[i].key == t[m].key) {
            t[m].count += t[i].count;
            if (t[i].first < t[m].first)
                t[m].first = t[i].first;
        } else {
            t[++m] = t[i];
        }
    }
    m++;
    qsort(t, m, sizeof *t, cmp_rank);
    return m;
}

/* The coalition of trial `first` alone, moved into *co. */
static int recover(ent_cascade_coalition *co, const ent_cascade_world *w,
                   const ent_cascade_params *p, const ent_cascade_opts *o,
                   uint64_t first, uint64_t count)
{
    ent_cascade_opts one = *o;
    ent_cascade_result *r = NULL;
    one.first_trial = first;
    one.trials = 1;
    one.threads = 1;
    one.top_coalitions = 1;
    one.keep_tally = false;
    one.progress = NULL;
    int rc = ent_cascade_run(&r, w, p, &one);
    if (rc)
        return rc;
    if (r->n_coalitions < 1) {
        ent_cascade_result_free(r);
        return ent_error_set(ENT_EINVALID, "cascade: no coalition in trial");
    }
    *co = r->coalitions[0];
    co->count = count;
    r->coalitions[0].attacker_side = NULL;
    r->coalitions[0].target_side = NULL;
    ent_cascade_result_free(r);
    return 0;
}

int ent_cascade_run_split(ent_cascade_result **out, const ent_cascade_world *w,
                          const ent_cascade_params *p,
                          const ent_cascade_opts *o, ent_par *par)
{
    ent_cascade_result *local = NULL, *r = NULL;
    uint64_t *v = NULL;
    void *all = NULL;
    size_t all_len = 0;
    int rc = 0;
    *out = NULL;
    if (!par || par->size <= 1)
        return ent_cascade_run(out, w, p, o);
    if (!w)
        return ent_error_set(ENT_EINVALID, "cascade: no world");
    uint64_t b, e;
    ent_par_share(o->trials, par->rank, par->size, &b, &e);
    ent_cascade_opts mine = *o;
    mine.first_trial = o->first_trial + b;
    mine.trials = e - b;
    mine.keep_tally = o->top_coalitions > 0;
    if (par->rank != 0)
        mine.progress = NULL;
    /* Every rank runs (an empty share runs nothing) and then takes part in
     * every collective, errors included, so that none is left waiting. */
    int lrc = 0;
    if (mine.trials > 0 || o->trials == 0)
        lrc = ent_cascade_run(&local, w, p, &mine);
    size_t n = w->n, nv = 5 + ENT_ESC_LEVELS + 2 * n;
    v = calloc(nv, sizeof *v);
    if (!v)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    v[0] = lrc ? 1 : 0;
    if (local) {
        v[1] = local->trials;
        v[2] = local->wars;
        v[3] = local->coalitions_truncated;
        for (int l = 0; l < ENT_ESC_LEVELS; l++)
            v[5 + l] = local->level[l];
        for (size_t i = 0; i < n; i++) {
            v[5 + ENT_ESC_LEVELS + i] = local->n_attacker_side[i];
            v[5 + ENT_ESC_LEVELS + n + i] = local->n_target_side[i];
        }
    }
    if ((rc = par->sum_u64(par, v, nv)))
        goto done;
    if (v[0]) {
        rc = lrc ? lrc : ent_error_set(ENT_EINVALID, "cascade: a rank failed");
        goto done;
    }
    if (o->top_coalitions > 0) {
        const void *mine_t = local ? (const void *)local->tally : NULL;
        size_t len = local ? local->n_tally * sizeof *local->tally : 0;
        if ((rc = par->gather(par, mine_t, len, &all, &all_len)))
            goto done;
    }
    r = calloc(1, sizeof *r);
    if (!r || !(r->n_attacker_side = calloc(n, sizeof *r->n_attacker_side)) ||
        !(r->n_target_side = calloc(n, sizeof *r->n_target_side))) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    r->n = n;
    r->trials = v[1];
    r->wars = v[2];
    r->coalitions_truncated = v[3] != 0;
    r->rho = ent_cascade_rho(p, w->date);
    for (int l = 0; l < ENT_ESC_LEVELS; l++)
        r->level[l] = v[5 + l];
    for (size_t i = 0; i < n; i++) {
        r->n_attacker_side[i] = v[5 + ENT_ESC_LEVELS + i];
        r->n_target_side[i] = v[5 + ENT_ESC_LEVELS + n + i];
    }
    if (par->rank == 0 && o->top_coalitions > 0) {
        ent_cascade_tally *t = all;
        size_t m = merge_tally(t, all_len / sizeof *t);
        size_t top = m < o->top_coalitions ? m : o->top_coalitions;
        r->coalitions = calloc(top + 1, sizeof *r->coalitions);
        if (!r->coalitions) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        for (size_t c = 0; c < top && !rc; c++) {
            rc = recover(&r->coalitions[c], w, p, o, t[c].first, t[c].count);
            if (!rc)
                r->n_coalitions = c + 1;
        }
        if (!rc && o->keep_tally && m) {
            r->tally = malloc(m * sizeof *r->tally);
            if (!r->tally)
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
            else {
                memcpy(r->tally, t, m * sizeof *t);
                r->n_tally = m;
            }
        }
    }
done:
    free(v);
    free(all);
    ent_cascade_result_free(local);
    if (rc) {
        ent_cascade_result_free(r);
        return rc;
    }
    *out = r;
    return 0;
}
