/*
 * svg.c - the report's own SVG charts: horizontal bars with intervals
 * (side probabilities, the escalation ladder, comparisons), lines by round
 * (negotiation positions) and the monthly event timeline.
 *
 * DESIGN
 * Every chart is a standalone <svg> with a viewBox, so that it scales with
 * the page; coordinates are printed with one decimal in the C locale.
 * Labels go through ent_report_escape. Each chart carries a <title> (read
 * by screen readers and shown as a tooltip) and a class for the tests.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const palette[] = {
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
};

const char *ent_report__color(size_t k)
{
    return palette[k % (sizeof palette / sizeof palette[0])];
}

static double clamp01(double x)
{
    if (!(x > 0))
        return 0;
    return x > 1 ? 1 : x;
}

void ent_report__svg_hbars(FILE *fp, const char *cls, const char *title,
                           const char *const *labels, size_t n, size_t nser,
                           const double *v, const double *lo, const double *hi,
                           const char *const *series, const char *const *colors,
                           double vmax, int percent)
{
    size_t maxlen = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = labels[i] ? strlen(labels[i]) : 0;
        if (l > maxlen)
            maxlen = l;
    }
    double left = 14 + 6.6 * (double)maxlen;
    left = left < 60 ? 60 : left > 300 ? 300 : left;
    const double width = 460, row_h = nser > 1 ? 30 : 20;
    const double top = 28, bar_h = (row_h - 6) / (double)(nser ? nser : 1);
    double h = top + row_h * (double)n + 34;
    if (!(vmax > 0))
        vmax = 1;
    fprintf(fp, "<svg class=\"chart ");
    ent_report_escape(fp, cls);
    fprintf(fp, "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f "
                "%.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\">",
            left + width + 80, h, left + width + 80, h);
    fprintf(fp, "<title>");
    ent_report_escape(fp, title);
    fprintf(fp, "</title>\n");
    /* legend */
    double lx = left;
    for (size_t s = 0; s < nser && series; s++) {
        fprintf(fp, "<rect x=\"%.1f\" y=\"6\" width=\"12\" height=\"12\" "
                    "fill=\"%s\"/><text x=\"%.1f\" y=\"16\" class=\"lg\">",
                lx, colors[s], lx + 16);
        ent_report_escape(fp, series[s]);
        fprintf(fp, "</text>");
        lx += 16 + 7.0 * (double)strlen(series[s] ? series[s] : "") + 18;
    }
    /* grid */
    for (int g = 0; g <= 4; g++) {
        double x = left + width * g / 4.0;
        fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    "class=\"grid\"/><text x=\"%.1f\" y=\"%.1f\" "
                    "class=\"tick\" text-anchor=\"middle\">",
                x, top - 4, x, top + row_h * (double)n, x,
                top + row_h * (double)n + 14);
        if (percent)
            fprintf(fp, "%.0f%%", 100.0 * vmax * g / 4.0);
        else
            fprintf(fp, "%.3g", vmax * g / 4.0);
        fprintf(fp, "</text>");
    }
    fprintf(fp, "\n");
    for (size_t i = 0; i < n; i++) {
        double y0 = top + row_h * (double)i + 3;
        fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                    "class=\"lab\">",
                left - 6, y0 + (row_h - 6) / 2 + 4);
        ent_report_escape(fp, labels[i]);
        fprintf(fp, "</text>");
        for (size_t s = 0; s < nser; s++) {
            double val = v[i * nser + s];
            double y = y0 + bar_h * (double)s;
            double wv = width * clamp01(val / vmax);
            fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        "height=\"%.1f\" fill=\"%s\"><title>",
                    left, y, wv, bar_h - 1, colors[s]);
            ent_report_escape(fp, labels[i]);
            fprintf(fp, " - ");
            ent_report_escape(fp, series ? series[s] : "");
            if (percent)
                fprintf(fp, ": %.1f%%", 100 * val);
            else
                fprintf(fp, ": %.4g", val);
            if (lo && hi && percent)
                fprintf(fp, " (95%% interval %.1f%%-%.1f%%)",
                        100 * lo[i * nser + s], 100 * hi[i * nser + s]);
            fprintf(fp, "</title></rect>");
            if (lo && hi) {
                double xa = left + width * clamp01(lo[i * nser + s] / vmax);
                double xb = left + width * clamp01(hi[i * nser + s] / vmax);
                double ym = y + (bar_h - 1) / 2;
                fprintf(fp, "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f "
                            "%.1fV%.1f\" class=\"ci\"/>",
                        xa, ym, xb, xa, ym - 3, ym + 3, xb, ym - 3, ym + 3);
            }
            if (!(val > 0))
                continue; /* no label on an empty bar */
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"val\">",
                    left + wv + 4 + (hi ? width * clamp01(hi[i * nser + s] /
                                                          vmax) - wv : 0),
                    y + bar_h - 2);
            if (percent)
                fprintf(fp, "%.1f%%", 100 * val);
            else
                fprintf(fp, "%.3g", val);
            fprintf(fp, "</text>");
        }
        fprintf(fp, "\n");
    }
    fprintf(fp, "</svg>\n");
}

