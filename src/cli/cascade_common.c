/*
 * cascade_common.c - default paths and the progress indicator of the
 * cascade subcommands.
 */
#define _POSIX_C_SOURCE 200809L
#include "cascade_common.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

const char *cli_history_dir(const char *opt, char *buf, size_t n)
{
    const char *env;
    if (opt)
        snprintf(buf, n, "%s", opt);
    else if ((env = getenv("ENTENTE_HISTORY")) && env[0])
        snprintf(buf, n, "%s", env);
    else if ((env = getenv("ENTENTE_SHARED")) && env[0])
        snprintf(buf, n, "%s/data/history", env);
    else
        snprintf(buf, n, "../shared/data/history");
    return buf;
}

const char *cli_params_path(char *buf, size_t n)
{
    snprintf(buf, n, "%s/params/cascade.json", cli_data_dir());
    return buf;
}

const char *cli_cases_path(char *buf, size_t n)
{
    snprintf(buf, n, "%s/backtest/cases.csv", cli_data_dir());
    return buf;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void cli_progress_init(cli_progress *p, bool quiet, const char *what)
{
    p->enabled = !quiet && isatty(STDERR_FILENO);
    p->start = now();
    p->what = what;
    p->shown = false;
}

static void show(cli_progress *p, double frac)
{
    if (!p->enabled || now() - p->start < 1.0)
        return;
    fprintf(stderr, "\r%s: %5.1f%%", p->what, 100.0 * frac);
    fflush(stderr);
    p->shown = true;
}

void cli_progress_update(void *ud, uint64_t done, uint64_t total)
{
    show(ud, total ? (double)done / (double)total : 1.0);
}

void cli_progress_cases(void *ud, size_t done, size_t total)
{
    show(ud, total ? (double)done / (double)total : 1.0);
}

void cli_progress_end(cli_progress *p)
{
    if (p->shown)
        fprintf(stderr, "\r%*s\r", 40, "");
}
