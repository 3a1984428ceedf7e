/*
 * store.c - the SQLite store (see entente/store.h): schema migrations,
 * saving world layers in one transaction, reading them back.
 */
#include <entente/store.h>
#include <entente/io.h>

#include "core/arena.h"
#include "world/world_internal.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ent_store {
    sqlite3 *db;
};

/* Migrations: migrations[i] upgrades version i to i + 1. Never edit one
 * that has shipped; append a new one. */
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
};

#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

static int db_error(ent_store *s, const char *what)
{
    return ent_error_set(ENT_EDB, "store: %s: %s", what,
                         s && s->db ? sqlite3_errmsg(s->db) : "no database");
}

static int exec(ent_store *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        int rc = ent_error_set(ENT_EDB, "store: %s", msg ? msg : "error");
        sqlite3_free(msg);
        return rc;
    }
    return 0;
}

int ent_store_schema_version(ent_store *s)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) ==
        SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

static int migrate(ent_store *s)
{
    int v = ent_store_schema_version(s);
    if (v < 0)
        return db_error(s, "reading the schema version");
    if (v > N_MIGRATIONS)
        return ent_error_set(ENT_EDB,
                             "store: schema version %d is newer than this "
                             "entente (%d); upgrade entente",
                             v, N_MIGRATIONS);
    for (; v < N_MIGRATIONS; v++) {
        char pragma[64];
        int rc;
        if ((rc = exec(s, "BEGIN IMMEDIATE")))
            return rc;
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
        if ((rc = exec(s, migrations[v])) || (rc = exec(s, pragma))) {
            exec(s, "ROLLBACK");
            return rc;
        }
        if ((rc = exec(s, "COMMIT")))
            return rc;
    }
    return 0;
}

int ent_store_open(ent_store **out, const char *path)
{
    ent_store *s = calloc(1, sizeof *s);
    int rc = 0;
    *out = NULL;
    if (!s)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        NULL) != SQLITE_OK) {
        rc = ent_error_set(ENT_EDB, "store: cannot open '%s': %s", path,
                           s->db ? sqlite3_errmsg(s->db) : "out of memory");
        goto done;
    }
    sqlite3_busy_timeout(s->db, 5000);
    if ((rc = exec(s, "PRAGMA journal_mode = WAL")) ||
        (rc = exec(s, "PRAGMA synchronous = NORMAL")) ||
        (rc = exec(s, "PRAGMA foreign_keys = ON"))) {
        ent_error_set(rc, "store: '%s' is not an entente store (%s)", path,
                      sqlite3_errmsg(s->db));
        goto done;
    }
    rc = migrate(s);
done:
    if (rc) {
        ent_store_close(s);
        return rc;
    }
    *out = s;
    return 0;
}

void ent_store_close(ent_store *s)
{
    if (!s)
        return;
    sqlite3_close(s->db);
    free(s);
}

sqlite3 *ent_store_db(ent_store *s)
{
    return s->db;
}

/* --- saving ------------------------------------------------------------- */

static const char *const tables[] = {"actors",       "memberships", "roles",
                                     "commitments",  "capabilities", "claims",
                                     "issues",       "triggers",    "assumptions",
                                     "removed"};

static char *dup_dump(json_t *j)
{
    char *s = json_dumps(j, JSON_SORT_KEYS | JSON_COMPACT | JSON_REAL_PRECISION(17));
    json_decref(j);
    return s;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static void bind_date(sqlite3_stmt *st, int i, ent_date d)
{
    char buf[11];
    if (d == ENT_DATE_MIN || d == ENT_DATE_MAX)
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, ent_date_format(d, buf), -1, SQLITE_TRANSIENT);
}

static void bind_num(sqlite3_stmt *st, int i, double v)
{
    if (v < 0)
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_double(st, i, v);
}

