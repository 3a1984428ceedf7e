/*
 * run.c - the cascade Monte Carlo: trials of war, reliability draws and
 * rounds of joining, tallied per state, per escalation rung and per
 * coalition, on any number of threads with identical results.
 *
 * DESIGN
 * Preparation turns the world and parameters into flat tables: for every
 * state the multinomial-logit probabilities of its 16 combinations of the
 * four binary dynamic features (obligation to either principal honoured,
 * obligation to a joiner of either side honoured), and for every state the
 * list of states that owe it an obligation (the links along which a joiner
 * pulls in its allies). A trial is then table look-ups and hash-based
 * uniforms: no exp(), no allocation. Uniform number k of trial t is
 * ent_cascade_rand(seed, t, k), so a trial's outcome depends on nothing but
 * (seed, t). Each state keeps one uniform u_i per trial: it joins the
 * attacker's side when u_i < P(attacker side), the target's side when
 * u_i >= 1 - P(target side); when a new joiner changes its probabilities
 * in a later round, the same u_i is compared again, so joining is monotone
 * in the pull of the new joiner (a threshold model; see the model doc).
 * Trials are handed out in fixed chunks by an atomic counter; counts are
 * sums, hence independent of which thread ran which chunk. Coalitions are
 * identified by a Zobrist hash (XOR of a random key per state and side),
 * counted in a per-thread open-addressing table, merged at the end, and
 * the composition of the most frequent ones is recovered by re-running the
 * smallest trial index that produced them.
 */
#include <entente/cascade.h>

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

enum { K_LEVEL = 0, K_NUC1 = 1, K_NUC2 = 2, K_BASE = 16 };
enum { CHUNK = 1024 };

typedef struct link {
    uint32_t from; /* the obliged state */
    uint32_t id;   /* index for its random draw */
    uint64_t qd, qo; /* thresholds of P(applies and honoured): defence
                        (joiner on the target's side), offence (on the
                        attacker's side) */
} link;

typedef struct slot {
    uint64_t key, count, first;
} slot;

typedef struct prep {
    const ent_cascade_world *w;
    const ent_cascade_params *p;
    const ent_cascade_opts *o;
    size_t n, a, t;
    uint64_t *tab;     /* n * 16 * 2 thresholds: u < [0] attacker side,
                          u >= [1] target side */
    uint64_t *qa, *qt; /* thresholds of the principal obligations */
    size_t *rev_start; /* n + 1 */
    link *rev;         /* links i -> j grouped by j */
    uint64_t *zob;     /* 2n keys */
    uint64_t key_nowar, key_war;
    uint64_t p0, p01, nuc1, nuc2;
    int max_rounds;
} prep;

typedef struct work {
    uint8_t *role;
    uint8_t *flags; /* bit0 zA, bit1 zT, bit2 hJA, bit3 hJT, bit4 dirty */
    uint32_t *cur, *next, *dirty, *joined;
    uint64_t *n_a, *n_t;
    uint64_t level[ENT_ESC_LEVELS];
    uint64_t wars;
    slot *tab;
    size_t cap, used;
    bool truncated;
} work;

static void work_free(work *k)
{
    free(k->role);
    free(k->flags);
    free(k->cur);
    free(k->next);
    free(k->dirty);
    free(k->joined);
    free(k->n_a);
    free(k->n_t);
    free(k->tab);
    memset(k, 0, sizeof *k);
}

