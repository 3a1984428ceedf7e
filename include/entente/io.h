/*
 * entente/io.h - reading world and scenario files (YAML) into a world.
 *
 * The format is documented in docs/scenario-format.md. Loading is strict:
 * unknown keys, unknown actor codes, impossible dates, overlapping dated
 * records, dangling references and wrongly typed values are all errors.
 * Every problem found in one pass is reported, each as one
 * "file:line:col: message" string.
 */
#ifndef ENTENTE_IO_H
#define ENTENTE_IO_H

#include "world.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Load `n` paths (YAML files, or directories whose *.yaml files are loaded
 * in name order). Plain world files go into one base world. If one of the
 * paths is a scenario (it has a `scenario:` section), the files named in its
 * `world:` list are loaded into the base as well, and the scenario's own
 * records into an overlay on it; at most one scenario may be given.
 *
 * On success *out is the scenario overlay (which owns its base) or the base
 * world, and 0 is returned. If any problem is found, every problem is
 * appended to `errors` (heap strings; free with ent_world_errors_free),
 * *out is NULL and ENT_EINVALID is returned (ENT_EIO if a file could not be
 * read at all; that too is listed in `errors`).
 */
ENT_API int ent_io_load(ent_world **out, const char *const *paths, size_t n,
                        ent_list *errors);

/**
 * Load one YAML document held in memory, named `name` in messages. A
 * scenario's `world:` list is not followed. Same results as ent_io_load.
 */
ENT_API int ent_io_load_buffer(ent_world **out, const char *name,
                               const char *buf, size_t len, ent_list *errors);

#ifdef __cplusplus
}
#endif
#endif
