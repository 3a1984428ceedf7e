/*
 * code_shard.h - `entente code --out DIR` and `mpirun entente-mpi code`:
 * which part of the inputs this rank codes, its output shard, and the
 * manifest of the shards.
 *
 * The inputs are seen as one byte stream (the files in order). Rank r
 * takes the units that start in its cut [len*r/N, len*(r+1)/N): lines of a
 * JSONL input, whole files of a text input. Shares are contiguous and in
 * rank order, so the shards part-00000, part-00001, ... concatenated are
 * the output of one process, whatever N is.
 */
#ifndef ENT_CLI_CODE_SHARD_H
#define ENT_CLI_CODE_SHARD_H

#include <entente/par.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/** One piece of input for this rank. */
typedef struct code_part {
    int file;            /* index into the inputs */
    uint64_t begin, end; /* bytes of the file (whole file for text) */
    uint64_t first_line; /* lines before begin (JSONL) */
} code_part;

/** This rank's parts. jsonl: split files at line boundaries; otherwise
 * whole files. *in_begin and *in_end get the share in stream coordinates.
 * Returns 0 or ENT_EIO (prints nothing). */
int code_shard_plan(const ent_par *par, char **files, int nfiles, bool jsonl,
                    code_part **parts, size_t *n, uint64_t *in_begin,
                    uint64_t *in_end);

/** Create DIR (if needed) and open this rank's shard for writing; its
 * name (part-RRRRR.EXT, relative to DIR) goes to name. */
int code_shard_open(const char *dir, const ent_par *par, const char *ext,
                    FILE **fp, char *name, size_t n);

/** Collective: sum the ranks' counts and, on rank 0 and if no rank
 * failed (failed: this rank's status), write DIR/manifest.json. Returns
 * nonzero if any rank failed or the manifest could not be written. */
int code_shard_finish(const ent_par *par, const char *dir, const char *ext,
                      bool jsonl_in, char **files, int nfiles, bool failed,
                      uint64_t events, uint64_t bytes, uint64_t in_begin,
                      uint64_t in_end);

#endif
