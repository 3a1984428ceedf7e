/*
 * cmd_events.c - `entente events`: list stored events, filtered by actor
 * and date.
 */
#include "cli.h"

#include <entente/events.h>
#include <entente/store.h>
#include <string.h>

static void help(void)
{
    printf("usage: entente events [--db PATH] [--actor A] [--since YYYY-MM-DD]\n"
           "                      [--format jsonl|tsv]\n\n"
           "List the events stored by 'entente ingest', oldest first. --actor takes a\n"
           "root (RUS, NATO) or a full code (RUSGOV) and matches source or target.\n");
}

static int print_jsonl(void *ctx, const ent_event *ev)
{
    (void)ctx;
    return ent_event_write_jsonl(stdout, ev);
}

static int print_tsv(void *ctx, const ent_event *ev)
{
    (void)ctx;
    return ent_event_write_tsv(stdout, ev);
}

int cmd_events(int argc, char **argv)
{
    const char *cmd = "events", *db = "entente.db", *actor = NULL;
    ent_date since = ENT_DATE_MIN;
    cli_format fmt = CLI_FMT_JSONL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return ENT_EXIT_OK;
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(a, "--actor") == 0 && i + 1 < argc) {
            actor = argv[++i];
        } else if (strcmp(a, "--since") == 0 && i + 1 < argc) {
            if (cli_parse_date(cmd, argv[++i], &since))
                return ENT_EXIT_USAGE;
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            if (cli_parse_format(cmd, argv[++i], (1u << CLI_FMT_JSONL) | (1u << CLI_FMT_TSV),
                                 &fmt))
                return ENT_EXIT_USAGE;
        } else {
            return cli_usage(cmd, "unknown argument '%s'", a);
        }
    }
    ent_store *s = NULL;
    int e = ent_store_open(&s, db);
    if (e == 0) {
        if (fmt == CLI_FMT_TSV)
            ent_event_write_tsv_header(stdout);
        e = ent_events_query(s, actor, since, fmt == CLI_FMT_TSV ? print_tsv : print_jsonl,
                             NULL);
    }
    ent_store_close(s);
    return e ? cli_fail(cmd, e) : ENT_EXIT_OK;
}
