/*
 * events.c - the report's event timeline, read from the store's `events`
 * table (written by the coder): events and mean Goldstein score by month,
 * the same by actor pair and month for the busiest pairs, and the latest
 * events with their source sentences.
 *
 * DESIGN
 * The table's columns are found by name (ent_store_columns) among a few
 * accepted spellings, so that the report reads the store whichever of them
 * the producer chose; the SQL is then built only from those constant
 * names and runs through ent_store_query, so SQLite and PostgreSQL stores
 * give the same page. Counting is done here in one hash table per scan,
 * so the cost is two scans of the table whatever its size.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum {
    C_DATE, C_SRC, C_TGT, C_CODE, C_GOLD, C_TEXT,
    C_DOC, C_SENT, C_START, C_END, C_SSTART, C_SEND, C_TSTART, C_TEND, C_N
};

static const char *const cand[C_N][5] = {
    {"date", "event_date", "day", NULL},
    {"source_root", "src_root", "source", "src", NULL},
    {"target_root", "tgt_root", "target", "tgt", NULL},
    {"cameo", "code", "event_code", NULL},
    {"goldstein", NULL},
    {"text", "sentence_text", NULL},
    {"doc", "document", NULL},
    {"sentence", NULL},
    {"start", NULL},
    {"end", NULL},
    {"source_start", NULL},
    {"source_end", NULL},
    {"target_start", NULL},
    {"target_end", NULL},
};

/* Documents read to cut the source sentences out of (the store keeps the
 * document's id - its file name when coded from a file - and offsets). */
/* Longest actor code compared in pair keys. */
#define ENT_REPORT_KEY_MAX 256

#define DOC_CACHE 8
#define DOC_MAX (64u << 20)

typedef struct doc_cache {
    char *name[DOC_CACHE];
    char *text[DOC_CACHE]; /* NULL: not readable */
    size_t len[DOC_CACHE];
    size_t next;
} doc_cache;

static void doc_cache_free(doc_cache *dc)
{
    for (size_t k = 0; k < DOC_CACHE; k++) {
        free(dc->name[k]);
        free(dc->text[k]);
    }
}

static const char *doc_text(doc_cache *dc, const char *name, size_t *len)
{
    for (size_t k = 0; k < DOC_CACHE; k++)
        if (dc->name[k] && strcmp(dc->name[k], name) == 0) {
            *len = dc->len[k];
            return dc->text[k];
        }
    size_t k = dc->next++ % DOC_CACHE;
    free(dc->name[k]);
    free(dc->text[k]);
    dc->name[k] = strdup(name);
    dc->text[k] = NULL;
    dc->len[k] = 0;
    FILE *f = fopen(name, "rb");
    if (f) {
        char *buf = malloc(DOC_MAX);
        size_t n = buf ? fread(buf, 1, DOC_MAX, f) : 0;
        if (buf && n > 0 && n < DOC_MAX) {
            dc->text[k] = buf;
            dc->len[k] = n;
            buf = NULL;
        }
        free(buf);
        fclose(f);
    }
    *len = dc->len[k];
    return dc->text[k];
}

/* The sentence around byte offsets [lo, hi) of text: back to the end of
 * the previous sentence, on to the end of this one. */