static int work_new(work *k, size_t n, size_t cap)
{
    memset(k, 0, sizeof *k);
    k->role = calloc(n, 1);
    k->flags = calloc(n, 1);
    k->cur = calloc(n, sizeof *k->cur);
    k->next = calloc(n, sizeof *k->next);
    k->dirty = calloc(n, sizeof *k->dirty);
    k->joined = calloc(n, sizeof *k->joined);
    k->n_a = calloc(n, sizeof *k->n_a);
    k->n_t = calloc(n, sizeof *k->n_t);
    k->cap = cap;
    k->tab = cap ? calloc(cap, sizeof *k->tab) : NULL;
    if (!k->role || !k->flags || !k->cur || !k->next || !k->dirty ||
        !k->joined || !k->n_a || !k->n_t || (cap && !k->tab)) {
        work_free(k);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    return 0;
}

/* u < thr(p) with u a 32-bit draw happens with probability p (rounded up
 * to a multiple of 2^-32). */
static uint64_t thr(double p)
{
    if (!(p > 0))
        return 0;
    if (p >= 1)
        return (uint64_t)1 << 32;
    return (uint64_t)ceil(p * 4294967296.0);
}

static void prep_free(prep *P)
{
    free(P->tab);
    free(P->qa);
    free(P->qt);
    free(P->rev_start);
    free(P->rev);
    free(P->zob);
}

static int prep_new(prep *P, const ent_cascade_world *w,
                    const ent_cascade_params *p, const ent_cascade_opts *o)
{
    size_t n = w->n;
    memset(P, 0, sizeof *P);
    P->w = w;
    P->p = p;
    P->o = o;
    P->n = n;
    P->a = o->attacker;
    P->t = o->target;
    P->tab = calloc(n * 32, sizeof *P->tab);
    P->qa = calloc(n, sizeof *P->qa);
    P->qt = calloc(n, sizeof *P->qt);
    P->rev_start = calloc(n + 1, sizeof *P->rev_start);
    P->zob = calloc(2 * n, sizeof *P->zob);
    if (!P->tab || !P->qa || !P->qt || !P->rev_start || !P->zob)
        goto nomem;
    double rho = ent_cascade_rho(p, w->date);
    double xa[ENT_CASCADE_NFEAT], xt[ENT_CASCADE_NFEAT], pr[3];
    for (size_t i = 0; i < n; i++) {
        if (i == P->a || i == P->t)
            continue;
        P->qa[i] = thr(rho * w->offend[i * n + P->a]);
        P->qt[i] = thr(rho * w->defend[i * n + P->t]);
        ent_cascade_features(w, P->a, P->t, i, ENT_ROLE_ATTACKER, xa);
        ent_cascade_features(w, P->a, P->t, i, ENT_ROLE_TARGET, xt);
        for (int f = 0; f < 16; f++) {
            xa[ENT_CF_OBLIG_P] = f & 1;
            xt[ENT_CF_OBLIG_P] = (f >> 1) & 1;
            xa[ENT_CF_OBLIG_J] = (f >> 2) & 1;
            xt[ENT_CF_OBLIG_J] = (f >> 3) & 1;
            ent_cascade_choice(p->beta, xa, xt, pr);
            P->tab[(i * 16 + (size_t)f) * 2] = thr(pr[1]);
            P->tab[(i * 16 + (size_t)f) * 2 + 1] = thr(1.0 - pr[2]);
        }
    }
    /* Links i -> j (i obliged to j), j not a principal, grouped by j. */
    size_t nl = 0;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++)
            if (i != j && j != P->a && j != P->t &&
                (w->defend[i * n + j] > 0 || w->offend[i * n + j] > 0))
                nl++;
    P->rev = calloc(nl + 1, sizeof *P->rev);
    if (!P->rev)
        goto nomem;
    nl = 0;
    for (size_t j = 0; j < n; j++) {
        P->rev_start[j] = nl;
        if (j == P->a || j == P->t)
            continue;
        for (size_t i = 0; i < n; i++) {
            float d = w->defend[i * n + j], f = w->offend[i * n + j];
            if (i == j || (d <= 0 && f <= 0))
                continue;
            P->rev[nl].from = (uint32_t)i;
            P->rev[nl].id = (uint32_t)nl;
            P->rev[nl].qd = thr(rho * d);
            P->rev[nl].qo = thr(rho * f);
            nl++;
        }
    }
    P->rev_start[n] = nl;
    for (size_t i = 0; i < 2 * n; i++)
        P->zob[i] = ent_cascade_mix64(0x5a0b1e57ULL + i * 0x9e3779b97f4a7c15ULL);
    P->key_nowar = ent_cascade_mix64(0x6e6f776172ULL);
    P->key_war = ent_cascade_mix64(0x776172ULL);
    double lv[3];
    ent_cascade_crisis_levels(w, p, P->a, P->t, lv);
    P->p0 = thr(lv[0]);
    P->p01 = thr(lv[0] + lv[1]);
    P->nuc1 = thr(p->p_nuc_limited);
    P->nuc2 = thr(p->p_nuc_strategic);
    P->max_rounds = o->max_rounds > 0 ? o->max_rounds : (int)n;
    return 0;
nomem:
    prep_free(P);
    return ent_error_set(ENT_ENOMEM, "out of memory");
}

