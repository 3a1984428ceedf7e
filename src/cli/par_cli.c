/*
 * par_cli.c - which parallel context the CLI runs in (see par_cli.h). The
 * plain `entente` never sets one: it runs serially and never touches MPI.
 */
#include "par_cli.h"

#include <stdbool.h>

static ent_par *installed;

ent_par *cli_par(void)
{
    static ent_par serial;
    static bool ready;
    if (installed)
        return installed;
    if (!ready) {
        ent_par_serial(&serial);
        ready = true;
    }
    return &serial;
}

void cli_par_set(ent_par *p)
{
    installed = p;
}
