/*
 * cmd_bargain.c - `entente bargain`: forecast a negotiation with the
 * expected-utility model (EUM) or KTAB's Spatial Model of Politics (SMP) on
 * a KTAB CSV, a plain actor table or a scenario issue; and `--eval` on the
 * DEU III data. Parses arguments and prints; the library computes.
 */
#include "cli.h"

#include <entente/bargain.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>



static void help(FILE *fp)
{
    fprintf(fp,
            "usage: entente bargain INPUT [--issue NAME] [--model eum|smp]\n"
            "                       [--rounds N] [--seed S] [--stochastic]\n"
            "                       [--format table|json|csv]\n"
            "       entente bargain --eval DEU3.tsv [--format table|json]\n\n"
            "Forecast a negotiation. INPUT is a KTAB SMP CSV, a plain table\n"
            "with the header Actor,Capability,Position,Salience, or a scenario\n"
            "YAML whose issue (--issue) is forecast under its decision rule.\n"
            "  --model     smp (default) or eum\n"
            "  --rounds    maximum rounds (SMP default 100 with KTAB's stopping\n"
            "              rule; EUM default 10)\n"
            "  --seed S    seed of the stochastic SMP variant (--stochastic)\n"
            "  --eval F    score both models and the capability x salience\n"
            "              weighted mean on DEU III issues (mae, median_ae)\n"
            "Models and equations: docs/model-bargain.md.\n");
}

static const char *kind_name(ent_eum_kind k)
{
    switch (k) {
    case ENT_EUM_CONFLICT_LOST:
        return "lost_confrontation";
    case ENT_EUM_COMPROMISE:
        return "compromise";
    default:
        return "capitulation";
    }
}

static json_t *pos_array(const double *p, size_t d)
{
    json_t *a = json_array();
    for (size_t k = 0; k < d; k++)
        json_array_append_new(a, json_real(p[k]));
    return a;
}

static json_t *result_json(const ent_bargain_table *t,
                           const ent_bargain_result *r,
                           const ent_bargain_rule_report *rule)
{
    size_t n = r->n_actors, d = r->n_dims;
    json_t *root = json_object();
    json_object_set_new(root, "model",
                        json_string(r->model == ENT_BARGAIN_EUM ? "eum" : "smp"));
    json_t *dims = json_array();
    for (size_t k = 0; k < d; k++)
        json_array_append_new(dims, json_string(t->dim_names[k] ? t->dim_names[k]
                                                                : ""));
    json_object_set_new(root, "dimensions", dims);
    json_t *rounds = json_array();
    for (size_t q = 0; q < r->n_rounds; q++) {
        const ent_bargain_round *rd = &r->rounds[q];
        json_t *o = json_object();
        json_object_set_new(o, "round", json_integer((json_int_t)q));
        json_t *pos = json_object();
        for (size_t i = 0; i < n; i++)
            json_object_set_new(pos, t->names[i],
                                pos_array(rd->position + i * d, d));
        json_object_set_new(o, "positions", pos);
        if (r->model == ENT_BARGAIN_SMP && rd->prob) {
            json_t *pr = json_object();
            for (size_t i = 0; i < n; i++)
                json_object_set_new(pr, t->names[i], json_real(rd->prob[i]));
            json_object_set_new(o, "probabilities", pr);
        }
        if (r->model == ENT_BARGAIN_EUM) {
            json_object_set_new(o, "median", json_real(rd->median));
            json_object_set_new(o, "mean", json_real(rd->mean));
            json_t *ch = json_array();
            for (size_t m = 0; m < rd->n_moves; m++) {
                const ent_eum_move *mv = &rd->moves[m];
                json_t *c = json_object();
                json_object_set_new(c, "challenger",
                                    json_string(t->names[mv->other]));
                json_object_set_new(c, "target", json_string(t->names[mv->actor]));
                json_object_set_new(c, "result", json_string(kind_name(mv->kind)));
                json_object_set_new(c, "eu_target", json_real(mv->eu_self));
                json_object_set_new(c, "eu_challenger_perceived",
                                    json_real(mv->eu_other));
                json_object_set_new(c, "new_position", json_real(mv->new_pos));
                json_array_append_new(ch, c);
            }
            json_object_set_new(o, "challenges", ch);
            if (rd->risk) {
                json_t *rk = json_object();
                for (size_t i = 0; i < n; i++)
                    json_object_set_new(rk, t->names[i], json_real(rd->risk[i]));
                json_object_set_new(o, "risk_exponents", rk);
            }
        }
        json_array_append_new(rounds, o);
    }
    json_object_set_new(root, "rounds", rounds);
    json_t *oc = json_object();
    json_object_set_new(oc, "position", pos_array(r->outcome, d));
    if (r->model == ENT_BARGAIN_SMP) {
        json_t *mp = json_object();
        json_object_set_new(mp, "actor",
                            json_string(t->names[r->most_probable_actor]));
        json_object_set_new(mp, "probability", json_real(r->most_probable_p));
        json_object_set_new(mp, "position", pos_array(r->most_probable, d));
        json_object_set_new(oc, "most_probable", mp);
    }
    json_object_set_new(root, "outcome", oc);
    if (rule && rule->kind != ENT_BARGAIN_RULE_NONE) {
        json_t *ro = json_object();
        json_object_set_new(ro, "rule", json_string(rule->kind_name));
        json_object_set_new(ro, "actor", json_string(rule->actor));
        json_object_set_new(ro, "unconstrained", pos_array(rule->before, d));
        json_object_set_new(ro, "constrained", pos_array(rule->after, d));
        json_object_set_new(ro, "changed", json_boolean(rule->changed));
        json_object_set_new(ro, "explanation", json_string(rule->explanation));
        json_object_set_new(root, "decision_rule", ro);
    }
    return root;
}