/* Insert one record of `kind` from `layer` of w. */
static int insert_record(ent_store *s, const char *layer, ent_world_record kind,
                         const void *rec)
{
    static const char *const sql[] = {
        "INSERT INTO actors VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
        "INSERT INTO memberships VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
        "INSERT INTO roles VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
        "INSERT INTO commitments VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        "INSERT INTO capabilities VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        "INSERT INTO claims VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        "INSERT INTO issues VALUES(?1,?2,?3,?4,?5)",
        "INSERT INTO triggers VALUES(?1,?2,?3,?4,?5)",
    };
    sqlite3_stmt *st = NULL;
    char *json = NULL;
    int rc = 0, last = 0;
    if (sqlite3_prepare_v2(s->db, sql[kind], -1, &st, NULL) != SQLITE_OK)
        return db_error(s, "preparing an insert");
    bind_text(st, 1, layer);
    switch (kind) {
    case ENT_REC_ACTOR: {
        const ent_actor *a = rec;
        bind_text(st, 2, a->code);
        bind_text(st, 3, ent_actor_kind_name(a->kind));
        bind_text(st, 4, a->name);
        bind_text(st, 5, a->iso3);
        if (a->cow)
            sqlite3_bind_int(st, 6, a->cow);
        bind_text(st, 7, a->source);
        json = dup_dump(ent_json_actor(a));
        last = 8;
        break;
    }
    case ENT_REC_MEMBERSHIP: {
        const ent_membership *m = rec;
        bind_text(st, 2, m->member);
        bind_text(st, 3, m->group);
        bind_text(st, 4, m->status);
        bind_date(st, 5, m->from);
        bind_date(st, 6, m->until);
        bind_text(st, 7, m->source);
        json = dup_dump(ent_json_membership(m));
        last = 8;
        break;
    }
    case ENT_REC_ROLE: {
        const ent_role *r = rec;
        bind_text(st, 2, r->person);
        bind_text(st, 3, r->role);
        bind_text(st, 4, r->of);
        bind_text(st, 5, r->at);
        bind_date(st, 6, r->from);
        bind_date(st, 7, r->until);
        bind_text(st, 8, r->title);
        bind_text(st, 9, r->source);
        json = dup_dump(ent_json_role(r));
        last = 10;
        break;
    }
    case ENT_REC_COMMITMENT: {
        const ent_commitment *c = rec;
        bind_text(st, 2, c->id);
        bind_text(st, 3, ent_commit_kind_name(c->kind));
        bind_text(st, 4, ent_commit_status_name(c->status));
        bind_date(st, 5, c->from);
        bind_date(st, 6, c->until);
        bind_text(st, 7, c->name);
        bind_text(st, 8, c->source);
        json = dup_dump(ent_json_commitment(c, ENT_DATE_MIN));
        last = 9;
        break;
    }
    case ENT_REC_CAPABILITY: {
        const ent_capability *c = rec;
        bind_text(st, 2, c->actor);
        sqlite3_bind_int(st, 3, c->year);
        bind_num(st, 4, c->milex_usd_m);
        bind_num(st, 5, c->personnel);
        bind_num(st, 6, c->warheads);
        bind_num(st, 7, c->cinc);
        bind_text(st, 8, c->source);
        json = dup_dump(ent_json_capability(c));
        last = 9;
        break;
    }
    case ENT_REC_CLAIM: {
        const ent_claim *c = rec;
        bind_text(st, 2, c->id);
        bind_text(st, 3, c->actor);
        bind_text(st, 4, c->kind);
        bind_date(st, 5, c->date);
        bind_text(st, 6, c->about);
        bind_text(st, 7, c->text);
        bind_text(st, 8, c->source);
        json = dup_dump(ent_json_claim(c));
        last = 9;
        break;
    }
    case ENT_REC_ISSUE: {
        const ent_issue *is = rec;
        bind_text(st, 2, is->id);
        bind_text(st, 3, is->name);
        bind_text(st, 4, ent_rule_kind_name(is->rule));
        json = dup_dump(ent_json_issue(is));
        last = 5;
        break;
    }
    case ENT_REC_TRIGGER: {
        const ent_trigger *t = rec;
        bind_text(st, 2, t->id);
        bind_text(st, 3, t->attacker);
        bind_text(st, 4, t->target);
        json = dup_dump(ent_json_trigger(t));
        last = 5;
        break;
    }
    }
    if (!json) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    sqlite3_bind_text(st, last, json, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE)
        rc = db_error(s, "inserting a record");
done:
    free(json);
    sqlite3_finalize(st);
    return rc;
}

static int insert_text2(ent_store *s, const char *sql, const char *a,
                        const char *b, const char *c)
{
    sqlite3_stmt *st;
    int rc = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return db_error(s, "preparing");
    bind_text(st, 1, a);
    bind_text(st, 2, b);
    if (c)
        bind_text(st, 3, c);
    if (sqlite3_step(st) != SQLITE_DONE)
        rc = db_error(s, "writing");
    sqlite3_finalize(st);
    return rc;
}

