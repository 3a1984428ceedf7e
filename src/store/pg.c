/*
 * pg.c - the PostgreSQL engine of the store (see driver.h), through libpq.
 *
 * DESIGN
 * A store is the first schema on the connection's search_path (by default
 * `public`; a URL may choose another with options=-csearch_path%3DNAME), so
 * one database can hold several stores. The tables are those of the SQLite
 * store with PostgreSQL types, plus a `rid bigserial` column in each record
 * table that keeps rows in insertion order (SQLite's rowid). PostgreSQL has
 * no user_version: the version lives in the table entente_schema.
 * Writers (and migrations) take a transaction-scoped advisory lock keyed by
 * the schema name, so many processes (MPI ranks) may write to one store at
 * once: they queue, and each layer write is all or nothing. Records are
 * loaded with COPY ... FROM STDIN in text format, buffered in 64 KiB
 * messages. Rows that may be stored already (skip_existing) are copied
 * straight in under a savepoint; only when a key exists is the batch
 * rolled back to it and loaded again through a temporary staging table
 * with INSERT ... ON CONFLICT DO NOTHING. Writers of events take no lock:
 * they conflict only on rows (the same document stored by two writers at
 * once), which the event store retries. Commits are synchronous (the
 * server's default), so a killed client loses at most its open
 * transaction.
 */
#include "store/driver.h"

#include <entente/common.h>

#include "store/pq_dl.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COPY_BUF = 65536, ADVISORY_CLASS = 0x656e74 /* "ent" */ };

typedef struct pg {
    PGconn *c;
    char state[6]; /* SQLSTATE of the last failed statement */
    bool copying;
    bool retain;        /* keep the COPY data of this bulk load */
    char table[64];     /* of the bulk load */
    char cols[512];
    int ncols;
    size_t len;
    char *buf; /* COPY_BUF bytes of pending COPY data */
    char *kept; /* all COPY data of the bulk load, when retain */
    size_t kept_len, kept_cap;
} pg;

#define PK "rid bigserial, "
/* Twin of the SQLite migrations in sqlite.c, with PostgreSQL types. */
static const char *const migrations[] = {
    "CREATE TABLE entente_schema(version integer NOT NULL);"
    "CREATE TABLE layers(layer text PRIMARY KEY, hash text NOT NULL,"
    "  info text, seq bigint NOT NULL, saved_at text NOT NULL);"
    "CREATE TABLE actors(" PK "layer text NOT NULL, code text NOT NULL,"
    "  kind text NOT NULL, name text, iso3 text, cow integer, source text,"
    "  record text NOT NULL, PRIMARY KEY(layer, code));"
    "CREATE TABLE memberships(" PK "layer text NOT NULL, member text NOT NULL,"
    "  grp text NOT NULL, status text, from_date text, until_date text,"
    "  source text, record text NOT NULL);"
    "CREATE INDEX memberships_member ON memberships(layer, member);"
    "CREATE TABLE roles(" PK "layer text NOT NULL, person text NOT NULL,"
    "  role text NOT NULL, of_actor text NOT NULL, at_actor text,"
    "  from_date text, until_date text, title text, source text,"
    "  record text NOT NULL);"
    "CREATE INDEX roles_of ON roles(layer, of_actor);"
    "CREATE TABLE commitments(" PK "layer text NOT NULL, id text NOT NULL,"
    "  kind text NOT NULL, status text NOT NULL, from_date text,"
    "  until_date text, name text, source text, record text NOT NULL,"
    "  PRIMARY KEY(layer, id));"
    "CREATE TABLE capabilities(" PK "layer text NOT NULL, actor text NOT NULL,"
    "  year integer NOT NULL, milex_usd_m double precision,"
    "  personnel double precision, warheads double precision,"
    "  cinc double precision, source text, record text NOT NULL,"
    "  PRIMARY KEY(layer, actor, year));"
    "CREATE TABLE claims(" PK "layer text NOT NULL, id text,"
    "  actor text NOT NULL, kind text NOT NULL, date text, about text,"
    "  text text, source text, record text NOT NULL);"
    "CREATE TABLE issues(" PK "layer text NOT NULL, id text NOT NULL,"
    "  name text, rule text, record text NOT NULL, PRIMARY KEY(layer, id));"
    "CREATE TABLE triggers(" PK "layer text NOT NULL, id text, attacker text,"
    "  target text, record text NOT NULL);"
    "CREATE TABLE assumptions(" PK "layer text NOT NULL, id text NOT NULL,"
    "  record text NOT NULL, PRIMARY KEY(layer, id));"
    "CREATE TABLE removed(" PK "layer text NOT NULL,"
    "  commitment text NOT NULL, PRIMARY KEY(layer, commitment));",
    "CREATE TABLE IF NOT EXISTS event_documents(doc text PRIMARY KEY,"
    " date text, hash text NOT NULL UNIQUE, n_events integer NOT NULL,"
    " ingested text NOT NULL DEFAULT"
    " (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')));"
    "CREATE TABLE IF NOT EXISTS events(id bigserial PRIMARY KEY,"
    " doc text NOT NULL REFERENCES event_documents(doc),"
    " sentence integer NOT NULL, date text, source text NOT NULL, target text,"
    " source_root text NOT NULL, target_root text, cameo text NOT NULL,"
    " root text NOT NULL, plover text, plover_mode text, quad_class integer,"
    " goldstein double precision, negated integer NOT NULL,"
    " modality text NOT NULL, start bigint, \"end\" bigint,"
    " source_start bigint, source_end bigint, target_start bigint,"
    " target_end bigint, text text);"
    "CREATE INDEX IF NOT EXISTS events_source ON events(source_root, date);"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_root, date);",
};