static void cut_sentence(const char *t, size_t n, size_t lo, size_t hi,
                         size_t *a, size_t *b)
{
    if (hi > n)
        hi = n;
    if (lo > hi)
        lo = hi;
    size_t i = lo;
    while (i > 0 && !(t[i - 1] == '\n' ||
                      ((t[i - 1] == ' ' || t[i - 1] == '\t') && i >= 2 &&
                       (t[i - 2] == '.' || t[i - 2] == '?' || t[i - 2] == '!'))))
        i--;
    size_t j = hi;
    while (j < n && t[j] != '.' && t[j] != '?' && t[j] != '!' && t[j] != '\n')
        j++;
    if (j < n && t[j] != '\n')
        j++;
    while (i < j && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t'))
        i++;
    *a = i;
    *b = j;
}

typedef struct cols {
    const char *c[C_N];
    const char *id; /* "id" when the table has it: insertion order */
} cols;

static bool find_cols(ent_store *s, cols *out, char *why, size_t n)
{
    ent_list names = {0};
    int rank[C_N];
    memset(out, 0, sizeof *out);
    if (ent_store_columns(s, "events", &names) != 0) {
        snprintf(why, n, "the store cannot be read: %s", ent_error_last());
        ent_world_errors_free(&names);
        return false;
    }
    for (int k = 0; k < C_N; k++)
        rank[k] = 99;
    for (size_t i = 0; i < names.n; i++) {
        const char *name = names.items[i];
        if (strcasecmp(name, "id") == 0)
            out->id = "id";
        /* the earliest spelling in cand[] wins, whatever the column order */
        for (int k = 0; k < C_N; k++)
            for (int q = 0; cand[k][q]; q++)
                if (q < rank[k] && strcasecmp(name, cand[k][q]) == 0) {
                    out->c[k] = cand[k][q];
                    rank[k] = q;
                }
    }
    bool any = names.n > 0;
    ent_world_errors_free(&names);
    if (!any) {
        snprintf(why, n, "the store has no events table (code news text into "
                         "the store first)");
        return false;
    }
    if (!out->c[C_DATE] || !out->c[C_SRC] || !out->c[C_TGT]) {
        snprintf(why, n, "the store's events table lacks a date, source or "
                         "target column");
        return false;
    }
    return true;
}

/* Escape at most `max` bytes of s, cut at a UTF-8 character boundary,
 * with an ellipsis if cut. */
static void escape_n(FILE *fp, const char *s, size_t max)
{
    char buf[1024];
    size_t n = s ? strlen(s) : 0;
    if (n <= max || max >= sizeof buf) {
        ent_report_escape(fp, s);
        return;
    }
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--; /* do not split a multi-byte character */
    memcpy(buf, s, max);
    buf[max] = '\0';
    ent_report_escape(fp, buf);
    fputs("&#8230;", fp);
}

/* Row callback that only notes that a row came. */
static int any_row(void *ud, int nc, const char *const *v)
{
    (void)nc;
    (void)v;
    *(bool *)ud = true;
    return 1; /* one is enough */
}

bool ent_report_has_events(ent_store *s, char *why, size_t n)
{
    cols c;
    if (!s) {
        snprintf(why, n, "no store was given");
        return false;
    }
    if (!find_cols(s, &c, why, n))
        return false;
    /* The store creates its (empty) events table with the schema: an
     * empty table means no events. */
    bool any = false;
    if (ent_store_query(s, "SELECT 1 FROM events LIMIT 1", 0, NULL, any_row,
                        &any) < 0) {
        snprintf(why, n, "the store cannot be read: %s", ent_error_last());
        return false;
    }
    if (!any)
        snprintf(why, n, "the store holds no events (run 'entente ingest')");
    return any;
}

static void gold_cell(FILE *fp, double count, double g, bool have_gold)
{
    if (count <= 0) {
        fprintf(fp, "<td></td>");
        return;
    }
    const char *cls = !have_gold || !isfinite(g) ? "n"
                      : g < -0.5                 ? "n neg"
                      : g > 0.5                  ? "n pos"
                                                 : "n";
    fprintf(fp, "<td class=\"%s\">%.0f", cls, count);
    if (have_gold && isfinite(g))
        fprintf(fp, " <span class=\"muted\">(%+.1f)</span>", g);
    fprintf(fp, "</td>");
}

/* A string-keyed tally (open addressing, FNV-1a): events and the sum of
 * their Goldstein scores per month or per actor pair, filled in one scan of
 * the table - SQLite's GROUP BY over text columns sorts the whole table,
 * several times slower at a million events. */
typedef struct tally {
    char *key;
    double count, gsum, gn;
} tally;

typedef struct tmap {
    tally *slot;
    size_t cap, n;
} tmap;

static uint64_t hash_s(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

static void tmap_free(tmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->slot[i].key);
    free(m->slot);
    memset(m, 0, sizeof *m);
}

/* The tally of `key`, added if new; NULL on ENOMEM. */
static tally *tmap_get(tmap *m, const char *key)
{
    if (2 * (m->n + 1) > m->cap) {
        size_t nc = m->cap ? 2 * m->cap : 64;
        tally *ns = calloc(nc, sizeof *ns);
        if (!ns)
            return NULL;
        for (size_t i = 0; i < m->cap; i++)
            if (m->slot[i].key) {
                size_t j = (size_t)hash_s(m->slot[i].key) & (nc - 1);
                while (ns[j].key)
                    j = (j + 1) & (nc - 1);
                ns[j] = m->slot[i];
            }
        free(m->slot);
        m->slot = ns;
        m->cap = nc;
    }
    size_t j = (size_t)hash_s(key) & (m->cap - 1);
    while (m->slot[j].key) {
        if (strcmp(m->slot[j].key, key) == 0)
            return &m->slot[j];
        j = (j + 1) & (m->cap - 1);
    }
    m->slot[j].key = strdup(key);
    if (!m->slot[j].key)
        return NULL;
    m->n++;
    return &m->slot[j];
}

/* One event into a tally; g is its Goldstein score as text, or NULL. */
static void tally_add(tally *t, const char *g)
{
    char *end;
    t->count += 1;
    if (g && *g) {
        double x = strtod(g, &end);
        if (end != g && isfinite(x)) {
            t->gsum += x;
            t->gn += 1;
        }
    }
}

/* Sort helpers: months by key; pairs by count (desc), then key. */
static int cmp_key(const void *x, const void *y)
{
    return strcmp(((const tally *)x)->key, ((const tally *)y)->key);
}

static int cmp_count(const void *x, const void *y)
{
    const tally *a = x, *b = y;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(a->key, b->key);
}

/* The filled slots of m, packed into a new array of m->n (moved keys). */
static tally *tmap_take(tmap *m)
{
    tally *v = calloc(m->n + 1, sizeof *v);
    size_t k = 0;
    if (!v)
        return NULL;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slot[i].key) {
            v[k++] = m->slot[i];
            m->slot[i].key = NULL;
        }
    m->n = 0;
    return v;
}

