/*
 * cascade_common.c - default paths and the progress indicator of the
 * cascade subcommands.
 */
#define _POSIX_C_SOURCE 200809L
#include "cascade_common.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

const char *cli_history_dir(const char *opt, char *buf, size_t n)
{
    const char *env;
    if (opt)
        snprintf(buf, n, "%s", opt);
    else if ((env = getenv("ENTENTE_HISTORY")) && env[0])
        snprintf(buf, n, "%s", env);
    else if ((env = getenv("ENTENTE_SHARED")) && env[0])
        snprintf(buf, n, "%s/data/history", env);
    else
        snprintf(buf, n, "../shared/data/history");
    return buf;
}

const char *cli_params_path(char *buf, size_t n)
{
    snprintf(buf, n, "%s/params/cascade.json", cli_data_dir());
    return buf;
}

const char *cli_cases_path(char *buf, size_t n)
{
    snprintf(buf, n, "%s/backtest/cases.csv", cli_data_dir());
    return buf;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void cli_progress_init(cli_progress *p, bool quiet, const char *what)
{
    p->enabled = !quiet && isatty(STDERR_FILENO);
    p->start = now();
    p->last = 0;
    p->what = what;
    p->shown = false;
}

/* True when an update is due: after the first second, at most ten a
 * second (always at the end). */
static bool due(cli_progress *p, bool end)
{
    if (!p->enabled)
        return false;
    double t = now();
    if (t - p->start < 1.0 || (t - p->last < 0.1 && !end))
        return false;
    p->last = t;
    p->shown = true;
    return true;
}

static void show(cli_progress *p, double frac)
{
    if (!due(p, frac >= 1.0))
        return;
    fprintf(stderr, "\r%s: %5.1f%%", p->what, 100.0 * frac);
    fflush(stderr);
}

void cli_progress_count(cli_progress *p, uint64_t a, const char *a_what,
                        uint64_t b, const char *b_what)
{
    if (!due(p, false))
        return;
    fprintf(stderr, "\r%s: %llu %s, %llu %s", p->what, (unsigned long long)a,
            a_what, (unsigned long long)b, b_what);
    fflush(stderr);
}

void cli_progress_update(void *ud, uint64_t done, uint64_t total)
{
    show(ud, total ? (double)done / (double)total : 1.0);
}

void cli_progress_cases(void *ud, size_t done, size_t total)
{
    show(ud, total ? (double)done / (double)total : 1.0);
}

void cli_progress_end(cli_progress *p)
{
    if (p->shown)
        fprintf(stderr, "\r%*s\r", 72, "");
}

#include <entente/fit.h>
#include <entente/io.h>
#include <string.h>
#include <sys/stat.h>

int cli_params_open(const char *cmd, ent_cascade_params *p, const char *path)
{
    char buf[4096];
    int rc = ent_cascade_params_load(p, path ? path : cli_params_path(buf,
                                                                sizeof buf));
    return rc ? cli_fail(cmd, rc) : ENT_EXIT_OK;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

void cli_crisis_close(cli_crisis *c)
{
    ent_cascade_world_free(c->cw);
    c->cw = NULL;
}

int cli_crisis_open(const char *cmd, cli_crisis *c, const char *scenario,
                    const char *const *assume, size_t n_assume,
                    const char *trigger, ent_date date, const char *data,
                    bool quiet)
{
    int ex = ENT_EXIT_OK, rc = 0;
    ent_world *w = NULL, *ov = NULL;
    ent_list errors = {0}, trig = {0};
    ent_hist *h = NULL;
    ent_cascade_stance st[64];
    size_t nst = 0;
    char att[64] = "", tgt[64] = "";
    memset(c, 0, sizeof *c);
    /* --assume FILE: a YAML file of assumption records, loaded with the
     * scenario (so that it may name the scenario's commitments) */
    const char *paths[65] = {scenario};
    size_t np = 1;
    for (size_t k = 0; k < n_assume && np < 65; k++)
        if (is_file(assume[k]))
            paths[np++] = assume[k];
    rc = ent_io_load(&w, paths, np, &errors);
    for (size_t i = 0; i < errors.n; i++)
        fprintf(stderr, "%s\n", (const char *)errors.items[i]);
    ent_world_errors_free(&errors);
    if (rc) {
        fprintf(stderr, "entente %s: the scenario has errors\n", cmd);
        ex = cli_exit_for(rc);
        goto done;
    }
    const ent_scenario_info *si = ent_world_scenario(w);
    snprintf(c->scenario_id, sizeof c->scenario_id, "%s",
             si && si->id ? si->id : scenario);
    c->date = date != ENT_DATE_MIN ? date
              : si && si->date    ? si->date
                                  : ent_date_today();
    if ((rc = ent_world_overlay_new(&ov, w))) {
        ex = cli_fail(cmd, rc);
        goto done;
    }
    for (size_t k = 0; k < n_assume; k++) {
        if (is_file(assume[k])) {
            ent_list all = {0};
            size_t used = 0;
            rc = ent_world_assumptions(ov, &all);
            for (size_t i = 0; !rc && i < all.n; i++) {
                const ent_assumption *a = all.items[i];
                if (a->file && strcmp(a->file, assume[k]) == 0) {
                    rc = ent_world_apply_assumption(ov, a);
                    used++;
                }
            }
            ent_list_free(&all);
            if (!rc && used == 0)
                rc = ent_error_set(ENT_EINVALID, "%s: no assumptions in the "
                                                 "file",
                                   assume[k]);
            if (rc) {
                ex = cli_fail(cmd, rc);
                goto done;
            }
            continue;
        }
        char buf[1024];
        snprintf(buf, sizeof buf, "%s", assume[k]);
        for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
            rc = ent_cascade_assume(ov, tok, st, &nst, 64);
            if (rc) {
                ex = cli_fail(cmd, rc);
                goto done;
            }
        }
    }
    /* trigger: ATT:TGT or a trigger id */
    const char *colon = strchr(trigger, ':');
    if (colon && (size_t)(colon - trigger) < sizeof att &&
        strlen(colon + 1) < sizeof tgt) {
        memcpy(att, trigger, (size_t)(colon - trigger));
        att[colon - trigger] = '\0';
        snprintf(tgt, sizeof tgt, "%s", colon + 1);
    } else {
        ent_world_triggers(ov, &trig);
        for (size_t i = 0; i < trig.n; i++) {
            const ent_trigger *t = trig.items[i];
            if (t->id && strcmp(t->id, trigger) == 0) {
                snprintf(att, sizeof att, "%s", t->attacker);
                snprintf(tgt, sizeof tgt, "%s", t->target);
            }
        }
        if (!att[0]) {
            ex = cli_usage(cmd, "--trigger '%s': give ATTACKER:TARGET or a "
                                "trigger id of the scenario",
                           trigger);
            goto done;
        }
    }
    rc = ent_cascade_compile(&c->cw, ov, c->date, st, nst);
    if (rc) {
        ex = cli_fail(cmd, rc);
        goto done;
    }
    int a = ent_cascade_world_find(c->cw, att),
        t = ent_cascade_world_find(c->cw, tgt);
    if (a < 0 || t < 0 || a == t) {
        ent_error_set(ENT_EINVALID, "trigger %s:%s: both must be different "
                                    "states existing on the date",
                      att, tgt);
        ex = cli_fail(cmd, ENT_EINVALID);
        goto done;
    }
    c->attacker = (size_t)a;
    c->target = (size_t)t;
    cli_history_dir(data, c->geo_dir, sizeof c->geo_dir);
    if (ent_hist_new(&h) == 0 &&
        ent_hist_load_only(h, c->geo_dir,
                           1u << ENT_HIST_CONTIG | 1u << ENT_HIST_CAPITALS) ==
            0) {
        ent_hist_geography(c->cw, h);
        c->geography = true;
    } else if (!quiet) {
        fprintf(stderr,
                "entente %s: note: no contiguity/capital data in %s (%s); "
                "distances default to 2000 km (use --data DIR)\n",
                cmd, c->geo_dir, ent_error_last());
    }
done:
    ent_hist_free(h);
    ent_list_free(&trig);
    ent_world_free(ov);
    ent_world_free(w);
    if (ex != ENT_EXIT_OK)
        cli_crisis_close(c);
    return ex;
}

int cli_cascade_run_opt(const char *cmd, int argc, char **argv, int *i,
                        ent_cascade_opts *o, bool *threads_set)
{
    const char *a = argv[*i], *v;
    char *end;
    if (*i + 1 >= argc)
        return 0;
    v = argv[*i + 1];
    if (!strcmp(a, "--trials")) {
        o->trials = strtoull(v, &end, 10);
        if (*end || o->trials == 0 || v[0] == '-')
            return cli_usage(cmd, "--trials: a positive integer");
    } else if (!strcmp(a, "--seed")) {
        o->seed = strtoull(v, &end, 10);
        if (*end || v[0] == '-')
            return cli_usage(cmd, "--seed: a non-negative integer");
    } else if (!strcmp(a, "--threads")) {
        unsigned long t = strtoul(v, &end, 10);
        if (*end || t == 0 || t > 256 || v[0] == '-')
            return cli_usage(cmd, "--threads: 1 to 256");
        o->threads = (unsigned)t;
        if (threads_set)
            *threads_set = true;
    } else {
        return 0;
    }
    (*i)++;
    return 1;
}
