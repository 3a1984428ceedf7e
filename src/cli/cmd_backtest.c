/*
 * cmd_backtest.c - `entente backtest`: leave-one-case-out backtest of the
 * cascade model on historical crises, with Brier score and log loss
 * against two baselines and a reliability table.
 */
#include "cascade_common.h"
#include "cli.h"

#include <entente/fit.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *fp)
{
    fprintf(fp,
        "usage: entente backtest [--cases FILE] [--data DIR] [--trials N]\n"
        "                        [--seed S] [--format table|json] [--quiet]\n\n"
        "For each historical case (default data/backtest/cases.csv), refit the\n"
        "cascade model on every COW war but the case's own, build the world\n"
        "on the case's date from the datasets in DIR (default\n"
        "../shared/data/history), simulate it conditional on war (N trials,\n"
        "default 20000) and score each state's role (attacker side, target\n"
        "side, out) against what happened: Brier score and log loss, against\n"
        "the base rate and 'every state with a defence commitment to the\n"
        "target joins it'. Prints a reliability table of join probabilities.\n");
}

static json_t *scores(const ent_backtest_score *s)
{
    json_t *o = json_object();
    json_object_set_new(o, "n", json_integer((json_int_t)s->n));
    json_object_set_new(o, "brier", json_real(s->brier));
    json_object_set_new(o, "log_loss", json_real(s->log_loss));
    json_t *b = json_object();
    json_t *b1 = json_object();
    json_object_set_new(b1, "brier", json_real(s->brier_base));
    json_object_set_new(b1, "log_loss", json_real(s->log_loss_base));
    json_object_set_new(b, "base_rate", b1);
    json_t *b2 = json_object();
    json_object_set_new(b2, "brier", json_real(s->brier_treaty));
    json_object_set_new(b2, "log_loss", json_real(s->log_loss_treaty));
    json_object_set_new(b, "defence_commitment_joins", b2);
    json_object_set_new(o, "baselines", b);
    return o;
}

