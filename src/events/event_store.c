/*
 * event_store.c - coded events in the store (SQLite file or PostgreSQL
 * database, through the store's engine interface, src/store/driver.h):
 * documents stored whole, many per transaction, bulk-loaded (COPY on
 * PostgreSQL), deduplicated by document id and content hash, with
 * provenance (document, sentence, byte offsets); queries by actor and
 * date; dyad relations computed from stored events; streaming ingest of
 * the coder's JSONL.
 *
 * DESIGN
 * A batch is one transaction: look up which of its documents (ids and
 * hashes, passed as one JSON array parameter) are stored already, then
 * bulk-load the new documents and their events. SQLite serialises writers
 * (BEGIN IMMEDIATE), so the look-up stays true until the commit. On
 * PostgreSQL writers run concurrently; if another writer stored one of the
 * batch's documents in between, the load fails on the unique key, the
 * transaction is rolled back and the batch retried (the look-up then sees
 * that document). The SQL is written once for both engines ("end" is
 * quoted: a keyword of PostgreSQL; sums of comparisons are CASE sums).
 */
#include <entente/events.h>
#include <entente/store.h>

#include "store/store_internal.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EVENT_COLS = 21, DOC_COLS = 4, RETRIES = 5 };

static const char EVENT_COLUMNS[] =
    "doc,sentence,date,source,target,source_root,target_root,cameo,root,plover,"
    "plover_mode,quad_class,goldstein,negated,modality,start,\"end\","
    "source_start,source_end,target_start,target_end";

uint64_t ent_event_doc_hash(const char *text, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)text[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* --- storing ------------------------------------------------------------ */

/* A batch key (document id or hash) and the document it belongs to. */
typedef struct key {
    const char *s;
    size_t i;
} key;

static int cmp_key(const void *a, const void *b)
{
    return strcmp(((const key *)a)->s, ((const key *)b)->s);
}

typedef struct seen_ctx {
    key *ids, *hs; /* sorted */
    size_t n;
    bool *skip;
} seen_ctx;

static void mark(key *keys, size_t n, const char *v, bool *skip)
{
    if (!v)
        return;
    key k = {v, 0};
    key *f = bsearch(&k, keys, n, sizeof *keys, cmp_key);
    if (!f)
        return;
    /* equal keys are adjacent: mark them all */
    for (key *p = f; p >= keys && strcmp(p->s, v) == 0; p--)
        skip[p->i] = true;
    for (key *p = f + 1; p < keys + n && strcmp(p->s, v) == 0; p++)
        skip[p->i] = true;
}

/* A stored (doc, hash): skip the batch's documents that have either. */
static int mark_seen(void *ud, int nc, const char *const *v)
{
    seen_ctx *c = ud;
    if (nc >= 2) {
        mark(c->ids, c->n, v[0], c->skip);
        mark(c->hs, c->n, v[1], c->skip);
    }
    return 0;
}

/* A JSON array of strings; NULL on ENOMEM. */
static char *json_strings(const ent_event_doc *docs, char (*hashes)[17],
                          size_t n, bool ids)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_string(ids ? docs[i].doc : hashes[i]));
    char *s = json_dumps(a, JSON_COMPACT);
    json_decref(a);
    return s;
}

/* Mark the documents the store holds already, and repeats in the batch
 * (a later document with the id or hash of an earlier one). */