/* A layer's canonical content: records, assumptions, removals, info. */
static char *layer_text(const ent_world *w, const ent_scenario_info *info)
{
    char *dump = ent_json_dump_layer(w);
    if (!dump)
        return NULL;
    json_t *extra = json_object();
    json_t *as = json_array();
    ent_list l = {0};
    /* Only this layer's assumptions: walk the layer and stop at parent. */
    ent_world_assumptions(w, &l);
    for (size_t i = 0; i < l.n; i++) {
        const ent_assumption *a = l.items[i];
        const ent_world *p = ent_world_parent(w);
        if (p && ent_world_assumption(p, a->id) == a)
            continue;
        json_array_append_new(as, ent_json_assumption(a));
    }
    ent_list_free(&l);
    json_object_set_new(extra, "assumptions", as);
    const char **ids = NULL;
    size_t n = ent_world__removed(w, &ids);
    json_t *rm = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(rm, json_string(ids[i]));
    free(ids);
    json_object_set_new(extra, "removed", rm);
    if (info)
        json_object_set_new(extra, "scenario", ent_json_scenario(info));
    char *e = json_dumps(extra, JSON_SORT_KEYS | JSON_COMPACT);
    json_decref(extra);
    size_t len = strlen(dump) + (e ? strlen(e) : 0) + 2;
    char *out = malloc(len);
    if (out)
        snprintf(out, len, "%s%s", dump, e ? e : "");
    free(dump);
    free(e);
    return out;
}

static void hash_hex(const char *s, char out[17])
{
    uint64_t h = ent_core__hash(s);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static int save_layer(ent_store *s, const ent_world *w, const char *layer,
                      const ent_scenario_info *info, int *changed)
{
    int rc = 0;
    char hash[17], sql[160];
    char *text = layer_text(w, info);
    if (!text)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    hash_hex(text, hash);
    free(text);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT hash FROM layers WHERE layer = ?1",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, "reading layers");
    bind_text(st, 1, layer);
    bool same = sqlite3_step(st) == SQLITE_ROW &&
                strcmp((const char *)sqlite3_column_text(st, 0), hash) == 0;
    sqlite3_finalize(st);
    if (same)
        return 0;
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        snprintf(sql, sizeof sql, "DELETE FROM %s WHERE layer = ?1", tables[t]);
        if ((rc = insert_text2(s, sql, layer, NULL, NULL)))
            return rc;
    }
    for (int k = 0; k <= ENT_REC_TRIGGER; k++) {
        size_t n = ent_world__layer_count(w, (ent_world_record)k);
        for (size_t i = 0; i < n; i++)
            if ((rc = insert_record(s, layer, (ent_world_record)k,
                                    ent_world__layer_get(w, (ent_world_record)k, i))))
                return rc;
    }
    ent_list l = {0};
    ent_world_assumptions(w, &l);
    for (size_t i = 0; !rc && i < l.n; i++) {
        const ent_assumption *a = l.items[i];
        const ent_world *p = ent_world_parent(w);
        if (p && ent_world_assumption(p, a->id) == a)
            continue;
        char *json = dup_dump(ent_json_assumption(a));
        rc = insert_text2(s, "INSERT INTO assumptions VALUES(?1, ?2, ?3)",
                          layer, a->id, json ? json : "{}");
        free(json);
    }
    ent_list_free(&l);
    const char **ids = NULL;
    size_t n = ent_world__removed(w, &ids);
    for (size_t i = 0; !rc && i < n; i++)
        rc = insert_text2(s, "INSERT INTO removed VALUES(?1, ?2)", layer, ids[i],
                          NULL);
    free(ids);
    if (rc)
        return rc;
    char *info_json = info ? dup_dump(ent_json_scenario(info)) : NULL;
    rc = insert_text2(s,
                      "INSERT OR REPLACE INTO layers VALUES(?1, ?2, ?3,"
                      " (SELECT coalesce(max(seq), 0) + 1 FROM layers),"
                      " datetime('now'))",
                      layer, hash, info_json);
    free(info_json);
    if (!rc && changed)
        (*changed)++;
    return rc;
}

int ent_store_save_world(ent_store *s, const ent_world *w, int *changed)
{
    int rc;
    if (changed)
        *changed = 0;
    /* Layers from the base up; a scenario layer is named by its id. */
    const ent_world *layers[8];
    size_t n = 0;
    for (const ent_world *l = w; l && n < 8; l = ent_world_parent(l))
        layers[n++] = l;
    if ((rc = exec(s, "BEGIN IMMEDIATE")))
        return rc;
    for (size_t i = n; i-- > 0 && !rc;) {
        const ent_world *l = layers[i];
        const ent_scenario_info *info = NULL;
        char name[200];
        if (i == n - 1) {
            snprintf(name, sizeof name, "world");
        } else {
            info = ent_world_scenario(l);
            if (!info || !info->id) {
                rc = ent_error_set(ENT_EINVALID,
                                   "store: an overlay without a scenario id "
                                   "cannot be saved");
                break;
            }
            snprintf(name, sizeof name, "scenario:%s", info->id);
        }
        rc = save_layer(s, l, name, info, changed);
    }
    if (rc) {
        exec(s, "ROLLBACK");
        return rc;
    }
    return exec(s, "COMMIT");
}

