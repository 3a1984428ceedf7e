/*
 * sqlite.c - the SQLite engine of the store (see driver.h): one file, WAL
 * journal, schema version in PRAGMA user_version, writers serialised by
 * BEGIN IMMEDIATE with a busy timeout, bulk loads through one reused
 * prepared INSERT.
 */
#include "store/driver.h"

#include <entente/common.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct lite {
    sqlite3 *db;
    sqlite3_stmt *bulk; /* the prepared INSERT of a bulk load */
    int bulk_n;
    unsigned long long bulk_added;
} lite;

/* Migrations: migrations[i] upgrades version i to i + 1. Never edit one
 * that has shipped; append a new one (and its PostgreSQL twin in pg.c). */
static const char *const migrations[] = {
    "CREATE TABLE layers(layer TEXT PRIMARY KEY, hash TEXT NOT NULL,"
    "  info TEXT, seq INTEGER NOT NULL, saved_at TEXT NOT NULL);"
    "CREATE TABLE actors(layer TEXT NOT NULL, code TEXT NOT NULL,"
    "  kind TEXT NOT NULL, name TEXT, iso3 TEXT, cow INTEGER, source TEXT,"
    "  record TEXT NOT NULL, PRIMARY KEY(layer, code));"
    "CREATE TABLE memberships(layer TEXT NOT NULL, member TEXT NOT NULL,"
    "  grp TEXT NOT NULL, status TEXT, from_date TEXT, until_date TEXT,"
    "  source TEXT, record TEXT NOT NULL);"
    "CREATE INDEX memberships_member ON memberships(layer, member);"
    "CREATE TABLE roles(layer TEXT NOT NULL, person TEXT NOT NULL,"
    "  role TEXT NOT NULL, of_actor TEXT NOT NULL, at_actor TEXT,"
    "  from_date TEXT, until_date TEXT, title TEXT, source TEXT,"
    "  record TEXT NOT NULL);"
    "CREATE INDEX roles_of ON roles(layer, of_actor);"
    "CREATE TABLE commitments(layer TEXT NOT NULL, id TEXT NOT NULL,"
    "  kind TEXT NOT NULL, status TEXT NOT NULL, from_date TEXT,"
    "  until_date TEXT, name TEXT, source TEXT, record TEXT NOT NULL,"
    "  PRIMARY KEY(layer, id));"
    "CREATE TABLE capabilities(layer TEXT NOT NULL, actor TEXT NOT NULL,"
    "  year INTEGER NOT NULL, milex_usd_m REAL, personnel REAL,"
    "  warheads REAL, cinc REAL, source TEXT, record TEXT NOT NULL,"
    "  PRIMARY KEY(layer, actor, year));"
    "CREATE TABLE claims(layer TEXT NOT NULL, id TEXT, actor TEXT NOT NULL,"
    "  kind TEXT NOT NULL, date TEXT, about TEXT, text TEXT, source TEXT,"
    "  record TEXT NOT NULL);"
    "CREATE TABLE issues(layer TEXT NOT NULL, id TEXT NOT NULL, name TEXT,"
    "  rule TEXT, record TEXT NOT NULL, PRIMARY KEY(layer, id));"
    "CREATE TABLE triggers(layer TEXT NOT NULL, id TEXT, attacker TEXT,"
    "  target TEXT, record TEXT NOT NULL);"
    "CREATE TABLE assumptions(layer TEXT NOT NULL, id TEXT NOT NULL,"
    "  record TEXT NOT NULL, PRIMARY KEY(layer, id));"
    "CREATE TABLE removed(layer TEXT NOT NULL, commitment TEXT NOT NULL,"
    "  PRIMARY KEY(layer, commitment));",
    /* 2: coded events with provenance (src/events/event_store.c), one
     * row per document and per event. IF NOT EXISTS: stores written by
     * entente before schema 2 may have created them already. */
    "CREATE TABLE IF NOT EXISTS event_documents(doc TEXT PRIMARY KEY,"
    " date TEXT, hash TEXT NOT NULL UNIQUE, n_events INTEGER NOT NULL,"
    " ingested TEXT NOT NULL DEFAULT (datetime('now')));"
    "CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY,"
    " doc TEXT NOT NULL REFERENCES event_documents(doc), sentence INTEGER NOT NULL,"
    " date TEXT, source TEXT NOT NULL, target TEXT, source_root TEXT NOT NULL,"
    " target_root TEXT, cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT,"
    " plover_mode TEXT, quad_class INTEGER, goldstein REAL, negated INTEGER NOT NULL,"
    " modality TEXT NOT NULL, start INTEGER, \"end\" INTEGER, source_start INTEGER,"
    " source_end INTEGER, target_start INTEGER, target_end INTEGER,"
    " text TEXT);" /* the source sentence, when the producer gives it */
    "CREATE INDEX IF NOT EXISTS events_source ON events(source_root, date);"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_root, date);",
};