static int find_stored(ent_store *s, const ent_event_doc *docs, size_t n,
                       char (*hashes)[17], bool *skip)
{
    char sql[512], l1[96], l2[96];
    int rc = 0;
    char *ids = json_strings(docs, hashes, n, true);
    char *hs = json_strings(docs, hashes, n, false);
    key *ki = malloc((n ? n : 1) * sizeof *ki), *kh = malloc((n ? n : 1) * sizeof *kh);
    if (!ids || !hs || !ki || !kh) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        ki[i] = (key){docs[i].doc, i};
        kh[i] = (key){hashes[i], i};
    }
    qsort(ki, n, sizeof *ki, cmp_key);
    qsort(kh, n, sizeof *kh, cmp_key);
    /* two index look-ups (an OR of the two would scan the table) */
    snprintf(l1, sizeof l1, s->ops->json_in, 1);
    snprintf(l2, sizeof l2, s->ops->json_in, 2);
    snprintf(sql, sizeof sql,
             "SELECT doc, hash FROM event_documents WHERE doc %s UNION ALL "
             "SELECT doc, hash FROM event_documents WHERE hash %s",
             l1, l2);
    const char *p[2] = {ids, hs};
    seen_ctx c = {ki, kh, n, skip};
    if ((rc = s->ops->query(s->conn, sql, 2, p, mark_seen, &c)))
        goto done;
    /* repeats: in each sorted run of equal keys, all but the first
     * document (in batch order) are skipped */
    key *lists[2] = {ki, kh};
    for (int l = 0; l < 2; l++) {
        key *k = lists[l];
        for (size_t a = 0, b; a < n; a = b) {
            size_t first = k[a].i;
            for (b = a + 1; b < n && strcmp(k[b].s, k[a].s) == 0; b++)
                if (k[b].i < first)
                    first = k[b].i;
            for (size_t x = a; x < b; x++)
                if (k[x].i != first)
                    skip[k[x].i] = true;
        }
    }
done:
    free(ids);
    free(hs);
    free(ki);
    free(kh);
    return rc;
}

typedef struct evrow {
    const char *v[EVENT_COLS];
    char num[10][24];
    char date[11];
    char root[3];
} evrow;

static const char *nz(const char *s)
{
    return s && s[0] ? s : NULL;
}

static void fill_event(evrow *r, const char *doc, const ent_event *e)
{
    const ent_cameo_info *ci = ent_cameo_lookup(e->cameo);
    const ent_cameo_info *pi = ent_cameo_lookup(ent_event_plover_code(e));
    r->root[0] = e->cameo[0];
    r->root[1] = e->cameo[0] ? e->cameo[1] : '\0';
    r->root[2] = '\0';
    snprintf(r->num[0], 24, "%d", e->sentence);
    snprintf(r->num[1], 24, "%d", (int)ent_cameo_quad(e->cameo));
    snprintf(r->num[2], 24, "%.17g", ci ? ci->goldstein : 0.0);
    snprintf(r->num[3], 24, "%d", e->negated ? 1 : 0);
    snprintf(r->num[4], 24, "%zu", e->start);
    snprintf(r->num[5], 24, "%zu", e->end);
    snprintf(r->num[6], 24, "%zu", e->source_start);
    snprintf(r->num[7], 24, "%zu", e->source_end);
    snprintf(r->num[8], 24, "%zu", e->target_start);
    snprintf(r->num[9], 24, "%zu", e->target_end);
    const char *v[EVENT_COLS] = {
        doc, r->num[0],
        e->date == ENT_DATE_MIN ? NULL : ent_date_format(e->date, r->date),
        e->source, nz(e->target), e->source_root, nz(e->target_root), e->cameo,
        r->root, nz(pi ? pi->plover : NULL), nz(pi ? pi->mode : NULL),
        r->num[1], r->num[2], r->num[3], ent_modality_name(e->modality),
        r->num[4], r->num[5], r->num[6], r->num[7], r->num[8], r->num[9]};
    memcpy(r->v, v, sizeof v);
}