void ent_report__svg_lines(FILE *fp, const char *cls, const char *title,
                           const char *const *names, size_t n_series,
                           const double *y, size_t n_points, double ymin,
                           double ymax, const ent_report__hline *hl,
                           size_t n_hl, const ent_scale_point *ticks,
                           size_t n_ticks, const char *xlabel)
{
    const double left = 60, top = 16, w = 460, h = 240, right = 170;
    if (!(ymax > ymin)) {
        ymax = ymin + 1;
    }
    double span = ymax - ymin;
    size_t last = n_points > 1 ? n_points - 1 : 1;
    fprintf(fp, "<svg class=\"chart ");
    ent_report_escape(fp, cls);
    fprintf(fp, "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f "
                "%.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\"><title>",
            left + w + right, top + h + 40, left + w + right, top + h + 40);
    ent_report_escape(fp, title);
    fprintf(fp, "</title>\n");
#define YPIX(v) (top + h - h * (((v) - ymin) / span))
#define XPIX(k) (left + w * (double)(k) / (double)last)
    fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                "class=\"frame\"/>",
            left, top, w, h);
    if (ticks && n_ticks) {
        for (size_t t = 0; t < n_ticks; t++) {
            double v = ticks[t].value;
            if (v < ymin || v > ymax)
                continue;
            fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                        " class=\"grid\"/><text x=\"%.1f\" y=\"%.1f\" "
                        "class=\"tick\" text-anchor=\"end\">%.4g",
                    left, YPIX(v), left + w, YPIX(v), left - 4, YPIX(v) + 4, v);
            fprintf(fp, "<title>");
            ent_report_escape(fp, ticks[t].label);
            fprintf(fp, "</title></text>");
        }
    } else {
        for (int g = 0; g <= 4; g++) {
            double v = ymin + span * g / 4.0;
            fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                        " class=\"grid\"/><text x=\"%.1f\" y=\"%.1f\" "
                        "class=\"tick\" text-anchor=\"end\">%.4g</text>",
                    left, YPIX(v), left + w, YPIX(v), left - 4, YPIX(v) + 4, v);
        }
    }
    /* x ticks: at most ~10 */
    size_t step = last / 10 + 1;
    for (size_t k = 0; k <= last && n_points > 0; k += step)
        fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" "
                    "text-anchor=\"middle\">%zu</text>",
                XPIX(k), top + h + 14, k);
    fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" "
                "text-anchor=\"middle\">",
            left + w / 2, top + h + 32);
    ent_report_escape(fp, xlabel);
    fprintf(fp, "</text>\n");
    for (size_t q = 0; q < n_hl; q++) {
        if (!isfinite(hl[q].y) || hl[q].y < ymin || hl[q].y > ymax)
            continue;
        fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    "stroke=\"%s\" stroke-width=\"2\"",
                left, YPIX(hl[q].y), left + w, YPIX(hl[q].y), hl[q].color);
        if (hl[q].dash)
            fprintf(fp, " stroke-dasharray=\"%s\"", hl[q].dash);
        fprintf(fp, "/><text x=\"%.1f\" y=\"%.1f\" class=\"hl\" fill=\"%s\">",
                left + w + 4, YPIX(hl[q].y) - 3, hl[q].color);
        ent_report_escape(fp, hl[q].label);
        fprintf(fp, " %.4g</text>", hl[q].y);
    }
    for (size_t s = 0; s < n_series; s++) {
        const double *ys = y + s * n_points;
        fprintf(fp, "<polyline class=\"series\" fill=\"none\" stroke=\"%s\" "
                    "stroke-width=\"1.8\" points=\"",
                ent_report__color(s));
        for (size_t k = 0; k < n_points; k++) {
            double v = isfinite(ys[k]) ? ys[k] : ymin;
            fprintf(fp, "%s%.1f,%.1f", k ? " " : "",
                    n_points == 1 ? left : XPIX(k), YPIX(v));
        }
        if (n_points == 1)
            fprintf(fp, " %.1f,%.1f", left + w,
                    YPIX(isfinite(ys[0]) ? ys[0] : ymin));
        fprintf(fp, "\"><title>");
        ent_report_escape(fp, names[s]);
        fprintf(fp, "</title></polyline>");
        fprintf(fp, "\n");
    }
    /* end labels, pushed apart so that they do not overlap */
    double *ly = malloc((n_series + 1) * sizeof *ly);
    size_t *ord = malloc((n_series + 1) * sizeof *ord);
    if (ly && ord) {
        for (size_t s = 0; s < n_series; s++) {
            double ye = n_points ? y[s * n_points + n_points - 1] : ymin;
            ly[s] = YPIX(isfinite(ye) ? ye : ymin) + 4;
            ord[s] = s;
        }
        for (size_t a = 1; a < n_series; a++) /* insertion sort by y */
            for (size_t b = a; b > 0 && ly[ord[b]] < ly[ord[b - 1]]; b--) {
                size_t t = ord[b];
                ord[b] = ord[b - 1];
                ord[b - 1] = t;
            }
        for (size_t a = 1; a < n_series; a++)
            if (ly[ord[a]] < ly[ord[a - 1]] + 11)
                ly[ord[a]] = ly[ord[a - 1]] + 11;
        double limit = top + h + 28; /* keep the stack inside the picture */
        for (size_t a = n_series; a-- > 0;) {
            if (ly[ord[a]] > limit)
                ly[ord[a]] = limit;
            limit = ly[ord[a]] - 11;
        }
        for (size_t s = 0; s < n_series; s++) {
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"end\" "
                        "fill=\"%s\">",
                    left + w + 4, ly[s], ent_report__color(s));
            ent_report_escape(fp, names[s]);
            fprintf(fp, "</text>\n");
        }
    }
    free(ly);
    free(ord);
