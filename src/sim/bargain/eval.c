/*
 * eval.c - accuracy of the bargaining models on DEU III (Thomson et al.):
 * EU legislative issues with member-state positions p<actor>, saliences
 * s<actor> (0..100), a capability row (voting weights) and the real outcome
 * `out`. Scores EUM, SMP and the capability x salience weighted mean.
 */
#include <entente/bargain.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEU_MAX_COLS 256
#define DEU_MAX_ISSUES 100000

/* Split a tab-separated line in place; strips double quotes. */
static size_t split_tab(char *line, char **f, size_t max)
{
    size_t n = 0;
    char *p = line;
    for (;;) {
        if (n >= max)
            break;
        char *e = strchr(p, '\t');
        if (e)
            *e = '\0';
        size_t l = strlen(p);
        while (l && (p[l - 1] == '\r' || p[l - 1] == '\n'))
            p[--l] = '\0';
        if (l >= 2 && p[0] == '"' && p[l - 1] == '"') {
            p[l - 1] = '\0';
            p++;
        }
        f[n++] = p;
        if (!e)
            break;
        p = e + 1;
    }
    return n;
}

static int num(const char *s, double *v)
{
    if (!s || !s[0] || strcmp(s, "NA") == 0)
        return -1;
    char *end;
    errno = 0;
    double x = strtod(s, &end);
    if (*end || errno || !isfinite(x))
        return -1;
    *v = x;
    return 0;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void finish(ent_bargain_score *s, double *err, size_t n)
{
    s->n = n;
    if (!n)
        return;
    double acc = 0;
    for (size_t i = 0; i < n; i++)
        acc += err[i];
    s->mae = acc / (double)n;
    qsort(err, n, sizeof *err, cmp_d);
    s->median_ae = n % 2 ? err[n / 2] : 0.5 * (err[n / 2 - 1] + err[n / 2]);
}

int ent_bargain_eval_deu(const char *path, ent_bargain_eval *out)
{
    int rc = 0;
    FILE *fp = NULL;
    char *line = NULL;
    size_t cap = 0;
    char *hdr[DEU_MAX_COLS], *f[DEU_MAX_COLS];
    char *hdrline = NULL;
    size_t nh = 0, lineno = 0;
    int pcol[DEU_MAX_COLS], scol[DEU_MAX_COLS], outcol = -1;
    double capv[DEU_MAX_COLS];
    size_t na = 0;
    double *e_eum = NULL, *e_smp = NULL, *e_base = NULL;
    size_t ne = 0, nsmp = 0, neum = 0, errcap = 0;
    memset(out, 0, sizeof *out);
    fp = fopen(path, "r");
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open: %s", path,
                             strerror(errno));
    ssize_t got = getline(&line, &cap, fp);
    lineno++;
    if (got <= 0) {
        rc = ent_error_set(ENT_EINVALID, "%s:1:1: empty file", path);
        goto done;
    }
    hdrline = strdup(line);
    if (!hdrline) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    nh = split_tab(hdrline, hdr, DEU_MAX_COLS);
    for (size_t c = 0; c < nh; c++) {
        if (strcmp(hdr[c], "out") == 0)
            outcol = (int)c;
        if (hdr[c][0] == 'p' && strlen(hdr[c]) >= 2 &&
            strcmp(hdr[c], "prnr") != 0) {
            for (size_t c2 = 0; c2 < nh; c2++)
                if (hdr[c2][0] == 's' && strcmp(hdr[c2] + 1, hdr[c] + 1) == 0) {
                    pcol[na] = (int)c;
                    scol[na] = (int)c2;
                    capv[na] = NAN;
                    na++;
                }
        }
    }
    if (outcol < 0 || na < 2) {
        rc = ent_error_set(ENT_EINVALID,
                           "%s:1:1: expected columns p<actor>, s<actor> and out",
                           path);
        goto done;
    }
    while ((got = getline(&line, &cap, fp)) > 0) {
        lineno++;
        size_t nf = split_tab(line, f, DEU_MAX_COLS);
        double outv;
        if (outcol >= (int)nf || num(f[outcol], &outv) != 0) {
            /* the capability row has no outcome: take weights from it */
            int any = 0;
            for (size_t a = 0; a < na; a++) {
                double v;
                if (pcol[a] < (int)nf && num(f[pcol[a]], &v) == 0) {
                    capv[a] = v;
                    any = 1;
                }
            }
            (void)any;
            continue;
        }
        ent_bargain_table *t = ent_bargain_table_new(na, 1);
        if (!t) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
        size_t k = 0;
        for (size_t a = 0; a < na; a++) {
            double p, s;
            if (pcol[a] >= (int)nf || num(f[pcol[a]], &p) != 0)
                continue;
            if (scol[a] >= (int)nf || num(f[scol[a]], &s) != 0)
                s = 50.0;
            t->names[k] = strdup(hdr[pcol[a]] + 1);
            t->position[k] = p;
            t->salience[k] = s;
            t->capability[k] = isfinite(capv[a]) ? capv[a] : 1.0;
            k++;
        }
        if (k < 2) {
            ent_bargain_table_free(t);
            continue;
        }
        t->n_actors = k;
        t->dim_names[0] = strdup("position");
        t->scale_lo = 0;
        t->scale_hi = 100;
        t->sal_scale = 100;
        if (ne == errcap) {
            size_t nc = errcap ? errcap * 2 : 256;
            if (nc > DEU_MAX_ISSUES) {
                ent_bargain_table_free(t);
                rc = ent_error_set(ENT_EINVALID, "%s: too many issues", path);
                goto done;
            }
            double *a1 = realloc(e_eum, nc * sizeof *a1);
            if (a1)
                e_eum = a1;
            double *a2 = realloc(e_smp, nc * sizeof *a2);
            if (a2)
                e_smp = a2;
            double *a3 = realloc(e_base, nc * sizeof *a3);
            if (a3)
                e_base = a3;
            if (!a1 || !a2 || !a3) {
                ent_bargain_table_free(t);
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
                goto done;
            }
            errcap = nc;
        }
        double num_ = 0, den = 0;
        for (size_t a = 0; a < k; a++) {
            num_ += t->capability[a] * t->salience[a] * t->position[a];
            den += t->capability[a] * t->salience[a];
        }
        double base = den > 0 ? num_ / den : 50.0;
        e_base[ne] = fabs(base - outv);
        int all_same = 1;
        for (size_t a = 1; a < k; a++)
            if (t->position[a] != t->position[0])
                all_same = 0;
        ent_bargain_options o = {0};
        ent_bargain_result *r = NULL;
        if (all_same) {
            e_eum[neum++] = fabs(t->position[0] - outv);
            e_smp[nsmp++] = fabs(t->position[0] - outv);
        } else {
            o.model = ENT_BARGAIN_EUM;
            if (ent_bargain_run(t, &o, &r) == 0)
                e_eum[neum++] = fabs(r->outcome[0] - outv);
            ent_bargain_result_free(r);
            r = NULL;
            o.model = ENT_BARGAIN_SMP;
            if (ent_bargain_run(t, &o, &r) == 0)
                e_smp[nsmp++] = fabs(r->outcome[0] - outv);
            ent_bargain_result_free(r);
        }
        ne++;
        ent_bargain_table_free(t);
    }
    if (ne == 0) {
        rc = ent_error_set(ENT_EINVALID, "%s: no issue with an outcome", path);
        goto done;
    }
    finish(&out->baseline, e_base, ne);
    finish(&out->eum, e_eum, neum);
    finish(&out->smp, e_smp, nsmp);
done:
    free(line);
    free(hdrline);
    free(e_eum);
    free(e_smp);
    free(e_base);
    if (fp)
        fclose(fp);
    return rc;
}
