/*
 * table.c - the bargaining actor table and its two CSV readers: KTAB's SMP
 * format and the plain "Actor,Capability,Position,Salience" table. Errors
 * carry file:line:col and return ENT_EINVALID.
 */
#include "core/readfile.h"
#include <entente/bargain.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ACTORS 10000
#define MAX_DIMS 64
#define MAX_FIELDS 256

ent_bargain_table *ent_bargain_table_new(size_t n, size_t d)
{
    if (n == 0 || d == 0 || n > MAX_ACTORS || d > MAX_DIMS)
        return NULL;
    ent_bargain_table *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->n_actors = n;
    t->n_dims = d;
    t->names = calloc(n, sizeof *t->names);
    t->dim_names = calloc(d, sizeof *t->dim_names);
    t->capability = calloc(n, sizeof *t->capability);
    t->position = calloc(n * d, sizeof *t->position);
    t->salience = calloc(n * d, sizeof *t->salience);
    t->scale_lo = 0.0;
    t->scale_hi = 100.0;
    t->sal_scale = 100.0;
    if (!t->names || !t->dim_names || !t->capability || !t->position ||
        !t->salience) {
        ent_bargain_table_free(t);
        return NULL;
    }
    return t;
}

void ent_bargain_table_free(ent_bargain_table *t)
{
    if (!t)
        return;
    if (t->names)
        for (size_t i = 0; i < t->n_actors; i++)
            free(t->names[i]);
    if (t->dim_names)
        for (size_t k = 0; k < t->n_dims; k++)
            free(t->dim_names[k]);
    free(t->names);
    free(t->dim_names);
    free(t->title);
    free(t->capability);
    free(t->position);
    free(t->salience);
    free(t);
}

/* One CSV line split into fields (RFC 4180 quotes allowed). */
typedef struct {
    char *buf;
    char *f[MAX_FIELDS];
    size_t col[MAX_FIELDS]; /* 1-based column of each field */
    size_t n;
} csv_line;