/* The SplitMix64 output function, inlined (same as ent_cascade_mix64). */
static inline uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Draw k of the trial with key `key` (see ent_cascade_rand32). */
static inline uint64_t U(uint64_t key, uint64_t k)
{
    uint64_t z = mix(key + ((k >> 1) + 1) * 0x9e3779b97f4a7c15ULL);
    return (k & 1) ? z >> 32 : z & 0xffffffffULL;
}

/* Decide state i with its current flags and its draw u. */
static inline uint8_t decide(const prep *P, size_t i, uint8_t flags,
                             uint64_t u)
{
    const uint64_t *th = &P->tab[(i * 16 + (flags & 15u)) * 2];
    if (u < th[0])
        return ENT_ROLE_ATTACKER;
    if (u >= th[1])
        return ENT_ROLE_TARGET;
    return ENT_ROLE_OUT;
}

/* One trial into k->role; returns the highest rung and sets *key and
 * *n_joined (third states now listed in k->joined). */
static int trial(const prep *P, work *k, uint64_t t, uint64_t *key,
                 size_t *n_joined)
{
    const ent_cascade_world *w = P->w;
    size_t n = P->n, nj = 0, nc = 0, nn = 0;
    uint64_t K = mix(P->o->seed * 0x9e3779b97f4a7c15ULL + t);
    memset(k->role, 0, n);
    k->role[P->a] = ENT_ROLE_ATTACKER;
    k->role[P->t] = ENT_ROLE_TARGET;
    *n_joined = 0;
    if (!P->o->condition_on_war) {
        uint64_t r = U(K, K_LEVEL);
        if (r < P->p01) {
            *key = P->key_nowar;
            return r < P->p0 ? ENT_ESC_NO_FORCE : ENT_ESC_LIMITED_FORCE;
        }
    }
    /* flags: bit0 zA, bit1 zT, bit2/bit3 pulled towards the attacker's /
     * target's side (set for both on states that cannot change), bit4 dirty */
    memset(k->flags, 0, n);
    k->flags[P->a] = k->flags[P->t] = 12;
    for (size_t i = 0; i < n; i += 2) {
        /* one mix gives the draws of states i and i + 1 */
        uint64_t z = mix(K + (((K_BASE + i) >> 1) + 1) * 0x9e3779b97f4a7c15ULL);
        for (size_t h = 0; h < 2 && i + h < n; h++) {
            size_t s = i + h;
            if (s == P->a || s == P->t)
                continue;
            uint64_t u = h ? z >> 32 : z & 0xffffffffULL;
            uint8_t f = 0;
            if (P->qa[s] && U(K, K_BASE + n + s) < P->qa[s])
                f |= 1;
            if (P->qt[s] && U(K, K_BASE + 2 * n + s) < P->qt[s])
                f |= 2;
            uint8_t r = w->fixed[s] >= 0 ? (uint8_t)w->fixed[s]
                                         : decide(P, s, f, u);
            k->flags[s] = r || w->fixed[s] >= 0 ? (uint8_t)(f | 12) : f;
            if (r) {
                k->role[s] = r;
                k->cur[nc++] = (uint32_t)s;
                k->joined[nj++] = (uint32_t)s;
            }
        }
    }
    for (int round = 1; nc > 0 && round < P->max_rounds; round++) {
        size_t nd = 0;
        for (size_t c = 0; c < nc; c++) {
            size_t j = k->cur[c];
            bool att = k->role[j] == ENT_ROLE_ATTACKER;
            uint8_t bit = att ? 4 : 8;
            for (size_t l = P->rev_start[j]; l < P->rev_start[j + 1]; l++) {
                const link *L = &P->rev[l];
                size_t i = L->from;
                if (k->flags[i] & bit)
                    continue;
                uint64_t q = att ? L->qo : L->qd;
                if (q && U(K, K_BASE + 3 * n + L->id) < q) {
                    k->flags[i] |= bit;
                    if (!(k->flags[i] & 16)) {
                        k->flags[i] |= 16;
                        k->dirty[nd++] = (uint32_t)i;
                    }
                }
            }
        }
        nn = 0;
        for (size_t d = 0; d < nd; d++) {
            size_t i = k->dirty[d];
            k->flags[i] &= (uint8_t)~16u;
            uint8_t r = decide(P, i, k->flags[i], U(K, K_BASE + i));
            if (r) {
                k->role[i] = r;
                k->flags[i] |= 12;
                k->next[nn++] = (uint32_t)i;
                k->joined[nj++] = (uint32_t)i;
            }
        }
        uint32_t *tmp = k->cur;
        k->cur = k->next;
        k->next = tmp;
        nc = nn;
    }
    /* Escalation from who faces whom. */
    uint64_t h = P->key_war;
    double capa = w->milex[P->a], capt = w->milex[P->t];
    bool nuca = w->nuclear[P->a], nuct = w->nuclear[P->t];
    for (size_t c = 0; c < nj; c++) {
        size_t i = k->joined[c];
        bool sa = k->role[i] == ENT_ROLE_ATTACKER;
        h ^= P->zob[2 * i + (sa ? 0 : 1)];
        if (sa) {
            capa += w->milex[i];
            nuca = nuca || w->nuclear[i];
        } else {
            capt += w->milex[i];
            nuct = nuct || w->nuclear[i];
        }
    }
    *key = h;
    *n_joined = nj;
    int level = nj > 0 ? ENT_ESC_REGIONAL_WAR : ENT_ESC_PAIR_WAR;
    if (nuca && nuct)
        level = ENT_ESC_NUCLEAR_DYAD_WAR;
    bool weak_nuclear = capa < capt ? nuca : capt < capa ? nuct : false;
    if (weak_nuclear && U(K, K_NUC1) < P->nuc1) {
        level = ENT_ESC_LIMITED_NUCLEAR;
        if (U(K, K_NUC2) < P->nuc2)
            level = ENT_ESC_STRATEGIC_NUCLEAR;
    }
    return level;
}