/* One attempt at the batch, in its own transaction. */
static int store_batch(ent_store *s, const ent_event_doc *docs, size_t n,
                       char (*hashes)[17], bool *skip, size_t *ad, size_t *ae)
{
    const ent_store__ops *o = s->ops;
    int rc;
    *ad = *ae = 0;
    memset(skip, 0, n * sizeof *skip);
    if ((rc = o->begin(s->conn)))
        return rc;
    if ((rc = find_stored(s, docs, n, hashes, skip)))
        goto fail;
    if ((rc = o->bulk_begin(s->conn, "event_documents", "doc,date,hash,n_events",
                            DOC_COLS, 0)))
        goto fail;
    for (size_t i = 0; i < n && !rc; i++) {
        if (skip[i])
            continue;
        char date[11], cnt[24];
        snprintf(cnt, sizeof cnt, "%zu", docs[i].n);
        const char *v[DOC_COLS] = {
            docs[i].doc,
            docs[i].date == ENT_DATE_MIN ? NULL
                                         : ent_date_format(docs[i].date, date),
            hashes[i], cnt};
        rc = o->bulk_row(s->conn, v);
        (*ad)++;
    }
    int rc2 = o->bulk_end(s->conn, NULL);
    if ((rc = rc ? rc : rc2))
        goto fail;
    if ((rc = o->bulk_begin(s->conn, "events", EVENT_COLUMNS, EVENT_COLS, 0)))
        goto fail;
    for (size_t i = 0; i < n && !rc; i++) {
        if (skip[i])
            continue;
        for (size_t k = 0; k < docs[i].n && !rc; k++) {
            evrow r;
            const ent_event *e = &docs[i].events[k];
            fill_event(&r, docs[i].doc, e);
            rc = o->bulk_row(s->conn, r.v);
            (*ae)++;
        }
    }
    rc2 = o->bulk_end(s->conn, NULL);
    if ((rc = rc ? rc : rc2))
        goto fail;
    if ((rc = o->commit(s->conn)))
        goto fail;
    return 0;
fail:
    o->rollback(s->conn);
    *ad = *ae = 0;
    return rc;
}

int ent_events_store_documents(ent_store *s, const ent_event_doc *docs,
                               size_t n, size_t *added_docs,
                               size_t *added_events)
{
    size_t ad = 0, ae = 0;
    int rc = 0;
    char (*hashes)[17] = malloc((n ? n : 1) * sizeof *hashes);
    bool *skip = malloc((n ? n : 1) * sizeof *skip);
    if (!hashes || !skip) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        snprintf(hashes[i], 17, "%016llx", (unsigned long long)docs[i].hash);
    if (n == 0)
        goto done;
    for (int attempt = 0;; attempt++) {
        rc = store_batch(s, docs, n, hashes, skip, &ad, &ae);
        if (!rc || attempt + 1 >= RETRIES || !s->ops->conflict(s->conn))
            break;
        ent_error_clear(); /* another writer stored one of these: again */
    }
done:
    if (added_docs)
        *added_docs = rc ? 0 : ad;
    if (added_events)
        *added_events = rc ? 0 : ae;
    free(hashes);
    free(skip);
    return rc;
}

int ent_events_store_document(ent_store *s, const char *doc, ent_date date,
                              uint64_t hash, const ent_event *events, size_t n,
                              int *added)
{
    ent_event_doc d = {doc, date, hash, events, n};
    size_t ad = 0;
    int rc = ent_events_store_documents(s, &d, 1, &ad, NULL);
    *added = ad > 0;
    return rc;
}

/* --- reading ------------------------------------------------------------- */

static int first_u64(void *ud, int nc, const char *const *v)
{
    if (nc > 0 && v[0])
        *(uint64_t *)ud = strtoull(v[0], NULL, 10);
    return 0;
}

int ent_events_count(ent_store *s, uint64_t *events, uint64_t *docs)
{
    int rc = 0;
    if (events && (rc = s->ops->query(s->conn, "SELECT count(*) FROM events", 0,
                                      NULL, first_u64, events)))
        return rc;
    if (docs)
        rc = s->ops->query(s->conn, "SELECT count(*) FROM event_documents", 0,
                           NULL, first_u64, docs);
    return rc;
}

static void copy_code(char *dst, const char *v)
{
    snprintf(dst, ENT_ACTOR_CODE_MAX, "%s", v ? v : "");
}

static size_t to_size(const char *v)
{
    return v ? (size_t)strtoull(v, NULL, 10) : 0;
}

typedef struct query_ctx {
    ent_event_row_fn fn;
    void *ctx;
} query_ctx;