int cmd_backtest(int argc, char **argv)
{
    const char *data = NULL, *casesp = NULL;
    bool quiet = false;
    cli_format fmt = CLI_FMT_TABLE;
    uint64_t trials = 20000, seed = 1;
    char hbuf[4096], cbuf[4096];
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            help(stdout);
            return ENT_EXIT_OK;
        } else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            data = argv[++i];
        } else if (!strcmp(argv[i], "--cases") && i + 1 < argc) {
            casesp = argv[++i];
        } else if (!strcmp(argv[i], "--trials") && i + 1 < argc) {
            char *e;
            trials = strtoull(argv[++i], &e, 10);
            if (*e || trials == 0)
                return cli_usage("backtest", "--trials: positive integer");
        } else if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
            char *e;
            seed = strtoull(argv[++i], &e, 10);
            if (*e)
                return cli_usage("backtest", "--seed: integer");
        } else if (!strcmp(argv[i], "--format") && i + 1 < argc) {
            if (cli_parse_format("backtest", argv[++i],
                                 1u << CLI_FMT_TABLE | 1u << CLI_FMT_JSON,
                                 &fmt))
                return ENT_EXIT_USAGE;
        } else if (!strcmp(argv[i], "--quiet") || !strcmp(argv[i], "-q")) {
            quiet = true;
        } else {
            return cli_usage("backtest", "unexpected argument '%s'", argv[i]);
        }
    }
    const char *dir = cli_history_dir(data, hbuf, sizeof hbuf);
    if (!casesp)
        casesp = cli_cases_path(cbuf, sizeof cbuf);
    ent_hist *h = NULL;
    ent_hist_case *cases = NULL;
    ent_backtest *b = NULL;
    size_t nc = 0;
    cli_progress pg;
    cli_progress_init(&pg, quiet, "backtest");
    int rc = ent_hist_new(&h);
    if (!rc)
        rc = ent_hist_load(h, dir);
    if (!rc)
        rc = ent_hist_cases_read(&cases, &nc, casesp);
    if (!rc)
        rc = ent_backtest_run(&b, h, cases, nc, trials, seed,
                              cli_progress_cases, &pg);
    cli_progress_end(&pg);
    if (rc) {
        int e = cli_fail("backtest", rc);
        free(cases);
        ent_hist_free(h);
        return e;
    }
    if (fmt == CLI_FMT_JSON) {
        json_t *root = scores(&b->overall);
        json_object_set_new(root, "trials", json_integer((json_int_t)trials));
        json_object_set_new(root, "seed", json_integer((json_int_t)seed));
        json_object_set_new(root, "cases_file", json_string(casesp));
        json_t *arr = json_array();
        for (size_t c = 0; c < b->n_cases; c++) {
            const ent_backtest_case *bc = &b->cases[c];
            json_t *o = scores(&bc->s);
            char d[16];
            json_object_set_new(o, "id", json_string(bc->c.id));
            json_object_set_new(o, "name", json_string(bc->c.name));
            json_object_set_new(o, "date",
                                json_string(ent_date_format(bc->c.date, d)));
            json_object_set_new(o, "observed_joiners",
                                json_integer((json_int_t)bc->n_joined));
            json_object_set_new(o, "expected_joiners",
                                json_real(bc->expected_joined));
            json_array_append_new(arr, o);
        }
        json_object_set_new(root, "cases", arr);
        json_t *rel = json_array();
        for (int k = 0; k < 10; k++) {
            json_t *o = json_object();
            json_object_set_new(o, "lo", json_real(b->bins[k].lo));
            json_object_set_new(o, "hi", json_real(b->bins[k].hi));
            json_object_set_new(o, "n", json_integer((json_int_t)b->bins[k].n));
            json_object_set_new(o, "mean_predicted",
                                json_real(b->bins[k].mean_pred));
            json_object_set_new(o, "observed", json_real(b->bins[k].obs_freq));
            json_array_append_new(rel, o);
        }
        json_object_set_new(root, "reliability", rel);
        json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                     JSON_REAL_PRECISION(6));
        fputc('\n', stdout);
        json_decref(root);
    } else {
        printf("leave-one-case-out backtest, %llu trials per case, seed %llu\n\n",
               (unsigned long long)trials, (unsigned long long)seed);
        printf("%-10s %-26s %5s %4s %6s | %7s %7s | %7s %7s | %7s %7s\n",
               "case", "name", "states", "obs", "exp", "Brier", "logloss",
               "B base", "L base", "B treaty", "L treaty");
        for (size_t c = 0; c < b->n_cases; c++) {
            const ent_backtest_case *bc = &b->cases[c];
            printf("%-10s %-26.26s %5zu %4zu %6.2f | %7.4f %7.4f | %7.4f "
                   "%7.4f | %7.4f %7.4f\n",
                   bc->c.id, bc->c.name, bc->s.n, bc->n_joined,
                   bc->expected_joined, bc->s.brier, bc->s.log_loss,
                   bc->s.brier_base, bc->s.log_loss_base, bc->s.brier_treaty,
                   bc->s.log_loss_treaty);
        }
        const ent_backtest_score *o = &b->overall;
        printf("%-10s %-26s %5zu %4s %6s | %7.4f %7.4f | %7.4f %7.4f | %7.4f "
               "%7.4f\n\n",
               "overall", "", o->n, "", "", o->brier, o->log_loss,
               o->brier_base, o->log_loss_base, o->brier_treaty,
               o->log_loss_treaty);
        printf("reliability of join probabilities (each state x side):\n");
        printf("%-11s %7s %10s %10s\n", "predicted", "n", "mean pred",
               "observed");
        for (int k = 0; k < 10; k++)
            printf("[%.1f, %.1f) %7zu %10.4f %10.4f\n", b->bins[k].lo,
                   b->bins[k].hi, b->bins[k].n, b->bins[k].mean_pred,
                   b->bins[k].obs_freq);
    }
    ent_backtest_free(b);
    free(cases);
    ent_hist_free(h);
    return ENT_EXIT_OK;
}
