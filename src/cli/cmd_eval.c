/*
 * cmd_eval.c - `entente eval GOLD`: code a gold event set and print
 * precision, recall and F1 overall and per category.
 */
#include "cli.h"
#include "code_common.h"

#include <entente/text.h>
#include <stdlib.h>
#include <string.h>

static void help(void)
{
    printf("usage: entente eval GOLD [--format table|json] [--split all|dev|test]\n"
           "                   [--errors] [--ignore-dates] [--trace-targets FILE]\n"
           "                   [dictionary options of 'entente code']\n"
           "       entente eval GOLD --against CODED [--format ...] [--split ...] [--errors]\n\n"
           "Code every sentence of a gold file and compare with its human coding.\n"
           "With --against, compare instead a second coding of the same items\n"
           "(same formats, matched by id) with the gold: inter-coder agreement,\n"
           "the ceiling any coder can be held to on that set.\n"
           "GOLD is the flattened TSV (id, date, category, gold, text; gold events\n"
           "'SRC|TGT|CODE' joined by ';') or JSONL with an \"events\" list.\n"
           "Levels: root = (source root, target root, CAMEO root); full = full code;\n"
           "plover = (source root, target root, PLOVER type); actors = the pair;\n"
           "code / plover_type = the code alone. --split dev scores even ids, test\n"
           "odd ids. --errors lists each item with its gold and coded events,\n"
           "marked ok, MISS (a gold event not coded) or EXTRA (all coded, and more);\n"
           "it is refused for a blind set (a gold file whose first line starts\n"
           "with '# blind'), whose errors must not guide development.\n"
           "--ignore-dates codes without the gold's dates (for placeholder dates,\n"
           "as in PLOVER_GSR_CAMEO): people then code by their most recent office.\n"
           "--trace-targets FILE writes every event's target candidates and their\n"
           "features (the data scripts/fit_target_model.py fits the target model\n"
           "on; refused for a blind set too).\n");
}

/* One line per item: ok (as the gold), MISS (a gold event not coded) or
 * EXTRA (every gold event coded, and more). */
static void on_item(void *ctx, const char *id, const char *text, const char *gold,
                    const char *pred, const ent_eval_counts *root)
{
    (void)ctx;
    const char *status = root->fn ? "MISS" : root->fp ? "EXTRA" : "ok";
    printf("%s\t%s\tgold=%s\tcoded=%s\t%s\n", status, id, gold, pred, text);
}

static void print_counts_json(const ent_eval_counts *k)
{
    double p, r, f;
    ent_eval_prf(k, &p, &r, &f);
    printf("{\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,\"precision\":%.4f,\"recall\":%.4f,"
           "\"f1\":%.4f}",
           k->tp, k->fp, k->fn, p, r, f);
}

static void trace_line(void *ctx, const char *line)
{
    fprintf((FILE *)ctx, "%s\n", line);
}

/* True if the gold file's first line marks it as a blind set ("# blind"):
 * a held-out set whose errors must not be read while the coder is being
 * developed, so --errors refuses it. */
static bool is_blind(const char *path)
{
    char line[64] = "";
    FILE *fp = fopen(path, "r");
    if (!fp)
        return false;
    bool blind = fgets(line, sizeof line, fp) && strncmp(line, "# blind", 7) == 0;
    fclose(fp);
    return blind;
}