static void print_table(const ent_bargain_table *t, const ent_bargain_result *r,
                        const ent_bargain_rule_report *rule)
{
    size_t n = r->n_actors, d = r->n_dims;
    const ent_bargain_round *first = &r->rounds[0];
    const ent_bargain_round *last = &r->rounds[r->n_rounds - 1];
    printf("model: %s   rounds: %zu   actors: %zu   dimensions: %zu\n",
           r->model == ENT_BARGAIN_EUM ? "eum" : "smp", r->n_rounds - 1, n, d);
    printf("%-24s", "actor");
    for (size_t k = 0; k < d; k++)
        printf(" %9s %9s", "start", "end");
    if (r->model == ENT_BARGAIN_SMP)
        printf(" %8s", "p(win)");
    printf("\n");
    for (size_t i = 0; i < n; i++) {
        printf("%-24.24s", t->names[i]);
        for (size_t k = 0; k < d; k++)
            printf(" %9.3f %9.3f", first->position[i * d + k],
                   last->position[i * d + k]);
        if (r->model == ENT_BARGAIN_SMP)
            printf(" %8.4f", last->prob[i]);
        printf("\n");
    }
    printf("forecast:");
    for (size_t k = 0; k < d; k++)
        printf(" %.3f", r->outcome[k]);
    if (r->model == ENT_BARGAIN_SMP) {
        printf("   most probable: %s (p=%.4f)",
               t->names[r->most_probable_actor], r->most_probable_p);
    } else {
        printf("   (median; weighted mean %.3f)", last->mean);
    }
    printf("\n");
    if (rule && rule->kind != ENT_BARGAIN_RULE_NONE)
        printf("decision rule: %s\n", rule->explanation);
}

static void print_csv(const ent_bargain_table *t, const ent_bargain_result *r)
{
    size_t n = r->n_actors, d = r->n_dims;
    printf("round,actor,dimension,position%s\n",
           r->model == ENT_BARGAIN_SMP ? ",probability" : "");
    for (size_t q = 0; q < r->n_rounds; q++)
        for (size_t i = 0; i < n; i++)
            for (size_t k = 0; k < d; k++) {
                printf("%zu,", q);
                cli_csv_field(stdout, t->names[i]);
                printf(",");
                cli_csv_field(stdout, t->dim_names[k] ? t->dim_names[k] : "");
                printf(",%.17g", r->rounds[q].position[i * d + k]);
                if (r->model == ENT_BARGAIN_SMP)
                    printf(",%.17g", r->rounds[q].prob[i]);
                printf("\n");
            }
}

static int run_eval(const char *path, cli_format fmt)
{
    ent_bargain_eval ev;
    int rc = ent_bargain_eval_deu(path, &ev);
    if (rc != 0)
        return cli_fail("bargain", rc);
    if (fmt == CLI_FMT_JSON) {
        json_t *root = json_object();
        const char *names[] = {"eum", "smp", "baseline"};
        const ent_bargain_score *sc[] = {&ev.eum, &ev.smp, &ev.baseline};
        for (int q = 0; q < 3; q++) {
            json_t *o = json_object();
            json_object_set_new(o, "n", json_integer((json_int_t)sc[q]->n));
            json_object_set_new(o, "mae", json_real(sc[q]->mae));
            json_object_set_new(o, "median_ae", json_real(sc[q]->median_ae));
            json_object_set_new(root, names[q], o);
        }
        char *s = json_dumps(root, JSON_INDENT(1) | JSON_REAL_PRECISION(6));
        if (s)
            printf("%s\n", s);
        free(s);
        json_decref(root);
    } else {
        printf("%-10s %5s %8s %10s\n", "method", "n", "mae", "median_ae");
        printf("%-10s %5zu %8.2f %10.2f\n", "eum", ev.eum.n, ev.eum.mae,
               ev.eum.median_ae);
        printf("%-10s %5zu %8.2f %10.2f\n", "smp", ev.smp.n, ev.smp.mae,
               ev.smp.median_ae);
        printf("%-10s %5zu %8.2f %10.2f\n", "baseline", ev.baseline.n,
               ev.baseline.mae, ev.baseline.median_ae);
    }
    return ENT_EXIT_OK;
}

