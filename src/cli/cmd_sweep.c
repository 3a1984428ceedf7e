/*
 * cmd_sweep.c - `entente sweep SCENARIO --trigger T --assume-grid FILE`:
 * the cascade simulation under every set of assumptions of a grid
 * (entente/sweep.h), one row per set with its probabilities and 95%
 * intervals. Under entente-mpi the ranks take the sets one at a time from
 * a shared counter (dynamic load balancing) and rank 0 writes the table,
 * which does not depend on the number of ranks or threads.
 */
#include "cascade_common.h"
#include "cli.h"
#include "par_cli.h"

#include <entente/cascade.h>
#include <entente/sweep.h>

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_STATES = 32, MAX_ASSUME = 256 };

static void help(FILE *fp)
{
    fprintf(fp,
        "usage: entente sweep SCENARIO --trigger ATTACKER:TARGET --assume-grid FILE\n"
        "         [--assume ID|EXPR]... [--states CODE,...] [--trials N] [--seed S]\n"
        "         [--threads T] [--date D] [--params FILE] [--data DIR]\n"
        "         [--format table|csv|json] [--quiet]\n\n"
        "Run the crisis simulation of 'entente simulate' under every set of\n"
        "assumptions of the grid FILE: one option of each [dimension], all\n"
        "combinations (format: include/entente/sweep.h, docs/scale.md). Every\n"
        "set uses the same seed (common random numbers), so differences between\n"
        "sets are not noise of different draws. --assume adds assumptions to\n"
        "every set. One row per set: P(war), P(regional war or worse), P(nuclear\n"
        "use), and for each --states CODE P(attacker side) and P(target side),\n"
        "each with a 95%% Wilson interval.\n"
        "Under 'mpirun -np N entente-mpi sweep' the ranks share the sets (each\n"
        "rank takes the next set when it is free) and rank 0 writes the table;\n"
        "the table is the same for any N. --threads per rank (default: the\n"
        "cores of the node divided by the ranks on it).\n"
        "  --trials N   trials per set (default 20000)\n");
}

/* 95% Wilson score interval of k successes in n. */
static void wilson(uint64_t k, uint64_t n, double *p, double *lo, double *hi)
{
    const double z = 1.959963984540054;
    double nn = (double)n, ph = n ? (double)k / nn : 0;
    double d = 1 + z * z / nn, c = (ph + z * z / (2 * nn)) / d;
    double h = z * sqrt(ph * (1 - ph) / nn + z * z / (4 * nn * nn)) / d;
    *p = ph;
    *lo = c - h < 0 ? 0 : c - h;
    *hi = c + h > 1 ? 1 : c + h;
}

/* Counts of one set: [0] done, [1] trials, [2..2+L) levels, then per
 * reported state attacker side, target side. */
static size_t row_len(size_t ns)
{
    return 2 + ENT_ESC_LEVELS + 2 * ns;
}

typedef struct sweep_cfg {
    const char *scenario, *trigger, *data;
    const char **assume;
    size_t n_assume;
    ent_date date;
    const ent_grid *g;
    const ent_cascade_params *p;
    ent_cascade_opts o;
    char states[MAX_STATES][16];
    size_t n_states;
    bool quiet;
} sweep_cfg;

/* Run set s into its row v. Returns an exit status. */
static int run_set(const sweep_cfg *cf, uint64_t s, uint64_t *v, bool quiet,
                   char *scenario_id, size_t idn, char codes[2][16])
{
    const char *list[MAX_ASSUME];
    size_t n = 0;
    for (size_t k = 0; k < cf->n_assume && n < MAX_ASSUME; k++)
        list[n++] = cf->assume[k];
    for (size_t d = 0; d < ent_grid_dims(cf->g); d++) {
        const char *const *ex;
        size_t m = ent_grid_exprs(cf->g, d, ent_grid_choice(cf->g, s, d), &ex);
        for (size_t k = 0; k < m; k++) {
            if (n >= MAX_ASSUME)
                return cli_usage("sweep", "set %llu: more than %d assumptions",
                                 (unsigned long long)s, MAX_ASSUME);
            list[n++] = ex[k];
        }
    }
    cli_crisis c;
    int ex = cli_crisis_open("sweep", &c, cf->scenario, list, n, cf->trigger,
                             cf->date, cf->data, quiet);
    if (ex) {
        fprintf(stderr, "entente sweep: set %llu failed\n", (unsigned long long)s);
        return ex;
    }
    snprintf(scenario_id, idn, "%s", c.scenario_id);
    snprintf(codes[0], 16, "%s", c.cw->code[c.attacker]);
    snprintf(codes[1], 16, "%s", c.cw->code[c.target]);
    ent_cascade_opts o = cf->o;
    o.attacker = c.attacker;
    o.target = c.target;
    o.top_coalitions = 0;
    ent_cascade_result *r = NULL;
    int rc = ent_cascade_run(&r, c.cw, cf->p, &o);
    if (rc) {
        cli_crisis_close(&c);
        return cli_fail("sweep", rc);
    }
    v[0] = 1;
    v[1] = r->trials;
    for (int l = 0; l < ENT_ESC_LEVELS; l++)
        v[2 + l] = r->level[l];
    for (size_t k = 0; k < cf->n_states; k++) {
        int i = ent_cascade_world_find(c.cw, cf->states[k]);
        if (i >= 0) {
            v[2 + ENT_ESC_LEVELS + 2 * k] = r->n_attacker_side[i];
            v[2 + ENT_ESC_LEVELS + 2 * k + 1] = r->n_target_side[i];
        }
    }
    ent_cascade_result_free(r);
    cli_crisis_close(&c);
    return ENT_EXIT_OK;
}