static int query_row(void *ud, int nc, const char *const *v)
{
    query_ctx *q = ud;
    ent_event ev;
    if (nc < 16)
        return ent_error_set(ENT_EDB, "store: events: short row");
    memset(&ev, 0, sizeof ev);
    ev.doc = v[0];
    ev.sentence = v[1] ? atoi(v[1]) : 0;
    ev.date = ENT_DATE_MIN;
    if (v[2] && ent_date_parse(&ev.date, v[2]) != 0)
        ev.date = ENT_DATE_MIN;
    copy_code(ev.source, v[3]);
    copy_code(ev.target, v[4]);
    copy_code(ev.source_root, v[5]);
    copy_code(ev.target_root, v[6]);
    snprintf(ev.cameo, sizeof ev.cameo, "%s", v[7] ? v[7] : "");
    ev.negated = v[8] && atoi(v[8]) != 0;
    for (int m = 0; m < ENT_MOD_COUNT; m++)
        if (v[9] && strcmp(v[9], ent_modality_name((ent_modality)m)) == 0)
            ev.modality = (ent_modality)m;
    ev.start = to_size(v[10]);
    ev.end = to_size(v[11]);
    ev.source_start = to_size(v[12]);
    ev.source_end = to_size(v[13]);
    ev.target_start = to_size(v[14]);
    ev.target_end = to_size(v[15]);
    return q->fn(q->ctx, &ev);
}

int ent_events_query(ent_store *s, const char *actor, ent_date since,
                     ent_event_row_fn fn, void *ctx)
{
    char ds[11];
    const char *sql =
        "SELECT doc, sentence, date, source, target, source_root, target_root,"
        " cameo, negated, modality, start, \"end\", source_start, source_end,"
        " target_start, target_end FROM events WHERE ($1 = '' OR source = $1"
        " OR target = $1 OR source_root = $1 OR target_root = $1) AND"
        " ($2 = '' OR date >= $2) ORDER BY date, doc, sentence, id";
    const char *p[2] = {actor ? actor : "",
                        since == ENT_DATE_MIN ? "" : ent_date_format(since, ds)};
    query_ctx q = {fn, ctx};
    return s->ops->query(s->conn, sql, 2, p, query_row, &q);
}

static int cmp_rel(const void *a, const void *b)
{
    const ent_relation *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? -1 : 1;
    int c = strcmp(x->source, y->source);
    return c ? c : strcmp(x->target, y->target);
}

typedef struct rel_ctx {
    ent_relation *v;
    size_t n, cap;
} rel_ctx;

static int rel_row(void *ud, int nc, const char *const *v)
{
    rel_ctx *c = ud;
    if (nc < 9)
        return ent_error_set(ENT_EDB, "store: relations: short row");
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        ent_relation *r = realloc(c->v, cap * sizeof *r);
        if (!r)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        c->v = r;
        c->cap = cap;
    }
    ent_relation *r = &c->v[c->n++];
    memset(r, 0, sizeof *r);
    copy_code(r->source, v[0]);
    copy_code(r->target, v[1]);
    r->events = to_size(v[2]);
    r->goldstein_sum = v[3] ? strtod(v[3], NULL) : 0.0;
    r->cooperative = to_size(v[4]);
    r->conflictual = to_size(v[5]);
    r->threats = to_size(v[6]);
    r->refusals = to_size(v[7]);
    r->last = ENT_DATE_MIN;
    if (v[8] && ent_date_parse(&r->last, v[8]) != 0)
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
    return 0;
}

int ent_events_relations(ent_store *s, ent_date asof, ent_relation **out,
                         size_t *n)
{
    char ds[11];
    rel_ctx c = {NULL, 0, 0};
    *out = NULL;
    *n = 0;
    /* asserted (or reported) and not negated: what happened, not what might */
    const char *sql =
        "SELECT source_root, target_root, count(*), sum(goldstein),"
        " sum(CASE WHEN goldstein > 0 THEN 1 ELSE 0 END),"
        " sum(CASE WHEN goldstein < 0 THEN 1 ELSE 0 END),"
        " sum(CASE WHEN root = '13' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN cameo IN ('122','1221','1222','1223','1224') THEN 1"
        " ELSE 0 END), max(date) FROM events WHERE target_root IS NOT NULL"
        " AND negated = 0 AND modality IN ('asserted','reported') AND"
        " ($1 = '' OR date <= $1) GROUP BY source_root, target_root";
    const char *p[1] = {asof == ENT_DATE_MIN ? "" : ent_date_format(asof, ds)};
    int rc = s->ops->query(s->conn, sql, 1, p, rel_row, &c);
    if (rc) {
        free(c.v);
        return rc;
    }
    if (c.n)
        qsort(c.v, c.n, sizeof *c.v, cmp_rel);
    *out = c.v;
    *n = c.n;
    return 0;
}