static void count_key(work *k, uint64_t key, uint64_t t)
{
    if (!k->cap)
        return;
    size_t mask = k->cap - 1, i = (size_t)(key & mask);
    for (;;) {
        slot *s = &k->tab[i];
        if (s->count == 0) {
            if (k->used * 4 >= k->cap * 3) {
                k->truncated = true;
                return;
            }
            s->key = key;
            s->count = 1;
            s->first = t;
            k->used++;
            return;
        }
        if (s->key == key) {
            s->count++;
            if (t < s->first)
                s->first = t;
            return;
        }
        i = (i + 1) & mask;
    }
}

typedef struct shared {
    const prep *P;
    atomic_uint_fast64_t next;
    atomic_uint_fast64_t done;
    uint64_t trials;
} shared;

/* Padded so that the work structs of two threads, written on every trial,
 * never share a cache line. */
typedef struct thread_arg {
    char pad0[128];
    shared *S;
    work k;
    bool report;
    char pad1[128];
} thread_arg;

static void *worker(void *arg)
{
    thread_arg *T = arg;
    shared *S = T->S;
    const prep *P = S->P;
    work *k = &T->k;
    /* counters kept on this thread's stack: the work structs of the threads
     * sit next to each other and would share cache lines */
    uint64_t level[ENT_ESC_LEVELS] = {0}, wars = 0;
    for (;;) {
        uint64_t c0 = atomic_fetch_add(&S->next, CHUNK);
        if (c0 >= S->trials)
            break;
        uint64_t c1 = c0 + CHUNK < S->trials ? c0 + CHUNK : S->trials;
        for (uint64_t t = P->o->first_trial + c0;
             t < P->o->first_trial + c1; t++) {
            uint64_t key;
            size_t nj;
            int lv = trial(P, k, t, &key, &nj);
            level[lv]++;
            if (lv >= ENT_ESC_PAIR_WAR)
                wars++;
            for (size_t c = 0; c < nj; c++) {
                size_t i = k->joined[c];
                if (k->role[i] == ENT_ROLE_ATTACKER)
                    k->n_a[i]++;
                else
                    k->n_t[i]++;
            }
            count_key(k, key, t);
        }
        uint64_t done = atomic_fetch_add(&S->done, c1 - c0) + (c1 - c0);
        if (T->report && P->o->progress)
            P->o->progress(P->o->progress_ud, done, S->trials);
    }
    for (int l = 0; l < ENT_ESC_LEVELS; l++)
        k->level[l] += level[l];
    k->wars += wars;
    return NULL;
}

