/*
 * cascade.c - the report's cascade section: for the trigger, each state's
 * probability of fighting on either side (bars with 95% intervals), the
 * escalation ladder, the most frequent coalitions and, when assumption sets
 * were run, their comparison with the baseline. It renders results computed
 * by the caller (entente/cascade.h); it runs nothing itself.
 *
 * Intervals are Wilson score intervals for a binomial proportion at 95%
 * (Wilson 1927, JASA 22:209; Brown, Cai & DasGupta 2001, Stat. Sci. 16:101,
 * who recommend it over the Wald interval for small counts).
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void wilson(uint64_t k, uint64_t n, double *lo, double *hi)
{
    const double z = 1.959963984540054;
    if (n == 0) {
        *lo = 0;
        *hi = 1;
        return;
    }
    double nn = (double)n, p = (double)k / nn, z2 = z * z;
    double den = 1 + z2 / nn;
    double c = (p + z2 / (2 * nn)) / den;
    double h = z * sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / den;
    *lo = c - h < 0 ? 0 : c - h;
    *hi = c + h > 1 ? 1 : c + h;
}

static uint64_t cap(uint64_t k, uint64_t n)
{
    return k < n ? k : n;
}

typedef struct srow {
    size_t i;
    double p;
} srow;

static int cmp_srow(const void *x, const void *y)
{
    const srow *a = x, *b = y;
    if (a->p != b->p)
        return a->p > b->p ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static void pct(FILE *fp, uint64_t k, uint64_t n)
{
    double lo, hi;
    wilson(k, n, &lo, &hi);
    fprintf(fp, "<td class=\"n\">%.1f%%</td><td class=\"n muted\">%.1f&#8211;"
                "%.1f%%</td>",
            n ? 100.0 * (double)k / (double)n : 0.0, 100 * lo, 100 * hi);
}

static uint64_t nuclear_use(const ent_cascade_result *r)
{
    return r->level[ENT_ESC_LIMITED_NUCLEAR] +
           r->level[ENT_ESC_STRATEGIC_NUCLEAR];
}

static uint64_t at_least(const ent_cascade_result *r, int l)
{
    uint64_t s = 0;
    for (int k = l; k < ENT_ESC_LEVELS; k++)
        s += r->level[k];
    return s;
}

/* Side bars and table of the states most likely to fight, given war. */
static int sides(FILE *fp, const ent_report_input *in,
                 const ent_report_cascade_run *run, size_t max_rows)
{
    int rc = 0;
    const ent_cascade_result *r = run->result;
    const ent_cascade_world *cw = run->world;
    uint64_t den = r->wars ? r->wars : r->trials;
    srow *rows = calloc(r->n + 1, sizeof *rows);
    const char **labels = calloc(max_rows + 1, sizeof *labels);
    double *v = calloc(2 * max_rows + 2, sizeof *v);
    double *lo = calloc(2 * max_rows + 2, sizeof *lo);
    double *hi = calloc(2 * max_rows + 2, sizeof *hi);
    if (!rows || !labels || !v || !lo || !hi) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    size_t m = 0;
    for (size_t i = 0; i < r->n; i++) {
        uint64_t k = r->n_attacker_side[i] + r->n_target_side[i];
        if (k == 0 || i == in->attacker || i == in->target)
            continue; /* the principals are on their sides by definition */
        rows[m].i = i;
        rows[m].p = (double)k / (double)den;
        m++;
    }
    qsort(rows, m, sizeof *rows, cmp_srow);
    size_t shown = m < max_rows ? m : max_rows;
    for (size_t q = 0; q < shown; q++) {
        size_t i = rows[q].i;
        labels[q] = cw && i < cw->n ? cw->code[i] : "?";
        uint64_t ka = cap(r->n_attacker_side[i], den);
        uint64_t kt = cap(r->n_target_side[i], den);
        v[2 * q] = (double)ka / (double)den;
        v[2 * q + 1] = (double)kt / (double)den;
        wilson(ka, den, &lo[2 * q], &hi[2 * q]);
        wilson(kt, den, &lo[2 * q + 1], &hi[2 * q + 1]);
    }
    static const char *const series[] = {"attacker's side", "target's side"};
    static const char *const colors[] = {"#c0392b", "#2b6cb0"};
    fprintf(fp, "<h3>Who fights on which side</h3><p class=\"muted\">Share of "
                "the %llu war trials (of %llu) in which each state fights on "
                "each side; whiskers are 95%% Wilson intervals. Besides the "
                "principals (",
            (unsigned long long)r->wars, (unsigned long long)r->trials);
    ent_report_escape(fp, cw && in->attacker < cw->n ? cw->code[in->attacker]
                                                     : "?");
    fprintf(fp, " and ");
    ent_report_escape(fp, cw && in->target < cw->n ? cw->code[in->target]
                                                   : "?");
    fprintf(fp, "), %zu of %zu states ever join; the %zu most likely are "
                "shown.</p>\n",
            m, r->n, shown);
    if (shown)
        ent_report__svg_hbars(fp, "sides", "Side probabilities given war",
                              labels, shown, 2, v, lo, hi, series, colors, 1.0,
                              1);
    fprintf(fp, "<table class=\"sides\"><thead><tr><th>state</th><th>"
                "attacker's side</th><th>95%% interval</th><th>target's side"
                "</th><th>95%% interval</th></tr></thead><tbody>\n");
    for (size_t q = 0; q < shown; q++) {
        size_t i = rows[q].i;
        fprintf(fp, "<tr><td>");
        ent_report_escape(fp, labels[q]);
        fprintf(fp, "</td>");
        pct(fp, cap(r->n_attacker_side[i], den), den);
        pct(fp, cap(r->n_target_side[i], den), den);
        fprintf(fp, "</tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");
done:
    free(rows);
    free(labels);
    free(v);
    free(lo);
    free(hi);
    return rc;
}

static void ladder(FILE *fp, const ent_cascade_result *r)
{
    const char *labels[ENT_ESC_LEVELS];
    double v[2 * ENT_ESC_LEVELS], lo[2 * ENT_ESC_LEVELS], hi[2 * ENT_ESC_LEVELS];
    for (int l = 0; l < ENT_ESC_LEVELS; l++) {
        labels[l] = ent_cascade_level_name(l);
        uint64_t ge = at_least(r, l);
        v[2 * l] = r->trials ? (double)r->level[l] / (double)r->trials : 0;
        v[2 * l + 1] = r->trials ? (double)ge / (double)r->trials : 0;
        wilson(r->level[l], r->trials, &lo[2 * l], &hi[2 * l]);
        wilson(ge, r->trials, &lo[2 * l + 1], &hi[2 * l + 1]);
    }
    static const char *const series[] = {"highest rung reached",
                                         "this rung or higher"};
    static const char *const colors[] = {"#8e44ad", "#c7b4d8"};
    fprintf(fp, "<h3>Escalation ladder</h3>\n");
    ent_report__svg_hbars(fp, "ladder", "Escalation ladder", labels,
                          ENT_ESC_LEVELS, 2, v, lo, hi, series, colors, 1.0, 1);
    fprintf(fp, "<table class=\"ladder\"><thead><tr><th>rung</th><th>highest"
                "</th><th>95%% interval</th><th>this or higher</th><th>95%% "
                "interval</th></tr></thead><tbody>\n");
    for (int l = 0; l < ENT_ESC_LEVELS; l++) {
        fprintf(fp, "<tr><td>%d. ", l);
        ent_report_escape(fp, labels[l]);
        fprintf(fp, "</td>");
        pct(fp, r->level[l], r->trials);
        pct(fp, at_least(r, l), r->trials);
        fprintf(fp, "</tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");
}

static void side_list(FILE *fp, const ent_cascade_world *cw, const uint16_t *v,
                      size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (k)
            fputs(", ", fp);
        ent_report_escape(fp, cw && v[k] < cw->n ? cw->code[v[k]] : "?");
    }
    if (!n)
        fputs("&#8211;", fp);
}

static void coalitions(FILE *fp, const ent_report_cascade_run *run)
{
    const ent_cascade_result *r = run->result;
    fprintf(fp, "<h3>Most frequent coalitions</h3>\n<table class=\"coalitions"
                "\"><thead><tr><th>#</th><th>share of trials</th><th>war</th>"
                "<th>attacker's side</th><th>target's side</th></tr></thead>"
                "<tbody>\n");
    for (size_t k = 0; k < r->n_coalitions; k++) {
        const ent_cascade_coalition *c = &r->coalitions[k];
        fprintf(fp, "<tr><td>%zu</td><td class=\"n\">%.1f%%</td><td>%s</td>"
                    "<td>",
                k + 1,
                r->trials ? 100.0 * (double)c->count / (double)r->trials : 0.0,
                c->war ? "yes" : "no");
        side_list(fp, run->world, c->attacker_side, c->n_attacker);
        fprintf(fp, "</td><td>");
        side_list(fp, run->world, c->target_side, c->n_target);
        fprintf(fp, "</td></tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");
    if (r->coalitions_truncated)
        fprintf(fp, "<p class=\"muted\">The coalition table filled up: counts "
                    "of rare coalitions may be missing.</p>\n");
}

/* The comparison of assumption sets with the baseline. */
static int compare(FILE *fp, const ent_report_input *in)
{
    int rc = 0;
    const ent_report_cascade_run *b = &in->runs[0];
    size_t n = in->n_runs, kmax = 6;
    const char **labels = calloc(n + 1, sizeof *labels);
    double *v = calloc(2 * n + 2, sizeof *v);
    double *lo = calloc(2 * n + 2, sizeof *lo);
    double *hi = calloc(2 * n + 2, sizeof *hi);
    srow *rows = calloc(b->result->n + 1, sizeof *rows);
    if (!labels || !v || !lo || !hi || !rows) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t s = 0; s < n; s++) {
        const ent_cascade_result *r = in->runs[s].result;
        labels[s] = in->runs[s].label ? in->runs[s].label : "?";
        v[2 * s] = r->trials ? (double)r->wars / (double)r->trials : 0;
        v[2 * s + 1] = r->trials ? (double)nuclear_use(r) / (double)r->trials
                                 : 0;
        wilson(r->wars, r->trials, &lo[2 * s], &hi[2 * s]);
        wilson(nuclear_use(r), r->trials, &lo[2 * s + 1], &hi[2 * s + 1]);
    }
    static const char *const series[] = {"war", "nuclear use"};
    static const char *const colors[] = {"#d35400", "#111111"};
    fprintf(fp, "<h3>Assumption sets compared</h3>\n");
    ent_report__svg_hbars(fp, "compare", "War and nuclear use by assumption "
                                         "set",
                          labels, n, 2, v, lo, hi, series, colors, 1.0, 1);
    /* the states of the baseline most likely to fight, as columns */
    size_t m = 0;
    const ent_cascade_result *r0 = b->result;
    for (size_t i = 0; i < r0->n; i++) {
        if (i == in->attacker || i == in->target)
            continue;
        uint64_t k = r0->n_attacker_side[i] + r0->n_target_side[i];
        if (k) {
            rows[m].i = i;
            rows[m].p = (double)k;
            m++;
        }
    }
    qsort(rows, m, sizeof *rows, cmp_srow);
    if (m > kmax)
        m = kmax;
    fprintf(fp, "<table class=\"compare\"><thead><tr><th>assumption set</th>"
                "<th>war</th><th>regional war or worse</th><th>nuclear use"
                "</th>");
    for (size_t q = 0; q < m; q++) {
        fprintf(fp, "<th>");
        ent_report_escape(fp, b->world->code[rows[q].i]);
        fprintf(fp, " joins (att/tgt | war)</th>");
    }
    fprintf(fp, "</tr></thead><tbody>\n");
    for (size_t s = 0; s < n; s++) {
        const ent_cascade_result *r = in->runs[s].result;
        const ent_cascade_world *cw = in->runs[s].world;
        fprintf(fp, "<tr><td>");
        ent_report_escape(fp, labels[s]);
        fprintf(fp, "</td><td class=\"n\">%.1f%%</td><td class=\"n\">%.1f%%"
                    "</td><td class=\"n\">%.2f%%</td>",
                100 * v[2 * s],
                r->trials ? 100.0 * (double)at_least(r, ENT_ESC_REGIONAL_WAR) /
                                (double)r->trials
                          : 0.0,
                100 * v[2 * s + 1]);
        for (size_t q = 0; q < m; q++) {
            int i = ent_cascade_world_find(cw, b->world->code[rows[q].i]);
            uint64_t den = r->wars ? r->wars : 1;
            if (i < 0 || (size_t)i >= r->n)
                fprintf(fp, "<td>&#8211;</td>");
            else
                fprintf(fp, "<td class=\"n\">%.0f%% / %.0f%%</td>",
                        100.0 * (double)r->n_attacker_side[i] / (double)den,
                        100.0 * (double)r->n_target_side[i] / (double)den);
        }
        fprintf(fp, "</tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");
done:
    free(labels);
    free(v);
    free(lo);
    free(hi);
    free(rows);
    return rc;
}

int ent_report__cascade(FILE *fp, const ent_report_input *in)
{
    int rc = 0;
    fprintf(fp, "<section id=\"cascade\"><h2>Crisis cascade");
    if (in->trigger) {
        fprintf(fp, ": ");
        ent_report_escape(fp, in->trigger);
    }
    fprintf(fp, "</h2>\n");
    if (!in->n_runs || !in->runs || !in->runs[0].result) {
        ent_report__na(fp, "The cascade",
                       in->cascade_missing ? in->cascade_missing
                                           : "no trigger was given");
        goto done;
    }
    const ent_report_cascade_run *b = &in->runs[0];
    const ent_cascade_result *r = b->result;
    double lo, hi;
    wilson(r->wars, r->trials, &lo, &hi);
    fprintf(fp, "<p>Of %llu simulated crises (seed %llu), <strong>%.1f%%"
                "</strong> (95%% interval %.1f&#8211;%.1f%%) become a war; "
                "nuclear weapons are used in %.2f%%. Reliability of an "
                "applicable commitment: %.2f. Runs shown: ",
            (unsigned long long)r->trials, (unsigned long long)in->seed,
            r->trials ? 100.0 * (double)r->wars / (double)r->trials : 0.0,
            100 * lo, 100 * hi,
            r->trials ? 100.0 * (double)nuclear_use(r) / (double)r->trials : 0.0,
            r->rho);
    for (size_t k = 0; k < in->n_runs; k++) {
        fprintf(fp, "%s", k ? "; " : "");
        ent_report_escape(fp, in->runs[k].label ? in->runs[k].label : "?");
    }
    fprintf(fp, ".</p>\n<div class=\"cols\"><div>\n");
    if ((rc = sides(fp, in, b, 25)))
        goto done;
    fprintf(fp, "</div><div>\n");
    ladder(fp, r);
    fprintf(fp, "</div></div>\n");
    coalitions(fp, b);
    if (in->n_runs > 1 && (rc = compare(fp, in)))
        goto done;
done:
    if (!rc)
        fprintf(fp, "</section>\n");
    return rc;
}
