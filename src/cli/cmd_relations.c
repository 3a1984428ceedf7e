/*
 * cmd_relations.c - `entente relations --date D`: the state of each pair of
 * actors from the stored events up to a date, and the commitments those
 * events mark declined in the world.
 */
#include "cli.h"
#include "code_common.h"

#include <entente/events.h>
#include <entente/io.h>
#include <entente/store.h>
#include <stdlib.h>
#include <string.h>

static void help(void)
{
    printf("usage: entente relations --date YYYY-MM-DD [--db PATH] [--world DIR]\n"
           "                         [--format table|json]\n\n"
           "For each ordered pair of actors (source root -> target root) with stored\n"
           "events up to the date: counts, Goldstein sum, threats, refusals and the\n"
           "relation state (rules in docs/coder.md). Then the commitments of the world\n"
           "(default data/world) that stored refusals of a guarantee mark declined.\n");
}

int cmd_relations(int argc, char **argv)
{
    const char *cmd = "relations", *db = "entente.db", *world = NULL;
    ent_date date = ENT_DATE_MIN;
    bool have_date = false;
    cli_format fmt = CLI_FMT_TABLE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return ENT_EXIT_OK;
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(a, "--world") == 0 && i + 1 < argc) {
            world = argv[++i];
        } else if (strcmp(a, "--date") == 0 && i + 1 < argc) {
            if (cli_parse_date(cmd, argv[++i], &date))
                return ENT_EXIT_USAGE;
            have_date = true;
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            if (cli_parse_format(cmd, argv[++i], (1u << CLI_FMT_TABLE) | (1u << CLI_FMT_JSON),
                                 &fmt))
                return ENT_EXIT_USAGE;
        } else {
            return cli_usage(cmd, "unknown argument '%s'", a);
        }
    }
    if (!have_date)
        return cli_usage(cmd, "--date is required");
    ent_store *s = NULL;
    ent_relation *rel = NULL;
    ent_event_change *ch = NULL;
    size_t nrel = 0, nch = 0;
    ent_world *base = NULL, *over = NULL;
    char wdir[4096];
    snprintf(wdir, sizeof wdir, "%s/world", cli_data_dir());
    const char *wp = world ? world : wdir;
    ent_list errors = {0};
    int e = ent_store_open(&s, db);
    if (e == 0)
        e = ent_events_relations(s, date, &rel, &nrel);
    if (e == 0 && ent_io_load(&base, &wp, 1, &errors) == 0 &&
        ent_world_overlay_new(&over, base) == 0)
        e = ent_events_apply(s, over, date, &ch, &nch);
    ent_world_errors_free(&errors);
    if (e) {
        int r = cli_fail(cmd, e);
        free(rel);
        free(ch);
        ent_world_free(over);
        ent_world_free(base);
        ent_store_close(s);
        return r;
    }
    char ds[11];
    if (fmt == CLI_FMT_JSON) {
        printf("{\"date\":\"%s\",\"relations\":[", ent_date_format(date, ds));
        for (size_t i = 0; i < nrel; i++)
            printf("%s{\"source\":\"%s\",\"target\":\"%s\",\"events\":%zu,\"goldstein_sum\":%.1f,"
                   "\"threats\":%zu,\"refusals\":%zu,\"score\":%.2f,\"state\":\"%s\"}",
                   i ? "," : "", rel[i].source, rel[i].target, rel[i].events,
                   rel[i].goldstein_sum, rel[i].threats, rel[i].refusals, rel[i].score,
                   rel[i].state);
        printf("],\"declined\":[");
        for (size_t i = 0; i < nch; i++)
            printf("%s{\"commitment\":%s%s%s,\"by\":\"%s\",\"to\":\"%s\",\"date\":\"%s\","
                   "\"doc\":\"%s\",\"sentence\":%d}",
                   i ? "," : "", ch[i].commitment[0] ? "\"" : "",
                   ch[i].commitment[0] ? ch[i].commitment : "null",
                   ch[i].commitment[0] ? "\"" : "", ch[i].by, ch[i].to,
                   ent_date_format(ch[i].date, ds), ch[i].doc, ch[i].sentence);
        printf("]}\n");
    } else {
        printf("relations as of %s (asserted, non-negated events)\n", ent_date_format(date, ds));
        printf("%-8s %-8s %6s %9s %7s %8s %7s  %s\n", "source", "target", "events", "goldstein",
               "threats", "refusals", "score", "state");
        for (size_t i = 0; i < nrel; i++)
            printf("%-8s %-8s %6zu %9.1f %7zu %8zu %7.2f  %s\n", rel[i].source, rel[i].target,
                   rel[i].events, rel[i].goldstein_sum, rel[i].threats, rel[i].refusals,
                   rel[i].score, rel[i].state);
        if (nch) {
            printf("\nguarantees declined (CAMEO 1224 refusals):\n");
            for (size_t i = 0; i < nch; i++)
                printf("  %s -> %s on %s (%s, sentence %d): %s\n", ch[i].by, ch[i].to,
                       ent_date_format(ch[i].date, ds), ch[i].doc, ch[i].sentence,
                       ch[i].commitment[0] ? ch[i].commitment
                                           : "no matching commitment in the world");
        }
    }
    free(rel);
    free(ch);
    ent_world_free(over);
    ent_world_free(base);
    ent_store_close(s);
    return ENT_EXIT_OK;
}