int cmd_bargain(int argc, char **argv)
{
    const char *input = NULL, *issue = NULL, *eval = NULL;
    ent_bargain_options opt = {0};
    cli_format fmt = CLI_FMT_TABLE;
    int rc, exit_code = ENT_EXIT_FAILURE;
    ent_bargain_table *t = NULL;
    ent_bargain_result *r = NULL;
    ent_bargain_rule_report rule = {0};
    for (int a = 1; a < argc; a++) {
        const char *s = argv[a];
        const char *val = a + 1 < argc ? argv[a + 1] : NULL;
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
            help(stdout);
            return ENT_EXIT_OK;
        } else if (strcmp(s, "--issue") == 0 && val) {
            issue = val;
            a++;
        } else if (strcmp(s, "--eval") == 0 && val) {
            eval = val;
            a++;
        } else if (strcmp(s, "--model") == 0 && val) {
            if (strcmp(val, "eum") == 0)
                opt.model = ENT_BARGAIN_EUM;
            else if (strcmp(val, "smp") == 0)
                opt.model = ENT_BARGAIN_SMP;
            else
                return cli_usage("bargain", "unknown --model '%s'", val);
            a++;
        } else if (strcmp(s, "--rounds") == 0 && val) {
            char *end;
            long v = strtol(val, &end, 10);
            if (*end || v < 1 || v > 10000)
                return cli_usage("bargain", "--rounds must be 1..10000");
            opt.max_rounds = (int)v;
            a++;
        } else if (strcmp(s, "--seed") == 0 && val) {
            char *end;
            unsigned long long v = strtoull(val, &end, 10);
            if (*end)
                return cli_usage("bargain", "--seed must be an integer");
            opt.seed = (uint64_t)v;
            a++;
        } else if (strcmp(s, "--stochastic") == 0) {
            opt.stochastic = 1;
        } else if (strcmp(s, "--format") == 0 && val) {
            if (cli_parse_format("bargain", val,
                                 (1u << CLI_FMT_TABLE) | (1u << CLI_FMT_JSON) |
                                     (1u << CLI_FMT_CSV),
                                 &fmt) != 0)
                return ENT_EXIT_USAGE;
            a++;
        } else if (s[0] == '-' && s[1]) {
            return cli_usage("bargain", "unknown or incomplete option '%s'", s);
        } else if (!input) {
            input = s;
        } else {
            return cli_usage("bargain", "unexpected argument '%s'", s);
        }
    }
    if (eval)
        return run_eval(eval, fmt);
    if (!input)
        return cli_usage("bargain", "missing INPUT");
    size_t L = strlen(input);
    int is_yaml = (L > 5 && strcmp(input + L - 5, ".yaml") == 0) ||
                  (L > 4 && strcmp(input + L - 4, ".yml") == 0);
    if (is_yaml) {
        if (!issue)
            return cli_usage("bargain", "a scenario needs --issue NAME");
        rc = ent_bargain_run_scenario(input, issue, &opt, &t, &r, &rule);
    } else {
        rc = ent_bargain_read_file(input, &t);
        if (rc == 0)
            rc = ent_bargain_run(t, &opt, &r);
    }
    if (rc != 0) {
        exit_code = cli_fail("bargain", rc);
        goto done;
    }
    if (fmt == CLI_FMT_JSON) {
        json_t *root = result_json(t, r, &rule);
        char *s = json_dumps(root, JSON_INDENT(1) | JSON_REAL_PRECISION(10));
        if (s)
            printf("%s\n", s);
        free(s);
        json_decref(root);
    } else if (fmt == CLI_FMT_CSV) {
        print_csv(t, r);
    } else {
        print_table(t, r, &rule);
    }
    exit_code = ENT_EXIT_OK;
done:
    ent_bargain_result_free(r);
    ent_bargain_table_free(t);
    return exit_code;
}
