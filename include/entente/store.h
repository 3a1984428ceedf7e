/*
 * entente/store.h - the SQLite store: world layers, scenarios (and, from
 * the coder, events) persisted in one file.
 *
 * DESIGN
 * The schema is versioned with PRAGMA user_version and upgraded by ordered
 * migrations when a store is opened. Each world layer is stored under a
 * layer name: "world" for the base world, "scenario:<id>" for a scenario
 * overlay. Each record is a row with its key columns (for SQL users) and
 * its full JSON form (column `record`), from which it is read back.
 * Saving a world replaces its layers in one transaction, and is skipped
 * when a layer's content hash is unchanged, so loading the same files twice
 * changes nothing. One writer at a time; readers may be many (WAL mode).
 */
#ifndef ENTENTE_STORE_H
#define ENTENTE_STORE_H

#include "world.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_store ent_store;
typedef struct sqlite3 sqlite3;

/** The schema version this library writes. */
#define ENT_STORE_SCHEMA_VERSION 1

/**
 * Open (creating if needed) the store at `path` and migrate its schema to
 * ENT_STORE_SCHEMA_VERSION. Fails with ENT_EDB if the file is not an
 * SQLite database, or its schema is newer than this library knows.
 */
ENT_API int ent_store_open(ent_store **out, const char *path);

/** Close the store. NULL-safe. */
ENT_API void ent_store_close(ent_store *s);

/** The schema version of the open store. */
ENT_API int ent_store_schema_version(ent_store *s);

/**
 * Save every layer of `w` (the base world and, if w is a scenario overlay,
 * the scenario) in one transaction. *changed (may be NULL) is set to the
 * number of layers actually rewritten (0 when nothing changed).
 */
ENT_API int ent_store_save_world(ent_store *s, const ent_world *w,
                                 int *changed);

/**
 * Read the world back: the base layer, plus the scenario `scenario_id`
 * as an overlay. scenario_id NULL means the most recently saved scenario
 * (or none if there is none); "" means the base world only. *out owns
 * everything (free with ent_world_free). ENT_ENOTFOUND if the store holds
 * no world or not that scenario.
 */
ENT_API int ent_store_load_world(ent_store *s, const char *scenario_id,
                                 ent_world **out);

/** Append the ids of stored scenarios (heap strings) to out. */
ENT_API int ent_store_scenarios(ent_store *s, ent_list *out);

/** The underlying connection, for modules that add their own tables. */
ENT_API sqlite3 *ent_store_db(ent_store *s);

#ifdef __cplusplus
}
#endif
#endif
