/*
 * main_mpi.c - entente-mpi: the entente CLI run as one rank of an MPI job
 * (`mpirun -np N entente-mpi COMMAND ...`). It initialises MPI, installs the
 * MPI parallel context (par_cli.h) and runs the very same command table as
 * `entente` (main.c, included here with its main renamed). Commands that
 * share work (simulate, sweep, code) use every rank; output on stdout is
 * written by rank 0 only (the other ranks' stdout goes to /dev/null), so any
 * command prints once. The exit status is the worst over all ranks.
 */
#define main ent_cli_main
#include "../main.c"
#undef main

#include "../par_cli.h"
#include "mpi_par.h"

#include <mpi.h>
#include <stdio.h>

int main(int argc, char **argv);

int main(int argc, char **argv)
{
    int provided = 0, rc, worst = 0;
    ent_par par;
    /* The library's worker threads never call MPI: FUNNELED suffices. */
    if (MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided) !=
        MPI_SUCCESS) {
        fprintf(stderr, "entente-mpi: MPI_Init failed\n");
        return ENT_EXIT_FAILURE;
    }
    if (ent_mpi_par_init(&par)) {
        fprintf(stderr, "entente-mpi: %s\n", ent_error_last());
        MPI_Abort(MPI_COMM_WORLD, ENT_EXIT_FAILURE);
    }
    if (par.rank != 0 && !freopen("/dev/null", "w", stdout)) {
        fprintf(stderr, "entente-mpi: cannot silence rank %d\n", par.rank);
        MPI_Abort(MPI_COMM_WORLD, ENT_EXIT_FAILURE);
    }
    cli_par_set(&par);
    rc = ent_cli_main(argc, argv);
    fflush(stdout);
    MPI_Allreduce(&rc, &worst, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
    cli_par_set(NULL);
    ent_mpi_par_free(&par);
    MPI_Finalize();
    return worst;
}
