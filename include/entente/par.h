/*
 * entente/par.h - one computation shared by several cooperating processes
 * (MPI ranks), without the library depending on MPI.
 *
 * DESIGN
 * The library sees a parallel context, ent_par: this process's rank, the
 * number of ranks, and a few collective operations given as function
 * pointers. The plain `entente` passes the serial context (one rank, every
 * operation local; MPI is never initialised). `entente-mpi` (built when
 * Open MPI is found) fills the pointers with MPI calls. Every operation is
 * collective: all ranks call it, in the same order, with the same sizes.
 * Work is split by index: ent_par_share gives each rank one contiguous,
 * balanced block, so a result that depends only on (seed, index) and is
 * reduced by sums is identical for any number of ranks.
 */
#ifndef ENTENTE_PAR_H
#define ENTENTE_PAR_H

#include "common.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_par ent_par;

/** A parallel context. The callbacks return 0 or a negative ENT_E* code. */
struct ent_par {
    int rank; /**< this process, 0 .. size - 1 */
    int size; /**< number of processes */
    /** Element-wise sum of buf[0..n) over all ranks; every rank gets it. */
    int (*sum_u64)(const ent_par *p, uint64_t *buf, size_t n);
    /** Rank 0 receives every rank's `len` bytes concatenated in rank order
     *  in *out (malloc'd; *out_len its length); other ranks get NULL, 0. */
    int (*gather)(const ent_par *p, const void *data, size_t len, void **out,
                  size_t *out_len);
    /** Rank 0's *data and *len (bytes) replace every other rank's: others
     *  pass NULL and 0 and receive a malloc'd copy. */
    int (*bcast)(const ent_par *p, void **data, size_t *len);
    /** A counter shared by all ranks (starting at 0): atomically add `add`
     *  and return the previous value in *out. Not collective. Dynamic load
     *  balancing: ranks take the next piece of work when they are free. */
    int (*fetch_add)(ent_par *p, uint64_t add, uint64_t *out);
    /** Reset the shared counter to 0 (collective). */
    int (*counter_reset)(ent_par *p);
    void *ud;       /**< the implementation's own data */
    uint64_t local; /**< the serial context's counter */
};

/** Fill `p` with the serial context: rank 0 of 1, operations local. */
ENT_API void ent_par_serial(ent_par *p);

/**
 * Rank `rank`'s share of n items among `size` ranks: [*begin, *end), in
 * one contiguous block; block sizes differ by at most one, larger blocks
 * first. A rank may get an empty share when n < size.
 */
ENT_API void ent_par_share(uint64_t n, int rank, int size, uint64_t *begin,
                           uint64_t *end);

/**
 * Rank `rank`'s share of the lines of the file at `path`, as a byte range
 * [*begin, *end): the file is cut near len * rank / size and each cut is
 * moved forward to the start of the next line, so every line belongs to
 * exactly one rank and the ranks' ranges, in rank order, are the file.
 * Returns 0 or ENT_EIO.
 */
ENT_API int ent_par_lines(const char *path, int rank, int size,
                          uint64_t *begin, uint64_t *end);

/**
 * Rank `rank`'s cut of `len` bytes among `size` ranks: [*lo, *hi), near
 * len * rank / size; the last rank's cut ends at len.
 */
ENT_API void ent_par_cut(uint64_t len, int rank, int size, uint64_t *lo,
                         uint64_t *hi);

/**
 * The lines of the file at `path` that start in bytes [lo, hi), as the byte
 * range [*begin, *end) (a cut is moved forward to the next line start, so
 * adjacent cuts give adjacent ranges). first_line (may be NULL) gets the
 * number of lines before *begin. Returns 0 or ENT_EIO.
 */
ENT_API int ent_par_line_range(const char *path, uint64_t lo, uint64_t hi,
                               uint64_t *begin, uint64_t *end,
                               uint64_t *first_line);

#ifdef __cplusplus
}
#endif
#endif
