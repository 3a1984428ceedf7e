/*
 * cmd_compare.c - `entente compare`: run the cascade simulation under two
 * assumption sets with the same seed and report the change in every
 * probability with a 95% confidence interval.
 */
#include "cascade_common.h"
#include "cli.h"

#include <entente/cascade.h>

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void help(FILE *fp)
{
    fprintf(fp,
        "usage: entente compare SCENARIO --trigger ATTACKER:TARGET\n"
        "         --assume A [--assume B] [--date D] [--trials N] [--seed S]\n"
        "         [--threads T] [--format table|json] [--params FILE]\n"
        "         [--data DIR] [--all] [--quiet]\n\n"
        "Simulate the crisis under assumption set A and under set B (with one\n"
        "--assume: without assumptions, then under A). A set is one --assume\n"
        "value: an assumption id or expression as for 'entente simulate', or a\n"
        "comma-separated list of them; 'none' is the empty set. Reports, for\n"
        "every state and escalation rung, P under A, P under B and the change\n"
        "B - A with a 95%% interval (normal approximation; both runs use the\n"
        "same seed, so the interval, computed as for independent runs, is\n"
        "conservative). The table lists changes of at least 0.001 (--all: every\n"
        "state).\n");
}

static double se_of(double p, uint64_t n)
{
    return sqrt(p * (1 - p) / (double)n);
}

static int run(const char *scenario, const char *set, const char *trigger,
               ent_date date, const char *data, bool quiet,
               const ent_cascade_params *p, ent_cascade_opts *o,
               cli_crisis *c, ent_cascade_result **r)
{
    const char *as[1] = {set};
    size_t na = set && strcmp(set, "none") != 0 ? 1 : 0;
    int ex = cli_crisis_open("compare", c, scenario, as, na, trigger, date,
                             data, quiet);
    if (ex)
        return ex;
    o->attacker = c->attacker;
    o->target = c->target;
    int rc = ent_cascade_run(r, c->cw, p, o);
    if (rc) {
        cli_crisis_close(c);
        return cli_fail("compare", rc);
    }
    return ENT_EXIT_OK;
}

static json_t *delta(double a, double b, uint64_t n)
{
    double d = b - a, se = sqrt(se_of(a, n) * se_of(a, n) +
                                se_of(b, n) * se_of(b, n));
    json_t *o = json_object();
    json_object_set_new(o, "a", json_real(a));
    json_object_set_new(o, "b", json_real(b));
    json_object_set_new(o, "change", json_real(d));
    json_object_set_new(o, "ci95_low", json_real(d - 1.96 * se));
    json_object_set_new(o, "ci95_high", json_real(d + 1.96 * se));
    return o;
}

