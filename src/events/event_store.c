/*
 * event_store.c - coded events in the SQLite store: one transaction per
 * document (all or nothing), deduplicated by document id and content hash,
 * with provenance (document, sentence, byte offsets); queries by actor and
 * date; dyad relations computed from stored events.
 */
#include <entente/events.h>
#include <entente/store.h>

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS event_documents(doc TEXT PRIMARY KEY,"
    " date TEXT, hash TEXT NOT NULL UNIQUE, n_events INTEGER NOT NULL,"
    " ingested TEXT NOT NULL DEFAULT (datetime('now')));"
    "CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY,"
    " doc TEXT NOT NULL REFERENCES event_documents(doc), sentence INTEGER NOT NULL,"
    " date TEXT, source TEXT NOT NULL, target TEXT, source_root TEXT NOT NULL,"
    " target_root TEXT, cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT,"
    " plover_mode TEXT, quad_class INTEGER, goldstein REAL, negated INTEGER NOT NULL,"
    " modality TEXT NOT NULL, start INTEGER, end INTEGER, source_start INTEGER,"
    " source_end INTEGER, target_start INTEGER, target_end INTEGER);"
    "CREATE INDEX IF NOT EXISTS events_source ON events(source_root, date);"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_root, date);";

static int db_fail(sqlite3 *db, const char *what)
{
    return ent_error_set(ENT_EDB, "store: %s: %s", what, db ? sqlite3_errmsg(db) : "no database");
}

static int ensure_schema(sqlite3 *db)
{
    char *err = NULL;
    if (sqlite3_exec(db, schema, NULL, NULL, &err) != SQLITE_OK) {
        int rc = ent_error_set(ENT_EDB, "store: creating event tables: %s", err ? err : "");
        sqlite3_free(err);
        return rc;
    }
    return 0;
}

uint64_t ent_event_doc_hash(const char *text, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)text[i];
        h *= 1099511628211ull;
    }
    return h;
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
    if (s && s[0])
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

