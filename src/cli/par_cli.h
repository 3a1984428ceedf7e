/*
 * par_cli.h - the parallel context of the running CLI: the serial one in
 * the plain `entente`, the MPI one in `entente-mpi` (src/cli/mpi/). Commands
 * that can share their work among ranks take it from cli_par().
 */
#ifndef ENT_CLI_PAR_H
#define ENT_CLI_PAR_H

#include <entente/par.h>

/** The context commands run in (serial unless entente-mpi set one). */
ent_par *cli_par(void);

/** Install the MPI context (entente-mpi's main, before any command). */
void cli_par_set(ent_par *p);

#endif
