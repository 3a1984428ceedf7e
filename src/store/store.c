/*
 * store.c - the store (see entente/store.h): which engine a target names,
 * schema migrations, saving world layers in one transaction, reading them
 * back. The SQL lives here once; sqlite.c and pg.c run it (driver.h).
 */
#include <entente/store.h>
#include <entente/io.h>

#include "core/arena.h"
#include "store/driver.h"
#include "store/store_internal.h"
#include "world/world_internal.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int query(ent_store *s, const char *sql, int np,
                 const char *const *params, ent_store__row_fn fn, void *ud)
{
    return s->ops->query(s->conn, sql, np, params, fn, ud);
}

bool ent_store_is_url(const char *target)
{
    return target && (strncmp(target, "postgresql://", 13) == 0 ||
                      strncmp(target, "postgres://", 11) == 0);
}

int ent_store_schema_version(ent_store *s)
{
    return s->ops->get_version(s->conn);
}

/* Upgrade the schema, in one write transaction, so that concurrent
 * openers (MPI ranks) neither race nor both migrate. */
static int migrate(ent_store *s)
{
    const ent_store__ops *o = s->ops;
    int rc = o->begin_write(s->conn);
    if (rc)
        return rc;
    int v = o->get_version(s->conn);
    if (v < 0) {
        rc = ent_error_set(ENT_EDB, "store: cannot read the schema version");
        goto done;
    }
    if (v > o->n_migrations) {
        rc = ent_error_set(ENT_EDB,
                           "store: schema version %d is newer than this "
                           "entente (%d); upgrade entente",
                           v, o->n_migrations);
        goto done;
    }
    if (v == o->n_migrations)
        goto done;
    for (; v < o->n_migrations && !rc; v++)
        rc = o->exec(s->conn, o->migrations[v]);
    if (!rc)
        rc = o->set_version(s->conn, v);
done:
    if (rc) {
        o->rollback(s->conn);
        return rc;
    }
    return o->commit(s->conn);
}

int ent_store_open(ent_store **out, const char *target)
{
    ent_store *s = calloc(1, sizeof *s);
    int rc = 0;
    *out = NULL;
    if (!s)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    s->ops = ent_store_is_url(target) ? &ent_store__pg_ops
                                      : &ent_store__sqlite_ops;
    if ((rc = s->ops->open(&s->conn, target)))
        goto done;
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
    if (s->conn)
        s->ops->close(s->conn);
    free(s);
}

int ent_store_query(ent_store *s, const char *sql, int nparams,
                    const char *const *params, ent_store_row_fn fn, void *ud)
{
    return query(s, sql, nparams, params, fn, ud);
}

static int append_name(void *ud, int nc, const char *const *v);

int ent_store_columns(ent_store *s, const char *table, ent_list *out)
{
    const char *p[1] = {table};
    return query(s, s->ops->columns_sql, 1, p, append_name, out);
}

const char *ent_store_backend(const ent_store *s)
{
    return s->ops->name;
}

sqlite3 *ent_store_db(ent_store *s)
{
    return s->ops->handle(s->conn);
}

/* --- saving ------------------------------------------------------------- */

static const char *const tables[] = {"actors",       "memberships", "roles",
                                     "commitments",  "capabilities", "claims",
                                     "issues",       "triggers",    "assumptions",
                                     "removed"};

/* Columns of each record table, in the order insert_record fills them. */
static const char *const columns[] = {
    "layer,code,kind,name,iso3,cow,source,record",
    "layer,member,grp,status,from_date,until_date,source,record",
    "layer,person,role,of_actor,at_actor,from_date,until_date,title,source,record",
    "layer,id,kind,status,from_date,until_date,name,source,record",
    "layer,actor,year,milex_usd_m,personnel,warheads,cinc,source,record",
    "layer,id,actor,kind,date,about,text,source,record",
    "layer,id,name,rule,record",
    "layer,id,attacker,target,record",
};
static const int ncolumns[] = {8, 8, 10, 9, 9, 9, 5, 5};

static char *dup_dump(json_t *j)
{
    char *s = json_dumps(j, JSON_SORT_KEYS | JSON_COMPACT | JSON_REAL_PRECISION(17));
    json_decref(j);
    return s;
}

