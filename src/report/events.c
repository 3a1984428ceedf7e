/*
 * events.c - the report's event timeline, read from the store's `events`
 * table (written by the coder): events and mean Goldstein score by month,
 * the same by actor pair and month for the busiest pairs, and the latest
 * events with their source sentences.
 *
 * DESIGN
 * The table's columns are found by name (PRAGMA table_info) among a few
 * accepted spellings, so that the report reads the store whichever of them
 * the producer chose; the SQL is then built only from those constant
 * names. Aggregation is done by the database (GROUP BY), so the cost is a
 * few scans of the table whatever its size. The SQL runs on either engine
 * of the store (ent_store_query: SQLite or PostgreSQL).
 */
#include "internal.h"

#include <strings.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { C_DATE, C_SRC, C_TGT, C_CODE, C_GOLD, C_TEXT, C_N };

static const char *const cand[C_N][5] = {
    {"date", "event_date", "day", NULL},
    {"source_root", "src_root", "source", "src", NULL},
    {"target_root", "tgt_root", "target", "tgt", NULL},
    {"cameo", "code", "event_code", NULL},
    {"goldstein", NULL},
    {"text", "sentence", "sentence_text", NULL},
};

typedef struct cols {
    const char *c[C_N];
} cols;

static int have_row(void *ud, int nc, const char *const *v)
{
    (void)nc;
    (void)v;
    *(bool *)ud = true;
    return 0;
}