static int err(lite *L, const char *what)
{
    return ent_error_set(ENT_EDB, "store: %s: %s", what,
                         L && L->db ? sqlite3_errmsg(L->db) : "no database");
}

static int lite_exec(void *conn, const char *sql)
{
    lite *L = conn;
    char *msg = NULL;
    if (sqlite3_exec(L->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        int rc = ent_error_set(ENT_EDB, "store: %s", msg ? msg : "error");
        sqlite3_free(msg);
        return rc;
    }
    return 0;
}

static void lite_close(void *conn)
{
    lite *L = conn;
    if (!L)
        return;
    sqlite3_finalize(L->bulk);
    sqlite3_close(L->db);
    free(L);
}

static int lite_open(void **out, const char *path)
{
    lite *L = calloc(1, sizeof *L);
    int rc = 0;
    *out = NULL;
    if (!L)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    if (sqlite3_open_v2(path, &L->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        NULL) != SQLITE_OK) {
        rc = ent_error_set(ENT_EDB, "store: cannot open '%s': %s", path,
                           L->db ? sqlite3_errmsg(L->db) : "out of memory");
        goto done;
    }
    sqlite3_busy_timeout(L->db, 60000);
    /* Switching a new file to WAL takes an exclusive lock that the busy
     * timeout does not wait for: when several processes open one new
     * store at once (MPI ranks), retry for a while. */
    for (int tries = 0; tries < 200; tries++) {
        rc = sqlite3_exec(L->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(25);
    }
    rc = 0;
    if ((rc = lite_exec(L, "PRAGMA journal_mode = WAL")) ||
        (rc = lite_exec(L, "PRAGMA synchronous = NORMAL")) ||
        (rc = lite_exec(L, "PRAGMA foreign_keys = ON"))) {
        ent_error_set(rc, "store: '%s' is not an entente store (%s)", path,
                      sqlite3_errmsg(L->db));
        goto done;
    }
done:
    if (rc) {
        lite_close(L);
        return rc;
    }
    *out = L;
    return 0;
}

/* Bind text parameters named $1..$n (each may appear any number of
 * times, or not at all). */
static int bind_all(lite *L, sqlite3_stmt *st, int n, const char *const *v)
{
    for (int i = 0; i < n; i++) {
        char name[16];
        snprintf(name, sizeof name, "$%d", i + 1);
        int idx = sqlite3_bind_parameter_index(st, name);
        if (!idx)
            continue;
        int r = v[i] ? sqlite3_bind_text(st, idx, v[i], -1, SQLITE_TRANSIENT)
                     : sqlite3_bind_null(st, idx);
        if (r != SQLITE_OK)
            return err(L, "binding a value");
    }
    return 0;
}

static int lite_query(void *conn, const char *sql, int np,
                      const char *const *params, ent_store__row_fn fn,
                      void *ud)
{
    lite *L = conn;
    sqlite3_stmt *st = NULL;
    const char *vals[32];
    int rc = 0, step;
    if (sqlite3_prepare_v2(L->db, sql, -1, &st, NULL) != SQLITE_OK)
        return err(L, "preparing a statement");
    if ((rc = bind_all(L, st, np, params)))
        goto done;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int nc = sqlite3_column_count(st);
        if (nc > 32)
            nc = 32;
        for (int i = 0; i < nc; i++)
            vals[i] = (const char *)sqlite3_column_text(st, i);
        if (fn && (rc = fn(ud, nc, vals)))
            goto done;
    }
    if (step != SQLITE_DONE)
        rc = err(L, "running a statement");
done:
    sqlite3_finalize(st);
    return rc;
}

static int lite_begin(void *conn)
{
    return lite_exec(conn, "BEGIN IMMEDIATE");
}

static int lite_begin_shared(void *conn)
{
    return lite_exec(conn, "BEGIN IMMEDIATE");
}

static int lite_commit(void *conn)
{
    return lite_exec(conn, "COMMIT");
}

static void lite_rollback(void *conn)
{
    lite *L = conn;
    sqlite3_exec(L->db, "ROLLBACK", NULL, NULL, NULL);
}

static int lite_get_version(void *conn)
{
    int v = -1;
    lite *L = conn;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(L->db, "PRAGMA user_version", -1, &st, NULL) ==
        SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

static int lite_set_version(void *conn, int v)
{
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v);
    return lite_exec(conn, sql);
}

static int lite_bulk_begin(void *conn, const char *table, const char *cols,
                           int ncols, int skip_existing)
{
    lite *L = conn;
    char sql[512];
    int off = snprintf(sql, sizeof sql, "INSERT %sINTO %s(%s) VALUES(",
                       skip_existing ? "OR IGNORE " : "", table, cols);
    for (int i = 0; i < ncols && off > 0 && (size_t)off < sizeof sql - 8; i++)
        off += snprintf(sql + off, sizeof sql - (size_t)off, "%s?",
                        i ? "," : "");
    snprintf(sql + off, sizeof sql - (size_t)off, ")");
    sqlite3_finalize(L->bulk);
    L->bulk = NULL;
    if (sqlite3_prepare_v2(L->db, sql, -1, &L->bulk, NULL) != SQLITE_OK)
        return err(L, "preparing an insert");
    L->bulk_n = ncols;
    L->bulk_added = 0;
    return 0;
}

static int lite_bulk_row(void *conn, const char *const *vals)
{
    lite *L = conn;
    sqlite3_reset(L->bulk);
    for (int i = 0; i < L->bulk_n; i++) {
        if (vals[i])
            sqlite3_bind_text(L->bulk, i + 1, vals[i], -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(L->bulk, i + 1);
    }
    if (sqlite3_step(L->bulk) != SQLITE_DONE)
        return err(L, "inserting a record");
    L->bulk_added += (unsigned long long)sqlite3_changes(L->db);
    return 0;
}

static int lite_bulk_end(void *conn, unsigned long long *added)
{
    lite *L = conn;
    if (added)
        *added = L->bulk_added;
    sqlite3_finalize(L->bulk);
    L->bulk = NULL;
    return 0;
}

static int lite_conflict(void *conn)
{
    lite *L = conn;
    int e = sqlite3_extended_errcode(L->db);
    return e == SQLITE_CONSTRAINT_PRIMARYKEY || e == SQLITE_CONSTRAINT_UNIQUE;
}

static void *lite_handle(void *conn)
{
    return ((lite *)conn)->db;
}

const ent_store__ops ent_store__sqlite_ops = {
    .name = "sqlite",
    .order_col = "rowid",
    .migrations = migrations,
    .n_migrations = (int)(sizeof migrations / sizeof migrations[0]),
    .open = lite_open,
    .close = lite_close,
    .exec = lite_exec,
    .query = lite_query,
    .begin_write = lite_begin,
    .begin = lite_begin_shared,
    .commit = lite_commit,
    .rollback = lite_rollback,
    .get_version = lite_get_version,
    .set_version = lite_set_version,
    .bulk_begin = lite_bulk_begin,
    .bulk_row = lite_bulk_row,
    .bulk_end = lite_bulk_end,
    .handle = lite_handle,
    .conflict = lite_conflict,
    .json_in = "IN (SELECT value FROM json_each($%d))",
    .columns_sql = "SELECT name FROM pragma_table_info($1) ORDER BY cid",
};