int cmd_eval(int argc, char **argv)
{
    const char *cmd = "eval";
    code_opts opts;
    code_opts_init(&opts);
    const char *gold = NULL, *against = NULL, *trace = NULL;
    FILE *trace_fp = NULL;
    cli_format fmt = CLI_FMT_TABLE;
    ent_eval_split split = ENT_SPLIT_ALL;
    bool errors = false;
    ent_dict *dict = NULL;
    ent_coder *coder = NULL;
    ent_eval_result res;
    memset(&res, 0, sizeof res);
    int rc = ENT_EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int used = code_opts_parse(&opts, cmd, argc, argv, &i);
        if (used < 0)
            return ENT_EXIT_USAGE;
        if (used)
            continue;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return ENT_EXIT_OK;
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            if (cli_parse_format(cmd, argv[++i], (1u << CLI_FMT_TABLE) | (1u << CLI_FMT_JSON),
                                 &fmt))
                return ENT_EXIT_USAGE;
        } else if (strcmp(a, "--split") == 0 && i + 1 < argc) {
            const char *s = argv[++i];
            if (strcmp(s, "all") == 0)
                split = ENT_SPLIT_ALL;
            else if (strcmp(s, "dev") == 0)
                split = ENT_SPLIT_DEV;
            else if (strcmp(s, "test") == 0)
                split = ENT_SPLIT_TEST;
            else
                return cli_usage(cmd, "unknown --split '%s'", s);
        } else if (strcmp(a, "--against") == 0 && i + 1 < argc) {
            against = argv[++i];
        } else if (strcmp(a, "--trace-targets") == 0 && i + 1 < argc) {
            trace = argv[++i];
        } else if (strcmp(a, "--errors") == 0) {
            errors = true;
        } else if (strcmp(a, "--ignore-dates") == 0) {
            ent_eval_ignore_dates(true);
        } else if (a[0] == '-' && a[1]) {
            return cli_usage(cmd, "unknown option '%s'", a);
        } else if (!gold) {
            gold = a;
        } else {
            return cli_usage(cmd, "one GOLD file only");
        }
    }
    if (!gold)
        return cli_usage(cmd, "missing GOLD file");
    bool dict_opts = opts.n_dicts || opts.no_default || opts.n_petr[0] || opts.n_petr[1] ||
                     opts.n_petr[2] || opts.no_world || opts.world_path;
    if (against && dict_opts)
        return cli_usage(cmd, "--against compares two codings; it runs no coder, so it "
                              "takes no dictionary options");
    if ((errors || trace) && is_blind(gold))
        return cli_usage(cmd, "%s is a blind gold set (its first line says so): "
                              "score it, but do not list its errors "
                              "(--errors) or trace it (--trace-targets); see docs/coder.md",
                         gold);
    if (trace && against)
        return cli_usage(cmd, "--trace-targets traces the coder; --against runs none");
    if (trace && !(trace_fp = fopen(trace, "w"))) {
        fprintf(stderr, "entente eval: cannot write %s\n", trace);
        code_opts_free(&opts);
        return ENT_EXIT_FAILURE;
    }
    int e = 0;
    if (against) {
        e = ent_eval_against(gold, against, split, &res, errors ? on_item : NULL, NULL);
    } else {
        e = code_opts_dict(&opts, &dict);
        if (e == 0)
            e = ent_coder_new(&coder, dict);
        if (e == 0 && trace_fp)
            ent_coder_trace_targets(coder, trace_line, trace_fp);
        if (e == 0)
            e = ent_eval_file(coder, gold, split, &res, errors ? on_item : NULL, NULL);
    }
    if (e) {
        rc = cli_fail(cmd, e);
        goto done;
    }
    if (fmt == CLI_FMT_JSON) {
        printf("{\"gold\":\"%s\",", gold);
        if (against)
            printf("\"against\":\"%s\",", against);
        printf("\"items\":%zu,\"gold_events\":%zu,\"coded_events\":%zu,\"levels\":{",
               res.items, res.gold_events, res.pred_events);
        bool first = true;
        for (int l = 0; l < ENT_EVAL_LEVELS; l++) {
            if (!res.level[l].gold_items)
                continue;
            printf("%s\"%s\":", first ? "" : ",", ent_eval_level_name((ent_eval_level)l));
            print_counts_json(&res.level[l]);
            first = false;
        }
        printf("},\"categories\":{");
        for (size_t c = 0; c < res.n_cats; c++) {
            printf("%s\"%s\":{", c ? "," : "", res.cats[c].name);
            first = true;
            for (int l = 0; l < ENT_EVAL_LEVELS; l++) {
                if (!res.cats[c].level[l].gold_items)
                    continue;
                printf("%s\"%s\":", first ? "" : ",", ent_eval_level_name((ent_eval_level)l));
                print_counts_json(&res.cats[c].level[l]);
                first = false;
            }
            printf("}");
        }
        printf("}}\n");
    } else {
        if (against)
            printf("gold %s against %s: %zu items, %zu gold events, %zu events in "
                   "the second coding\n\n",
                   gold, against, res.items, res.gold_events, res.pred_events);
        else
            printf("gold %s: %zu items, %zu gold events, %zu coded events (not negated)\n\n",
                   gold, res.items, res.gold_events, res.pred_events);
        printf("%-14s %6s %6s %6s %9s %7s %6s\n", "level", "tp", "fp", "fn", "precision",
               "recall", "F1");
        for (int l = 0; l < ENT_EVAL_LEVELS; l++) {
            if (!res.level[l].gold_items)
                continue;
            double p, r, f;
            ent_eval_prf(&res.level[l], &p, &r, &f);
            printf("%-14s %6zu %6zu %6zu %9.3f %7.3f %6.3f\n",
                   ent_eval_level_name((ent_eval_level)l), res.level[l].tp,
                   res.level[l].fp, res.level[l].fn, p, r, f);
        }
        int main_level = res.level[ENT_EVAL_PLOVER].gold_items &&
                                 !res.level[ENT_EVAL_ROOT].gold_items
                             ? ENT_EVAL_PLOVER
                             : ENT_EVAL_ROOT;
        printf("\nper category (%s level):\n", ent_eval_level_name((ent_eval_level)main_level));
        for (size_t c = 0; c < res.n_cats; c++) {
            const ent_eval_counts *k = &res.cats[c].level[main_level];
            double p, r, f;
            ent_eval_prf(k, &p, &r, &f);
            printf("%-14s %6zu %6zu %6zu %9.3f %7.3f %6.3f\n", res.cats[c].name, k->tp,
                   k->fp, k->fn, p, r, f);
        }
    }
done:
    if (trace_fp && fclose(trace_fp) != 0 && rc == ENT_EXIT_OK)
        rc = cli_fail(cmd, ent_error_set(ENT_EIO, "cannot write %s", trace));
    ent_eval_result_free(&res);
    ent_coder_free(coder);
    ent_dict_free(dict);
    code_opts_free(&opts);
    return rc;
}
