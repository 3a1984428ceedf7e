/*
 * csv.c - the RFC 4180 CSV reader behind the historical dataset readers.
 *
 * DESIGN: two passes over the buffer. The first counts records and the
 * widest record so that the field block and the cell index are allocated
 * once; the second copies unquoted field text into the block. Fields are
 * never longer than their source text, so the block needs len + records *
 * cols bytes at most.
 */
#include "csv.h"
#include "core/readfile.h"

#include <entente/common.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Scan one record starting at *pos; count its fields; copy when out. */
static size_t scan_record(const char *buf, size_t len, size_t *pos,
                          char **out, const char **cells, size_t maxcells)
{
    size_t p = *pos, nf = 0;
    char *w = out ? *out : NULL;
    for (;;) {
        if (w && nf < maxcells)
            cells[nf] = w;
        if (p < len && buf[p] == '"') {
            p++;
            while (p < len) {
                if (buf[p] == '"') {
                    if (p + 1 < len && buf[p + 1] == '"') {
                        if (w)
                            *w++ = '"';
                        p += 2;
                        continue;
                    }
                    p++;
                    break;
                }
                if (w)
                    *w++ = buf[p];
                p++;
            }
            /* text after a closing quote is kept as is */
        }
        while (p < len && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
            if (w)
                *w++ = buf[p];
            p++;
        }
        if (w)
            *w++ = '\0';
        nf++;
        if (p < len && buf[p] == ',') {
            p++;
            continue;
        }
        break;
    }
    if (p < len && buf[p] == '\r')
        p++;
    if (p < len && buf[p] == '\n')
        p++;
    *pos = p;
    if (out)
        *out = w;
    return nf;
}

static bool blank_line(const char *buf, size_t len, size_t p)
{
    return p < len && (buf[p] == '\n' || buf[p] == '\r');
}

int ent_fit__csv_parse(ent_csv *csv, const char *buf, size_t len,
                       const char *name)
{
    int rc = 0;
    size_t p = 0, nrec = 0, maxf = 0, line = 1;
    memset(csv, 0, sizeof *csv);
    csv->name = name ? name : "csv";
    if (len >= 3 && (unsigned char)buf[0] == 0xEF &&
        (unsigned char)buf[1] == 0xBB && (unsigned char)buf[2] == 0xBF)
        p = 3;
    size_t start = p;
    while (p < len) {
        if (blank_line(buf, len, p)) {
            p++;
            continue;
        }
        size_t nf = scan_record(buf, len, &p, NULL, NULL, 0);
        if (nf > maxf)
            maxf = nf;
        nrec++;
    }
    if (nrec == 0) {
        rc = ent_error_set(ENT_EINVALID, "%s: empty file (no header)",
                           csv->name);
        goto done;
    }
    p = start;
    size_t hdr = scan_record(buf, len, &p, NULL, NULL, 0);
    csv->cols = hdr;
    if (maxf > 1u << 16 || nrec > (SIZE_MAX / 8) / (hdr + 1)) {
        rc = ent_error_set(ENT_ELIMIT, "%s: too many fields", csv->name);
        goto done;
    }
    csv->block = malloc(len + nrec * (maxf + 1) + 1);
    csv->cell = calloc(nrec * hdr, sizeof *csv->cell);
    const char **row = malloc((maxf + 1) * sizeof *row);
    if (!csv->block || !csv->cell || !row) {
        free(row);
        rc = ent_error_set(ENT_ENOMEM, "%s: out of memory", csv->name);
        goto done;
    }
    char *w = csv->block;
    static const char empty[] = "";
    p = start;
    size_t r = 0;
    while (p < len && r < nrec) {
        if (blank_line(buf, len, p)) {
            p++;
            line++;
            continue;
        }
        size_t nf = scan_record(buf, len, &p, &w, row, maxf + 1);
        if (nf > hdr) {
            free(row);
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu: %zu fields, header has %zu",
                               csv->name, line, nf, hdr);
            goto done;
        }
        for (size_t c = 0; c < hdr; c++)
            csv->cell[r * hdr + c] = c < nf ? row[c] : empty;
        r++;
        line++;
    }
    free(row);
    csv->rows = r - 1;
done:
    if (rc != 0)
        ent_fit__csv_free(csv);
    return rc;
}

int ent_fit__csv_read(ent_csv *csv, const char *path)
{
    char *buf;
    size_t len;
    memset(csv, 0, sizeof *csv);
    int rc = ent_core__read_file(path, (size_t)1 << 30, &buf, &len);
    if (rc == 0) {
        const char *base = strrchr(path, '/');
        rc = ent_fit__csv_parse(csv, buf, len, base ? base + 1 : path);
    }
    free(buf);
    return rc;
}

void ent_fit__csv_free(ent_csv *csv)
{
    if (!csv)
        return;
    free(csv->block);
    free((void *)csv->cell);
    csv->block = NULL;
    csv->cell = NULL;
    csv->rows = csv->cols = 0;
}

int ent_fit__csv_col(const ent_csv *csv, const char *name)
{
    for (size_t c = 0; c < csv->cols; c++)
        if (strcmp(csv->cell[c], name) == 0)
            return (int)c;
    return -1;
}

const char *ent_fit__csv_get(const ent_csv *csv, size_t r, int c)
{
    if (c < 0 || (size_t)c >= csv->cols || r >= csv->rows)
        return "";
    return csv->cell[(r + 1) * csv->cols + (size_t)c];
}

bool ent_fit__csv_num(const ent_csv *csv, size_t r, int c, double *out)
{
    const char *s = ent_fit__csv_get(csv, r, c);
    if (!s[0] || strcmp(s, "NA") == 0)
        return false;
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end != '\0' || v != v)
        return false;
    *out = v;
    return true;
}

long ent_fit__csv_long(const ent_csv *csv, size_t r, int c, long dflt)
{
    double v;
    if (!ent_fit__csv_num(csv, r, c, &v) || v > 2e9 || v < -2e9)
        return dflt;
    return (long)v;
}

int ent_fit__csv_cols(const ent_csv *csv, const char *const *names,
                      size_t n, int *idx)
{
    for (size_t i = 0; i < n; i++) {
        idx[i] = ent_fit__csv_col(csv, names[i]);
        if (idx[i] < 0)
            return ent_error_set(ENT_EINVALID, "%s: missing column '%s'",
                                 csv->name, names[i]);
    }
    return 0;
}