static uint64_t level_at_least(const uint64_t *v, int from)
{
    uint64_t k = 0;
    for (int l = from; l < ENT_ESC_LEVELS; l++)
        k += v[2 + l];
    return k;
}

/* The probabilities of a row: war, regional, nuclear, then per state
 * attacker and target side; each as p, lo, hi. */
static size_t row_probs(const sweep_cfg *cf, const uint64_t *v, double *out)
{
    size_t m = 0;
    uint64_t n = v[1];
    uint64_t ks[3] = {level_at_least(v, ENT_ESC_PAIR_WAR),
                      level_at_least(v, ENT_ESC_REGIONAL_WAR),
                      level_at_least(v, ENT_ESC_LIMITED_NUCLEAR)};
    for (int q = 0; q < 3; q++, m += 3)
        wilson(ks[q], n, &out[m], &out[m + 1], &out[m + 2]);
    for (size_t k = 0; k < 2 * cf->n_states; k++, m += 3)
        wilson(v[2 + ENT_ESC_LEVELS + k], n, &out[m], &out[m + 1], &out[m + 2]);
    return m;
}

static void print_table(const sweep_cfg *cf, const uint64_t *all, uint64_t ns,
                        cli_format fmt, const char *sid, char codes[2][16])
{
    const ent_grid *g = cf->g;
    size_t nd = ent_grid_dims(g), rl = row_len(cf->n_states);
    double pr[3 * (3 + 2 * MAX_STATES)];
    if (fmt == CLI_FMT_JSON) {
        json_t *root = json_object(), *dims = json_array(), *sets = json_array();
        json_object_set_new(root, "scenario", json_string(sid));
        json_t *tr = json_object();
        json_object_set_new(tr, "attacker", json_string(codes[0]));
        json_object_set_new(tr, "target", json_string(codes[1]));
        json_object_set_new(root, "trigger", tr);
        json_object_set_new(root, "trials", json_integer((json_int_t)cf->o.trials));
        json_object_set_new(root, "seed", json_integer((json_int_t)cf->o.seed));
        json_object_set_new(root, "interval", json_string("95% Wilson"));
        for (size_t d = 0; d < nd; d++) {
            json_t *x = json_object(), *opts = json_array();
            json_object_set_new(x, "name", json_string(ent_grid_dim_name(g, d)));
            for (size_t k = 0; k < ent_grid_options(g, d); k++) {
                json_t *o = json_object(), *as = json_array();
                const char *const *ex;
                size_t m = ent_grid_exprs(g, d, k, &ex);
                for (size_t i = 0; i < m; i++)
                    json_array_append_new(as, json_string(ex[i]));
                json_object_set_new(o, "label", json_string(ent_grid_label(g, d, k)));
                json_object_set_new(o, "assume", as);
                json_array_append_new(opts, o);
            }
            json_object_set_new(x, "options", opts);
            json_array_append_new(dims, x);
        }
        json_object_set_new(root, "dimensions", dims);
        static const char *const names[3] = {"p_war", "p_regional_war",
                                             "p_nuclear_use"};
        for (uint64_t s = 0; s < ns; s++) {
            const uint64_t *v = all + s * rl;
            json_t *x = json_object(), *ch = json_object();
            json_object_set_new(x, "set", json_integer((json_int_t)s));
            for (size_t d = 0; d < nd; d++)
                json_object_set_new(ch, ent_grid_dim_name(g, d),
                                    json_string(ent_grid_label(
                                        g, d, ent_grid_choice(g, s, d))));
            json_object_set_new(x, "choice", ch);
            row_probs(cf, v, pr);
            for (size_t q = 0; q < 3 + 2 * cf->n_states; q++) {
                json_t *e = json_object();
                json_object_set_new(e, "p", json_real(pr[3 * q]));
                json_object_set_new(e, "lo", json_real(pr[3 * q + 1]));
                json_object_set_new(e, "hi", json_real(pr[3 * q + 2]));
                char key[64];
                if (q < 3)
                    snprintf(key, sizeof key, "%s", names[q]);
                else
                    snprintf(key, sizeof key, "%s_%s_side",
                             cf->states[(q - 3) / 2],
                             (q - 3) % 2 ? "target" : "attacker");
                json_object_set_new(x, key, e);
            }
            json_array_append_new(sets, x);
        }
        json_object_set_new(root, "sets", sets);
        json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                     JSON_REAL_PRECISION(6));
        fputc('\n', stdout);
        json_decref(root);
        return;
    }
    if (fmt == CLI_FMT_CSV) {
        printf("set");
        for (size_t d = 0; d < nd; d++) {
            putchar(',');
            cli_csv_field(stdout, ent_grid_dim_name(g, d));
        }
        printf(",p_war,p_war_lo,p_war_hi,p_regional_war,p_regional_war_lo,"
               "p_regional_war_hi,p_nuclear_use,p_nuclear_use_lo,"
               "p_nuclear_use_hi");
        for (size_t k = 0; k < cf->n_states; k++)
            printf(",%s_attacker,%s_attacker_lo,%s_attacker_hi,%s_target,"
                   "%s_target_lo,%s_target_hi",
                   cf->states[k], cf->states[k], cf->states[k], cf->states[k],
                   cf->states[k], cf->states[k]);
        putchar('\n');
        for (uint64_t s = 0; s < ns; s++) {
            printf("%llu", (unsigned long long)s);
            for (size_t d = 0; d < nd; d++) {
                putchar(',');
                cli_csv_field(stdout, ent_grid_label(g, d, ent_grid_choice(g, s, d)));
            }
            size_t m = row_probs(cf, all + s * rl, pr);
            for (size_t q = 0; q < m; q++)
                printf(",%.6f", pr[q]);
            putchar('\n');
        }
        return;
    }
    printf("sweep %s: %s attacks %s; %llu sets x %llu trials, seed %llu; "
           "95%% intervals\n",
           sid, codes[0], codes[1], (unsigned long long)ns,
           (unsigned long long)cf->o.trials, (unsigned long long)cf->o.seed);
    printf("%5s", "set");
    for (size_t d = 0; d < nd; d++)
        printf("  %-12.12s", ent_grid_dim_name(g, d));
    printf("  %-22s  %-22s  %-22s", "P(war)", "P(regional war+)", "P(nuclear use)");
    for (size_t k = 0; k < cf->n_states; k++) {
        char h[2][40];
        snprintf(h[0], sizeof h[0], "%s attacker side", cf->states[k]);
        snprintf(h[1], sizeof h[1], "%s target side", cf->states[k]);
        printf("  %-22s  %-22s", h[0], h[1]);
    }
    putchar('\n');
    for (uint64_t s = 0; s < ns; s++) {
        printf("%5llu", (unsigned long long)s);
        for (size_t d = 0; d < nd; d++)
            printf("  %-12.12s", ent_grid_label(g, d, ent_grid_choice(g, s, d)));
        size_t m = row_probs(cf, all + s * rl, pr);
        for (size_t q = 0; q < m; q += 3) {
            char cell[64];
            snprintf(cell, sizeof cell, "%.4f [%.4f,%.4f]", pr[q], pr[q + 1],
                     pr[q + 2]);
            printf("  %-22s", cell);
        }
        putchar('\n');
    }
}

