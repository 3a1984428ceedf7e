/*
 * mpi_par.h - the MPI implementation of ent_par (entente/par.h), for
 * entente-mpi only: the library itself never links MPI.
 */
#ifndef ENT_CLI_MPI_PAR_H
#define ENT_CLI_MPI_PAR_H

#include <entente/par.h>

/** Fill p for MPI_COMM_WORLD (after MPI_Init). Collective. 0 or ENT_E*. */
int ent_mpi_par_init(ent_par *p);

/** Release what ent_mpi_par_init made (before MPI_Finalize). Collective. */
void ent_mpi_par_free(ent_par *p);

#endif
