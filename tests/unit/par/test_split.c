/* test_split.c - ent_par_share, and a cascade run split over ranks (here
 * threads standing in for MPI ranks, through an ent_par built on a
 * barrier) gives the single-process result for any number of ranks. */
#include "test_util.h"

#include <entente/par.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cascade_fixture.h"

static void test_par__share_covers_once(void **state)
{
    (void)state;
    for (uint64_t n = 0; n < 40; n++)
        for (int size = 1; size <= 9; size++) {
            uint64_t next = 0, lo = n, hi = 0;
            for (int r = 0; r < size; r++) {
                uint64_t b, e;
                ent_par_share(n, r, size, &b, &e);
                assert_int_equal(b, next);
                assert_true(e >= b);
                uint64_t len = e - b;
                lo = len < lo ? len : lo;
                hi = len > hi ? len : hi;
                next = e;
            }
            assert_int_equal(next, n);
            assert_true(hi - lo <= 1);
        }
}

static void test_par__serial_context(void **state)
{
    (void)state;
    ent_par p;
    ent_par_serial(&p);
    assert_int_equal(p.rank, 0);
    assert_int_equal(p.size, 1);
    uint64_t v[2] = {3, 4}, got;
    assert_int_equal(p.sum_u64(&p, v, 2), 0);
    assert_int_equal(v[0], 3);
    void *all;
    size_t len;
    assert_int_equal(p.gather(&p, "abc", 3, &all, &len), 0);
    assert_int_equal(len, 3);
    assert_memory_equal(all, "abc", 3);
    free(all);
    assert_int_equal(p.fetch_add(&p, 5, &got), 0);
    assert_int_equal(got, 0);
    assert_int_equal(p.fetch_add(&p, 1, &got), 0);
    assert_int_equal(got, 5);
    assert_int_equal(p.counter_reset(&p), 0);
    assert_int_equal(p.fetch_add(&p, 1, &got), 0);
    assert_int_equal(got, 0);
}

/* Line shares of a file: adjacent, whole lines, the whole file. */
static void test_par__line_shares(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/lines-%d.txt", ENT_BINARY_DIR, (int)getpid());
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    size_t len = 0;
    for (int i = 0; i < 57; i++) {
        int w = (i * 37) % 23; /* empty lines too */
        for (int k = 0; k < w; k++)
            fputc('a' + k % 26, fp);
        fputc('\n', fp);
        len += (size_t)w + 1;
    }
    fputs("no final newline", fp);
    len += 16;
    fclose(fp);
    char *text = malloc(len + 1);
    fp = fopen(path, "rb");
    assert_int_equal(fread(text, 1, len, fp), len);
    fclose(fp);
    for (int size = 1; size <= 9; size++) {
        uint64_t next = 0;
        for (int r = 0; r < size; r++) {
            uint64_t b, e, lo, hi, first;
            assert_int_equal(ent_par_lines(path, r, size, &b, &e), 0);
            assert_int_equal(b, next);
            assert_true(b == 0 || b == len || text[b - 1] == '\n');
            ent_par_cut(len, r, size, &lo, &hi);
            uint64_t b2, e2;
            assert_int_equal(ent_par_line_range(path, lo, hi, &b2, &e2, &first), 0);
            assert_int_equal(b2, b);
            assert_int_equal(e2, e);
            uint64_t nl = 0;
            for (uint64_t k = 0; k < b; k++)
                nl += text[k] == '\n';
            assert_int_equal(first, nl);
            next = e;
        }
        assert_int_equal(next, len);
    }
    free(text);
    unlink(path);
}

/* --- threads as ranks ---------------------------------------------------- */

typedef struct team {
    int size;
    pthread_barrier_t bar;
    pthread_mutex_t mu;
    uint64_t counter;
    const void *data[16];
    size_t len[16];
} team;

static int t_sum(const ent_par *p, uint64_t *buf, size_t n)
{
    team *t = p->ud;
    uint64_t *tmp = calloc(n ? n : 1, sizeof *tmp);
    t->data[p->rank] = buf;
    pthread_barrier_wait(&t->bar);
    for (int r = 0; r < t->size; r++)
        for (size_t i = 0; i < n; i++)
            tmp[i] += ((const uint64_t *)t->data[r])[i];
    pthread_barrier_wait(&t->bar);
    memcpy(buf, tmp, n * sizeof *tmp);
    free(tmp);
    return 0;
}

static int t_gather(const ent_par *p, const void *data, size_t len, void **out,
                    size_t *out_len)
{
    team *t = p->ud;
    t->data[p->rank] = data;
    t->len[p->rank] = len;
    *out = NULL;
    *out_len = 0;
    pthread_barrier_wait(&t->bar);
    if (p->rank == 0) {
        size_t total = 0;
        for (int r = 0; r < t->size; r++)
            total += t->len[r];
        char *o = malloc(total ? total : 1);
        for (int r = 0, off = 0; r < t->size; off += (int)t->len[r], r++)
            if (t->len[r])
                memcpy(o + off, t->data[r], t->len[r]);
        *out = o;
        *out_len = total;
    }
    pthread_barrier_wait(&t->bar);
    return 0;
}