/* "src\x1ftgt" for a pair (both non-empty), else false. */
static bool pair_key(const char *a, const char *b, char *buf, size_t n)
{
    if (!a || !b || !a[0] || !b[0])
        return false;
    return (size_t)snprintf(buf, n, "%s\x1f%s", a, b) < n;
}

static double mean(const tally *t)
{
    return t->gn > 0 ? t->gsum / t->gn : NAN;
}

/* First scan: events by month and by actor pair. Row: month, source,
 * target, goldstein. */
typedef struct scan_all {
    tmap *months, *pairs;
} scan_all;

static int scan_all_row(void *ud, int nc, const char *const *v)
{
    scan_all *sc = ud;
    char key[2 * ENT_REPORT_KEY_MAX + 2];
    (void)nc;
    tally *t = tmap_get(sc->months, v[0] ? v[0] : "?");
    if (!t)
        return ENT_ENOMEM;
    tally_add(t, v[3]);
    if (pair_key(v[1], v[2], key, sizeof key)) {
        if (!(t = tmap_get(sc->pairs, key)))
            return ENT_ENOMEM;
        tally_add(t, v[3]);
    }
    return 0;
}

/* Second scan: the busiest pairs in the last months. */
typedef struct scan_cells {
    const tally *pairs, *months;
    size_t np, nt;
    tally *cells; /* np x nt */
} scan_cells;

static int scan_cells_row(void *ud, int nc, const char *const *v)
{
    scan_cells *sc = ud;
    char key[2 * ENT_REPORT_KEY_MAX + 2];
    (void)nc;
    if (!v[0] || !pair_key(v[1], v[2], key, sizeof key))
        return 0;
    size_t q = 0, k = 0;
    while (q < sc->np && strcmp(sc->pairs[q].key, key) != 0)
        q++;
    while (k < sc->nt && strcmp(sc->months[k].key, v[0]) != 0)
        k++;
    if (q < sc->np && k < sc->nt)
        tally_add(&sc->cells[q * sc->nt + k], v[3]);
    return 0;
}

/* The latest events, one table row each. Row: the columns of cand[] in
 * the order date, source, code, target, then C_GOLD .. C_TEND. */
typedef struct latest {
    FILE *fp;
    const ent_report_input *in;
    doc_cache *dcache;
} latest;

static bool int_val(const char *v, long long *out)
{
    char *end;
    if (!v || !*v)
        return false;
    *out = strtoll(v, &end, 10);
    return end != v;
}