#undef YPIX
#undef XPIX
    fprintf(fp, "</svg>\n");
}

void ent_report__svg_timeline(FILE *fp, const char *const *months,
                              const double *counts, const double *goldstein,
                              size_t n)
{
    const double left = 50, top = 20, w = 640, h = 180;
    double cmax = 1;
    for (size_t i = 0; i < n; i++)
        if (counts[i] > cmax)
            cmax = counts[i];
    fprintf(fp, "<svg class=\"chart timeline\" xmlns=\"http://www.w3.org/2000/"
                "svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                "role=\"img\"><title>Events by month and mean Goldstein score"
                "</title>\n",
            left + w + 50, top + h + 50, left + w + 50, top + h + 50);
    fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                "class=\"frame\"/>",
            left, top, w, h);
    fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "class=\"grid\"/>",
            left, top + h / 2, left + w, top + h / 2);
    fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" "
                "text-anchor=\"end\">%.0f</text>"
                "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" "
                "text-anchor=\"end\">0</text>",
            left - 4, top + 4, cmax, left - 4, top + h + 4);
    fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\">+10</text>"
                "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\">0</text>"
                "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\">-10</text>",
            left + w + 4, top + 4, left + w + 4, top + h / 2 + 4, left + w + 4,
            top + h + 4);
    double bw = n ? w / (double)n : w;
    if (bw > 60)
        bw = 60; /* a few months: narrow bars from the left */
    size_t step = n / 12 + 1;
    for (size_t i = 0; i < n; i++) {
        double bh = h * counts[i] / cmax;
        fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                    " class=\"bar\"><title>",
                left + bw * (double)i + 1, top + h - bh, bw > 3 ? bw - 2 : bw,
                bh);
        ent_report_escape(fp, months[i]);
        fprintf(fp, ": %.0f events", counts[i]);
        if (goldstein && isfinite(goldstein[i]))
            fprintf(fp, ", mean Goldstein %.2f", goldstein[i]);
        fprintf(fp, "</title></rect>");
        if (i % step == 0) {
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" "
                        "text-anchor=\"middle\">",
                    left + bw * ((double)i + 0.5), top + h + 14);
            ent_report_escape(fp, months[i]);
            fprintf(fp, "</text>");
        }
    }
    if (goldstein) {
        fprintf(fp, "<path class=\"gold\" fill=\"none\" d=\"");
        int pen = 0;
        for (size_t i = 0; i < n; i++) {
            if (!isfinite(goldstein[i])) {
                pen = 0;
                continue;
            }
            double g = goldstein[i] < -10 ? -10 : goldstein[i] > 10 ? 10
                                                                    : goldstein[i];
            fprintf(fp, "%s%.1f %.1f", pen ? "L" : "M",
                    left + bw * ((double)i + 0.5), top + h / 2 - h / 2 * g / 10);
            pen = 1;
        }
        fprintf(fp, "\"/>");
        for (size_t i = 0; i < n; i++) /* a dot per month: one month shows */
            if (isfinite(goldstein[i]))
                fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
                            "fill=\"#c0392b\"/>",
                        left + bw * ((double)i + 0.5),
                        top + h / 2 -
                            h / 2 *
                                (goldstein[i] < -10  ? -10
                                 : goldstein[i] > 10 ? 10
                                                     : goldstein[i]) /
                                10);
    }
    fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" class=\"lg\">bars: events per "
                "month (left axis); line: mean Goldstein score (right axis)"
                "</text>\n</svg>\n",
            left, top + h + 36);
}