static int t_bcast(const ent_par *p, void **data, size_t *len)
{
    team *t = p->ud;
    if (p->rank == 0) {
        t->data[0] = *data;
        t->len[0] = *len;
    }
    pthread_barrier_wait(&t->bar);
    if (p->rank != 0) {
        *len = t->len[0];
        *data = malloc(*len ? *len : 1);
        memcpy(*data, t->data[0], *len);
    }
    pthread_barrier_wait(&t->bar);
    return 0;
}

static int t_fetch_add(ent_par *p, uint64_t add, uint64_t *out)
{
    team *t = p->ud;
    pthread_mutex_lock(&t->mu);
    *out = t->counter;
    t->counter += add;
    pthread_mutex_unlock(&t->mu);
    return 0;
}

static int t_reset(ent_par *p)
{
    team *t = p->ud;
    pthread_barrier_wait(&t->bar);
    if (p->rank == 0)
        t->counter = 0;
    pthread_barrier_wait(&t->bar);
    return 0;
}

typedef struct job {
    ent_par par;
    const ent_cascade_world *w;
    const ent_cascade_params *p;
    const ent_cascade_opts *o;
    ent_cascade_result *r;
    int rc;
} job;

static void *rank_main(void *arg)
{
    job *j = arg;
    j->rc = ent_cascade_run_split(&j->r, j->w, j->p, j->o, &j->par);
    return NULL;
}

static ent_cascade_result *run_ranks(int size, const ent_cascade_world *w,
                                     const ent_cascade_params *p,
                                     const ent_cascade_opts *o)
{
    team t;
    memset(&t, 0, sizeof t);
    t.size = size;
    pthread_barrier_init(&t.bar, NULL, (unsigned)size);
    pthread_mutex_init(&t.mu, NULL);
    job jobs[16];
    pthread_t tid[16];
    for (int r = 0; r < size; r++) {
        memset(&jobs[r], 0, sizeof jobs[r]);
        jobs[r].par.rank = r;
        jobs[r].par.size = size;
        jobs[r].par.sum_u64 = t_sum;
        jobs[r].par.gather = t_gather;
        jobs[r].par.bcast = t_bcast;
        jobs[r].par.fetch_add = t_fetch_add;
        jobs[r].par.counter_reset = t_reset;
        jobs[r].par.ud = &t;
        jobs[r].w = w;
        jobs[r].p = p;
        jobs[r].o = o;
        assert_int_equal(pthread_create(&tid[r], NULL, rank_main, &jobs[r]), 0);
    }
    for (int r = 0; r < size; r++)
        pthread_join(tid[r], NULL);
    for (int r = 0; r < size; r++)
        assert_int_equal(jobs[r].rc, 0);
    for (int r = 1; r < size; r++) {
        /* every rank has the counts, only rank 0 the coalitions */
        assert_int_equal(jobs[r].r->wars, jobs[0].r->wars);
        assert_int_equal(jobs[r].r->n_coalitions, 0);
        ent_cascade_result_free(jobs[r].r);
    }
    pthread_barrier_destroy(&t.bar);
    pthread_mutex_destroy(&t.mu);
    return jobs[0].r;
}

static void check_split(uint64_t trials, size_t n_states, bool on_war)
{
    ent_cascade_world *w = NULL;
    ent_cascade_params p;
    ent_cascade_opts o;
    assert_int_equal(fixture_world(&w, n_states), 0);
    fixture_params(&p);
    ent_cascade_opts_default(&o);
    o.seed = 20251126;
    o.trials = trials;
    o.attacker = 0;
    o.target = 1;
    o.condition_on_war = on_war;
    o.top_coalitions = 8;
    ent_cascade_result *one = NULL;
    assert_int_equal(ent_cascade_run(&one, w, &p, &o), 0);
    assert_true(one->wars > 0);
    static const int sizes[] = {1, 2, 3, 4, 7};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        ent_cascade_result *split = run_ranks(sizes[k], w, &p, &o);
        fixture_assert_equal(one, split);
        ent_cascade_result_free(split);
    }
    ent_cascade_result_free(one);
    ent_cascade_world_free(w);
}

static void test_par__cascade_split_equals_one_process(void **state)
{
    (void)state;
    check_split(6000, 24, true);
    check_split(3000, 12, false);
}

static void test_par__cascade_split_fewer_trials_than_ranks(void **state)
{
    (void)state;
    check_split(5, 10, true);
}

static void test_par__cascade_split_shares_threads(void **state)
{
    (void)state;
    /* Threads inside each rank change nothing either. */
    ent_cascade_world *w = NULL;
    ent_cascade_params p;
    ent_cascade_opts o;
    assert_int_equal(fixture_world(&w, 16), 0);
    fixture_params(&p);
    ent_cascade_opts_default(&o);
    o.trials = 4000;
    o.attacker = 2;
    o.target = 5;
    o.condition_on_war = true;
    ent_cascade_result *one = NULL, *split = NULL;
    assert_int_equal(ent_cascade_run(&one, w, &p, &o), 0);
    o.threads = 3;
    split = run_ranks(2, w, &p, &o);
    fixture_assert_equal(one, split);
    ent_cascade_result_free(split);
    ent_cascade_result_free(one);
    ent_cascade_world_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_par__share_covers_once),
        cmocka_unit_test(test_par__serial_context),
        cmocka_unit_test(test_par__line_shares),
        cmocka_unit_test(test_par__cascade_split_equals_one_process),
        cmocka_unit_test(test_par__cascade_split_fewer_trials_than_ranks),
        cmocka_unit_test(test_par__cascade_split_shares_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