static int latest_row(void *ud, int nc, const char *const *v)
{
    latest *L = ud;
    FILE *fp = L->fp;
    (void)nc;
    fprintf(fp, "<tr>");
    for (int k = 0; k < 5; k++) {
        if (k == C_GOLD) {
            char *end;
            double g = v[k] ? strtod(v[k], &end) : NAN;
            fprintf(fp, "<td class=\"n\">");
            if (v[k] && end != v[k] && isfinite(g))
                fprintf(fp, "%+.1f", g);
        } else {
            fprintf(fp, "<td>");
            ent_report_escape(fp, v[k]);
        }
        fprintf(fp, "</td>");
    }
    fprintf(fp, "<td class=\"sent\">");
    const char *txt = v[C_TEXT], *doc = v[C_DOC];
    if (txt && *txt) {
        escape_n(fp, txt, 600);
    } else if (doc) {
        size_t n = 0, lo = SIZE_MAX, hi = 0;
        const char *t = L->in->read_documents ? doc_text(L->dcache, doc, &n)
                                              : NULL;
        for (int k = C_START; k <= C_TEND; k++) {
            long long o;
            if (!int_val(v[k], &o) || o <= 0 || (uint64_t)o > n)
                continue;
            if ((size_t)o < lo)
                lo = (size_t)o;
            if ((size_t)o > hi)
                hi = (size_t)o;
        }
        if (t && lo <= hi) {
            size_t a, b;
            cut_sentence(t, n, lo, hi, &a, &b);
            char *piece = strndup(t + a, b - a);
            if (!piece)
                return ENT_ENOMEM;
            escape_n(fp, piece, 600);
            free(piece);
            fprintf(fp, " ");
        }
        long long si;
        fprintf(fp, "<span class=\"muted\">(");
        ent_report_escape(fp, doc);
        if (int_val(v[C_SENT], &si))
            fprintf(fp, ", sentence %lld", si + 1);
        fprintf(fp, ")</span>");
    }
    fprintf(fp, "</td></tr>\n");
    return 0;
}

/* ent_store_query's result: a callback's ENT_ENOMEM gets its message. */
static int query(ent_store *s, const char *sql, int np, const char *const *p,
                 ent_store_row_fn fn, void *ud)
{
    int rc = ent_store_query(s, sql, np, p, fn, ud);
    if (rc == ENT_ENOMEM)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    if (rc < 0)
        return ent_error_set(rc, "events: %s", ent_error_last());
    return 0;
}