void ent_cascade_opts_default(ent_cascade_opts *o)
{
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->trials = 10000;
    o->threads = 1;
    o->top_coalitions = 8;
}

void ent_cascade_result_free(ent_cascade_result *r)
{
    if (!r)
        return;
    for (size_t c = 0; c < r->n_coalitions; c++) {
        free(r->coalitions[c].attacker_side);
        free(r->coalitions[c].target_side);
    }
    free(r->coalitions);
    free(r->tally);
    free(r->n_attacker_side);
    free(r->n_target_side);
    free(r);
}

static int cmp_slot(const void *x, const void *y)
{
    const slot *a = x, *b = y;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

static size_t pow2_at_least(uint64_t x)
{
    size_t c = 1024;
    while (c < x && c < ((size_t)1 << 20))
        c <<= 1;
    return c;
}

int ent_cascade_run(ent_cascade_result **out, const ent_cascade_world *w,
                    const ent_cascade_params *p, const ent_cascade_opts *o)
{
    int rc = 0;
    prep P;
    thread_arg *args = NULL;
    pthread_t *tids = NULL;
    ent_cascade_result *r = NULL;
    slot *all = NULL;
    unsigned nt = o->threads ? o->threads : 1, started = 0;
    *out = NULL;
    if (!w || o->attacker >= w->n || o->target >= w->n ||
        o->attacker == o->target)
        return ent_error_set(ENT_EINVALID, "attacker and target must be two "
                                           "different states of the world");
    if (o->trials == 0 || nt > 256 || o->top_coalitions > 64)
        return ent_error_set(ENT_EINVALID, "bad trials, threads or coalitions");
    if (w->n > 65535)
        return ent_error_set(ENT_ELIMIT, "too many states");
    rc = prep_new(&P, w, p, o);
    if (rc)
        return rc;
    r = calloc(1, sizeof *r);
    args = calloc(nt, sizeof *args);
    tids = calloc(nt, sizeof *tids);
    if (!r || !args || !tids) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    r->n = w->n;
    r->trials = o->trials;
    r->rho = ent_cascade_rho(p, w->date);
    r->n_attacker_side = calloc(w->n, sizeof *r->n_attacker_side);
    r->n_target_side = calloc(w->n, sizeof *r->n_target_side);
    if (!r->n_attacker_side || !r->n_target_side) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    size_t cap = o->top_coalitions ? pow2_at_least(2 * o->trials) : 0;
    shared S;
    S.P = &P;
    atomic_init(&S.next, 0);
    atomic_init(&S.done, 0);
    S.trials = o->trials;
    for (unsigned i = 0; i < nt; i++) {
        rc = work_new(&args[i].k, w->n, cap);
        if (rc)
            goto done;
        args[i].S = &S;
        args[i].report = i == 0;
        started = i + 1;
    }
    unsigned spawned = 0;
    for (unsigned i = 1; i < nt; i++) {
        if (pthread_create(&tids[i], NULL, worker, &args[i]) != 0)
            break;
        spawned = i;
    }
    worker(&args[0]);
    for (unsigned i = 1; i <= spawned; i++)
        pthread_join(tids[i], NULL);
    /* Merge. */
    size_t total = 0;
    for (unsigned i = 0; i < nt; i++) {
        work *k = &args[i].k;
        for (size_t s = 0; s < w->n; s++) {
            r->n_attacker_side[s] += k->n_a[s];
            r->n_target_side[s] += k->n_t[s];
        }
        for (int l = 0; l < ENT_ESC_LEVELS; l++)
            r->level[l] += k->level[l];
        r->wars += k->wars;
        total += k->used;
        r->coalitions_truncated = r->coalitions_truncated || k->truncated;
    }
    r->n_attacker_side[o->attacker] = o->trials;
    r->n_target_side[o->target] = o->trials;
    if (cap) {
        size_t gcap = pow2_at_least(2 * total + 2);
        while (gcap < 2 * total + 2)
            gcap <<= 1;
        all = calloc(gcap, sizeof *all);
        if (!all) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        size_t used = 0;
        for (unsigned i = 0; i < nt; i++) {
            work *k = &args[i].k;
            for (size_t s = 0; s < k->cap; s++) {
                slot *x = &k->tab[s];
                if (!x->count)
                    continue;
                size_t h = (size_t)(x->key & (gcap - 1));
                while (all[h].count && all[h].key != x->key)
                    h = (h + 1) & (gcap - 1);
                if (!all[h].count) {
                    all[h] = *x;
                    used++;
                } else {
                    all[h].count += x->count;
                    if (x->first < all[h].first)
                        all[h].first = x->first;
                }
            }
        }
        size_t m = 0;
        for (size_t s = 0; s < gcap; s++)
            if (all[s].count)
                all[m++] = all[s];
        qsort(all, m, sizeof *all, cmp_slot);
        if (o->keep_tally && m) {
            r->tally = malloc(m * sizeof *r->tally);
            if (!r->tally) {
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
                goto done;
            }
            for (size_t c = 0; c < m; c++) {
                r->tally[c].key = all[c].key;
                r->tally[c].count = all[c].count;
                r->tally[c].first = all[c].first;
            }
            r->n_tally = m;
        }
        size_t top = m < o->top_coalitions ? m : o->top_coalitions;
        r->coalitions = calloc(top + 1, sizeof *r->coalitions);
        if (!r->coalitions) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        work *k = &args[0].k;
        for (size_t c = 0; c < top; c++) {
            ent_cascade_coalition *co = &r->coalitions[c];
            uint64_t key;
            size_t nj;
            int level = trial(&P, k, all[c].first, &key, &nj);
            co->count = all[c].count;
            co->war = level >= ENT_ESC_PAIR_WAR;
            co->attacker_side = calloc(nj + 1, sizeof *co->attacker_side);
            co->target_side = calloc(nj + 1, sizeof *co->target_side);
            r->n_coalitions = c + 1;
            if (!co->attacker_side || !co->target_side) {
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
                goto done;
            }
            co->attacker_side[co->n_attacker++] = (uint16_t)o->attacker;
            co->target_side[co->n_target++] = (uint16_t)o->target;
            /* list members in index order for a stable output */
            for (size_t i = 0; i < w->n && co->war; i++) {
                if (i == o->attacker || i == o->target)
                    continue;
                if (k->role[i] == ENT_ROLE_ATTACKER)
                    co->attacker_side[co->n_attacker++] = (uint16_t)i;
                else if (k->role[i] == ENT_ROLE_TARGET)
                    co->target_side[co->n_target++] = (uint16_t)i;
            }
        }
    }
done:
    for (unsigned i = 0; i < started; i++)
        work_free(&args[i].k);
    free(args);
    free(tids);
    free(all);
    prep_free(&P);
    if (rc) {
        ent_cascade_result_free(r);
        r = NULL;
    }
    *out = r;
    return rc;
}
