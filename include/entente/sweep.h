/*
 * entente/sweep.h - assumption grids: the sets of assumptions a sweep
 * (`entente sweep`) runs the cascade simulation under, one per combination
 * of the options of each dimension.
 *
 * FORMAT
 * A grid file is text. `[NAME]` opens a dimension; each following line
 * `LABEL: EXPR EXPR ...` is one option of it: a label ([A-Za-z0-9_.+-],
 * at most 63 bytes) and the assumption expressions it applies, separated
 * by spaces or commas, as `entente simulate --assume` takes them (a
 * scenario assumption id; CODE:out|attacker|target; COMMITMENT=STATUS;
 * COMMITMENT.COND=holds|fails|unknown; -COMMITMENT). An option may apply
 * none. `#` starts a comment. Example:
 *
 *     [troops]
 *     none:
 *     fra-gbr: FRA:target GBR:target
 *     [us]
 *     out: USA:out
 *     joins: USA:target
 *
 * Sets are numbered 0 .. n-1 in row-major order: the last dimension varies
 * fastest (none/out, none/joins, fra-gbr/out, fra-gbr/joins).
 */
#ifndef ENTENTE_SWEEP_H
#define ENTENTE_SWEEP_H

#include "common.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Limits of a grid. */
#define ENT_GRID_MAX_DIMS 16
#define ENT_GRID_MAX_OPTIONS 1024
#define ENT_GRID_MAX_SETS 1000000

typedef struct ent_grid ent_grid;

/**
 * Parse a grid from `len` bytes of `text`; `name` labels errors
 * ("name:line: message"). Every dimension needs at least one option.
 * Returns 0, ENT_EINVALID, ENT_ELIMIT (more than the limits above) or
 * ENT_ENOMEM; *out is NULL on error.
 */
ENT_API int ent_grid_parse(ent_grid **out, const char *text, size_t len,
                           const char *name);

/** Read and parse the grid file at `path` (ENT_EIO if unreadable). */
ENT_API int ent_grid_load(ent_grid **out, const char *path);

/** Free a grid. NULL-safe. */
ENT_API void ent_grid_free(ent_grid *g);

/** Number of dimensions. */
ENT_API size_t ent_grid_dims(const ent_grid *g);

/** Name of dimension d. */
ENT_API const char *ent_grid_dim_name(const ent_grid *g, size_t d);

/** Number of options of dimension d. */
ENT_API size_t ent_grid_options(const ent_grid *g, size_t d);

/** Label of option k of dimension d. */
ENT_API const char *ent_grid_label(const ent_grid *g, size_t d, size_t k);

/** Number of sets (the product of the option counts). */
ENT_API uint64_t ent_grid_sets(const ent_grid *g);

/** The option set `set` takes in dimension d. */
ENT_API size_t ent_grid_choice(const ent_grid *g, uint64_t set, size_t d);

/**
 * The assumption expressions of option k of dimension d: *exprs points to
 * an array (owned by the grid) of the returned number of strings.
 */
ENT_API size_t ent_grid_exprs(const ent_grid *g, size_t d, size_t k,
                              const char *const **exprs);

#ifdef __cplusplus
}
#endif
#endif
