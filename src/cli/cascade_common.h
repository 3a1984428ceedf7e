/*
 * cascade_common.h - helpers shared by the cascade subcommands (simulate,
 * compare, calibrate, backtest): where the historical data, the case list
 * and the parameter file are by default, and the stderr progress line.
 */
#ifndef ENT_CLI_CASCADE_COMMON_H
#define ENT_CLI_CASCADE_COMMON_H

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
    double start;
    const char *what;
    bool shown;
} cli_progress;

void cli_progress_init(cli_progress *p, bool quiet, const char *what);
void cli_progress_update(void *ud, uint64_t done, uint64_t total);
void cli_progress_cases(void *ud, size_t done, size_t total);
void cli_progress_end(cli_progress *p);

#endif
