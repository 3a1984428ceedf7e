/*
 * main.c - the entente command-line tool: dispatch to one subcommand.
 */
#include "cli.h"

#include <string.h>

static const struct {
    const char *name;
    cli_cmd_fn fn;
    const char *summary;
} commands[] = {
    {"summary", cmd_summary, "print a readable situation summary of a scenario"},
    {"check", cmd_check, "validate world and scenario files"},
    {"show", cmd_show, "show one actor as of a date"},
    {"list", cmd_list, "list actors, commitments or roles"},
    {"db", cmd_db, "load files into the store (SQLite or PostgreSQL)"},
    {"bargain", cmd_bargain, "forecast a negotiation (EUM or KTAB SMP)"},
    {"simulate", cmd_simulate, "simulate who joins a crisis and how far it escalates"},
    {"compare", cmd_compare, "compare a crisis simulation under two assumption sets"},
    {"calibrate", cmd_calibrate, "fit the cascade model on historical data"},
    {"backtest", cmd_backtest, "score the cascade model on historical crises"},
    {"sweep", cmd_sweep, "simulate a crisis under every set of an assumption grid"},
    {"code", cmd_code, "code English news into CAMEO/PLOVER events"},
    {"eval", cmd_eval, "score the coder against a gold event set"},
    {"report", cmd_report, "write a self-contained HTML report of a scenario"},
    {"ingest", cmd_ingest, "code documents and store their events"},
    {"events", cmd_events, "list stored events"},
    {"relations", cmd_relations, "relations between actors from stored events"},
};

static void usage(FILE *fp)
{
    fprintf(fp, "usage: entente [--version] [--help] <command> [args]\n\n"
                "entente models the international security system: who is bound "
                "to\ndefend whom and on what conditions, dated.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(fp, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(fp, "\nRun 'entente <command> --help' for a command's options.\n"
                "Exit status: 0 ok, 1 failure, 2 usage, 3 invalid input.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return ENT_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return ENT_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("entente %s\n", ent_version());
        return ENT_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "entente: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return ENT_EXIT_USAGE;
}
