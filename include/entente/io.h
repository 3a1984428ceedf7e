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

/*
 * JSON forms of world records (jansson). The *_to_json functions return a
 * new reference (NULL on ENOMEM); dates are "YYYY-MM-DD" or null for an open
 * end; `asof` (or ENT_DATE_MIN) selects the status to report as
 * "status_asof". The JSON keys are those of the YAML format.
 */
typedef struct json_t json_t;

ENT_API json_t *ent_json_actor(const ent_actor *a);
ENT_API json_t *ent_json_membership(const ent_membership *m);
ENT_API json_t *ent_json_role(const ent_role *r);
ENT_API json_t *ent_json_commitment(const ent_commitment *c, ent_date asof);
ENT_API json_t *ent_json_capability(const ent_capability *c);
ENT_API json_t *ent_json_claim(const ent_claim *c);
ENT_API json_t *ent_json_issue(const ent_issue *i);
ENT_API json_t *ent_json_trigger(const ent_trigger *t);
ENT_API json_t *ent_json_assumption(const ent_assumption *a);
ENT_API json_t *ent_json_scenario(const ent_scenario_info *s);

/**
 * Add a record given in its JSON form (as produced above) to world w.
 * `kind` is one of "actor", "membership", "role", "commitment",
 * "capability", "claim", "issue", "trigger", "assumption", "scenario".
 * Returns 0, ENT_EINVALID (malformed), or ENT_ENOMEM.
 */
ENT_API int ent_json_add_record(ent_world *w, const char *kind,
                                const json_t *rec);

/**
 * A canonical JSON dump of one layer of w (not its parents): every record
 * kind as a sorted array. Two worlds holding the same facts dump to the same
 * text. Returns a malloc'd string (caller frees) or NULL on ENOMEM.
 */
ENT_API char *ent_json_dump_layer(const ent_world *w);

#ifdef __cplusplus
}
#endif
#endif