/* Text of one value: the buffer is one of the row's scratch slots. */
typedef struct row {
    const char *v[12];
    char buf[12][32];
} row;

static void put_date(row *r, int i, ent_date d)
{
    if (d == ENT_DATE_MIN || d == ENT_DATE_MAX)
        r->v[i] = NULL;
    else
        r->v[i] = ent_date_format(d, r->buf[i]);
}

static void put_num(row *r, int i, double v)
{
    if (v < 0) {
        r->v[i] = NULL;
        return;
    }
    snprintf(r->buf[i], sizeof r->buf[i], "%.17g", v);
    r->v[i] = r->buf[i];
}

static void put_int(row *r, int i, long v)
{
    snprintf(r->buf[i], sizeof r->buf[i], "%ld", v);
    r->v[i] = r->buf[i];
}

/* Bulk-load one record of `kind` from `layer` (inside bulk_begin/end). */
static int insert_record(ent_store *s, const char *layer, ent_world_record kind,
                         const void *rec)
{
    row r;
    char *json = NULL;
    int rc = 0, last = 0;
    memset(r.v, 0, sizeof r.v);
    r.v[0] = layer;
    switch (kind) {
    case ENT_REC_ACTOR: {
        const ent_actor *a = rec;
        r.v[1] = a->code;
        r.v[2] = ent_actor_kind_name(a->kind);
        r.v[3] = a->name;
        r.v[4] = a->iso3;
        if (a->cow)
            put_int(&r, 5, a->cow);
        r.v[6] = a->source;
        json = dup_dump(ent_json_actor(a));
        last = 7;
        break;
    }
    case ENT_REC_MEMBERSHIP: {
        const ent_membership *m = rec;
        r.v[1] = m->member;
        r.v[2] = m->group;
        r.v[3] = m->status;
        put_date(&r, 4, m->from);
        put_date(&r, 5, m->until);
        r.v[6] = m->source;
        json = dup_dump(ent_json_membership(m));
        last = 7;
        break;
    }
    case ENT_REC_ROLE: {
        const ent_role *ro = rec;
        r.v[1] = ro->person;
        r.v[2] = ro->role;
        r.v[3] = ro->of;
        r.v[4] = ro->at;
        put_date(&r, 5, ro->from);
        put_date(&r, 6, ro->until);
        r.v[7] = ro->title;
        r.v[8] = ro->source;
        json = dup_dump(ent_json_role(ro));
        last = 9;
        break;
    }
    case ENT_REC_COMMITMENT: {
        const ent_commitment *c = rec;
        r.v[1] = c->id;
        r.v[2] = ent_commit_kind_name(c->kind);
        r.v[3] = ent_commit_status_name(c->status);
        put_date(&r, 4, c->from);
        put_date(&r, 5, c->until);
        r.v[6] = c->name;
        r.v[7] = c->source;
        json = dup_dump(ent_json_commitment(c, ENT_DATE_MIN));
        last = 8;
        break;
    }
    case ENT_REC_CAPABILITY: {
        const ent_capability *c = rec;
        r.v[1] = c->actor;
        put_int(&r, 2, c->year);
        put_num(&r, 3, c->milex_usd_m);
        put_num(&r, 4, c->personnel);
        put_num(&r, 5, c->warheads);
        put_num(&r, 6, c->cinc);
        r.v[7] = c->source;
        json = dup_dump(ent_json_capability(c));
        last = 8;
        break;
    }
    case ENT_REC_CLAIM: {
        const ent_claim *c = rec;
        r.v[1] = c->id;
        r.v[2] = c->actor;
        r.v[3] = c->kind;
        put_date(&r, 4, c->date);
        r.v[5] = c->about;
        r.v[6] = c->text;
        r.v[7] = c->source;
        json = dup_dump(ent_json_claim(c));
        last = 8;
        break;
    }
    case ENT_REC_ISSUE: {
        const ent_issue *is = rec;
        r.v[1] = is->id;
        r.v[2] = is->name;
        r.v[3] = ent_rule_kind_name(is->rule);
        json = dup_dump(ent_json_issue(is));
        last = 4;
        break;
    }
    case ENT_REC_TRIGGER: {
        const ent_trigger *t = rec;
        r.v[1] = t->id;
        r.v[2] = t->attacker;
        r.v[3] = t->target;
        json = dup_dump(ent_json_trigger(t));
        last = 4;
        break;
    }
    }
    if (!json)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    r.v[last] = json;
    rc = s->ops->bulk_row(s->conn, r.v);
    free(json);
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

static int same_hash(void *ud, int nc, const char *const *v)
{
    const char *hash = ud;
    return nc > 0 && v[0] && strcmp(v[0], hash) == 0 ? 1 : 0;
}

/* End a bulk load; the first error wins. */
static int bulk_end(ent_store *s, int rc)
{
    int rc2 = s->ops->bulk_end(s->conn, NULL);
    return rc ? rc : rc2;
}

static int save_layer(ent_store *s, const ent_world *w, const char *layer,
                      const ent_scenario_info *info, int *changed)
{
    int rc = 0;
    char hash[17], sql[160], now[32];
    char *text = layer_text(w, info);
    const char *p[4];
    if (!text)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    hash_hex(text, hash);
    free(text);
    p[0] = layer;
    rc = query(s, "SELECT hash FROM layers WHERE layer = $1", 1, p, same_hash,
               hash);
    if (rc == 1)
        return 0; /* unchanged */
    if (rc)
        return rc;
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        snprintf(sql, sizeof sql, "DELETE FROM %s WHERE layer = $1", tables[t]);
        if ((rc = query(s, sql, 1, p, NULL, NULL)))
            return rc;
    }
    for (int k = 0; k <= ENT_REC_TRIGGER; k++) {
        size_t n = ent_world__layer_count(w, (ent_world_record)k);
        if (!n)
            continue;
        if ((rc = s->ops->bulk_begin(s->conn, tables[k], columns[k],
                                     ncolumns[k], 0)))
            return rc;
        for (size_t i = 0; i < n && !rc; i++)
            rc = insert_record(s, layer, (ent_world_record)k,
                               ent_world__layer_get(w, (ent_world_record)k, i));
        if ((rc = bulk_end(s, rc)))
            return rc;
    }
    ent_list l = {0};
    ent_world_assumptions(w, &l);
    if (l.n && !(rc = s->ops->bulk_begin(s->conn, "assumptions",
                                         "layer,id,record", 3, 0))) {
        for (size_t i = 0; !rc && i < l.n; i++) {
            const ent_assumption *a = l.items[i];
            const ent_world *par = ent_world_parent(w);
            if (par && ent_world_assumption(par, a->id) == a)
                continue;
            char *json = dup_dump(ent_json_assumption(a));
            const char *v[3] = {layer, a->id, json ? json : "{}"};
            rc = s->ops->bulk_row(s->conn, v);
            free(json);
        }
        rc = bulk_end(s, rc);
    }
    ent_list_free(&l);
    if (rc)
        return rc;
    const char **ids = NULL;
    size_t n = ent_world__removed(w, &ids);
    if (n && !(rc = s->ops->bulk_begin(s->conn, "removed", "layer,commitment",
                                       2, 0))) {
        for (size_t i = 0; !rc && i < n; i++) {
            const char *v[2] = {layer, ids[i]};
            rc = s->ops->bulk_row(s->conn, v);
        }
        rc = bulk_end(s, rc);
    }
    free(ids);
    if (rc)
        return rc;
    char *info_json = info ? dup_dump(ent_json_scenario(info)) : NULL;
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%d %H:%M:%S", &tm);
    p[1] = hash;
    p[2] = info_json;
    p[3] = now;
    rc = query(s,
               "INSERT INTO layers VALUES($1, $2, $3,"
               " (SELECT coalesce(max(seq), 0) + 1 FROM layers), $4)"
               " ON CONFLICT(layer) DO UPDATE SET hash = excluded.hash,"
               " info = excluded.info, seq = excluded.seq,"
               " saved_at = excluded.saved_at",
               4, p, NULL, NULL);
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
    if ((rc = s->ops->begin_write(s->conn)))
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
        s->ops->rollback(s->conn);
        if (changed)
            *changed = 0;
        return rc;
    }
    return s->ops->commit(s->conn);
}

