/*
 * internal.h - pieces shared by the files of the report module: the SVG
 * chart writers (svg.c), the page parts (network.c, cascade.c,
 * negotiation.c, events.c) and small formatting helpers (html.c).
 * Every writer takes the FILE * to write to; text from input is always
 * written through ent_report_escape.
 */
#ifndef ENT_REPORT_INTERNAL_H
#define ENT_REPORT_INTERNAL_H

#include <entente/report.h>

#include <stdio.h>

/** A horizontal reference line of a line chart. */
typedef struct ent_report__hline {
    double y;
    const char *label;
    const char *color;
    const char *dash; /* SVG stroke-dasharray, or NULL */
} ent_report__hline;

/** The colour of series k (a fixed palette, cycling). */
const char *ent_report__color(size_t k);

/**
 * Horizontal bars: n rows, nser series per row (values in [0, vmax]),
 * with optional intervals lo/hi (row-major n x nser, NULL for none). Series
 * names and colours label the legend. `cls` is the SVG class attribute.
 */
void ent_report__svg_hbars(FILE *fp, const char *cls, const char *title,
                           const char *const *labels, size_t n, size_t nser,
                           const double *v, const double *lo, const double *hi,
                           const char *const *series, const char *const *colors,
                           double vmax, int percent);

/**
 * Lines: n_series polylines over n_points x positions 0..n_points-1 (y is
 * series-major, n_series x n_points), y axis from ymin to ymax, with
 * reference lines and labelled ticks (may be NULL/0: five even ticks).
 */
void ent_report__svg_lines(FILE *fp, const char *cls, const char *title,
                           const char *const *names, size_t n_series,
                           const double *y, size_t n_points, double ymin,
                           double ymax, const ent_report__hline *hl,
                           size_t n_hl, const ent_scale_point *ticks,
                           size_t n_ticks, const char *xlabel);

/**
 * Monthly bars (counts) with a line of the mean Goldstein score (scale
 * -10..10 on the right axis; NAN values leave a gap).
 */
void ent_report__svg_timeline(FILE *fp, const char *const *months,
                              const double *counts, const double *goldstein,
                              size_t n);

/** The network section (Graphviz); returns 0 or a negative code. */
int ent_report__network(FILE *fp, const ent_report_input *in, ent_date asof);
/** The cascade section. */
int ent_report__cascade(FILE *fp, const ent_report_input *in);
/** The negotiation section. */
int ent_report__negotiation(FILE *fp, const ent_report_input *in,
                            ent_date asof);
/** The event timeline section. */
int ent_report__events(FILE *fp, const ent_report_input *in);

/** Write a note paragraph "<p class=na>TEXT</p>" (TEXT escaped). */
void ent_report__na(FILE *fp, const char *what, const char *why);

/** Write a number formatted with %.*f, or an en dash if not finite. */
void ent_report__num(FILE *fp, double v, int digits);

/** Short display name of an actor code (its name if known, else the code). */
const char *ent_report__actor_name(const ent_world *w, const char *code);

#endif
