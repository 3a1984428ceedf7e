/*
 * cmd_report.c - `entente report`: write one self-contained HTML report of
 * a scenario (network, cascade, negotiation, events, provenance). Parses
 * arguments, loads the scenario, runs the cascade for the trigger (baseline
 * and each assumption set), opens the store, and hands everything to
 * ent_report_write (entente/report.h). The page is written to a temporary
 * file next to the output and renamed into place, so a failed run never
 * leaves half a report.
 */
#define _POSIX_C_SOURCE 200809L
#include "cascade_common.h"
#include "cli.h"

#include <entente/io.h>
#include <entente/report.h>
#include <entente/store.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_SETS 16

static void help(FILE *fp)
{
    fprintf(fp,
        "usage: entente report SCENARIO --out FILE.html [--trigger ATT:TGT|ID]\n"
        "         [--assume SET]... [--db PATH] [--trials N] [--seed S]\n"
        "         [--threads T] [--params FILE] [--data DIR] [--title TEXT]\n"
        "         [--quiet]\n\n"
        "Write one self-contained HTML report of SCENARIO (inline SVG and CSS,\n"
        "no script, no network request): the commitments network on the\n"
        "scenario's date (Graphviz), the crisis cascade for the trigger (side\n"
        "probabilities with 95%% intervals, escalation ladder, top coalitions),\n"
        "each issue's negotiation (positions by round, forecast, decision\n"
        "rule), the event timeline from the store and the run's provenance.\n\n"
        "  --out FILE     the HTML file to write ('-': standard output)\n"
        "  --trigger T    ATTACKER:TARGET or a trigger id of the scenario\n"
        "                 (default: the scenario's first trigger)\n"
        "  --assume SET   an assumption set, run and compared with the\n"
        "                 baseline: comma-separated assumption ids or\n"
        "                 expressions as in 'entente simulate'; repeatable\n"
        "  --db PATH      the store to read events from (default ./entente.db\n"
        "                 if it exists); --no-db: no event timeline\n"
        "  --trials N     Monte Carlo trials per run (default 20000)\n"
        "  --seed S       seed (default 1); --threads T (default: all cores)\n"
        "  --params FILE  cascade parameters (default data/params/cascade.json)\n"
        "  --data DIR     history datasets for geography (see simulate)\n"
        "  --quiet        no progress or notes on stderr\n"
        "Progress is shown on stderr only when it is a terminal.\n");
}

typedef struct opts {
    const char *scenario, *out, *trigger, *db, *params, *data, *title;
    const char *assume[MAX_SETS];
    size_t n_assume;
    uint64_t trials, seed;
    unsigned threads;
    bool quiet, no_db;
} opts;

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (!*s || *end || s[0] == '-')
        return -1;
    *out = (uint64_t)v;
    return 0;
}

static bool is_valued(const char *s)
{
    static const char *const v[] = {"--out",     "-o",     "--trigger",
                                    "--assume",  "--db",   "--params",
                                    "--data",    "--title", "--trials",
                                    "--seed",    "--threads"};
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        if (strcmp(s, v[k]) == 0)
            return true;
    return false;
}

static int parse(int argc, char **argv, opts *o, int *done)
{
    *done = 0;
    for (int a = 1; a < argc; a++) {
        const char *s = argv[a];
        const char *val = a + 1 < argc ? argv[a + 1] : NULL;
        uint64_t u;
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
            help(stdout);
            *done = 1;
            return ENT_EXIT_OK;
        } else if (strcmp(s, "--quiet") == 0 || strcmp(s, "-q") == 0) {
            o->quiet = true;
            continue;
        } else if (strcmp(s, "--no-db") == 0) {
            o->no_db = true;
            continue;
        } else if (!val && is_valued(s)) {
            return cli_usage("report", "%s needs a value", s);
        } else if (strcmp(s, "--out") == 0 || strcmp(s, "-o") == 0) {
            o->out = val;
        } else if (strcmp(s, "--trigger") == 0) {
            o->trigger = val;
        } else if (strcmp(s, "--assume") == 0) {
            if (o->n_assume == MAX_SETS)
                return cli_usage("report", "at most %d assumption sets",
                                 MAX_SETS);
            o->assume[o->n_assume++] = val;
        } else if (strcmp(s, "--db") == 0) {
            o->db = val;
        } else if (strcmp(s, "--params") == 0) {
            o->params = val;
        } else if (strcmp(s, "--data") == 0) {
            o->data = val;
        } else if (strcmp(s, "--title") == 0) {
            o->title = val;
        } else if (strcmp(s, "--trials") == 0) {
            if (parse_u64(val, &o->trials) || o->trials == 0)
                return cli_usage("report", "--trials: a positive integer");
        } else if (strcmp(s, "--seed") == 0) {
            if (parse_u64(val, &o->seed))
                return cli_usage("report", "--seed: a non-negative integer");
        } else if (strcmp(s, "--threads") == 0) {
            if (parse_u64(val, &u) || u > 1024)
                return cli_usage("report", "--threads: 0 to 1024");
            o->threads = (unsigned)u;
        } else if (s[0] == '-' && s[1]) {
            return cli_usage("report", "unknown option '%s'", s);
        } else if (!o->scenario) {
            o->scenario = s;
            continue;
        } else {
            return cli_usage("report", "one scenario only ('%s')", s);
        }
        a++;
    }
    if (!o->scenario)
        return cli_usage("report", "no scenario given");
    if (!o->out)
        return cli_usage("report", "--out FILE.html is required");
    return ENT_EXIT_OK;
}