int cmd_sweep(int argc, char **argv)
{
    sweep_cfg cf;
    const char *grid_path = NULL, *params = NULL, *states = NULL;
    const char *assume[64];
    cli_format fmt = CLI_FMT_TABLE;
    bool threads_set = false;
    memset(&cf, 0, sizeof cf);
    cf.date = ENT_DATE_MIN;
    ent_cascade_opts_default(&cf.o);
    cf.o.trials = 20000;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        int ro = cli_cascade_run_opt("sweep", argc, argv, &i, &cf.o, &threads_set);
        if (ro == ENT_EXIT_USAGE)
            return ENT_EXIT_USAGE;
        if (ro)
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            help(stdout);
            return ENT_EXIT_OK;
        } else if (!strcmp(a, "--trigger") && more) {
            cf.trigger = argv[++i];
        } else if (!strcmp(a, "--assume-grid") && more) {
            grid_path = argv[++i];
        } else if (!strcmp(a, "--date") && more) {
            if (cli_parse_date("sweep", argv[++i], &cf.date))
                return ENT_EXIT_USAGE;
        } else if (!strcmp(a, "--assume") && more) {
            if (cf.n_assume >= 64)
                return cli_usage("sweep", "too many --assume");
            assume[cf.n_assume++] = argv[++i];
        } else if (!strcmp(a, "--states") && more) {
            states = argv[++i];
        } else if (!strcmp(a, "--format") && more) {
            if (cli_parse_format("sweep", argv[++i],
                                 1u << CLI_FMT_TABLE | 1u << CLI_FMT_JSON |
                                     1u << CLI_FMT_CSV,
                                 &fmt))
                return ENT_EXIT_USAGE;
        } else if (!strcmp(a, "--params") && more) {
            params = argv[++i];
        } else if (!strcmp(a, "--data") && more) {
            cf.data = argv[++i];
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            cf.quiet = true;
        } else if (a[0] == '-' || cf.scenario) {
            return cli_usage("sweep", "unexpected argument '%s'", a);
        } else {
            cf.scenario = a;
        }
    }
    if (!cf.scenario || !cf.trigger || !grid_path)
        return cli_usage("sweep", "SCENARIO, --trigger and --assume-grid are "
                                  "required");
    cf.assume = assume;
    if (states) {
        char buf[1024];
        snprintf(buf, sizeof buf, "%s", states);
        for (char *t = strtok(buf, ","); t; t = strtok(NULL, ",")) {
            if (cf.n_states >= MAX_STATES || strlen(t) >= 16)
                return cli_usage("sweep", "--states: at most %d codes",
                                 MAX_STATES);
            snprintf(cf.states[cf.n_states++], 16, "%s", t);
        }
    }
    ent_par *par = cli_par();
    if (!threads_set) {
        long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
        const char *local = getenv("OMPI_COMM_WORLD_LOCAL_SIZE");
        long per = par->size > 1 && local ? atol(local) : 1;
        long t = (ncpu > 0 ? ncpu : 1) / (per > 0 ? per : 1);
        cf.o.threads = (unsigned)(t > 0 ? (t > 256 ? 256 : t) : 1);
    }
    ent_grid *g = NULL;
    int rc = ent_grid_load(&g, grid_path);
    if (rc)
        return cli_fail("sweep", rc);
    cf.g = g;
    ent_cascade_params p;
    int ex = cli_params_open("sweep", &p, params);
    if (ex) {
        ent_grid_free(g);
        return ex;
    }
    cf.p = &p;
    uint64_t ns = ent_grid_sets(g);
    size_t rl = row_len(cf.n_states);
    uint64_t *all = calloc((size_t)(ns * rl + 1), sizeof *all);
    if (!all) {
        ent_grid_free(g);
        return cli_fail("sweep", ent_error_set(ENT_ENOMEM, "out of memory"));
    }
    char sid[128] = "", codes[2][16] = {"", ""};
    bool first = true;
    int status = ENT_EXIT_OK;
    /* Every rank takes the next set from the shared counter until none is
     * left; a failure stops this rank only (the others finish theirs). */
    if ((rc = par->counter_reset(par)))
        status = cli_fail("sweep", rc);
    for (;;) {
        uint64_t s;
        if (status || (rc = par->fetch_add(par, 1, &s))) {
            if (rc)
                status = cli_fail("sweep", rc);
            break;
        }
        if (s >= ns)
            break;
        status = run_set(&cf, s, all + s * rl, cf.quiet || !first, sid,
                         sizeof sid, codes);
        first = false;
    }
    all[ns * rl] = status ? 1 : 0;
    /* Rank 0 needs the names, which only ranks that ran a set know: the
     * first set is run again there if it ran none (cheap next to a sweep). */
    if ((rc = par->sum_u64(par, all, (size_t)(ns * rl + 1))))
        status = status ? status : cli_fail("sweep", rc);
    if (!status && all[ns * rl])
        status = ENT_EXIT_FAILURE;
    if (!status && par->rank == 0) {
        if (!sid[0]) {
            uint64_t tmp[2 + ENT_ESC_LEVELS + 2 * MAX_STATES];
            status = run_set(&cf, 0, tmp, true, sid, sizeof sid, codes);
        }
        if (!status)
            print_table(&cf, all, ns, fmt, sid, codes);
    }
    free(all);
    ent_grid_free(g);
    return status;
}