/* Split text[0..len) into fields; trims spaces; returns 0 or -1 (too many). */
static int split_line(const char *text, size_t len, csv_line *out)
{
    out->n = 0;
    out->buf = malloc(len + 1);
    if (!out->buf)
        return -2;
    size_t o = 0, i = 0;
    while (i <= len) {
        if (out->n >= MAX_FIELDS)
            return -1;
        while (i < len && (text[i] == ' ' || text[i] == '\t'))
            i++;
        out->col[out->n] = i + 1;
        out->f[out->n] = out->buf + o;
        if (i < len && text[i] == '"') {
            i++;
            while (i < len) {
                if (text[i] == '"') {
                    if (i + 1 < len && text[i + 1] == '"') {
                        out->buf[o++] = '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                out->buf[o++] = text[i++];
            }
            while (i < len && text[i] != ',')
                i++;
        } else {
            while (i < len && text[i] != ',')
                out->buf[o++] = text[i++];
        }
        /* trim trailing blanks */
        char *start = out->f[out->n];
        while (out->buf + o > start &&
               (out->buf[o - 1] == ' ' || out->buf[o - 1] == '\t' ||
                out->buf[o - 1] == '\r'))
            o--;
        out->buf[o++] = '\0';
        out->n++;
        i++; /* skip the comma (or step past the end) */
    }
    return 0;
}

/* Iterate over lines: returns pointer to next line start and its length. */
typedef struct {
    const char *text;
    size_t len, pos, line;
} line_iter;

static int next_line(line_iter *it, const char **s, size_t *n)
{
    while (it->pos < it->len) {
        const char *p = it->text + it->pos;
        const char *e = memchr(p, '\n', it->len - it->pos);
        size_t l = e ? (size_t)(e - p) : it->len - it->pos;
        it->pos += l + (e ? 1 : 0);
        it->line++;
        while (l > 0 && (p[l - 1] == '\r'))
            l--;
        /* skip blank lines (only commas/spaces) */
        size_t k = 0;
        while (k < l && (p[k] == ',' || p[k] == ' ' || p[k] == '\t'))
            k++;
        if (k == l)
            continue;
        *s = p;
        *n = l;
        return 1;
    }
    return 0;
}

static int parse_num(const char *f, double *out)
{
    if (!f[0])
        return -1;
    char *end;
    errno = 0;
    double v = strtod(f, &end);
    if (*end != '\0' || errno != 0 || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

/* Drop empty trailing fields (KTAB rows end with a comma). */
static void drop_trailing_empty(csv_line *cl)
{
    while (cl->n > 0 && cl->f[cl->n - 1][0] == '\0')
        cl->n--;
}

int ent_bargain_parse_ktab(const char *text, size_t len, const char *origin,
                           ent_bargain_table **out)
{
    int rc = ENT_EINVALID;
    ent_bargain_table *t = NULL;
    csv_line cl = {0};
    line_iter it = {text, len, 0, 0};
    const char *s;
    size_t n;
    *out = NULL;
    if (!origin)
        origin = "<input>";
    if (!next_line(&it, &s, &n)) {
        rc = ent_error_set(ENT_EINVALID, "%s:1:1: empty KTAB CSV", origin);
        goto done;
    }
    if (split_line(s, n, &cl) != 0) {
        rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: too many fields", origin,
                           it.line);
        goto done;
    }
    drop_trailing_empty(&cl);
    double na, nd;
    if (cl.n < 4 || parse_num(cl.f[2], &na) != 0 ||
        parse_num(cl.f[3], &nd) != 0 || na < 1 || nd < 1 ||
        na > MAX_ACTORS || nd > MAX_DIMS || na != floor(na) ||
        nd != floor(nd)) {
        rc = ent_error_set(ENT_EINVALID,
                           "%s:%zu:%zu: first line must be "
                           "name,description,actors,dimensions",
                           origin, it.line, cl.n >= 3 ? cl.col[2] : 1);
        goto done;
    }
    size_t nA = (size_t)na, nD = (size_t)nd;
    t = ent_bargain_table_new(nA, nD);
    if (!t) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    t->title = dup_str(cl.f[0]);
    free(cl.buf);
    cl.buf = NULL;
    if (!next_line(&it, &s, &n)) {
        rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: missing header line",
                           origin, it.line + 1);
        goto done;
    }
    if (split_line(s, n, &cl) != 0) {
        rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: too many fields", origin,
                           it.line);
        goto done;
    }
    drop_trailing_empty(&cl);
    if (cl.n < 3 + 2 * nD) {
        rc = ent_error_set(ENT_EINVALID,
                           "%s:%zu:1: header has %zu fields, expected %zu",
                           origin, it.line, cl.n, 3 + 2 * nD);
        goto done;
    }
    for (size_t k = 0; k < nD; k++)
        t->dim_names[k] = dup_str(cl.f[3 + 2 * k]);
    free(cl.buf);
    cl.buf = NULL;
    for (size_t a = 0; a < nA; a++) {
        if (!next_line(&it, &s, &n)) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu:1: expected %zu actor rows, found %zu",
                               origin, it.line + 1, nA, a);
            goto done;
        }
        if (split_line(s, n, &cl) != 0) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: too many fields",
                               origin, it.line);
            goto done;
        }
        drop_trailing_empty(&cl);
        if (cl.n < 3 + 2 * nD) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu:%zu: row has %zu fields, expected %zu",
                               origin, it.line,
                               cl.n ? cl.col[cl.n - 1] : 1, cl.n, 3 + 2 * nD);
            goto done;
        }
        if (!cl.f[0][0]) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: empty actor name",
                               origin, it.line);
            goto done;
        }
        t->names[a] = dup_str(cl.f[0]);
        double v;
        if (parse_num(cl.f[2], &v) != 0 || v < 0) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu:%zu: power must be a number >= 0",
                               origin, it.line, cl.col[2]);
            goto done;
        }
        t->capability[a] = v;
        for (size_t k = 0; k < nD; k++) {
            size_t fp = 3 + 2 * k, fs = 4 + 2 * k;
            if (parse_num(cl.f[fp], &v) != 0 || v < 0 || v > 100) {
                rc = ent_error_set(ENT_EINVALID,
                                   "%s:%zu:%zu: position must be in [0,100]",
                                   origin, it.line, cl.col[fp]);
                goto done;
            }
            t->position[a * nD + k] = v;
            if (parse_num(cl.f[fs], &v) != 0 || v < 0 || v > 100) {
                rc = ent_error_set(ENT_EINVALID,
                                   "%s:%zu:%zu: salience must be in [0,100]",
                                   origin, it.line, cl.col[fs]);
                goto done;
            }
            t->salience[a * nD + k] = v;
        }
        free(cl.buf);
        cl.buf = NULL;
    }
    t->scale_lo = 0;
    t->scale_hi = 100;
    t->sal_scale = 100;
    *out = t;
    t = NULL;
    rc = 0;
done:
    free(cl.buf);
    ent_bargain_table_free(t);
    return rc;
}

