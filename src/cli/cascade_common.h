/*
 * cascade_common.h - helpers shared by the cascade subcommands (simulate,
 * compare, calibrate, backtest): where the historical data, the case list
 * and the parameter file are by default, the run options (--trials,
 * --seed, --threads), and the stderr progress line.
 */
#ifndef ENT_CLI_CASCADE_COMMON_H
#define ENT_CLI_CASCADE_COMMON_H

#include <entente/cascade.h>

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

/* The history directory: --data, else $ENTENTE_HISTORY, else
 * $ENTENTE_SHARED/data/history, else ../shared/data/history. */
const char *cli_history_dir(const char *opt, char *buf, size_t n);

/* Default parameter file: <data dir>/params/cascade.json. */
const char *cli_params_path(char *buf, size_t n);

/* Default backtest cases: <data dir>/backtest/cases.csv. */
const char *cli_cases_path(char *buf, size_t n);

/* Progress on stderr: only when stderr is a terminal, not quiet, and the
 * run has lasted more than a second. */
typedef struct cli_progress {
    bool enabled;
    double start, last;
    const char *what;
    bool shown;
} cli_progress;

void cli_progress_init(cli_progress *p, bool quiet, const char *what);
void cli_progress_update(void *ud, uint64_t done, uint64_t total);
void cli_progress_cases(void *ud, size_t done, size_t total);
/* The run options of the cascade commands: --trials N, --seed S and
 * --threads T (1 to 256) into o. Returns 1 if argv[*i] was one of them
 * (and advances *i past its value), 0 if not, ENT_EXIT_USAGE (after the
 * usage message) if its value is bad. Sets *threads_set (may be NULL)
 * when --threads was given. */
int cli_cascade_run_opt(const char *cmd, int argc, char **argv, int *i,
                        ent_cascade_opts *o, bool *threads_set);

/* Progress without a known total: "what: N docs read, M events stored". */
void cli_progress_count(cli_progress *p, uint64_t a, const char *a_what,
                        uint64_t b, const char *b_what);
void cli_progress_end(cli_progress *p);

#endif

#ifndef ENT_CLI_CASCADE_SETUP
#define ENT_CLI_CASCADE_SETUP
#include <entente/cascade.h>

/* A compiled crisis: the dense world with its principals, and what it was
 * built from (for the output). */
typedef struct cli_crisis {
    ent_cascade_world *cw;
    size_t attacker, target;
    char scenario_id[128];
    ent_date date;
    bool geography;      /* contiguity and distances filled from data */
    char geo_dir[1024];
} cli_crisis;

/* Load SCENARIO, apply the assumptions (each a comma-separated list),
 * compile as of `date` (ENT_DATE_MIN: the scenario's date), fill geography
 * from the history directory if it is there (a note on stderr otherwise,
 * unless quiet) and find the trigger ("ATT:TGT" or a trigger id).
 * Returns an exit status; on success c->cw is set. */
int cli_crisis_open(const char *cmd, cli_crisis *c, const char *scenario,
                    const char *const *assume, size_t n_assume,
                    const char *trigger, ent_date date, const char *data,
                    bool quiet);
void cli_crisis_close(cli_crisis *c);

/* Load the parameter file (NULL: the default); prints errors. */
int cli_params_open(const char *cmd, ent_cascade_params *p, const char *path);
#endif