static char *join_args(int argc, char **argv)
{
    size_t n = strlen("entente") + 1;
    for (int a = 0; a < argc; a++)
        n += strlen(argv[a]) + 3;
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    strcpy(s, "entente");
    for (int a = 0; a < argc; a++) {
        strcat(s, " ");
        bool q = strpbrk(argv[a], " \t'\"") != NULL || !argv[a][0];
        if (q)
            strcat(s, "'");
        strcat(s, argv[a]);
        if (q)
            strcat(s, "'");
    }
    return s;
}

static void on_stage(void *ud, ent_report_stage st)
{
    ((cli_progress *)ud)->what = "report: writing the page";
    cli_progress_cases(ud, (size_t)st, (size_t)ENT_REPORT_STAGE_DONE);
}

/* The cascade runs of the report: the baseline and each assumption set. */
typedef struct runs {
    ent_report_cascade_run run[MAX_SETS + 1];
    ent_cascade_world *cw[MAX_SETS + 1];
    ent_cascade_result *res[MAX_SETS + 1];
    size_t n;
    size_t attacker, target;
    char trigger_text[256];
    char missing[512];
    ent_cascade_params params;
    bool have_params;
} runs;

static void runs_free(runs *r)
{
    for (size_t k = 0; k < r->n; k++) {
        ent_cascade_world_free(r->cw[k]);
        ent_cascade_result_free(r->res[k]);
    }
    r->n = 0;
}

/* The first trigger of the scenario, as "ATT:TGT", or NULL. */
static const char *first_trigger(const ent_world *w, char *buf, size_t n)
{
    ent_list l = {0};
    const char *res = NULL;
    if (ent_world_triggers(w, &l) == 0 && l.n > 0) {
        const ent_trigger *t = l.items[0];
        snprintf(buf, n, "%s:%s", t->attacker, t->target);
        res = buf;
    }
    ent_list_free(&l);
    return res;
}

static int run_cascade(const opts *o, const ent_world *w, runs *r,
                       cli_progress *pr)
{
    char tb[160];
    int ex = ENT_EXIT_OK;
    const char *trigger = o->trigger ? o->trigger : first_trigger(w, tb,
                                                                  sizeof tb);
    memset(r, 0, sizeof *r);
    if (!trigger) {
        snprintf(r->missing, sizeof r->missing,
                 "the scenario names no trigger and none was given "
                 "(--trigger ATTACKER:TARGET)");
        return ENT_EXIT_OK;
    }
    snprintf(r->trigger_text, sizeof r->trigger_text, "%s", trigger);
    char pbuf[4096];
    const char *ppath = o->params ? o->params : cli_params_path(pbuf,
                                                               sizeof pbuf);
    if (ent_cascade_params_load(&r->params, ppath) != 0) {
        if (o->params)
            return cli_fail("report", ENT_EIO);
        snprintf(r->missing, sizeof r->missing,
                 "no cascade parameters could be read (%s)", ent_error_last());
        return ENT_EXIT_OK;
    }
    r->have_params = true;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    for (size_t k = 0; k <= o->n_assume; k++) {
        cli_crisis c;
        const char *const *set = k ? &o->assume[k - 1] : NULL;
        ex = cli_crisis_open("report", &c, o->scenario, set, k ? 1 : 0,
                             trigger, ENT_DATE_MIN, o->data, o->quiet || k);
        if (ex != ENT_EXIT_OK)
            return ex;
        ent_cascade_opts co;
        ent_cascade_opts_default(&co);
        co.seed = o->seed;
        co.trials = o->trials;
        co.threads = o->threads ? o->threads
                     : ncpu > 0 ? (unsigned)ncpu
                                : 1;
        co.attacker = c.attacker;
        co.target = c.target;
        co.progress = cli_progress_update;
        co.progress_ud = pr;
        char what[96];
        snprintf(what, sizeof what, "report: cascade run %zu of %zu", k + 1,
                 o->n_assume + 1);
        pr->what = what;
        int rc = ent_cascade_run(&r->res[k], c.cw, &r->params, &co);
        pr->what = "report";
        r->cw[k] = c.cw; /* the runs own the compiled worlds */
        r->n = k + 1;
        if (rc)
            return cli_fail("report", rc);
        r->run[k].label = k ? o->assume[k - 1] : "baseline";
        r->run[k].world = r->cw[k];
        r->run[k].result = r->res[k];
        if (k == 0) {
            r->attacker = c.attacker;
            r->target = c.target;
            bool id = strchr(trigger, ':') == NULL;
            snprintf(r->trigger_text, sizeof r->trigger_text,
                     "%s attacks %s%s%.64s%s", c.cw->code[c.attacker],
                     c.cw->code[c.target], id ? " (trigger " : "",
                     id ? trigger : "", id ? ")" : "");
        }
    }
    r->missing[0] = '\0';
    return ENT_EXIT_OK;
}