int ent_report__events(FILE *fp, const ent_report_input *in)
{
    int rc = 0;
    char why[256], sql[1024];
    cols c;
    ent_store *st = in->store;
    doc_cache dcache = {0};
    tmap mmap = {0}, pmap = {0};
    tally *months = NULL, *pairs = NULL, *cells = NULL;
    size_t nm = 0, npairs = 0;
    const char **mlab = NULL;
    double *mc = NULL, *mg = NULL;
    fprintf(fp, "<section id=\"events\"><h2>Event timeline</h2>\n");
    if (!st) {
        ent_report__na(fp, "The event timeline",
                       "no store was given (--db) or found");
        goto done;
    }
    if (!find_cols(st, &c, why, sizeof why)) {
        ent_report__na(fp, "The event timeline", why);
        goto done;
    }
    bool have_gold = c.c[C_GOLD] != NULL;
    const char *gold = have_gold ? c.c[C_GOLD] : "NULL";
    const char *gq = have_gold ? "\"" : "";
    /* one scan: events by month and by actor pair */
    snprintf(sql, sizeof sql,
             "SELECT substr(\"%s\",1,7), \"%s\", \"%s\", %s%s%s FROM events "
             "WHERE \"%s\" IS NOT NULL",
             c.c[C_DATE], c.c[C_SRC], c.c[C_TGT], gq, gold, gq, c.c[C_DATE]);
    scan_all sa = {&mmap, &pmap};
    if ((rc = query(st, sql, 0, NULL, scan_all_row, &sa)))
        goto done;
    nm = mmap.n;
    npairs = pmap.n;
    if (!(months = tmap_take(&mmap)) || !(pairs = tmap_take(&pmap))) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    if (nm == 0) {
        ent_report__na(fp, "The event timeline", "the events table is empty");
        goto done;
    }
    qsort(months, nm, sizeof *months, cmp_key);
    qsort(pairs, npairs, sizeof *pairs, cmp_count);
    double total = 0;
    for (size_t k = 0; k < nm; k++)
        total += months[k].count;
    fprintf(fp, "<p>%.0f events from ", total);
    ent_report_escape(fp, months[0].key);
    fprintf(fp, " to ");
    ent_report_escape(fp, months[nm - 1].key);
    fprintf(fp, " in the store");
    if (in->store_path) {
        fprintf(fp, " <code>");
        ent_report_escape(fp, in->store_path);
        fprintf(fp, "</code>");
    }
    fprintf(fp, ".%s</p>\n", have_gold ? "" : " (The table has no Goldstein "
                                              "scores.)");
    /* the chart: the last 36 months at most */
    size_t m0 = nm > 36 ? nm - 36 : 0, mn = nm - m0;
    mlab = calloc(mn + 1, sizeof *mlab);
    mc = calloc(mn + 1, sizeof *mc);
    mg = calloc(mn + 1, sizeof *mg);
    if (!mlab || !mc || !mg) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t k = 0; k < mn; k++) {
        mlab[k] = months[m0 + k].key;
        mc[k] = months[m0 + k].count;
        mg[k] = mean(&months[m0 + k]);
    }
    ent_report__svg_timeline(fp, mlab, mc, have_gold ? mg : NULL, mn);

    /* the busiest pairs by month (the last 12 months): a second scan of
     * those months only */
    size_t np = in->timeline_pairs ? in->timeline_pairs : 12;
    if (np > npairs)
        np = npairs;
    size_t t0 = nm > 12 ? nm - 12 : 0, nt = nm - t0;
    cells = calloc(np * nt + 1, sizeof *cells);
    if (!cells) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    if (np) {
        snprintf(sql, sizeof sql,
                 "SELECT substr(\"%s\",1,7), \"%s\", \"%s\", %s%s%s FROM "
                 "events WHERE substr(\"%s\",1,7) >= $1",
                 c.c[C_DATE], c.c[C_SRC], c.c[C_TGT], gq, gold, gq,
                 c.c[C_DATE]);
        const char *from[1] = {months[t0].key};
        scan_cells sc = {pairs, months + t0, np, nt, cells};
        if ((rc = query(st, sql, 1, from, scan_cells_row, &sc)))
            goto done;
    }
    fprintf(fp, "<h3>Busiest actor pairs by month</h3><p class=\"muted\">"
                "Events (mean Goldstein score: green cooperative, red "
                "conflictual) for the %zu pairs with most events.</p>\n"
                "<table class=\"pairs\"><thead><tr><th>source</th><th>target"
                "</th><th>all</th>",
            np);
    for (size_t k = t0; k < nm; k++) {
        fprintf(fp, "<th>");
        ent_report_escape(fp, months[k].key);
        fprintf(fp, "</th>");
    }
    fprintf(fp, "</tr></thead><tbody>\n");
    for (size_t q = 0; q < np; q++) {
        char *sep = strchr(pairs[q].key, '\x1f');
        if (sep)
            *sep = '\0';
        fprintf(fp, "<tr><td>");
        ent_report_escape(fp, pairs[q].key);
        fprintf(fp, "</td><td>");
        ent_report_escape(fp, sep ? sep + 1 : "");
        fprintf(fp, "</td>");
        gold_cell(fp, pairs[q].count, mean(&pairs[q]), have_gold);
        for (size_t k = 0; k < nt; k++)
            gold_cell(fp, cells[q * nt + k].count, mean(&cells[q * nt + k]),
                      have_gold);
        fprintf(fp, "</tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");

    /* latest events: newest date first, then the latest stored */
    size_t nl = in->latest_events ? in->latest_events : 25;
    size_t used = (size_t)snprintf(sql, sizeof sql, "SELECT \"%s\", \"%s\"",
                                   c.c[C_DATE], c.c[C_SRC]);
    for (int k = C_TGT; k < C_N && used < sizeof sql; k++) {
        int col = k == C_TGT ? C_CODE : k == C_CODE ? C_TGT : k;
        if (c.c[col])
            used += (size_t)snprintf(sql + used, sizeof sql - used,
                                     ", \"%s\"", c.c[col]);
        else
            used += (size_t)snprintf(sql + used, sizeof sql - used, ", NULL");
    }
    if (used < sizeof sql)
        snprintf(sql + used, sizeof sql - used,
                 " FROM events ORDER BY \"%s\" DESC%s LIMIT %zu", c.c[C_DATE],
                 c.id ? ", id DESC" : "", nl);
    fprintf(fp, "<h3>Latest events</h3>\n<table class=\"latest\"><thead><tr>"
                "<th>date</th><th>source</th><th>CAMEO</th><th>target</th>"
                "<th>Goldstein</th><th>source sentence</th></tr></thead>"
                "<tbody>\n");
    latest L = {fp, in, &dcache};
    if ((rc = query(st, sql, 0, NULL, latest_row, &L)))
        goto done;
    fprintf(fp, "</tbody></table>\n");
done:
    if (!rc)
        fprintf(fp, "</section>\n");
    doc_cache_free(&dcache);
    tmap_free(&mmap);
    tmap_free(&pmap);
    for (size_t k = 0; k < nm && months; k++)
        free(months[k].key);
    for (size_t k = 0; k < npairs && pairs; k++)
        free(pairs[k].key);
    free(months);
    free(pairs);
    free(cells);
    free(mlab);
    free(mc);
    free(mg);
    return rc;
}