/* --- loading ------------------------------------------------------------- */

typedef struct load_ctx {
    ent_world *w;
    const char *kind;
    const char *layer;
} load_ctx;

static int add_record(void *ud, int nc, const char *const *v)
{
    load_ctx *c = ud;
    json_error_t jerr;
    if (nc < 1 || !v[0])
        return ent_error_set(ENT_EDB, "store: empty %s record in layer '%s'",
                             c->kind, c->layer);
    json_t *j = json_loads(v[0], 0, &jerr);
    if (!j)
        return ent_error_set(ENT_EDB, "store: corrupt %s record in layer "
                                      "'%s': %s",
                             c->kind, c->layer, jerr.text);
    int rc = ent_json_add_record(c->w, c->kind, j);
    json_decref(j);
    return rc;
}

static int remove_commitment(void *ud, int nc, const char *const *v)
{
    load_ctx *c = ud;
    return nc > 0 && v[0] ? ent_world_remove_commitment(c->w, v[0]) : 0;
}

static int add_info(void *ud, int nc, const char *const *v)
{
    load_ctx *c = ud;
    int rc = 0;
    if (nc < 1 || !v[0])
        return 0;
    json_t *j = json_loads(v[0], 0, NULL);
    if (j)
        rc = ent_json_add_record(c->w, "scenario", j);
    json_decref(j);
    return rc;
}

