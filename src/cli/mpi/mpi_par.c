/*
 * mpi_par.c - ent_par over MPI_COMM_WORLD: sums by MPI_Allreduce, gathers
 * by MPI_Gather of the sizes then MPI_Gatherv, broadcasts in two steps, and
 * a shared counter for dynamic load balancing in an RMA window on rank 0
 * (MPI_Fetch_and_op under a passive-target lock, MPI-3).
 */
#include "mpi_par.h"

#include <limits.h>
#include <mpi.h>
#include <stdlib.h>
#include <string.h>

typedef struct mpi_ctx {
    MPI_Win win;
    uint64_t *counter; /* window memory (one word on rank 0) */
} mpi_ctx;

static int mpi_err(int code, const char *what)
{
    char msg[MPI_MAX_ERROR_STRING];
    int len = 0;
    MPI_Error_string(code, msg, &len);
    return ent_error_set(ENT_EIO, "mpi: %s: %.*s", what, len, msg);
}

static int m_sum(const ent_par *p, uint64_t *buf, size_t n)
{
    (void)p;
    while (n > 0) {
        int k = n > (size_t)INT_MAX ? INT_MAX : (int)n;
        int e = MPI_Allreduce(MPI_IN_PLACE, buf, k, MPI_UINT64_T, MPI_SUM,
                              MPI_COMM_WORLD);
        if (e != MPI_SUCCESS)
            return mpi_err(e, "allreduce");
        buf += k;
        n -= (size_t)k;
    }
    return 0;
}

static int m_gather(const ent_par *p, const void *data, size_t len, void **out,
                    size_t *out_len)
{
    int rc = 0, e;
    uint64_t mine = len, *lens = NULL;
    int *counts = NULL, *displs = NULL;
    char *buf = NULL;
    *out = NULL;
    *out_len = 0;
    if (p->rank == 0) {
        lens = calloc((size_t)p->size, sizeof *lens);
        counts = calloc((size_t)p->size, sizeof *counts);
        displs = calloc((size_t)p->size, sizeof *displs);
        if (!lens || !counts || !displs) {
            /* keep the collective going on the other ranks, then fail */
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            MPI_Abort(MPI_COMM_WORLD, 1);
        }
    }
    if ((e = MPI_Gather(&mine, 1, MPI_UINT64_T, lens, 1, MPI_UINT64_T, 0,
                        MPI_COMM_WORLD)) != MPI_SUCCESS)
        return mpi_err(e, "gather");
    if (p->rank == 0) {
        uint64_t total = 0;
        for (int r = 0; r < p->size; r++) {
            if (total + lens[r] > (uint64_t)INT_MAX) {
                rc = ent_error_set(ENT_ELIMIT, "mpi: gathered data over 2 GiB");
                MPI_Abort(MPI_COMM_WORLD, 1);
            }
            displs[r] = (int)total;
            counts[r] = (int)lens[r];
            total += lens[r];
        }
        buf = malloc(total ? (size_t)total : 1);
        if (!buf) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            MPI_Abort(MPI_COMM_WORLD, 1);
        }
        *out_len = (size_t)total;
    }
    e = MPI_Gatherv(data, (int)len, MPI_BYTE, buf, counts, displs, MPI_BYTE, 0,
                    MPI_COMM_WORLD);
    if (e != MPI_SUCCESS)
        rc = mpi_err(e, "gatherv");
    free(lens);
    free(counts);
    free(displs);
    if (rc) {
        free(buf);
        *out_len = 0;
        return rc;
    }
    *out = buf;
    return 0;
}

static int m_bcast(const ent_par *p, void **data, size_t *len)
{
    uint64_t n = p->rank == 0 ? *len : 0;
    int e = MPI_Bcast(&n, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
    if (e != MPI_SUCCESS)
        return mpi_err(e, "bcast");
    if (n > (uint64_t)INT_MAX)
        return ent_error_set(ENT_ELIMIT, "mpi: broadcast over 2 GiB");
    if (p->rank != 0) {
        *data = malloc(n ? (size_t)n : 1);
        *len = (size_t)n;
        if (!*data)
            MPI_Abort(MPI_COMM_WORLD, 1);
    }
    e = MPI_Bcast(*data, (int)n, MPI_BYTE, 0, MPI_COMM_WORLD);
    return e == MPI_SUCCESS ? 0 : mpi_err(e, "bcast");
}

static int m_fetch_add(ent_par *p, uint64_t add, uint64_t *out)
{
    mpi_ctx *c = p->ud;
    int e = MPI_Win_lock(MPI_LOCK_SHARED, 0, 0, c->win);
    if (e == MPI_SUCCESS)
        e = MPI_Fetch_and_op(&add, out, MPI_UINT64_T, 0, 0, MPI_SUM, c->win);
    if (e == MPI_SUCCESS)
        e = MPI_Win_unlock(0, c->win);
    return e == MPI_SUCCESS ? 0 : mpi_err(e, "fetch and add");
}

static int m_reset(ent_par *p)
{
    mpi_ctx *c = p->ud;
    MPI_Barrier(MPI_COMM_WORLD);
    if (p->rank == 0) {
        MPI_Win_lock(MPI_LOCK_EXCLUSIVE, 0, 0, c->win);
        *c->counter = 0;
        MPI_Win_unlock(0, c->win);
    }
    MPI_Barrier(MPI_COMM_WORLD);
    return 0;
}

int ent_mpi_par_init(ent_par *p)
{
    mpi_ctx *c = calloc(1, sizeof *c);
    memset(p, 0, sizeof *p);
    if (!c)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    MPI_Comm_rank(MPI_COMM_WORLD, &p->rank);
    MPI_Comm_size(MPI_COMM_WORLD, &p->size);
    MPI_Aint bytes = p->rank == 0 ? (MPI_Aint)sizeof(uint64_t) : 0;
    int e = MPI_Win_allocate(bytes, (int)sizeof(uint64_t), MPI_INFO_NULL,
                             MPI_COMM_WORLD, &c->counter, &c->win);
    if (e != MPI_SUCCESS) {
        free(c);
        return mpi_err(e, "allocating the counter window");
    }
    if (p->rank == 0) {
        MPI_Win_lock(MPI_LOCK_EXCLUSIVE, 0, 0, c->win);
        *c->counter = 0;
        MPI_Win_unlock(0, c->win);
    }
    MPI_Barrier(MPI_COMM_WORLD);
    p->sum_u64 = m_sum;
    p->gather = m_gather;
    p->bcast = m_bcast;
    p->fetch_add = m_fetch_add;
    p->counter_reset = m_reset;
    p->ud = c;
    return 0;
}

void ent_mpi_par_free(ent_par *p)
{
    mpi_ctx *c = p ? p->ud : NULL;
    if (!c)
        return;
    MPI_Win_free(&c->win);
    free(c);
    p->ud = NULL;
}
