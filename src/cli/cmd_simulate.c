/*
 * cmd_simulate.c - `entente simulate`: run the crisis-cascade Monte Carlo
 * on a scenario and print who joins which side and how far the crisis
 * escalates, with Monte Carlo standard errors; `--explain ACTOR` prints the
 * terms behind one state's probabilities.
 */
#include "cascade_common.h"
#include "cli.h"
#include "par_cli.h"

#include <entente/cascade.h>

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void help(FILE *fp)
{
    fprintf(fp,
        "usage: entente simulate SCENARIO --trigger ATTACKER:TARGET [--date D]\n"
        "         [--assume ID|EXPR]... [--trials N] [--seed S] [--threads T]\n"
        "         [--format table|json|csv] [--explain ACTOR] [--params FILE]\n"
        "         [--data DIR] [--coalitions K] [--quiet]\n\n"
        "Simulate the crisis ATTACKER moves on TARGET (or a trigger id of the\n"
        "scenario) N times (default 100000) with the cascade model\n"
        "(docs/model-cascade.md): per state the probability of fighting on the\n"
        "attacker's side, the target's side or staying out, the escalation\n"
        "ladder and the most frequent coalitions. Results depend only on the\n"
        "seed (default 1), not on the thread count (default: all cores).\n\n"
        "--assume takes a scenario assumption id, a YAML file of assumption\n"
        "records (loaded with the scenario), or an expression; it may be\n"
        "repeated (or given a comma-separated list):\n"
        "  CODE:out|attacker|target   stated position of a state\n"
        "  COMMITMENT=STATUS          e.g. us-guarantee-ukr=in_force\n"
        "  COMMITMENT.COND=holds|fails|unknown\n"
        "  -COMMITMENT                remove a commitment\n"
        "--params FILE: parameters (default data/params/cascade.json).\n"
        "--data DIR: history datasets for contiguity and capital distances\n"
        "  (default ../shared/data/history or $ENTENTE_HISTORY).\n"
        "--explain ACTOR: the terms of ACTOR's decision.\n"
        "Progress is shown on stderr only on a terminal; --quiet turns it off.\n");
}

static double se_of(double p, uint64_t n)
{
    return sqrt(p * (1 - p) / (double)n);
}

static json_t *explain_json(const ent_cascade_world *w,
                            const ent_cascade_params *p, size_t a, size_t t,
                            size_t i, const ent_cascade_result *r)
{
    ent_cascade_explain e;
    if (ent_cascade_explain_state(&e, w, p, a, t, i) != 0)
        return json_null();
    json_t *o = json_object();
    json_object_set_new(o, "code", json_string(w->code[i]));
    if (w->fixed[i] >= 0)
        json_object_set_new(o, "stated_position",
                            json_string(w->fixed[i] == ENT_ROLE_OUT ? "out"
                                        : w->fixed[i] == ENT_ROLE_ATTACKER
                                            ? "attacker"
                                            : "target"));
    const char *sides[2] = {"attacker_side", "target_side"};
    for (int s = 0; s < 2; s++) {
        json_t *terms = json_array();
        for (int k = 0; k < ENT_CASCADE_NFEAT; k++) {
            json_t *x = json_object();
            json_object_set_new(x, "feature",
                                json_string(ent_cascade_feature_name(k)));
            json_object_set_new(x, "x", json_real(e.x[s][k]));
            json_object_set_new(x, "beta", json_real(p->beta[k]));
            json_object_set_new(x, "term", json_real(e.term[s][k]));
            json_array_append_new(terms, x);
        }
        json_t *so = json_object();
        json_object_set_new(so, "terms", terms);
        json_object_set_new(so, "p_obligation_honoured",
                            json_real(e.q_oblig[s]));
        json_object_set_new(o, sides[s], so);
    }
    json_t *pf = json_object();
    json_object_set_new(pf, "p_out", json_real(e.p_first[0]));
    json_object_set_new(pf, "p_attacker_side", json_real(e.p_first[1]));
    json_object_set_new(pf, "p_target_side", json_real(e.p_first[2]));
    json_object_set_new(o, "first_round_given_war", pf);
    json_t *ph = json_object();
    json_object_set_new(ph, "p_out", json_real(e.p_if_honoured[0]));
    json_object_set_new(ph, "p_attacker_side", json_real(e.p_if_honoured[1]));
    json_object_set_new(ph, "p_target_side", json_real(e.p_if_honoured[2]));
    json_object_set_new(o, "first_round_if_obligations_honoured", ph);
    if (r->wars) {
        json_t *sg = json_object();
        json_object_set_new(sg, "p_attacker_side",
                            json_real((double)r->n_attacker_side[i] /
                                      (double)r->wars));
        json_object_set_new(sg, "p_target_side",
                            json_real((double)r->n_target_side[i] /
                                      (double)r->wars));
        json_object_set_new(o, "simulated_given_war", sg);
    }
    return o;
}