static int err(pg *P, const char *what)
{
    const char *m = P && P->c ? PQerrorMessage(P->c) : "no connection";
    size_t n = strlen(m);
    while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
        n--;
    return ent_error_set(ENT_EDB, "store: %s: %.*s", what, (int)n, m);
}

static int res_err(pg *P, PGresult *r, const char *what)
{
    const char *m = r ? PQresultErrorMessage(r) : "";
    const char *st = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    snprintf(P->state, sizeof P->state, "%s", st ? st : "");
    if (!m || !*m)
        return err(P, what);
    size_t n = strlen(m);
    while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
        n--;
    return ent_error_set(ENT_EDB, "store: %s: %.*s", what, (int)n, m);
}

static void quiet(void *arg, const char *msg)
{
    (void)arg;
    (void)msg;
}

static void pg_close(void *conn)
{
    pg *P = conn;
    if (!P)
        return;
    PQfinish(P->c);
    free(P->buf);
    free(P->kept);
    free(P);
}

static int pg_exec(void *conn, const char *sql)
{
    pg *P = conn;
    PGresult *r = PQexec(P->c, sql);
    ExecStatusType s = PQresultStatus(r);
    int rc = 0;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        rc = res_err(P, r, "executing");
    PQclear(r);
    return rc;
}

static int pg_open(void **out, const char *url)
{
    pg *P;
    int rc;
    *out = NULL;
    if ((rc = ent_pq__load()) != 0)
        return rc;
    P = calloc(1, sizeof *P);
    if (!P || !(P->buf = malloc(COPY_BUF))) {
        free(P);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    P->c = PQconnectdb(url);
    if (!P->c || PQstatus(P->c) != CONNECTION_OK) {
        rc = err(P, "cannot connect");
        goto done;
    }
    PQsetNoticeProcessor(P->c, quiet, NULL);
    if (PQsetClientEncoding(P->c, "UTF8") != 0) {
        rc = err(P, "setting the client encoding");
        goto done;
    }
    rc = pg_exec(P, "SET client_min_messages = warning");
done:
    if (rc) {
        pg_close(P);
        return rc;
    }
    *out = P;
    return 0;
}

static int pg_query(void *conn, const char *sql, int np,
                    const char *const *params, ent_store__row_fn fn, void *ud)
{
    pg *P = conn;
    const char *vals[32];
    int rc = 0;
    PGresult *r = PQexecParams(P->c, sql, np, NULL, params, NULL, NULL, 0);
    ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
        rc = res_err(P, r, "running a statement");
        goto done;
    }
    int nr = PQntuples(r), nc = PQnfields(r);
    if (nc > 32)
        nc = 32;
    for (int i = 0; fn && i < nr; i++) {
        for (int j = 0; j < nc; j++)
            vals[j] = PQgetisnull(r, i, j) ? NULL : PQgetvalue(r, i, j);
        if ((rc = fn(ud, nc, vals)))
            break;
    }
done:
    PQclear(r);
    return rc;
}

static int pg_begin(void *conn)
{
    char sql[160];
    snprintf(sql, sizeof sql,
             "BEGIN; SELECT pg_advisory_xact_lock(%d, hashtext(current_schema()))",
             ADVISORY_CLASS);
    return pg_exec(conn, sql);
}