/* --- loading ------------------------------------------------------------- */

static int load_layer(ent_store *s, const char *layer, ent_world *w)
{
    static const char *const kinds[] = {"actor", "membership", "role",
                                        "commitment", "capability", "claim",
                                        "issue", "trigger", "assumption"};
    int rc = 0;
    char sql[160];
    for (size_t t = 0; t < 9 && !rc; t++) {
        sqlite3_stmt *st;
        snprintf(sql, sizeof sql,
                 "SELECT record FROM %s WHERE layer = ?1 ORDER BY rowid",
                 tables[t]);
        if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
            return db_error(s, "reading records");
        bind_text(st, 1, layer);
        int step;
        while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
            json_error_t jerr;
            json_t *j = json_loads((const char *)sqlite3_column_text(st, 0), 0,
                                   &jerr);
            if (!j) {
                rc = ent_error_set(ENT_EDB, "store: corrupt %s record in layer "
                                            "'%s': %s",
                                   kinds[t], layer, jerr.text);
                break;
            }
            rc = ent_json_add_record(w, kinds[t], j);
            json_decref(j);
        }
        sqlite3_finalize(st);
    }
    if (rc)
        return rc;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT commitment FROM removed WHERE layer = ?1",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, "reading removals");
    bind_text(st, 1, layer);
    while (!rc && sqlite3_step(st) == SQLITE_ROW)
        rc = ent_world_remove_commitment(
            w, (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (rc)
        return rc;
    if (sqlite3_prepare_v2(s->db, "SELECT info FROM layers WHERE layer = ?1",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, "reading layers");
    bind_text(st, 1, layer);
    if (sqlite3_step(st) == SQLITE_ROW &&
        sqlite3_column_type(st, 0) == SQLITE_TEXT) {
        json_t *j = json_loads((const char *)sqlite3_column_text(st, 0), 0, NULL);
        if (j)
            rc = ent_json_add_record(w, "scenario", j);
        json_decref(j);
    }
    sqlite3_finalize(st);
    return rc;
}

int ent_store_load_world(ent_store *s, const char *scenario_id, ent_world **out)
{
    ent_world *base = NULL, *top = NULL;
    char layer[200] = "";
    int rc;
    *out = NULL;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM layers WHERE layer = 'world'",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, "reading layers");
    int have = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    if (!have)
        return ent_error_set(ENT_ENOTFOUND,
                             "store: no world loaded (run 'entente db load')");
    if (!scenario_id) {
        if (sqlite3_prepare_v2(s->db,
                               "SELECT layer FROM layers WHERE layer LIKE "
                               "'scenario:%' ORDER BY seq DESC LIMIT 1",
                               -1, &st, NULL) != SQLITE_OK)
            return db_error(s, "reading layers");
        if (sqlite3_step(st) == SQLITE_ROW)
            snprintf(layer, sizeof layer, "%s",
                     (const char *)sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
    } else if (scenario_id[0]) {
        snprintf(layer, sizeof layer, "scenario:%s", scenario_id);
        if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM layers WHERE layer = ?1",
                               -1, &st, NULL) != SQLITE_OK)
            return db_error(s, "reading layers");
        bind_text(st, 1, layer);
        have = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
        if (!have)
            return ent_error_set(ENT_ENOTFOUND, "store: no scenario '%s'",
                                 scenario_id);
    }
    if ((rc = ent_world_new(&base)) || (rc = load_layer(s, "world", base)))
        goto fail;
    if (!layer[0]) {
        *out = base;
        return 0;
    }
    if ((rc = ent_world_overlay_new(&top, base)))
        goto fail;
    ent_world_own_parent(top);
    base = NULL;
    if ((rc = load_layer(s, layer, top)))
        goto fail;
    *out = top;
    return 0;
fail:
    ent_world_free(top);
    ent_world_free(base);
    return rc;
}

int ent_store_scenarios(ent_store *s, ent_list *out)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT substr(layer, 10) FROM layers WHERE layer "
                           "LIKE 'scenario:%' ORDER BY seq",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, "reading layers");
    while (sqlite3_step(st) == SQLITE_ROW) {
        char *id = strdup((const char *)sqlite3_column_text(st, 0));
        if (!id)
            break;
        if (out->n == out->cap) {
            size_t cap = out->cap ? out->cap * 2 : 8;
            const void **items = realloc(out->items, cap * sizeof *items);
            if (!items) {
                free(id);
                break;
            }
            out->items = items;
            out->cap = cap;
        }
        out->items[out->n++] = id;
    }
    sqlite3_finalize(st);
    return 0;
}
