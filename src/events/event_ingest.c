/*
 * event_ingest.c - streaming ingest of coded events (the JSONL that
 * `entente code` writes) into the store: lines grouped into documents,
 * documents into batches stored with ent_events_store_documents (see
 * entente/events.h). A range of the file owns the documents whose first
 * line it holds, so ranks given adjacent ranges store each document once.
 * One thread stores a batch while the caller's thread parses the next.
 */
#include <entente/events.h>

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

typedef struct pending {
    char *doc;
    ent_date date;
    uint64_t hash;
    ent_event *ev;
    size_t n, cap;
} pending;

typedef struct batch {
    pending *d;
    size_t n, cap, events;
} batch;

static void batch_clear(batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->d[i].doc);
        free(b->d[i].ev);
    }
    b->n = 0;
    b->events = 0;
}

static int flush(ent_store *s, batch *b, ent_events_ingest_stats *st)
{
    ent_event_doc *docs = malloc((b->n ? b->n : 1) * sizeof *docs);
    size_t ad = 0, ae = 0;
    int rc;
    if (!docs)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (size_t i = 0; i < b->n; i++)
        docs[i] = (ent_event_doc){b->d[i].doc, b->d[i].date, b->d[i].hash,
                                  b->d[i].ev, b->d[i].n};
    rc = ent_events_store_documents(s, docs, b->n, &ad, &ae);
    free(docs);
    if (!rc) {
        st->docs += b->n;
        st->added_docs += ad;
        st->added_events += ae;
    }
    batch_clear(b);
    return rc;
}

/* The storer: a thread that stores one batch while the caller parses the
 * next, so that reading JSON and the database's work overlap. The store's
 * connection is used by this thread only while it runs. Library errors are
 * thread-local: the storer's message is carried back to the caller. */
typedef struct storer {
    pthread_t tid;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    ent_store *s;
    ent_events_ingest_stats *st; /* the storer updates docs and added_* */
    batch *job;
    bool quit;
    int rc;
    char msg[512];
} storer;