static int pg_begin_shared(void *conn)
{
    return pg_exec(conn, "BEGIN");
}

static int pg_commit(void *conn)
{
    return pg_exec(conn, "COMMIT");
}

static void pg_rollback(void *conn)
{
    pg *P = conn;
    if (P->copying) {
        PQputCopyEnd(P->c, "aborted");
        PGresult *r;
        while ((r = PQgetResult(P->c)))
            PQclear(r);
        P->copying = false;
    }
    PQclear(PQexec(P->c, "ROLLBACK"));
}

static int first_int(void *ud, int nc, const char *const *v)
{
    if (nc > 0 && v[0])
        *(int *)ud = atoi(v[0]);
    return 0;
}

static int pg_get_version(void *conn)
{
    int exists = 0, v = 0;
    if (pg_query(conn,
                 "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename ="
                 " 'entente_schema' AND schemaname = current_schema()",
                 0, NULL, first_int, &exists))
        return -1;
    if (!exists)
        return 0;
    if (pg_query(conn, "SELECT coalesce(max(version), 0) FROM entente_schema",
                 0, NULL, first_int, &v))
        return -1;
    return v;
}

static int pg_set_version(void *conn, int v)
{
    char sql[128];
    snprintf(sql, sizeof sql,
             "DELETE FROM entente_schema; INSERT INTO entente_schema "
             "VALUES(%d)",
             v);
    return pg_exec(conn, sql);
}

static int flush(pg *P)
{
    if (P->len && P->retain) {
        if (P->kept_len + P->len > P->kept_cap) {
            size_t cap = P->kept_cap ? P->kept_cap : COPY_BUF;
            while (cap < P->kept_len + P->len)
                cap *= 2;
            char *k = realloc(P->kept, cap);
            if (!k)
                return ent_error_set(ENT_ENOMEM, "out of memory");
            P->kept = k;
            P->kept_cap = cap;
        }
        memcpy(P->kept + P->kept_len, P->buf, P->len);
        P->kept_len += P->len;
    }
    if (P->len && PQputCopyData(P->c, P->buf, (int)P->len) != 1)
        return err(P, "sending COPY data");
    P->len = 0;
    return 0;
}

/* Start COPY into `table`. */
static int copy_in(pg *P, const char *table, const char *cols)
{
    char sql[2048];
    int rc = 0;
    int n = snprintf(sql, sizeof sql, "COPY %s(%s) FROM STDIN", table, cols);
    if (n < 0 || (size_t)n >= sizeof sql)
        return ent_error_set(ENT_EINVALID, "COPY into %s: column list too long",
                             table);
    PGresult *r = PQexec(P->c, sql);
    if (PQresultStatus(r) != PGRES_COPY_IN)
        rc = res_err(P, r, "starting COPY");
    else
        P->copying = true;
    PQclear(r);
    return rc;
}

/* End COPY; *n gets the rows copied, *unique whether it failed on a
 * duplicate key. */
static int copy_end(pg *P, int rc, unsigned long long *n, bool *unique)
{
    *n = 0;
    if (unique)
        *unique = false;
    if (PQputCopyEnd(P->c, rc ? "aborted" : NULL) != 1 && !rc)
        rc = err(P, "ending COPY");
    P->copying = false;
    PGresult *r;
    while ((r = PQgetResult(P->c))) {
        if (!rc && PQresultStatus(r) != PGRES_COMMAND_OK) {
            const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
            if (unique && state && strcmp(state, "23505") == 0)
                *unique = true;
            rc = res_err(P, r, "loading records with COPY");
        } else if (!rc) {
            *n = strtoull(PQcmdTuples(r), NULL, 10);
        }
        PQclear(r);
    }
    return rc;
}

static int pg_bulk_begin(void *conn, const char *table, const char *cols,
                         int ncols, int skip_existing)
{
    pg *P = conn;
    int rc;
    P->retain = skip_existing != 0;
    P->kept_len = 0;
    P->len = 0;
    P->ncols = ncols;
    snprintf(P->table, sizeof P->table, "%s", table);
    snprintf(P->cols, sizeof P->cols, "%s", cols);
    /* Rows that may be stored already: COPY them straight in under a
     * savepoint (the fast path: new events), and keep them, to load them
     * through a staging table if a key turns out to exist. */
    if (P->retain && (rc = pg_exec(P, "SAVEPOINT ent_bulk")))
        return rc;
    return copy_in(P, table, cols);
}