int cmd_report(int argc, char **argv)
{
    opts o = {0};
    int done, ex;
    ent_world *w = NULL;
    ent_store *store = NULL;
    ent_list errors = {0};
    char *cmdline = NULL, *tmp = NULL;
    FILE *fp = NULL;
    runs rr;
    memset(&rr, 0, sizeof rr);
    o.trials = 20000;
    o.seed = 1;
    ex = parse(argc, argv, &o, &done);
    if (ex != ENT_EXIT_OK || done)
        return ex;

    const char *paths[] = {o.scenario};
    int rc = ent_io_load(&w, paths, 1, &errors);
    for (size_t i = 0; i < errors.n; i++)
        fprintf(stderr, "%s\n", (const char *)errors.items[i]);
    ent_world_errors_free(&errors);
    if (rc) {
        fprintf(stderr, "entente report: the scenario has errors\n");
        ex = cli_exit_for(rc);
        goto done;
    }
    cli_progress pr;
    cli_progress_init(&pr, o.quiet, "report");
    if ((ex = run_cascade(&o, w, &rr, &pr)) != ENT_EXIT_OK)
        goto done;

    /* the store: --db, else ./entente.db if it exists */
    struct stat st;
    const char *db = o.db ? o.db : "entente.db";
    if (o.no_db) {
        /* no store: the timeline says so */
    } else if (ent_store_is_url(db) || stat(db, &st) == 0) {
        if ((rc = ent_store_open(&store, db))) {
            ex = cli_fail("report", rc);
            goto done;
        }
    } else if (o.db) {
        fprintf(stderr, "entente report: no store at '%s'\n", o.db);
        ex = ENT_EXIT_FAILURE;
        goto done;
    }

    cmdline = join_args(argc, argv);
    char gen[64] = "";
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t now = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
    struct tm tm;
    if (gmtime_r(&now, &tm))
        strftime(gen, sizeof gen, "%Y-%m-%d %H:%M:%S UTC", &tm);

    ent_report_input in = {0};
    in.world = w;
    in.asof = ENT_DATE_MIN;
    in.title = o.title;
    in.trigger = rr.trigger_text[0] ? rr.trigger_text : NULL;
    in.runs = rr.run;
    in.n_runs = rr.n;
    in.attacker = rr.attacker;
    in.target = rr.target;
    in.cascade_missing = rr.missing[0] ? rr.missing : NULL;
    in.params = rr.have_params ? &rr.params : NULL;
    in.seed = o.seed;
    in.trials = o.trials;
    in.store = store;
    in.store_path = store ? db : NULL;
    in.scenario_path = o.scenario;
    in.command_line = cmdline;
    in.generated = gen;
    in.progress = on_stage;
    in.progress_ud = &pr;

    bool to_stdout = strcmp(o.out, "-") == 0;
    if (to_stdout) {
        fp = stdout;
    } else {
        size_t n = strlen(o.out) + 16;
        tmp = malloc(n);
        if (!tmp) {
            ex = cli_fail("report", ent_error_set(ENT_ENOMEM, "out of memory"));
            goto done;
        }
        snprintf(tmp, n, "%s.tmp%ld", o.out, (long)getpid());
        fp = fopen(tmp, "w");
        if (!fp) {
            ent_error_set(ENT_EIO, "%s: cannot write", o.out);
            ex = cli_fail("report", ENT_EIO);
            goto done;
        }
    }
    rc = ent_report_write(fp, &in);
    cli_progress_end(&pr);
    if (!to_stdout) {
        if (fclose(fp) != 0 && !rc)
            rc = ent_error_set(ENT_EIO, "%s: writing failed", o.out);
        fp = NULL;
        if (!rc && rename(tmp, o.out) != 0)
            rc = ent_error_set(ENT_EIO, "%s: cannot write", o.out);
        if (rc)
            remove(tmp);
    }
    if (rc) {
        ex = cli_fail("report", rc);
        goto done;
    }
    if (!o.quiet && !to_stdout)
        fprintf(stderr, "entente report: wrote %s\n", o.out);
    ex = ENT_EXIT_OK;
done:
    if (fp && fp != stdout)
        fclose(fp);
    runs_free(&rr);
    ent_store_close(store);
    ent_world_free(w);
    free(cmdline);
    free(tmp);
    return ex;
}
