/* test_mpi_split.c - run under mpirun (-np 2, -np 4): a cascade run split
 * over the MPI ranks (ent_cascade_run_split with the MPI context of
 * entente-mpi) equals, bit for bit, the single-process run on rank 0; the
 * MPI context's collectives and shared counter behave as entente/par.h
 * says. */
#include "test_util.h"

#include <entente/par.h>
#include <mpi.h>
#include <stdlib.h>
#include <string.h>

#include "cascade_fixture.h"
#include "cli/mpi/mpi_par.h"

static ent_par par;

static void test_mpi__collectives(void **state)
{
    (void)state;
    uint64_t v[3] = {1, (uint64_t)par.rank, 1000};
    assert_int_equal(par.sum_u64(&par, v, 3), 0);
    assert_int_equal(v[0], (uint64_t)par.size);
    assert_int_equal(v[1], (uint64_t)(par.size * (par.size - 1) / 2));
    assert_int_equal(v[2], 1000 * (uint64_t)par.size);
    /* gather: rank r sends r + 1 bytes of value r */
    char mine[16];
    memset(mine, par.rank, sizeof mine);
    void *all = NULL;
    size_t len = 0;
    assert_int_equal(par.gather(&par, mine, (size_t)par.rank + 1, &all, &len), 0);
    if (par.rank == 0) {
        assert_int_equal(len, (size_t)(par.size * (par.size + 1) / 2));
        const char *p = all;
        for (int r = 0; r < par.size; r++)
            for (int i = 0; i <= r; i++)
                assert_int_equal(*p++, r);
    } else {
        assert_null(all);
    }
    free(all);
    void *data = par.rank == 0 ? strdup("from rank 0") : NULL;
    len = par.rank == 0 ? 12 : 0;
    assert_int_equal(par.bcast(&par, &data, &len), 0);
    assert_int_equal(len, 12);
    assert_string_equal(data, "from rank 0");
    free(data);
    /* the shared counter hands out every index exactly once */
    assert_int_equal(par.counter_reset(&par), 0);
    uint64_t seen[64] = {0}, got;
    for (;;) {
        assert_int_equal(par.fetch_add(&par, 1, &got), 0);
        if (got >= 64)
            break;
        seen[got] = 1;
    }
    assert_int_equal(par.sum_u64(&par, seen, 64), 0);
    for (int i = 0; i < 64; i++)
        assert_int_equal(seen[i], 1);
}

static void check(uint64_t trials, size_t n, bool on_war, unsigned threads)
{
    ent_cascade_world *w = NULL;
    ent_cascade_params p;
    ent_cascade_opts o;
    assert_int_equal(fixture_world(&w, n), 0);
    fixture_params(&p);
    ent_cascade_opts_default(&o);
    o.seed = 7;
    o.trials = trials;
    o.attacker = 1;
    o.target = 0;
    o.condition_on_war = on_war;
    o.threads = threads;
    ent_cascade_result *split = NULL, *one = NULL;
    assert_int_equal(ent_cascade_run_split(&split, w, &p, &o, &par), 0);
    if (par.rank == 0) {
        o.threads = 1;
        assert_int_equal(ent_cascade_run(&one, w, &p, &o), 0);
        assert_true(one->wars > 0);
        fixture_assert_equal(one, split);
    }
    ent_cascade_result_free(one);
    ent_cascade_result_free(split);
    ent_cascade_world_free(w);
}

static void test_mpi__split_equals_one_process(void **state)
{
    (void)state;
    check(20000, 30, true, 1);
    check(5000, 12, false, 2);
    check(3, 8, true, 1); /* fewer trials than ranks */
}

int main(int argc, char **argv)
{
    int rc, worst = 0;
    MPI_Init(&argc, &argv);
    if (ent_mpi_par_init(&par)) {
        fprintf(stderr, "%s\n", ent_error_last());
        MPI_Abort(MPI_COMM_WORLD, 1);
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mpi__collectives),
        cmocka_unit_test(test_mpi__split_equals_one_process),
    };
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    MPI_Allreduce(&rc, &worst, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
    ent_mpi_par_free(&par);
    MPI_Finalize();
    return worst;
}