/* Append one field in COPY text format: \N for NULL, and backslash
 * escapes for backslash, newline, carriage return and tab. */
static int put_field(pg *P, const char *v, char sep)
{
    int rc;
    if (P->len + 3 > COPY_BUF && (rc = flush(P)))
        return rc;
    if (!v) {
        P->buf[P->len++] = '\\';
        P->buf[P->len++] = 'N';
    }
    for (const char *p = v; p && *p; p++) {
        if (P->len + 3 > COPY_BUF && (rc = flush(P)))
            return rc;
        char ch = *p, esc = 0;
        if (ch == '\\')
            esc = '\\';
        else if (ch == '\n')
            esc = 'n';
        else if (ch == '\r')
            esc = 'r';
        else if (ch == '\t')
            esc = 't';
        if (esc) {
            P->buf[P->len++] = '\\';
            P->buf[P->len++] = esc;
        } else {
            P->buf[P->len++] = ch;
        }
    }
    P->buf[P->len++] = sep;
    return 0;
}

static int pg_bulk_row(void *conn, const char *const *vals)
{
    pg *P = conn;
    int rc = 0;
    for (int i = 0; i < P->ncols && !rc; i++)
        rc = put_field(P, vals[i], i + 1 < P->ncols ? '\t' : '\n');
    return rc;
}

/* Load the kept rows through a staging table, skipping stored keys. */
static int staged(pg *P, unsigned long long *added)
{
    char sql[1600];
    unsigned long long n;
    int rc;
    snprintf(sql, sizeof sql,
             "ROLLBACK TO SAVEPOINT ent_bulk;"
             "CREATE TEMP TABLE IF NOT EXISTS ent_stage_%s (LIKE %s);"
             "TRUNCATE ent_stage_%s",
             P->table, P->table, P->table);
    if ((rc = pg_exec(P, sql)))
        return rc;
    snprintf(sql, sizeof sql, "ent_stage_%s", P->table);
    if ((rc = copy_in(P, sql, P->cols)))
        return rc;
    if (P->kept_len && PQputCopyData(P->c, P->kept, (int)P->kept_len) != 1)
        rc = err(P, "sending COPY data");
    if ((rc = copy_end(P, rc, &n, NULL)))
        return rc;
    snprintf(sql, sizeof sql,
             "INSERT INTO %s(%s) SELECT %s FROM ent_stage_%s"
             " ON CONFLICT DO NOTHING",
             P->table, P->cols, P->cols, P->table);
    PGresult *r = PQexec(P->c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        rc = res_err(P, r, "inserting staged records");
    else
        *added = strtoull(PQcmdTuples(r), NULL, 10);
    PQclear(r);
    return rc;
}

static int pg_bulk_end(void *conn, unsigned long long *added)
{
    pg *P = conn;
    unsigned long long n = 0;
    bool unique = false;
    int rc = flush(P);
    rc = copy_end(P, rc, &n, P->retain ? &unique : NULL);
    if (P->retain) {
        if (rc && unique) {
            ent_error_clear();
            rc = staged(P, &n);
        }
        if (!rc)
            rc = pg_exec(P, "RELEASE SAVEPOINT ent_bulk");
    }
    P->retain = false;
    P->kept_len = 0;
    if (added)
        *added = rc ? 0 : n;
    return rc;
}

static int pg_conflict(void *conn)
{
    pg *P = conn;
    return strcmp(P->state, "23505") == 0;
}

static void *pg_handle(void *conn)
{
    (void)conn;
    return NULL;
}

const ent_store__ops ent_store__pg_ops = {
    .name = "postgresql",
    .order_col = "rid",
    .migrations = migrations,
    .n_migrations = (int)(sizeof migrations / sizeof migrations[0]),
    .open = pg_open,
    .close = pg_close,
    .exec = pg_exec,
    .query = pg_query,
    .begin_write = pg_begin,
    .begin = pg_begin_shared,
    .commit = pg_commit,
    .rollback = pg_rollback,
    .get_version = pg_get_version,
    .set_version = pg_set_version,
    .bulk_begin = pg_bulk_begin,
    .bulk_row = pg_bulk_row,
    .bulk_end = pg_bulk_end,
    .handle = pg_handle,
    .conflict = pg_conflict,
    .json_in = "= ANY(ARRAY(SELECT json_array_elements_text($%d::json)))",
    .columns_sql = "SELECT column_name FROM information_schema.columns"
                   " WHERE table_schema = current_schema() AND"
                   " table_name = $1 ORDER BY ordinal_position",
};