static int load_layer(ent_store *s, const char *layer, ent_world *w)
{
    static const char *const kinds[] = {"actor", "membership", "role",
                                        "commitment", "capability", "claim",
                                        "issue", "trigger", "assumption"};
    int rc = 0;
    char sql[160];
    const char *p[1] = {layer};
    load_ctx c = {w, NULL, layer};
    for (size_t t = 0; t < 9 && !rc; t++) {
        snprintf(sql, sizeof sql,
                 "SELECT record FROM %s WHERE layer = $1 ORDER BY %s",
                 tables[t], s->ops->order_col);
        c.kind = kinds[t];
        rc = query(s, sql, 1, p, add_record, &c);
    }
    if (!rc)
        rc = query(s, "SELECT commitment FROM removed WHERE layer = $1", 1, p,
                   remove_commitment, &c);
    if (!rc)
        rc = query(s, "SELECT info FROM layers WHERE layer = $1", 1, p,
                   add_info, &c);
    return rc;
}

static int first_int(void *ud, int nc, const char *const *v)
{
    if (nc > 0 && v[0])
        *(int *)ud = atoi(v[0]);
    return 0;
}

static int first_text(void *ud, int nc, const char *const *v)
{
    char *out = ud;
    if (nc > 0 && v[0])
        snprintf(out, 200, "%s", v[0]);
    return 0;
}

int ent_store_load_world(ent_store *s, const char *scenario_id, ent_world **out)
{
    ent_world *base = NULL, *top = NULL;
    char layer[200] = "";
    int rc, have = 0;
    *out = NULL;
    if ((rc = query(s, "SELECT count(*) FROM layers WHERE layer = 'world'", 0,
                    NULL, first_int, &have)))
        return rc;
    if (!have)
        return ent_error_set(ENT_ENOTFOUND,
                             "store: no world loaded (run 'entente db load')");
    if (!scenario_id) {
        if ((rc = query(s,
                        "SELECT layer FROM layers WHERE layer LIKE "
                        "'scenario:%' ORDER BY seq DESC LIMIT 1",
                        0, NULL, first_text, layer)))
            return rc;
    } else if (scenario_id[0]) {
        snprintf(layer, sizeof layer, "scenario:%s", scenario_id);
        const char *p[1] = {layer};
        have = 0;
        if ((rc = query(s, "SELECT count(*) FROM layers WHERE layer = $1", 1,
                        p, first_int, &have)))
            return rc;
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

static int append_name(void *ud, int nc, const char *const *v)
{
    ent_list *out = ud;
    if (nc < 1 || !v[0])
        return 0;
    char *id = strdup(v[0]);
    if (!id)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 8;
        const void **items = realloc(out->items, cap * sizeof *items);
        if (!items) {
            free(id);
            return ent_error_set(ENT_ENOMEM, "out of memory");
        }
        out->items = items;
        out->cap = cap;
    }
    out->items[out->n++] = id;
    return 0;
}

int ent_store_scenarios(ent_store *s, ent_list *out)
{
    return query(s,
                 "SELECT substr(layer, 10) FROM layers WHERE layer "
                 "LIKE 'scenario:%' ORDER BY seq",
                 0, NULL, append_name, out);
}
