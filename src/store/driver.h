/*
 * driver.h - internal: the small interface between the store's logic
 * (store.c: what is saved and read back, and when) and a database engine
 * (sqlite.c, pg.c: how). Every value crosses this interface as text (NULL
 * for SQL NULL): the engines convert to their column types, so the two
 * backends store the same rows from the same code.
 *
 * SQL given to query() is written once for both engines: parameters are
 * $1, $2, ... (SQLite binds them by name), and only syntax both accept is
 * used (INSERT ... ON CONFLICT ... DO UPDATE, coalesce, substr, LIKE).
 */
#ifndef ENT_STORE_DRIVER_H
#define ENT_STORE_DRIVER_H

#include <stddef.h>

/** Called once per result row; values[i] is NULL for SQL NULL. Return
 * nonzero to stop (that value is returned by query()). */
typedef int (*ent_store__row_fn)(void *ud, int ncol, const char *const *vals);

typedef struct ent_store__ops {
    const char *name; /* "sqlite", "postgresql" */
    /* The column that orders a table's rows as inserted. */
    const char *order_col;
    /* migrations[i] upgrades schema version i to i + 1. */
    const char *const *migrations;
    int n_migrations;
    int (*open)(void **conn, const char *target);
    void (*close)(void *conn);
    /* One or more statements without parameters. */
    int (*exec)(void *conn, const char *sql);
    /* One statement with text parameters; fn (may be NULL) gets each row. */
    int (*query)(void *conn, const char *sql, int nparams,
                 const char *const *params, ent_store__row_fn fn, void *ud);
    /* Start a write transaction that excludes every other writer of the
     * same store (SQLite BEGIN IMMEDIATE; PostgreSQL an advisory lock). */
    int (*begin_write)(void *conn);
    /* Start a transaction that other writers may share (row-level
     * conflicts only; SQLite has one writer at a time anyway). */
    int (*begin)(void *conn);
    int (*commit)(void *conn);
    void (*rollback)(void *conn);
    /* The schema version (0 for an empty store); -1 on error. */
    int (*get_version)(void *conn);
    /* Record the schema version, inside the write transaction. */
    int (*set_version)(void *conn, int v);
    /* Bulk load rows into `table` (columns `cols`, comma-separated, ncols
     * of them): SQLite reuses one prepared INSERT, PostgreSQL uses COPY.
     * With skip_existing, rows whose key is already stored are dropped
     * (SQLite INSERT OR IGNORE; PostgreSQL COPY into a temporary staging
     * table, then INSERT ... ON CONFLICT DO NOTHING); bulk_end then sets
     * *added (may be NULL) to the rows actually inserted. */
    int (*bulk_begin)(void *conn, const char *table, const char *cols,
                      int ncols, int skip_existing);
    int (*bulk_row)(void *conn, const char *const *vals);
    int (*bulk_end)(void *conn, unsigned long long *added);
    /* The engine's own handle (sqlite3 *), or NULL. */
    void *(*handle)(void *conn);
    /* Whether the last failure was a unique-key violation. */
    int (*conflict)(void *conn);
    /* "x IN the JSON array of strings given as parameter $N": the text to
     * put after x (printf format with one %d), in a form that lets the
     * engine look x up in its index. */
    const char *json_in;
    /* The column names of table $1, in order. */
    const char *columns_sql;
} ent_store__ops;

extern const ent_store__ops ent_store__sqlite_ops;
extern const ent_store__ops ent_store__pg_ops;

#endif