int ent_bargain_parse_plain(const char *text, size_t len, const char *origin,
                            ent_bargain_table **out)
{
    int rc = ENT_EINVALID;
    ent_bargain_table *t = NULL;
    csv_line cl = {0};
    line_iter it = {text, len, 0, 0};
    const char *s;
    size_t n;
    int ca = -1, cc = -1, cp = -1, cs = -1;
    size_t hdr_fields = 0;
    *out = NULL;
    if (!origin)
        origin = "<input>";
    if (!next_line(&it, &s, &n)) {
        rc = ent_error_set(ENT_EINVALID, "%s:1:1: empty actor table", origin);
        goto done;
    }
    if (split_line(s, n, &cl) != 0) {
        rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: too many fields", origin,
                           it.line);
        goto done;
    }
    drop_trailing_empty(&cl);
    hdr_fields = cl.n;
    for (size_t k = 0; k < cl.n; k++) {
        if (strcmp(cl.f[k], "Actor") == 0)
            ca = (int)k;
        else if (strcmp(cl.f[k], "Capability") == 0)
            cc = (int)k;
        else if (strcmp(cl.f[k], "Position") == 0)
            cp = (int)k;
        else if (strcmp(cl.f[k], "Salience") == 0)
            cs = (int)k;
    }
    if (ca < 0 || cc < 0 || cp < 0 || cs < 0) {
        rc = ent_error_set(ENT_EINVALID,
                           "%s:%zu:1: header must name Actor, Capability, "
                           "Position and Salience",
                           origin, it.line);
        goto done;
    }
    free(cl.buf);
    cl.buf = NULL;
    /* count rows first */
    size_t rows = 0;
    {
        line_iter c2 = it;
        while (next_line(&c2, &s, &n))
            rows++;
    }
    if (rows == 0) {
        rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: no actor rows", origin,
                           it.line + 1);
        goto done;
    }
    if (rows > MAX_ACTORS) {
        rc = ent_error_set(ENT_EINVALID, "%s:1:1: too many actors", origin);
        goto done;
    }
    t = ent_bargain_table_new(rows, 1);
    if (!t) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    t->dim_names[0] = dup_str("Position");
    double lo = INFINITY, hi = -INFINITY, smax = 0;
    for (size_t a = 0; a < rows; a++) {
        next_line(&it, &s, &n);
        if (split_line(s, n, &cl) != 0) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu:1: too many fields",
                               origin, it.line);
            goto done;
        }
        drop_trailing_empty(&cl);
        if (cl.n < hdr_fields) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu:%zu: row has %zu fields, expected %zu",
                               origin, it.line,
                               cl.n ? cl.col[cl.n - 1] : 1, cl.n, hdr_fields);
            goto done;
        }
        if (!cl.f[ca][0]) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu:%zu: empty actor name",
                               origin, it.line, cl.col[ca]);
            goto done;
        }
        t->names[a] = dup_str(cl.f[ca]);
        double v;
        if (parse_num(cl.f[cc], &v) != 0 || v < 0) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu:%zu: capability must be a number >= 0",
                               origin, it.line, cl.col[cc]);
            goto done;
        }
        t->capability[a] = v;
        if (parse_num(cl.f[cp], &v) != 0) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu:%zu: position must be a number", origin,
                               it.line, cl.col[cp]);
            goto done;
        }
        t->position[a] = v;
        lo = fmin(lo, v);
        hi = fmax(hi, v);
        if (parse_num(cl.f[cs], &v) != 0 || v < 0) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu:%zu: salience must be a number >= 0",
                               origin, it.line, cl.col[cs]);
            goto done;
        }
        t->salience[a] = v;
        smax = fmax(smax, v);
        free(cl.buf);
        cl.buf = NULL;
    }
    t->scale_lo = lo;
    t->scale_hi = hi > lo ? hi : lo + 1.0;
    t->sal_scale = smax > 1.0 ? 100.0 : 1.0;
    *out = t;
    t = NULL;
    rc = 0;
done:
    free(cl.buf);
    ent_bargain_table_free(t);
    return rc;
}

int ent_bargain_read_file(const char *path, ent_bargain_table **out)
{
    char *buf;
    size_t len;
    *out = NULL;
    int rc = ent_core__read_file(path, (size_t)64 << 20, &buf, &len);
    if (rc)
        return rc;
    /* The plain table's first line starts with the Actor header. */
    size_t k = 0;
    while (k < len && (buf[k] == ' ' || buf[k] == '\xef' || buf[k] == '\xbb' ||
                       buf[k] == '\xbf'))
        k++;
    if (len - k >= 6 && strncmp(buf + k, "Actor,", 6) == 0)
        rc = ent_bargain_parse_plain(buf + k, len - k, path, out);
    else
        rc = ent_bargain_parse_ktab(buf + k, len - k, path, out);
    free(buf);
    return rc;
}
