/*
 * cli.h - shared pieces of the entente command-line tool: exit codes, the
 * one mapping from library error codes to exit status, output formats and
 * the subcommand signature. The CLI parses arguments and prints; all
 * computation lives in the library.
 */
#ifndef ENT_CLI_H
#define ENT_CLI_H

#include <entente/common.h>
#include <entente/date.h>
#include <stdio.h>

enum {
    ENT_EXIT_OK = 0,
    ENT_EXIT_FAILURE = 1,
    ENT_EXIT_USAGE = 2,
    ENT_EXIT_INVALID = 3
};

typedef enum {
    CLI_FMT_TABLE = 0,
    CLI_FMT_JSON,
    CLI_FMT_CSV,
    CLI_FMT_JSONL,
    CLI_FMT_TSV
} cli_format;

/** Map a library error code to the CLI's exit status (the only place). */
int cli_exit_for(int code);

/** Print "entente CMD: <last library error>" to stderr; return exit code. */
int cli_fail(const char *cmd, int code);

/** Print a usage error ("entente CMD: msg; try --help") and return 2. */
int cli_usage(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/** Parse a --format value among those allowed (bitmask of 1<<cli_format). */
int cli_parse_format(const char *cmd, const char *text, unsigned allowed,
                     cli_format *out);

/** Parse --date; on error prints a usage message and returns -1. */
int cli_parse_date(const char *cmd, const char *text, ent_date *out);

/** The directory of the reference world shipped with entente. */
const char *cli_data_dir(void);

/** Write a CSV field with RFC 4180 quoting. */
void cli_csv_field(FILE *fp, const char *s);

/** Where a command reads its world from (see world_opt.c). */
typedef struct cli_world_opts {
    const char **paths; /* --world files/directories, may be empty */
    size_t n_paths;
    const char *db;       /* --db, or NULL for the default ./entente.db */
    const char *scenario; /* --scenario ID in the store, or NULL */
} cli_world_opts;

/** Open the world; prints problems; returns an exit status (0 ok). */
struct ent_world;
int cli_open_world(const char *cmd, const cli_world_opts *o,
                   struct ent_world **out);

/** Append a --world path (o->paths holds `cap`); a usage error past it. */
int cli_world_add_path(const char *cmd, cli_world_opts *o, size_t cap,
                       const char *path);

/** The default "as of" date: the scenario's date, else today. */
ent_date cli_default_date(const struct ent_world *w);

typedef int (*cli_cmd_fn)(int argc, char **argv);

/* Subcommands: one file each, cmd_<name>.c. argv[0] is the command name. */
int cmd_check(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_db(int argc, char **argv);
int cmd_summary(int argc, char **argv);
int cmd_bargain(int argc, char **argv);
int cmd_simulate(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_calibrate(int argc, char **argv);
int cmd_backtest(int argc, char **argv);
int cmd_sweep(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_relations(int argc, char **argv);

#endif
