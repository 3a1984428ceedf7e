/*
 * events.c - coded events in the store (see entente/store.h): streaming
 * ingest of `entente code` JSONL in batches, one transaction per batch,
 * each batch bulk-loaded (PostgreSQL: COPY through a staging table), and
 * events already stored skipped, so that an interrupted ingest is resumed
 * by running it again. An event is identified by a 128-bit hash of what it
 * says and where it comes from (document, sentence, offsets, CAMEO code,
 * actors, negation, modality). Writers of events do not exclude each other:
 * many ranks may ingest into one PostgreSQL store at once.
 */
#include <entente/store.h>

#include "store/store_internal.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NCOL = 18 };
static const char COLS[] =
    "eid,doc,sentence,date,source,target,source_root,target_root,cameo,root,"
    "plover,plover_mode,quad_class,goldstein,negated,modality,text,record";

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static const char *str(json_t *o, const char *key)
{
    const char *v = json_string_value(json_object_get(o, key));
    return v;
}

static const char *nonempty(json_t *o, const char *key)
{
    const char *v = str(o, key);
    return v && v[0] ? v : NULL;
}

typedef struct rowbuf {
    const char *v[NCOL];
    char eid[33], sentence[24], goldstein[32], start[24], end[24];
} rowbuf;

/* Fill the row of one event; the strings borrow from j and line. */
static int event_row(rowbuf *r, json_t *j, const char *line)
{
    const char *doc = str(j, "doc"), *cameo = str(j, "cameo");
    if (!json_is_object(j) || !doc || !cameo)
        return -1;
    json_t *sent = json_object_get(j, "sentence");
    json_t *gs = json_object_get(j, "goldstein");
    json_t *neg = json_object_get(j, "negated");
    long long sn = json_is_integer(sent) ? (long long)json_integer_value(sent) : -1;
    long long st = (long long)json_integer_value(json_object_get(j, "start"));
    long long en = (long long)json_integer_value(json_object_get(j, "end"));
    snprintf(r->sentence, sizeof r->sentence, "%lld", sn);
    snprintf(r->start, sizeof r->start, "%lld", st);
    snprintf(r->end, sizeof r->end, "%lld", en);
    const char *parts[] = {doc,
                           r->sentence,
                           r->start,
                           r->end,
                           cameo,
                           str(j, "source"),
                           str(j, "target"),
                           json_is_true(neg) ? "1" : "0",
                           str(j, "modality")};
    uint64_t h1 = 0xcbf29ce484222325ULL, h2 = 0x84222325cbf29ce4ULL;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        const char *p = parts[i] ? parts[i] : "";
        size_t n = strlen(p) + 1; /* the NUL separates the fields */
        h1 = fnv(h1, p, n);
        h2 = fnv(h2 ^ (uint64_t)i, p, n);
    }
    snprintf(r->eid, sizeof r->eid, "%016llx%016llx", (unsigned long long)h1,
             (unsigned long long)h2);
    r->v[0] = r->eid;
    r->v[1] = doc;
    r->v[2] = json_is_integer(sent) ? r->sentence : NULL;
    r->v[3] = nonempty(j, "date");
    r->v[4] = nonempty(j, "source");
    r->v[5] = nonempty(j, "target");
    r->v[6] = nonempty(j, "source_root");
    r->v[7] = nonempty(j, "target_root");
    r->v[8] = cameo;
    r->v[9] = nonempty(j, "root");
    r->v[10] = nonempty(j, "plover");
    r->v[11] = nonempty(j, "plover_mode");
    r->v[12] = nonempty(j, "quad_class");
    if (json_is_number(gs)) {
        snprintf(r->goldstein, sizeof r->goldstein, "%.17g",
                 json_number_value(gs));
        r->v[13] = r->goldstein;
    } else {
        r->v[13] = NULL;
    }
    r->v[14] = json_is_boolean(neg) ? (json_is_true(neg) ? "1" : "0") : NULL;
    r->v[15] = nonempty(j, "modality");
    r->v[16] = nonempty(j, "text");
    r->v[17] = line;
    return 0;
}

/* End the open batch: finish the bulk load and commit. */
static int end_batch(ent_store *s, int rc, ent_store_ingest_stats *st,
                     uint64_t in_batch)
{
    unsigned long long added = 0;
    int rc2 = s->ops->bulk_end(s->conn, &added);
    if (!rc)
        rc = rc2;
    if (!rc)
        rc = s->ops->commit(s->conn);
    if (rc) {
        s->ops->rollback(s->conn);
        return rc;
    }
    st->added += added;
    st->existing += in_batch - added;
    return 0;
}

int ent_store_ingest_events(ent_store *s, FILE *fp, const char *name,
                            uint64_t max_bytes, size_t batch,
                            ent_store_ingest_stats *st)
{
    char *line = NULL;
    size_t cap = 0;
    uint64_t in_batch = 0;
    int rc = 0;
    bool open = false;
    memset(st, 0, sizeof *st);
    if (!batch)
        batch = 50000;
    while (st->bytes < max_bytes) {
        ssize_t n = getline(&line, &cap, fp);
        if (n < 0)
            break;
        uint64_t at = st->bytes;
        st->bytes += (uint64_t)n;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = 0;
        if (n == 0)
            continue;
        json_error_t jerr;
        json_t *j = json_loadb(line, (size_t)n, 0, &jerr);
        rowbuf r;
        if (!j || event_row(&r, j, line)) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s: byte %llu: not an event (%s)",
                               name ? name : "events",
                               (unsigned long long)at,
                               j ? "needs doc and cameo" : jerr.text);
            json_decref(j);
            break;
        }
        if (!open) {
            if ((rc = s->ops->begin(s->conn)))
                break;
            if ((rc = s->ops->bulk_begin(s->conn, "events", COLS, NCOL, 1))) {
                s->ops->rollback(s->conn);
                break;
            }
            open = true;
            in_batch = 0;
        }
        rc = s->ops->bulk_row(s->conn, r.v);
        json_decref(j);
        if (rc)
            break;
        st->lines++;
        in_batch++;
        if (in_batch >= batch) {
            open = false;
            if ((rc = end_batch(s, 0, st, in_batch)))
                break;
        }
    }
    if (open) {
        if (rc) {
            s->ops->bulk_end(s->conn, NULL);
            s->ops->rollback(s->conn);
        } else {
            rc = end_batch(s, 0, st, in_batch);
        }
    }
    if (!rc && ferror(fp))
        rc = ent_error_set(ENT_EIO, "%s: read error", name ? name : "events");
    free(line);
    return rc;
}

static int first_u64(void *ud, int nc, const char *const *v)
{
    if (nc > 0 && v[0])
        *(uint64_t *)ud = strtoull(v[0], NULL, 10);
    return 0;
}

int ent_store_count_events(ent_store *s, uint64_t *n)
{
    *n = 0;
    return s->ops->query(s->conn, "SELECT count(*) FROM events", 0, NULL,
                         first_u64, n);
}