static bool find_cols(ent_store *st, cols *out, char *why, size_t n)
{
    ent_list names = {0};
    memset(out, 0, sizeof *out);
    if (ent_store_columns(st, "events", &names)) {
        snprintf(why, n, "the store cannot be read: %s", ent_error_last());
        ent_world_errors_free(&names);
        return false;
    }
    int best[C_N];
    for (int k = 0; k < C_N; k++)
        best[k] = 99;
    for (size_t i = 0; i < names.n; i++) {
        const char *name = names.items[i];
        /* the earliest spelling wins, wherever its column is (the store's
         * own table has an integer `sentence` before `text`) */
        for (int k = 0; k < C_N && name; k++)
            for (int q = 0; cand[k][q] && q < best[k]; q++)
                if (strcasecmp(name, cand[k][q]) == 0) {
                    out->c[k] = cand[k][q];
                    best[k] = q;
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
    /* The store creates the table empty (schema 2): no events yet. */
    bool rows = false;
    ent_store_query(st, "SELECT 1 FROM events LIMIT 1", 0, NULL, have_row,
                    &rows);
    if (!rows) {
        snprintf(why, n, "the store holds no events (code news text and "
                         "ingest it first: entente ingest)");
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

bool ent_report_has_events(ent_store *s, char *why, size_t n)
{
    cols c;
    if (!s) {
        snprintf(why, n, "no store was given");
        return false;
    }
    return find_cols(s, &c, why, n);
}

typedef struct month {
    char m[8];
    double count, gold;
} month;

/* Rows of a query result kept as strings (NULL for SQL NULL). */
typedef struct rows {
    char **v; /* n * ncol */
    size_t ncol, n, cap;
} rows;

static int collect(void *ud, int nc, const char *const *vals)
{
    rows *r = ud;
    if (r->n == 0 && r->cap == 0)
        r->ncol = (size_t)nc;
    if ((size_t)nc != r->ncol)
        return ent_error_set(ENT_EDB, "events: ragged result");
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 64;
        char **v = realloc(r->v, cap * r->ncol * sizeof *v);
        if (!v)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        r->v = v;
        r->cap = cap;
    }
    for (size_t k = 0; k < r->ncol; k++) {
        char *c = vals[k] ? strdup(vals[k]) : NULL;
        if (vals[k] && !c)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        r->v[r->n * r->ncol + k] = c;
    }
    r->n++;
    return 0;
}

static void rows_free(rows *r)
{
    for (size_t i = 0; i < r->n * r->ncol; i++)
        free(r->v[i]);
    free(r->v);
    memset(r, 0, sizeof *r);
}

static const char *cell(const rows *r, size_t i, size_t k)
{
    return r->v[i * r->ncol + k];
}

static double num(const char *v)
{
    return v ? strtod(v, NULL) : NAN;
}

static int run(ent_store *st, const char *sql, int np, const char *const *p,
               rows *out)
{
    rows_free(out);
    int rc = ent_store_query(st, sql, np, p, collect, out);
    if (rc)
        return ent_error_set(rc, "events: %s", ent_error_last());
    return 0;
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

int ent_report__events(FILE *fp, const ent_report_input *in)
{
    int rc = 0;
    char why[256], sql[1024];
    cols c;
    ent_store *db = in->store;
    rows r = {0}, pr = {0};
    month *months = NULL;
    size_t nm = 0;
    const char **mlab = NULL;
    double *mc = NULL, *mg = NULL;
    fprintf(fp, "<section id=\"events\"><h2>Event timeline</h2>\n");
    if (!db) {
        ent_report__na(fp, "The event timeline",
                       "no store was given (--db) or found");
        goto done;
    }
    if (!find_cols(db, &c, why, sizeof why)) {
        ent_report__na(fp, "The event timeline", why);
        goto done;
    }
    bool have_gold = c.c[C_GOLD] != NULL;
    const char *gold = have_gold ? c.c[C_GOLD] : "CAST(NULL AS REAL)";
    /* by month */
    snprintf(sql, sizeof sql,
             "SELECT substr(\"%s\",1,7) m, count(*), avg(%s) FROM events "
             "WHERE \"%s\" IS NOT NULL GROUP BY m ORDER BY m",
             c.c[C_DATE], gold, c.c[C_DATE]);
    if ((rc = run(db, sql, 0, NULL, &r)))
        goto done;
    double total = 0;
    months = calloc(r.n + 1, sizeof *months);
    if (!months) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < r.n; i++, nm++) {
        const char *m = cell(&r, i, 0);
        snprintf(months[nm].m, sizeof months[nm].m, "%s", m ? m : "?");
        months[nm].count = num(cell(&r, i, 1));
        months[nm].gold = num(cell(&r, i, 2));
        total += months[nm].count;
    }
    if (nm == 0) {
        ent_report__na(fp, "The event timeline", "the events table is empty");
        goto done;
    }
    fprintf(fp, "<p>%.0f events from %s to %s in the store",
            total, months[0].m, months[nm - 1].m);
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
        mlab[k] = months[m0 + k].m;
        mc[k] = months[m0 + k].count;
        mg[k] = months[m0 + k].gold;
    }
    ent_report__svg_timeline(fp, mlab, mc, have_gold ? mg : NULL, mn);

    /* busiest pairs by month (the last 12 months) */
    size_t np = in->timeline_pairs ? in->timeline_pairs : 12;
    size_t t0 = nm > 12 ? nm - 12 : 0;
    snprintf(sql, sizeof sql,
             "SELECT \"%s\", \"%s\", count(*) c, avg(%s) FROM events WHERE "
             "coalesce(\"%s\",'')<>'' AND coalesce(\"%s\",'')<>'' GROUP BY 1,2 "
             "ORDER BY c DESC, 1, 2 LIMIT %zu",
             c.c[C_SRC], c.c[C_TGT], gold, c.c[C_SRC], c.c[C_TGT], np);
    if ((rc = run(db, sql, 0, NULL, &r)))
        goto done;
    char pm[1024];
    snprintf(pm, sizeof pm,
             "SELECT substr(\"%s\",1,7) m, count(*), avg(%s) FROM events "
             "WHERE \"%s\"=$1 AND \"%s\"=$2 AND substr(\"%s\",1,7)>=$3 "
             "GROUP BY m ORDER BY m",
             c.c[C_DATE], gold, c.c[C_SRC], c.c[C_TGT], c.c[C_DATE]);
    fprintf(fp, "<h3>Busiest actor pairs by month</h3><p class=\"muted\">"
                "Events (mean Goldstein score: green cooperative, red "
                "conflictual) for the %zu pairs with most events.</p>\n"
                "<table class=\"pairs\"><thead><tr><th>source</th><th>target"
                "</th><th>all</th>",
            np);
    for (size_t k = t0; k < nm; k++) {
        fprintf(fp, "<th>");
        ent_report_escape(fp, months[k].m);
        fprintf(fp, "</th>");
    }
    fprintf(fp, "</tr></thead><tbody>\n");
    for (size_t i = 0; i < r.n; i++) {
        const char *src = cell(&r, i, 0), *tgt = cell(&r, i, 1);
        fprintf(fp, "<tr><td>");
        ent_report_escape(fp, src);
        fprintf(fp, "</td><td>");
        ent_report_escape(fp, tgt);
        fprintf(fp, "</td>");
        gold_cell(fp, num(cell(&r, i, 2)), num(cell(&r, i, 3)), have_gold);
        const char *p[3] = {src ? src : "", tgt ? tgt : "", months[t0].m};
        if ((rc = run(db, pm, 3, p, &pr)))
            goto done;
        size_t k = t0;
        for (size_t j = 0; j < pr.n; j++) {
            const char *m = cell(&pr, j, 0);
            while (k < nm && m && strcmp(months[k].m, m) < 0) {
                fprintf(fp, "<td></td>");
                k++;
            }
            if (k < nm) {
                gold_cell(fp, num(cell(&pr, j, 1)), num(cell(&pr, j, 2)),
                          have_gold);
                k++;
            }
        }
        for (; k < nm; k++)
            fprintf(fp, "<td></td>");
        fprintf(fp, "</tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");

    /* latest events */
    size_t nl = in->latest_events ? in->latest_events : 25;
    snprintf(sql, sizeof sql,
             "SELECT \"%s\", \"%s\", %s%s%s, \"%s\", %s, %s%s%s FROM events "
             "ORDER BY \"%s\" DESC, id DESC LIMIT %zu",
             c.c[C_DATE], c.c[C_SRC], c.c[C_CODE] ? "\"" : "",
             c.c[C_CODE] ? c.c[C_CODE] : "NULL", c.c[C_CODE] ? "\"" : "",
             c.c[C_TGT], gold, c.c[C_TEXT] ? "\"" : "",
             c.c[C_TEXT] ? c.c[C_TEXT] : "NULL", c.c[C_TEXT] ? "\"" : "",
             c.c[C_DATE], nl);
    if ((rc = run(db, sql, 0, NULL, &r)))
        goto done;
    fprintf(fp, "<h3>Latest events</h3>\n<table class=\"latest\"><thead><tr>"
                "<th>date</th><th>source</th><th>CAMEO</th><th>target</th>"
                "<th>Goldstein</th><th>source sentence</th></tr></thead>"
                "<tbody>\n");
    for (size_t i = 0; i < r.n; i++) {
        fprintf(fp, "<tr>");
        for (size_t k = 0; k < 6; k++) {
            const char *v = cell(&r, i, k);
            if (k == 4) {
                fprintf(fp, "<td class=\"n\">");
                if (v)
                    fprintf(fp, "%+.1f", num(v));
            } else {
                fprintf(fp, "<td%s>", k == 5 ? " class=\"sent\"" : "");
                escape_n(fp, v, 600);
            }
            fprintf(fp, "</td>");
        }
        fprintf(fp, "</tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");
done:
    rows_free(&r);
    rows_free(&pr);
    if (!rc)
        fprintf(fp, "</section>\n");
    free(months);
    free(mlab);
    free(mc);
    free(mg);
    return rc;
}