static void explain_table(const ent_cascade_world *w,
                          const ent_cascade_params *p, size_t a, size_t t,
                          size_t i, const ent_cascade_result *r)
{
    ent_cascade_explain e;
    if (ent_cascade_explain_state(&e, w, p, a, t, i) != 0)
        return;
    printf("\nwhy %s: join decision in a war %s -> %s "
           "(multinomial logit, docs/model-cascade.md sec. 2)\n",
           w->code[i], w->code[a], w->code[t]);
    if (w->fixed[i] >= 0)
        printf("  stated position (--assume): %s in every war trial\n",
               w->fixed[i] == ENT_ROLE_OUT        ? "out"
               : w->fixed[i] == ENT_ROLE_ATTACKER ? "attacker side"
                                                  : "target side");
    printf("  %-24s %9s | %8s %8s | %8s %8s\n", "feature", "beta", "x(att)",
           "term", "x(tgt)", "term");
    for (int k = 0; k < ENT_CASCADE_NFEAT; k++)
        printf("  %-24s %9.4f | %8.3f %8.3f | %8.3f %8.3f\n",
               ent_cascade_feature_name(k), p->beta[k], e.x[0][k],
               e.term[0][k], e.x[1][k], e.term[1][k]);
    printf("  (oblig_principal shown as 1 if an applicable obligation exists; "
           "it is honoured with p = %.3f / %.3f)\n",
           e.q_oblig[0], e.q_oblig[1]);
    printf("  first round, given war: out %.4f  attacker side %.4f  target "
           "side %.4f\n",
           e.p_first[0], e.p_first[1], e.p_first[2]);
    printf("  if its obligations hold:  out %.4f  attacker side %.4f  target "
           "side %.4f\n",
           e.p_if_honoured[0], e.p_if_honoured[1], e.p_if_honoured[2]);
    if (r->wars)
        printf("  simulated, given war (all rounds): attacker side %.4f  "
               "target side %.4f\n",
               (double)r->n_attacker_side[i] / (double)r->wars,
               (double)r->n_target_side[i] / (double)r->wars);
}

static void crisis_table(const ent_cascade_world *w,
                         const ent_cascade_params *p, size_t a, size_t t)
{
    double x[ENT_CRISIS_NFEAT], lv[3];
    ent_cascade_crisis_features(w, a, t, x);
    ent_cascade_crisis_levels(w, p, a, t, lv);
    printf("\ncrisis level %s -> %s (ordered logit, docs/model-cascade.md "
           "sec. 3.2):\n",
           w->code[a], w->code[t]);
    printf("  %-24s %9s %9s %9s %9s\n", "feature", "gamma", "x", "MID mean",
           "shift");
    double s = 0;
    for (int k = 0; k < ENT_CRISIS_NFEAT; k++) {
        double d = p->crisis_gamma[k] * (x[k] - p->crisis_mean[k]);
        s += d;
        printf("  %-24s %9.4f %9.3f %9.3f %9.4f\n",
               ent_cascade_crisis_feature_name(k), p->crisis_gamma[k], x[k],
               p->crisis_mean[k], d);
    }
    printf("  total shift %.4f%s: no force %.4f, limited force %.4f, war %.4f "
           "(ICB at the mean: %.3f, %.3f, %.3f)\n",
           s, p->crisis_fitted ? "" : " (crisis model not fitted)", lv[0],
           lv[1], lv[2], p->p_level[0], p->p_level[1], p->p_level[2]);
}

typedef struct row {
    size_t i;
    double pj;
} row;