int ent_events_store_document(ent_store *s, const char *doc, ent_date date,
                              uint64_t hash, const ent_event *events, size_t n,
                              int *added)
{
    sqlite3 *db = ent_store_db(s);
    sqlite3_stmt *q = NULL, *ins = NULL, *ev = NULL;
    char hs[17], ds[11];
    int rc = 0;
    *added = 0;
    if (!db)
        return db_fail(db, "no database");
    if ((rc = ensure_schema(db)))
        return rc;
    snprintf(hs, sizeof hs, "%016llx", (unsigned long long)hash);
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(db, "begin");
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM event_documents WHERE doc = ?1 OR hash = ?2",
                           -1, &q, NULL) != SQLITE_OK) {
        rc = db_fail(db, "prepare");
        goto done;
    }
    sqlite3_bind_text(q, 1, doc, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 2, hs, -1, SQLITE_TRANSIENT);
    int step = sqlite3_step(q);
    if (step == SQLITE_ROW)
        goto done; /* already stored: nothing new */
    if (step != SQLITE_DONE) {
        rc = db_fail(db, "lookup");
        goto done;
    }
    if (sqlite3_prepare_v2(db, "INSERT INTO event_documents(doc, date, hash, n_events)"
                               " VALUES(?1, ?2, ?3, ?4)",
                           -1, &ins, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO events(doc, sentence, date, source, target,"
                           " source_root, target_root, cameo, root, plover, plover_mode,"
                           " quad_class, goldstein, negated, modality, start, end,"
                           " source_start, source_end, target_start, target_end)"
                           " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,"
                           "?16,?17,?18,?19,?20,?21)",
                           -1, &ev, NULL) != SQLITE_OK) {
        rc = db_fail(db, "prepare");
        goto done;
    }
    sqlite3_bind_text(ins, 1, doc, -1, SQLITE_TRANSIENT);
    if (date == ENT_DATE_MIN)
        sqlite3_bind_null(ins, 2);
    else
        sqlite3_bind_text(ins, 2, ent_date_format(date, ds), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 3, hs, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(ins, 4, (sqlite3_int64)n);
    if (sqlite3_step(ins) != SQLITE_DONE) {
        rc = db_fail(db, "insert document");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        const ent_event *e = &events[i];
        const ent_cameo_info *ci = ent_cameo_lookup(e->cameo);
        char root[3] = {e->cameo[0], e->cameo[0] ? e->cameo[1] : '\0', '\0'};
        sqlite3_reset(ev);
        sqlite3_clear_bindings(ev);
        sqlite3_bind_text(ev, 1, doc, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(ev, 2, e->sentence);
        if (e->date == ENT_DATE_MIN)
            sqlite3_bind_null(ev, 3);
        else
            sqlite3_bind_text(ev, 3, ent_date_format(e->date, ds), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ev, 4, e->source, -1, SQLITE_TRANSIENT);
        bind_text_or_null(ev, 5, e->target);
        sqlite3_bind_text(ev, 6, e->source_root, -1, SQLITE_TRANSIENT);
        bind_text_or_null(ev, 7, e->target_root);
        sqlite3_bind_text(ev, 8, e->cameo, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ev, 9, root, -1, SQLITE_TRANSIENT);
        bind_text_or_null(ev, 10, ci ? ci->plover : NULL);
        bind_text_or_null(ev, 11, ci ? ci->mode : NULL);
        sqlite3_bind_int(ev, 12, (int)ent_cameo_quad(e->cameo));
        sqlite3_bind_double(ev, 13, ci ? ci->goldstein : 0.0);
        sqlite3_bind_int(ev, 14, e->negated);
        sqlite3_bind_text(ev, 15, ent_modality_name(e->modality), -1, SQLITE_STATIC);
        sqlite3_bind_int64(ev, 16, (sqlite3_int64)e->start);
        sqlite3_bind_int64(ev, 17, (sqlite3_int64)e->end);
        sqlite3_bind_int64(ev, 18, (sqlite3_int64)e->source_start);
        sqlite3_bind_int64(ev, 19, (sqlite3_int64)e->source_end);
        sqlite3_bind_int64(ev, 20, (sqlite3_int64)e->target_start);
        sqlite3_bind_int64(ev, 21, (sqlite3_int64)e->target_end);
        if (sqlite3_step(ev) != SQLITE_DONE) {
            rc = db_fail(db, "insert event");
            goto done;
        }
    }
    *added = 1;
done:
    sqlite3_finalize(q);
    sqlite3_finalize(ins);
    sqlite3_finalize(ev);
    if (rc == 0 && *added) {
        if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
            rc = db_fail(db, "commit");
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            *added = 0;
        }
    } else {
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        if (rc)
            *added = 0;
    }
    return rc;
}

static void copy_col(char *dst, sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    snprintf(dst, ENT_ACTOR_CODE_MAX, "%s", t ? (const char *)t : "");
}

int ent_events_query(ent_store *s, const char *actor, ent_date since,
                     ent_event_row_fn fn, void *ctx)
{
    sqlite3 *db = ent_store_db(s);
    sqlite3_stmt *st = NULL;
    int rc;
    if (!db)
        return db_fail(db, "no database");
    if ((rc = ensure_schema(db)))
        return rc;
    const char *sql =
        "SELECT doc, sentence, date, source, target, source_root, target_root, cameo,"
        " negated, modality, start, end, source_start, source_end, target_start,"
        " target_end FROM events WHERE (?1 IS NULL OR source = ?1 OR target = ?1 OR"
        " source_root = ?1 OR target_root = ?1) AND (?2 IS NULL OR date >= ?2)"
        " ORDER BY date, doc, sentence, id";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, "query events");
    char ds[11];
    bind_text_or_null(st, 1, actor);
    if (since == ENT_DATE_MIN)
        sqlite3_bind_null(st, 2);
    else
        sqlite3_bind_text(st, 2, ent_date_format(since, ds), -1, SQLITE_TRANSIENT);
    int step;
    rc = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        ent_event ev;
        memset(&ev, 0, sizeof ev);
        ev.doc = (const char *)sqlite3_column_text(st, 0);
        ev.sentence = sqlite3_column_int(st, 1);
        const unsigned char *d = sqlite3_column_text(st, 2);
        ev.date = ENT_DATE_MIN;
        if (d && ent_date_parse(&ev.date, (const char *)d) != 0)
            ev.date = ENT_DATE_MIN;
        copy_col(ev.source, st, 3);
        copy_col(ev.target, st, 4);
        copy_col(ev.source_root, st, 5);
        copy_col(ev.target_root, st, 6);
        const unsigned char *cm = sqlite3_column_text(st, 7);
        snprintf(ev.cameo, sizeof ev.cameo, "%s", cm ? (const char *)cm : "");
        ev.negated = sqlite3_column_int(st, 8) != 0;
        const unsigned char *mo = sqlite3_column_text(st, 9);
        for (int m = 0; m < ENT_MOD_COUNT; m++)
            if (mo && strcmp((const char *)mo, ent_modality_name((ent_modality)m)) == 0)
                ev.modality = (ent_modality)m;
        ev.start = (size_t)sqlite3_column_int64(st, 10);
        ev.end = (size_t)sqlite3_column_int64(st, 11);
        ev.source_start = (size_t)sqlite3_column_int64(st, 12);
        ev.source_end = (size_t)sqlite3_column_int64(st, 13);
        ev.target_start = (size_t)sqlite3_column_int64(st, 14);
        ev.target_end = (size_t)sqlite3_column_int64(st, 15);
        if ((rc = fn(ctx, &ev)))
            break;
    }
    if (rc == 0 && step != SQLITE_DONE)
        rc = db_fail(db, "query events");
    sqlite3_finalize(st);
    return rc;
}