static void *storer_main(void *arg)
{
    storer *w = arg;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (!w->job && !w->quit)
            pthread_cond_wait(&w->cv, &w->mu);
        if (!w->job)
            break;
        batch *b = w->job;
        pthread_mutex_unlock(&w->mu);
        int rc = w->rc ? 0 : flush(w->s, b, w->st);
        if (rc)
            snprintf(w->msg, sizeof w->msg, "%s", ent_error_last());
        batch_clear(b);
        pthread_mutex_lock(&w->mu);
        if (rc && !w->rc)
            w->rc = rc;
        w->job = NULL;
        pthread_cond_broadcast(&w->cv);
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

/* Wait until the storer is idle; its error, if any. */
static int storer_wait(storer *w)
{
    pthread_mutex_lock(&w->mu);
    while (w->job)
        pthread_cond_wait(&w->cv, &w->mu);
    int rc = w->rc;
    pthread_mutex_unlock(&w->mu);
    return rc;
}

/* Hand over b once the previous batch is stored. */
static int storer_submit(storer *w, batch *b)
{
    int rc = storer_wait(w);
    if (rc)
        return rc;
    pthread_mutex_lock(&w->mu);
    w->job = b;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
    return 0;
}

static size_t num(json_t *j, const char *k)
{
    json_t *v = json_object_get(j, k);
    return json_is_integer(v) && json_integer_value(v) > 0
               ? (size_t)json_integer_value(v)
               : 0;
}

static void code(char *dst, size_t n, json_t *j, const char *k)
{
    const char *v = json_string_value(json_object_get(j, k));
    snprintf(dst, n, "%s", v ? v : "");
}

/* The event of one JSON line; *doc borrows from j. */
static int parse_event(json_t *j, ent_event *ev, const char **doc)
{
    memset(ev, 0, sizeof *ev);
    *doc = json_string_value(json_object_get(j, "doc"));
    const char *cameo = json_string_value(json_object_get(j, "cameo"));
    if (!*doc || !cameo || strlen(cameo) >= sizeof ev->cameo)
        return -1;
    snprintf(ev->cameo, sizeof ev->cameo, "%s", cameo);
    json_t *s = json_object_get(j, "sentence");
    ev->sentence = json_is_integer(s) ? (int)json_integer_value(s) : 0;
    const char *d = json_string_value(json_object_get(j, "date"));
    ev->date = ENT_DATE_MIN;
    if (d && d[0] && ent_date_parse(&ev->date, d) != 0)
        return -1;
    code(ev->source, sizeof ev->source, j, "source");
    code(ev->target, sizeof ev->target, j, "target");
    code(ev->source_root, sizeof ev->source_root, j, "source_root");
    code(ev->target_root, sizeof ev->target_root, j, "target_root");
    ev->negated = json_is_true(json_object_get(j, "negated"));
    const char *m = json_string_value(json_object_get(j, "modality"));
    for (int k = 0; m && k < ENT_MOD_COUNT; k++)
        if (strcmp(m, ent_modality_name((ent_modality)k)) == 0)
            ev->modality = (ent_modality)k;
    ev->start = num(j, "start");
    ev->end = num(j, "end");
    ev->source_start = num(j, "source_start");
    ev->source_end = num(j, "source_end");
    ev->target_start = num(j, "target_start");
    ev->target_end = num(j, "target_end");
    return 0;
}

/* The doc of the line that ends just before `at` (a line start), or "". */
static int doc_before(FILE *fp, uint64_t at, char *out, size_t n)
{
    out[0] = 0;
    if (at < 2)
        return 0;
    uint64_t p = at - 1; /* the '\n' ending the previous line */
    while (p > 0) {
        if (fseeko(fp, (off_t)(p - 1), SEEK_SET) != 0)
            return ent_error_set(ENT_EIO, "seek failed");
        if (getc(fp) == '\n')
            break;
        p--;
    }
    if (fseeko(fp, (off_t)p, SEEK_SET) != 0)
        return ent_error_set(ENT_EIO, "seek failed");
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = getline(&line, &cap, fp);
    if (len > 0) {
        json_t *j = json_loadb(line, (size_t)len, 0, NULL);
        const char *d = json_string_value(json_object_get(j, "doc"));
        snprintf(out, n, "%s", d ? d : "");
        json_decref(j);
    }
    free(line);
    return 0;
}

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* --- a fast path for the flat objects `entente code` writes ------------
 * A line that is one flat JSON object whose strings hold no backslash is
 * read here in one pass without allocation; anything else (escapes,
 * non-ASCII text, nested values, odd spacing) returns -1 and goes to
 * jansson, so both paths accept and read the same lines. */

typedef struct fval {
    const char *k, *v;
    size_t kl, vl;
    char t; /* 's' string, 'n' number, 't' true, 'f' false, 'z' null */
} fval;

enum { MAX_FIELDS = 32 };

static const char *ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

static int scan_flat(const char *p, size_t n, fval *f, size_t *nf)
{
    const char *e = p + n;
    size_t k = 0;
    p = ws(p, e);
    if (p >= e || *p++ != '{')
        return -1;
    p = ws(p, e);
    if (p < e && *p == '}')
        goto end;
    for (;;) {
        if (k >= MAX_FIELDS || p >= e || *p != '"')
            return -1;
        const char *ks = ++p;
        while (p < e && *p != '"' && *p != '\\')
            p++;
        if (p >= e || *p != '"')
            return -1;
        f[k].k = ks;
        f[k].kl = (size_t)(p - ks);
        p = ws(p + 1, e);
        if (p >= e || *p++ != ':')
            return -1;
        p = ws(p, e);
        if (p >= e)
            return -1;
        if (*p == '"') {
            const char *vs = ++p;
            /* ASCII only: other bytes go to jansson, which checks UTF-8 */
            while (p < e && *p != '"' && *p != '\\' &&
                   (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x80)
                p++;
            if (p >= e || *p != '"')
                return -1;
            f[k].v = vs;
            f[k].vl = (size_t)(p - vs);
            f[k].t = 's';
            p++;
        } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
            const char *vs = p;
            while (p < e && (*p == '-' || *p == '+' || *p == '.' || *p == 'e' ||
                             *p == 'E' || (*p >= '0' && *p <= '9')))
                p++;
            f[k].v = vs;
            f[k].vl = (size_t)(p - vs);
            f[k].t = 'n';
        } else if (e - p >= 4 && memcmp(p, "true", 4) == 0) {
            f[k].t = 't';
            p += 4;
        } else if (e - p >= 5 && memcmp(p, "false", 5) == 0) {
            f[k].t = 'f';
            p += 5;
        } else if (e - p >= 4 && memcmp(p, "null", 4) == 0) {
            f[k].t = 'z';
            p += 4;
        } else {
            return -1; /* nested or invalid: jansson decides */
        }
        k++;
        p = ws(p, e);
        if (p < e && *p == ',') {
            p = ws(p + 1, e);
            continue;
        }
        if (p < e && *p == '}')
            break;
        return -1;
    }
end:
    p = ws(p + 1, e);
    if (p != e)
        return -1;
    *nf = k;
    return 0;
}

static const fval *field(const fval *f, size_t n, const char *key)
{
    size_t kl = strlen(key);
    const fval *found = NULL;
    for (size_t i = 0; i < n; i++)
        if (f[i].kl == kl && memcmp(f[i].k, key, kl) == 0)
            found = &f[i]; /* the last one wins, as in jansson */
    return found;
}

static void fcode(char *dst, size_t n, const fval *v)
{
    if (v && v->t == 's' && v->vl < n) {
        memcpy(dst, v->v, v->vl);
        dst[v->vl] = 0;
    } else {
        dst[0] = 0;
    }
}

/* A non-negative integer field, 0 otherwise (as num() does). */
static size_t fnum(const fval *v)
{
    if (!v || v->t != 'n' || v->vl == 0 || v->vl > 18)
        return 0;
    size_t x = 0;
    for (size_t i = 0; i < v->vl; i++) {
        if (v->v[i] < '0' || v->v[i] > '9')
            return 0;
        x = x * 10 + (size_t)(v->v[i] - '0');
    }
    return x;
}

static int set_doc(char **buf, size_t *cap, const char *s, size_t n)
{
    if (n + 1 > *cap) {
        size_t c = n + 64;
        char *b = realloc(*buf, c);
        if (!b)
            return -1;
        *buf = b;
        *cap = c;
    }
    memcpy(*buf, s, n);
    (*buf)[n] = 0;
    return 0;
}

/* The event of a line by the fast path: 0, or -1 to use jansson. */
static int fast_event(const char *line, size_t n, ent_event *ev, char **docbuf,
                      size_t *doccap)
{
    fval f[MAX_FIELDS];
    size_t nf = 0;
    if (scan_flat(line, n, f, &nf))
        return -1;
    const fval *doc = field(f, nf, "doc"), *cameo = field(f, nf, "cameo");
    const fval *sent = field(f, nf, "sentence"), *date = field(f, nf, "date");
    const fval *neg = field(f, nf, "negated"), *mod = field(f, nf, "modality");
    if (!doc || doc->t != 's' || !cameo || cameo->t != 's' ||
        cameo->vl >= sizeof ev->cameo || memchr(doc->v, 0, doc->vl))
        return -1;
    memset(ev, 0, sizeof *ev);
    fcode(ev->cameo, sizeof ev->cameo, cameo);
    if (sent && sent->t == 'n') {
        char b[24];
        if (sent->vl >= sizeof b)
            return -1;
        memcpy(b, sent->v, sent->vl);
        b[sent->vl] = 0;
        char *end;
        long v = strtol(b, &end, 10);
        if (*end || v < -2147483647L || v > 2147483647L)
            return -1;
        ev->sentence = (int)v;
    }
    ev->date = ENT_DATE_MIN;
    if (date && date->t == 's' && date->vl) {
        char b[16];
        if (date->vl >= sizeof b)
            return -1;
        memcpy(b, date->v, date->vl);
        b[date->vl] = 0;
        if (ent_date_parse(&ev->date, b) != 0)
            return -1;
    }
    fcode(ev->source, sizeof ev->source, field(f, nf, "source"));
    fcode(ev->target, sizeof ev->target, field(f, nf, "target"));
    fcode(ev->source_root, sizeof ev->source_root, field(f, nf, "source_root"));
    fcode(ev->target_root, sizeof ev->target_root, field(f, nf, "target_root"));
    ev->negated = neg && neg->t == 't';
    for (int k = 0; mod && mod->t == 's' && k < ENT_MOD_COUNT; k++) {
        const char *name = ent_modality_name((ent_modality)k);
        if (strlen(name) == mod->vl && memcmp(name, mod->v, mod->vl) == 0)
            ev->modality = (ent_modality)k;
    }
    ev->start = fnum(field(f, nf, "start"));
    ev->end = fnum(field(f, nf, "end"));
    ev->source_start = fnum(field(f, nf, "source_start"));
    ev->source_end = fnum(field(f, nf, "source_end"));
    ev->target_start = fnum(field(f, nf, "target_start"));
    ev->target_end = fnum(field(f, nf, "target_end"));
    return set_doc(docbuf, doccap, doc->v, doc->vl);
}

int ent_events_ingest_jsonl(ent_store *s, FILE *fp, const char *name,
                            uint64_t begin, uint64_t end, size_t batch_events,
                            ent_events_ingest_stats *st)
{
    char prev[256];
    char *line = NULL, *docbuf = NULL;
    size_t cap = 0, doccap = 0;
    batch bufs[2];
    batch *bp = &bufs[0];
    storer w;
    bool started = false;
    int rc = 0;
    bool skipping;
    memset(bufs, 0, sizeof bufs);
    memset(st, 0, sizeof *st);
    memset(&w, 0, sizeof w);
    w.s = s;
    w.st = st;
    pthread_mutex_init(&w.mu, NULL);
    pthread_cond_init(&w.cv, NULL);
    if (pthread_create(&w.tid, NULL, storer_main, &w) != 0) {
        rc = ent_error_set(ENT_ENOMEM, "cannot start a thread");
        goto done;
    }
    started = true;
    if (!name)
        name = "events";
    if (!batch_events)
        batch_events = 50000;
    if ((rc = doc_before(fp, begin, prev, sizeof prev)))
        goto done;
    skipping = prev[0] != 0;
    if (fseeko(fp, (off_t)begin, SEEK_SET) != 0) {
        rc = ent_error_set(ENT_EIO, "%s: cannot seek", name);
        goto done;
    }
    uint64_t pos = begin;
    pending *cur = NULL;
    for (;;) {
        ssize_t n = getline(&line, &cap, fp);
        if (n <= 0)
            break;
        uint64_t at = pos;
        pos += (uint64_t)n;
        size_t len = (size_t)n;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (!len)
            continue;
        ent_event ev;
        const char *doc = NULL;
        if (fast_event(line, len, &ev, &docbuf, &doccap) != 0) {
            /* anything unusual (escapes, nesting): the full JSON parser */
            json_error_t jerr;
            json_t *j = json_loadb(line, len, 0, &jerr);
            if (!j || !json_is_object(j) || parse_event(j, &ev, &doc) ||
                set_doc(&docbuf, &doccap, doc, strlen(doc))) {
                rc = ent_error_set(ENT_EINVALID,
                                   "%s: byte %llu: not an event (%s)", name,
                                   (unsigned long long)at,
                                   j ? "needs doc, cameo and a valid date"
                                     : jerr.text);
                json_decref(j);
                break;
            }
            json_decref(j);
        }
        doc = docbuf;
        bool same = cur && strcmp(cur->doc, doc) == 0;
        if (skipping && strcmp(doc, prev) == 0) {
            continue; /* the previous range's document */
        }
        skipping = false;
        if (!same && at >= end) {
            break; /* the next range's document */
        }
        st->lines++;
        st->bytes += (uint64_t)n;
        if (!same) {
            if (bp->events >= batch_events) {
                if ((rc = storer_submit(&w, bp))) {
                            break;
                }
                bp = bp == &bufs[0] ? &bufs[1] : &bufs[0];
                /* the storer cleared it when it stored it */
            }
            if (bp->n == bp->cap) {
                size_t nc = bp->cap ? 2 * bp->cap : 256;
                pending *d = realloc(bp->d, nc * sizeof *d);
                if (!d) {
                    rc = ent_error_set(ENT_ENOMEM, "out of memory");
                            break;
                }
                bp->d = d;
                bp->cap = nc;
            }
            cur = &bp->d[bp->n++];
            memset(cur, 0, sizeof *cur);
            cur->doc = strdup(doc);
            cur->date = ev.date;
            cur->hash = 1469598103934665603ull;
            if (!cur->doc) {
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
                    break;
            }
        }
        if (cur->n == cur->cap) {
            size_t nc = cur->cap ? 2 * cur->cap : 8;
            ent_event *e = realloc(cur->ev, nc * sizeof *e);
            if (!e) {
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
                break;
            }
            cur->ev = e;
            cur->cap = nc;
        }
        cur->ev[cur->n++] = ev;
        cur->hash = fnv(fnv(cur->hash, line, len), "\n", 1);
        bp->events++;
    }
    if (!rc && ferror(fp))
        rc = ent_error_set(ENT_EIO, "%s: read error", name);
    if (!rc && bp->n)
        rc = storer_submit(&w, bp);
done:
    if (started) {
        int wrc = storer_wait(&w);
        pthread_mutex_lock(&w.mu);
        w.quit = true;
        pthread_cond_broadcast(&w.cv);
        pthread_mutex_unlock(&w.mu);
        pthread_join(w.tid, NULL);
        if (wrc && (!rc || rc == wrc))
            rc = ent_error_set(wrc, "%s", w.msg);
    }
    pthread_mutex_destroy(&w.mu);
    pthread_cond_destroy(&w.cv);
    for (int k = 0; k < 2; k++) {
        batch_clear(&bufs[k]);
        free(bufs[k].d);
    }
    free(line);
    free(docbuf);
    return rc;
}
