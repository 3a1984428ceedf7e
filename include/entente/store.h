/*
 * entente/store.h - the store: world layers, scenarios (and, from the
 * coder, events) persisted in one SQLite file, or in a PostgreSQL database
 * that a team shares.
 *
 * DESIGN
 * A store is named by a target: a file path (SQLite, the default) or a
 * postgresql:// (or postgres://) URL, as libpq reads it; a URL may pick the
 * schema with options=-csearch_path%3DNAME, so one database can hold
 * several stores. Both engines hold the same tables and behave the same.
 * The schema is versioned (SQLite: PRAGMA user_version; PostgreSQL: the
 * table entente_schema) and upgraded by ordered migrations when a store is
 * opened, in one transaction. Each world layer is stored under a
 * layer name: "world" for the base world, "scenario:<id>" for a scenario
 * overlay. Each record is a row with its key columns (for SQL users) and
 * its full JSON form (column `record`), from which it is read back.
 * Saving a world replaces its layers in one transaction, and is skipped
 * when a layer's content hash is unchanged, so loading the same files twice
 * changes nothing. Writers queue (SQLite: BEGIN IMMEDIATE with a 60 s busy
 * timeout; PostgreSQL: an advisory lock per store), so many processes, e.g.
 * MPI ranks, may write to one store; readers are never blocked. Records are
 * bulk-loaded (PostgreSQL: COPY). A commit is durable: a killed writer
 * loses only its open transaction.
 */
#ifndef ENTENTE_STORE_H
#define ENTENTE_STORE_H

#include "world.h"

#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_store ent_store;
typedef struct sqlite3 sqlite3;

/** The schema version this library writes. */
#define ENT_STORE_SCHEMA_VERSION 2

/**
 * Open (creating if needed) the store `target` - a file path or a
 * postgresql:// URL - and migrate its schema to ENT_STORE_SCHEMA_VERSION.
 * Fails with ENT_EDB if the file is not an SQLite database, the server
 * cannot be reached, or the schema is newer than this library knows.
 */
ENT_API int ent_store_open(ent_store **out, const char *target);

/** True if `target` is a PostgreSQL URL (postgresql:// or postgres://). */
ENT_API bool ent_store_is_url(const char *target);

/** The engine of an open store: "sqlite" or "postgresql". */
ENT_API const char *ent_store_backend(const ent_store *s);

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

/**
 * Called once per result row of ent_store_query: `vals[i]` is the text of
 * column i (NULL for SQL NULL), valid during the call. Return nonzero to
 * stop; ent_store_query then returns that value.
 */
typedef int (*ent_store_row_fn)(void *ud, int ncol, const char *const *vals);

/**
 * Run one SQL statement on either engine, for modules that read the
 * store's tables (the report's event timeline). Parameters are $1 .. $n,
 * given as text (NULL: SQL NULL); write SQL that both SQLite and
 * PostgreSQL accept (quote "end", no rowid, CASE instead of sums of
 * comparisons). fn (may be NULL) gets each row. Returns 0, ENT_EDB or fn's
 * nonzero value.
 */
ENT_API int ent_store_query(ent_store *s, const char *sql, int nparams,
                            const char *const *params, ent_store_row_fn fn,
                            void *ud);

/**
 * Append the column names of `table` in the store (heap strings, free
 * with ent_world_errors_free) to out, in table order; none if there is no
 * such table. Returns 0 or ENT_EDB.
 */
ENT_API int ent_store_columns(ent_store *s, const char *table, ent_list *out);

/**
 * The underlying SQLite connection, for modules that add their own tables;
 * NULL when the store is a PostgreSQL database (such modules must then go
 * through functions of this header).
 */
ENT_API sqlite3 *ent_store_db(ent_store *s);

#ifdef __cplusplus
}
#endif
#endif