int cmd_compare(int argc, char **argv)
{
    const char *scenario = NULL, *trigger = NULL, *params = NULL,
               *data = NULL, *sets[2] = {NULL, NULL};
    size_t nsets = 0;
    ent_date date = ENT_DATE_MIN;
    cli_format fmt = CLI_FMT_TABLE;
    bool quiet = false, all = false;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    ent_cascade_opts o;
    ent_cascade_opts_default(&o);
    o.trials = 100000;
    o.top_coalitions = 0;
    o.threads = ncpu > 0 ? (unsigned)ncpu : 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        int ro = cli_cascade_run_opt("compare", argc, argv, &i, &o, NULL);
        if (ro == ENT_EXIT_USAGE)
            return ENT_EXIT_USAGE;
        if (ro)
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            help(stdout);
            return ENT_EXIT_OK;
        } else if (!strcmp(a, "--trigger") && more) {
            trigger = argv[++i];
        } else if (!strcmp(a, "--date") && more) {
            if (cli_parse_date("compare", argv[++i], &date))
                return ENT_EXIT_USAGE;
        } else if (!strcmp(a, "--assume") && more) {
            if (nsets >= 2)
                return cli_usage("compare", "at most two --assume sets");
            sets[nsets++] = argv[++i];
        } else if (!strcmp(a, "--format") && more) {
            if (cli_parse_format("compare", argv[++i],
                                 1u << CLI_FMT_TABLE | 1u << CLI_FMT_JSON, &fmt))
                return ENT_EXIT_USAGE;
        } else if (!strcmp(a, "--params") && more) {
            params = argv[++i];
        } else if (!strcmp(a, "--data") && more) {
            data = argv[++i];
        } else if (!strcmp(a, "--all")) {
            all = true;
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            quiet = true;
        } else if (a[0] == '-' || scenario) {
            return cli_usage("compare", "unexpected argument '%s'", a);
        } else {
            scenario = a;
        }
    }
    if (!scenario || !trigger || nsets == 0)
        return cli_usage("compare", "SCENARIO, --trigger and --assume are "
                                    "required");
    if (nsets == 1) {
        sets[1] = sets[0];
        sets[0] = "none";
    }
    ent_cascade_params p;
    int ex = cli_params_open("compare", &p, params);
    if (ex)
        return ex;
    cli_crisis ca, cb;
    ent_cascade_result *ra = NULL, *rb = NULL;
    ex = run(scenario, sets[0], trigger, date, data, quiet, &p, &o, &ca, &ra);
    if (ex)
        return ex;
    ex = run(scenario, sets[1], trigger, date, data, true, &p, &o, &cb, &rb);
    if (ex) {
        ent_cascade_result_free(ra);
        cli_crisis_close(&ca);
        return ex;
    }
    const ent_cascade_world *w = ca.cw;
    double N = (double)o.trials;
    if (fmt == CLI_FMT_JSON) {
        json_t *root = json_object();
        json_object_set_new(root, "scenario", json_string(ca.scenario_id));
        json_object_set_new(root, "a", json_string(sets[0]));
        json_object_set_new(root, "b", json_string(sets[1]));
        json_object_set_new(root, "trials", json_integer((json_int_t)o.trials));
        json_object_set_new(root, "seed", json_integer((json_int_t)o.seed));
        json_t *pj = json_object();
        json_object_set_new(pj, "file", json_string(p.source));
        json_object_set_new(pj, "hash", json_string(p.hash));
        json_object_set_new(root, "params", pj);
        json_object_set_new(root, "p_war", delta((double)ra->wars / N,
                                                 (double)rb->wars / N,
                                                 o.trials));
        json_t *acts = json_array();
        for (size_t i = 0; i < w->n; i++) {
            json_t *x = json_object();
            json_object_set_new(x, "code", json_string(w->code[i]));
            double aa = (double)ra->n_attacker_side[i] / N,
                   at = (double)ra->n_target_side[i] / N;
            double ba = (double)rb->n_attacker_side[i] / N,
                   bt = (double)rb->n_target_side[i] / N;
            json_object_set_new(x, "p_attacker_side", delta(aa, ba, o.trials));
            json_object_set_new(x, "p_target_side", delta(at, bt, o.trials));
            json_object_set_new(x, "p_out",
                                delta(1 - aa - at, 1 - ba - bt, o.trials));
            json_array_append_new(acts, x);
        }
        json_object_set_new(root, "actors", acts);
        json_t *esc = json_array();
        for (int l = 0; l < ENT_ESC_LEVELS; l++) {
            json_t *x = delta((double)ra->level[l] / N,
                              (double)rb->level[l] / N, o.trials);
            json_object_set_new(x, "level", json_integer(l));
            json_object_set_new(x, "name", json_string(ent_cascade_level_name(l)));
            json_array_append_new(esc, x);
        }
        json_object_set_new(root, "escalation", esc);
        json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                     JSON_REAL_PRECISION(6));
        fputc('\n', stdout);
        json_decref(root);
    } else {
        printf("scenario %s: %s attacks %s; %llu trials, seed %llu\n",
               ca.scenario_id, w->code[ca.attacker], w->code[ca.target],
               (unsigned long long)o.trials, (unsigned long long)o.seed);
        printf("A = %s\nB = %s\n\n", sets[0], sets[1]);
        printf("%-44s %8s %8s %9s  %s\n", "probability", "A", "B", "B - A",
               "95% interval");
        double pa = (double)ra->wars / N, pb = (double)rb->wars / N;
        double se = sqrt(se_of(pa, o.trials) * se_of(pa, o.trials) +
                         se_of(pb, o.trials) * se_of(pb, o.trials));
        printf("%-44s %8.4f %8.4f %+9.4f  [%+.4f, %+.4f]\n", "war", pa, pb,
               pb - pa, pb - pa - 1.96 * se, pb - pa + 1.96 * se);
        for (int l = 0; l < ENT_ESC_LEVELS; l++) {
            pa = (double)ra->level[l] / N;
            pb = (double)rb->level[l] / N;
            se = sqrt(se_of(pa, o.trials) * se_of(pa, o.trials) +
                      se_of(pb, o.trials) * se_of(pb, o.trials));
            printf("rung %d %-37.37s %8.4f %8.4f %+9.4f  [%+.4f, %+.4f]\n", l,
                   ent_cascade_level_name(l), pa, pb, pb - pa,
                   pb - pa - 1.96 * se, pb - pa + 1.96 * se);
        }
        for (size_t i = 0; i < w->n; i++)
            for (int s = 0; s < 2; s++) {
                const uint64_t *ca_ = s ? ra->n_target_side : ra->n_attacker_side;
                const uint64_t *cb_ = s ? rb->n_target_side : rb->n_attacker_side;
                pa = (double)ca_[i] / N;
                pb = (double)cb_[i] / N;
                if (!all && fabs(pb - pa) < 0.001)
                    continue;
                se = sqrt(se_of(pa, o.trials) * se_of(pa, o.trials) +
                          se_of(pb, o.trials) * se_of(pb, o.trials));
                char lab[64];
                snprintf(lab, sizeof lab, "%s on the %s side", w->code[i],
                         s ? "target's" : "attacker's");
                printf("%-44s %8.4f %8.4f %+9.4f  [%+.4f, %+.4f]\n", lab, pa,
                       pb, pb - pa, pb - pa - 1.96 * se, pb - pa + 1.96 * se);
            }
    }
    ent_cascade_result_free(ra);
    ent_cascade_result_free(rb);
    cli_crisis_close(&ca);
    cli_crisis_close(&cb);
    return ENT_EXIT_OK;
}