static int cmp_row(const void *x, const void *y)
{
    const row *a = x, *b = y;
    if (a->pj != b->pj)
        return a->pj > b->pj ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

int cmd_simulate(int argc, char **argv)
{
    const char *scenario = NULL, *trigger = NULL, *params = NULL,
               *explain = NULL, *data = NULL;
    const char *assume[64];
    size_t n_assume = 0;
    ent_date date = ENT_DATE_MIN;
    cli_format fmt = CLI_FMT_TABLE;
    bool quiet = false;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    ent_cascade_opts o;
    ent_cascade_opts_default(&o);
    o.trials = 100000;
    o.threads = ncpu > 0 ? (unsigned)ncpu : 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        char *end;
        int ro = cli_cascade_run_opt("simulate", argc, argv, &i, &o, NULL);
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
            if (cli_parse_date("simulate", argv[++i], &date))
                return ENT_EXIT_USAGE;
        } else if (!strcmp(a, "--assume") && more) {
            if (n_assume >= 64)
                return cli_usage("simulate", "too many --assume");
            assume[n_assume++] = argv[++i];
        } else if (!strcmp(a, "--coalitions") && more) {
            unsigned long t = strtoul(argv[++i], &end, 10);
            if (*end || t > 64)
                return cli_usage("simulate", "--coalitions: 0 to 64");
            o.top_coalitions = t;
        } else if (!strcmp(a, "--format") && more) {
            if (cli_parse_format("simulate", argv[++i],
                                 1u << CLI_FMT_TABLE | 1u << CLI_FMT_JSON |
                                     1u << CLI_FMT_CSV,
                                 &fmt))
                return ENT_EXIT_USAGE;
        } else if (!strcmp(a, "--explain") && more) {
            explain = argv[++i];
        } else if (!strcmp(a, "--params") && more) {
            params = argv[++i];
        } else if (!strcmp(a, "--data") && more) {
            data = argv[++i];
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            quiet = true;
        } else if (a[0] == '-' || scenario) {
            return cli_usage("simulate", "unexpected argument '%s'", a);
        } else {
            scenario = a;
        }
    }
    if (!scenario || !trigger)
        return cli_usage("simulate", "SCENARIO and --trigger are required");
    ent_cascade_params p;
    int ex = cli_params_open("simulate", &p, params);
    if (ex)
        return ex;
    cli_crisis c;
    ex = cli_crisis_open("simulate", &c, scenario, assume, n_assume, trigger,
                         date, data, quiet);
    if (ex)
        return ex;
    int xi = -1;
    if (explain && (xi = ent_cascade_world_find(c.cw, explain)) < 0) {
        cli_crisis_close(&c);
        return cli_usage("simulate", "--explain: no state '%s'", explain);
    }
    o.attacker = c.attacker;
    o.target = c.target;
    cli_progress pg;
    cli_progress_init(&pg, quiet, "simulate");
    o.progress = cli_progress_update;
    o.progress_ud = &pg;
    ent_cascade_result *r = NULL;
    /* Under entente-mpi the ranks share the trials (identical result). */
    int rc = ent_cascade_run_split(&r, c.cw, &p, &o, cli_par());
    cli_progress_end(&pg);
    if (rc) {
        cli_crisis_close(&c);
        return cli_fail("simulate", rc);
    }
    const ent_cascade_world *w = c.cw;
    double N = (double)o.trials;
    char dbuf[16];
    if (fmt == CLI_FMT_JSON) {
        json_t *root = json_object();
        json_object_set_new(root, "scenario", json_string(c.scenario_id));
        json_object_set_new(root, "date",
                            json_string(ent_date_format(c.date, dbuf)));
        json_t *tr = json_object();
        json_object_set_new(tr, "attacker", json_string(w->code[c.attacker]));
        json_object_set_new(tr, "target", json_string(w->code[c.target]));
        json_object_set_new(root, "trigger", tr);
        json_t *as = json_array();
        for (size_t k = 0; k < n_assume; k++)
            json_array_append_new(as, json_string(assume[k]));
        json_object_set_new(root, "assumptions", as);
        json_object_set_new(root, "trials", json_integer((json_int_t)o.trials));
        json_object_set_new(root, "seed", json_integer((json_int_t)o.seed));
        json_t *pj = json_object();
        json_object_set_new(pj, "file", json_string(p.source));
        json_object_set_new(pj, "hash", json_string(p.hash));
        json_object_set_new(pj, "reliability", json_real(r->rho));
        json_object_set_new(root, "params", pj);
        json_object_set_new(root, "geography",
                            c.geography ? json_string(c.geo_dir) : json_null());
        json_object_set_new(root, "model", json_string("docs/model-cascade.md"));
        json_object_set_new(root, "p_war", json_real((double)r->wars / N));
        {
            double x[ENT_CRISIS_NFEAT], lv[3];
            ent_cascade_crisis_features(w, c.attacker, c.target, x);
            ent_cascade_crisis_levels(w, &p, c.attacker, c.target, lv);
            json_t *cr = json_object(), *fe = json_object();
            for (int k = 0; k < ENT_CRISIS_NFEAT; k++)
                json_object_set_new(fe, ent_cascade_crisis_feature_name(k),
                                    json_real(x[k]));
            json_object_set_new(cr, "features", fe);
            json_object_set_new(cr, "p_no_force", json_real(lv[0]));
            json_object_set_new(cr, "p_limited_force", json_real(lv[1]));
            json_object_set_new(cr, "p_war", json_real(lv[2]));
            json_object_set_new(root, "crisis_model", cr);
        }
        json_t *acts = json_array();
        for (size_t i = 0; i < w->n; i++) {
            double pa = (double)r->n_attacker_side[i] / N;
            double pt = (double)r->n_target_side[i] / N;
            double po = 1.0 - pa - pt;
            if (po < 0)
                po = 0;
            json_t *x = json_object();
            json_object_set_new(x, "code", json_string(w->code[i]));
            json_object_set_new(x, "p_attacker_side", json_real(pa));
            json_object_set_new(x, "p_target_side", json_real(pt));
            json_object_set_new(x, "p_out", json_real(po));
            json_object_set_new(x, "se_attacker_side",
                                json_real(se_of(pa, o.trials)));
            json_object_set_new(x, "se_target_side",
                                json_real(se_of(pt, o.trials)));
            json_object_set_new(x, "se_out", json_real(se_of(po, o.trials)));
            if (r->wars) {
                /* third states fight only in war trials; the principals
                 * are on their sides in every trial */
                double W = (double)r->wars;
                bool pa_ = i == c.attacker, pt_ = i == c.target;
                json_object_set_new(
                    x, "p_attacker_side_given_war",
                    json_real(pa_ ? 1.0
                              : pt_ ? 0.0
                                    : (double)r->n_attacker_side[i] / W));
                json_object_set_new(
                    x, "p_target_side_given_war",
                    json_real(pt_ ? 1.0
                              : pa_ ? 0.0
                                    : (double)r->n_target_side[i] / W));
            }
            json_array_append_new(acts, x);
        }
        json_object_set_new(root, "actors", acts);
        json_t *esc = json_array();
        for (int l = 0; l < ENT_ESC_LEVELS; l++) {
            double pl = (double)r->level[l] / N;
            json_t *x = json_object();
            json_object_set_new(x, "level", json_integer(l));
            json_object_set_new(x, "name",
                                json_string(ent_cascade_level_name(l)));
            json_object_set_new(x, "p", json_real(pl));
            json_object_set_new(x, "se", json_real(se_of(pl, o.trials)));
            json_array_append_new(esc, x);
        }
        json_object_set_new(root, "escalation", esc);
        json_t *co = json_array();
        for (size_t k = 0; k < r->n_coalitions; k++) {
            const ent_cascade_coalition *cc = &r->coalitions[k];
            json_t *x = json_object();
            json_object_set_new(x, "frequency", json_real((double)cc->count / N));
            json_object_set_new(x, "count", json_integer((json_int_t)cc->count));
            json_object_set_new(x, "war", json_boolean(cc->war));
            json_t *sa = json_array(), *st = json_array();
            for (size_t m = 0; m < cc->n_attacker; m++)
                json_array_append_new(sa,
                                      json_string(w->code[cc->attacker_side[m]]));
            for (size_t m = 0; m < cc->n_target; m++)
                json_array_append_new(st,
                                      json_string(w->code[cc->target_side[m]]));
            json_object_set_new(x, "attacker_side", sa);
            json_object_set_new(x, "target_side", st);
            json_array_append_new(co, x);
        }
        json_object_set_new(root, "coalitions", co);
        json_object_set_new(root, "coalitions_truncated",
                            json_boolean(r->coalitions_truncated));
        if (xi >= 0)
            json_object_set_new(root, "explain",
                                explain_json(w, &p, c.attacker, c.target,
                                             (size_t)xi, r));
        json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                     JSON_REAL_PRECISION(6));
        fputc('\n', stdout);
        json_decref(root);
    } else if (fmt == CLI_FMT_CSV) {
        printf("code,p_attacker_side,p_target_side,p_out,se_attacker_side,"
               "se_target_side,se_out\n");
        for (size_t i = 0; i < w->n; i++) {
            double pa = (double)r->n_attacker_side[i] / N;
            double pt = (double)r->n_target_side[i] / N;
            double po = 1.0 - pa - pt;
            cli_csv_field(stdout, w->code[i]);
            printf(",%.6f,%.6f,%.6f,%.6f,%.6f,%.6f\n", pa, pt, po,
                   se_of(pa, o.trials), se_of(pt, o.trials),
                   se_of(po, o.trials));
        }
    } else {
        printf("scenario %s, %s: %s attacks %s; %llu trials, seed %llu\n",
               c.scenario_id, ent_date_format(c.date, dbuf),
               w->code[c.attacker], w->code[c.target],
               (unsigned long long)o.trials, (unsigned long long)o.seed);
        printf("parameters %s (hash %s); reliability of obligations %.3f\n",
               p.source, p.hash, r->rho);
        for (size_t k = 0; k < n_assume; k++)
            printf("assume %s\n", assume[k]);
        printf("P(war between %s and %s) = %.4f\n\n", w->code[c.attacker],
               w->code[c.target], (double)r->wars / N);
        printf("escalation (highest rung reached):\n");
        for (int l = 0; l < ENT_ESC_LEVELS; l++) {
            double pl = (double)r->level[l] / N;
            printf("  %d %-42s %.4f (se %.4f)\n", l, ent_cascade_level_name(l),
                   pl, se_of(pl, o.trials));
        }
        row *rows = calloc(w->n, sizeof *rows);
        size_t nr = 0;
        for (size_t i = 0; rows && i < w->n; i++) {
            double pj = (double)(r->n_attacker_side[i] + r->n_target_side[i]) /
                        N;
            if (pj >= 0.001)
                rows[nr++] = (row){i, pj};
        }
        if (rows)
            qsort(rows, nr, sizeof *rows, cmp_row);
        printf("\nstates (P >= 0.001 of fighting; the rest stay out):\n");
        printf("  %-6s %16s %16s %10s\n", "state", "attacker side",
               "target side", "out");
        for (size_t k = 0; k < nr; k++) {
            size_t i = rows[k].i;
            double pa = (double)r->n_attacker_side[i] / N;
            double pt = (double)r->n_target_side[i] / N;
            printf("  %-6s %8.4f (%.4f) %8.4f (%.4f) %10.4f\n", w->code[i], pa,
                   se_of(pa, o.trials), pt, se_of(pt, o.trials), 1 - pa - pt);
        }
        free(rows);
        printf("\nmost frequent coalitions:\n");
        for (size_t k = 0; k < r->n_coalitions; k++) {
            const ent_cascade_coalition *cc = &r->coalitions[k];
            printf("  %.4f  ", (double)cc->count / N);
            if (!cc->war) {
                printf("no war\n");
                continue;
            }
            for (size_t m = 0; m < cc->n_attacker; m++)
                printf("%s%s", m ? "+" : "", w->code[cc->attacker_side[m]]);
            printf("  vs  ");
            for (size_t m = 0; m < cc->n_target; m++)
                printf("%s%s", m ? "+" : "", w->code[cc->target_side[m]]);
            printf("\n");
        }
        if (xi >= 0) {
            crisis_table(w, &p, c.attacker, c.target);
            explain_table(w, &p, c.attacker, c.target, (size_t)xi, r);
        }
    }
    ent_cascade_result_free(r);
    cli_crisis_close(&c);
    return ENT_EXIT_OK;
}
