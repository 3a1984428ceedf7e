/*
 * cascade_bench.c - benchmark of the cascade Monte Carlo on the seed
 * scenario (scenarios/ukraine-guarantees-2025.yaml, trigger RUS:EST) with
 * every state of the reference world considered: trials per second on one
 * thread and on all cores, for all trials and for trials conditioned on
 * war (where the whole cascade runs). Also checks that the counts are
 * identical at both thread counts.
 *
 * usage: cascade_bench [TRIALS] [SCENARIO] [PARAMS] [HISTORY_DIR]
 */
#define _POSIX_C_SOURCE 200809L
#include <entente/cascade.h>
#include <entente/fit.h>
#include <entente/io.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Wall time of one run; *cpu_s receives the CPU time all threads used, so
 * that trials per CPU-second (per core) can be read even when other
 * processes share the machine. */
static double timed(const ent_cascade_world *w, const ent_cascade_params *p,
                    ent_cascade_opts *o, ent_cascade_result **r,
                    double *cpu_s)
{
    double t0 = now(), c0 = cpu();
    if (ent_cascade_run(r, w, p, o) != 0) {
        fprintf(stderr, "run failed: %s\n", ent_error_last());
        exit(1);
    }
    *cpu_s = cpu() - c0;
    return now() - t0;
}

int main(int argc, char **argv)
{
    uint64_t trials = argc > 1 ? strtoull(argv[1], NULL, 10) : 2000000;
    const char *scen = argc > 2 ? argv[2] : "scenarios/ukraine-guarantees-2025.yaml";
    const char *par = argc > 3 ? argv[3] : "data/params/cascade.json";
    const char *hist = argc > 4 ? argv[4] : "../shared/data/history";
    ent_world *w = NULL;
    ent_list errors = {0};
    const char *paths[] = {scen};
    if (ent_io_load(&w, paths, 1, &errors) != 0) {
        for (size_t i = 0; i < errors.n; i++)
            fprintf(stderr, "%s\n", (const char *)errors.items[i]);
        return 1;
    }
    ent_world_errors_free(&errors);
    ent_cascade_params p;
    if (ent_cascade_params_load(&p, par) != 0) {
        fprintf(stderr, "%s\n", ent_error_last());
        return 1;
    }
    ent_cascade_world *cw = NULL;
    const ent_scenario_info *si = ent_world_scenario(w);
    if (ent_cascade_compile(&cw, w, si->date, NULL, 0) != 0) {
        fprintf(stderr, "%s\n", ent_error_last());
        return 1;
    }
    ent_hist *h = NULL;
    ent_hist_new(&h);
    if (ent_hist_load_only(h, hist, 1u << ENT_HIST_CONTIG |
                                        1u << ENT_HIST_CAPITALS) == 0)
        ent_hist_geography(cw, h);
    ent_hist_free(h);
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned nt = ncpu > 0 ? (unsigned)ncpu : 1;
    printf("cascade benchmark: %zu states, trigger RUS:EST, %llu trials, "
           "%u cores\n",
           cw->n, (unsigned long long)trials, nt);
    int bad = 0;
    for (int cond = 0; cond < 2; cond++) {
        ent_cascade_opts o;
        ent_cascade_opts_default(&o);
        o.trials = trials;
        o.seed = 1;
        o.attacker = (size_t)ent_cascade_world_find(cw, "RUS");
        o.target = (size_t)ent_cascade_world_find(cw, "EST");
        o.condition_on_war = cond == 1;
        ent_cascade_result *r1 = NULL, *rn = NULL;
        double c1, cn;
        o.threads = 1;
        double t1 = timed(cw, &p, &o, &r1, &c1);
        o.threads = nt;
        double tn = timed(cw, &p, &o, &rn, &cn);
        for (size_t i = 0; i < cw->n; i++)
            if (r1->n_target_side[i] != rn->n_target_side[i] ||
                r1->n_attacker_side[i] != rn->n_attacker_side[i])
                bad = 1;
        printf("%-19s 1 thread: %9.0f trials/s (%9.0f per CPU-s) | %u "
               "threads: %9.0f trials/s (%9.0f per CPU-s) | wall speed-up "
               "%.2f\n",
               cond ? "conditioned on war" : "all trials",
               (double)trials / t1, (double)trials / c1, nt,
               (double)trials / tn, (double)trials / cn, t1 / tn);
        ent_cascade_result_free(r1);
        ent_cascade_result_free(rn);
    }
    printf("identical counts at 1 and %u threads: %s\n", nt, bad ? "NO" : "yes");
    ent_cascade_world_free(cw);
    ent_world_free(w);
    return bad;
}