static int cmp_rel(const void *a, const void *b)
{
    const ent_relation *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? -1 : 1;
    int c = strcmp(x->source, y->source);
    return c ? c : strcmp(x->target, y->target);
}

int ent_events_relations(ent_store *s, ent_date asof, ent_relation **out, size_t *n)
{
    sqlite3 *db = ent_store_db(s);
    sqlite3_stmt *st = NULL;
    int rc;
    *out = NULL;
    *n = 0;
    if (!db)
        return db_fail(db, "no database");
    if ((rc = ensure_schema(db)))
        return rc;
    /* asserted (or reported) and not negated: what happened, not what might */
    const char *sql =
        "SELECT source_root, target_root, count(*), sum(goldstein),"
        " sum(goldstein > 0), sum(goldstein < 0), sum(root = '13'),"
        " sum(cameo IN ('122','1221','1222','1223','1224')),"
        " max(date) FROM events WHERE target_root IS NOT NULL AND negated = 0"
        " AND modality IN ('asserted','reported') AND (?1 IS NULL OR date <= ?1)"
        " GROUP BY source_root, target_root";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, "relations");
    char ds[11];
    if (asof == ENT_DATE_MIN)
        sqlite3_bind_null(st, 1);
    else
        sqlite3_bind_text(st, 1, ent_date_format(asof, ds), -1, SQLITE_TRANSIENT);
    size_t cap = 0;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            ent_relation *r = realloc(*out, cap * sizeof *r);
            if (!r) {
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
                break;
            }
            *out = r;
        }
        ent_relation *r = &(*out)[(*n)++];
        memset(r, 0, sizeof *r);
        copy_col(r->source, st, 0);
        copy_col(r->target, st, 1);
        r->events = (size_t)sqlite3_column_int64(st, 2);
        r->goldstein_sum = sqlite3_column_double(st, 3);
        r->cooperative = (size_t)sqlite3_column_int64(st, 4);
        r->conflictual = (size_t)sqlite3_column_int64(st, 5);
        r->threats = (size_t)sqlite3_column_int64(st, 6);
        r->refusals = (size_t)sqlite3_column_int64(st, 7);
        const unsigned char *d = sqlite3_column_text(st, 8);
        r->last = ENT_DATE_MIN;
        if (d && ent_date_parse(&r->last, (const char *)d) != 0)
            r->last = ENT_DATE_MIN;
        /* rule: the mean Goldstein score of the pair, worsened by one point
         * for every threat after the first (repeated threats worsen a
         * relation more than their single scores say) */
        r->score = r->goldstein_sum / (double)r->events;
        if (r->threats > 1)
            r->score -= (double)(r->threats - 1);
        r->state = r->score >= 2.0    ? "cooperative"
                   : r->score > -2.0  ? "neutral"
                   : r->score > -6.0  ? "strained"
                                      : "hostile";
    }
    if (rc == 0 && step != SQLITE_DONE)
        rc = db_fail(db, "relations");
    sqlite3_finalize(st);
    if (rc) {
        free(*out);
        *out = NULL;
        *n = 0;
        return rc;
    }
    qsort(*out, *n, sizeof **out, cmp_rel);
    return 0;
}
