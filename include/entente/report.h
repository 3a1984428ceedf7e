/*
 * entente/report.h - one self-contained HTML report of a scenario: the
 * commitments network on the scenario's date (laid out by Graphviz), the
 * crisis cascade for a trigger, each issue's negotiation, the event timeline
 * from the store, and the run's provenance.
 *
 * DESIGN
 * The page is a single HTML5 file with inline CSS and inline SVG and no
 * script at all: it makes no network request and opens from disk in any
 * browser. Every piece of text that comes from input (names, labels,
 * sources, sentences) goes through one escaping function, so an actor named
 * "<script>" is shown, never run. Charts are SVG written here (bars, lines,
 * the ladder) or by Graphviz (the network, rendered in memory).
 *
 * The report renders results it is given (the cascade runs, computed by the
 * caller with entente/cascade.h) and computes the cheap parts itself (the
 * network layout, the negotiation forecasts with entente/bargain.h, the
 * event aggregates from the store). A part that is missing is shown as
 * "not available" with its reason. The library writes to the FILE * it is
 * given and never prints anything else.
 */
#ifndef ENTENTE_REPORT_H
#define ENTENTE_REPORT_H

#include "cascade.h"
#include "common.h"
#include "store.h"
#include "world.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One cascade run to show: a baseline, or one set of assumptions. */
typedef struct ent_report_cascade_run {
    const char *label;                 /**< "baseline" or the set's text */
    const ent_cascade_world *world;    /**< the compiled world (codes) */
    const ent_cascade_result *result;  /**< its Monte Carlo result */
} ent_report_cascade_run;

/** Stages reported to the progress callback. */
typedef enum {
    ENT_REPORT_STAGE_NETWORK = 0,
    ENT_REPORT_STAGE_CASCADE,
    ENT_REPORT_STAGE_NEGOTIATION,
    ENT_REPORT_STAGE_EVENTS,
    ENT_REPORT_STAGE_DONE
} ent_report_stage;

/**
 * What to report. Zero-initialise, set `world`, then whatever is known.
 * Everything is borrowed for the duration of ent_report_write.
 */
typedef struct ent_report_input {
    const ent_world *world;    /**< the scenario (overlay) or a plain world */
    ent_date asof;             /**< ENT_DATE_MIN: the scenario's date */
    const char *title;         /**< NULL: the scenario's name */

    /* The cascade: runs[0] is the baseline; the others are compared to it. */
    const char *trigger;       /**< "RUS attacks EST" (text, for headings) */
    const ent_report_cascade_run *runs;
    size_t n_runs;
    size_t attacker, target;   /**< principals (indices in each run's world) */
    const char *cascade_missing; /**< why there are no runs (NULL: none) */
    const ent_cascade_params *params; /**< parameters used, or NULL */
    uint64_t seed;
    uint64_t trials;

    /* The negotiation: every issue with positions of two actors or more. */
    int bargain_rounds;        /**< 0: the model's default */

    /* The event timeline: read from the store's `events` table if any. */
    ent_store *store;          /**< NULL: no store */
    const char *store_path;    /**< for the page */
    size_t latest_events;      /**< how many latest events to list (0: 25) */
    size_t timeline_pairs;     /**< actor pairs in the table (0: 12) */

    /* Provenance. */
    const char *scenario_path;
    const char *command_line;  /**< the command that made the report */
    const char *generated;     /**< generation time text, or NULL */

    /** Called as each part starts (may be NULL). */
    void (*progress)(void *ud, ent_report_stage stage);
    void *progress_ud;
} ent_report_input;

/**
 * Write the report of `in` to `fp` as one HTML document. Parts that cannot
 * be produced (no trigger, no store, no events table, a model failing) are
 * rendered with their reason; only output errors, allocation failures and a
 * Graphviz failure make the call fail. Returns 0, ENT_EINVALID (no world),
 * ENT_EIO (writing failed) or ENT_ENOMEM.
 */
ENT_API int ent_report_write(FILE *fp, const ent_report_input *in);

/**
 * Write `s` to `fp` with the five HTML/XML special characters (& < > " ')
 * escaped as entities and control characters other than tab and newline
 * dropped, so that the text is safe in element content and in quoted
 * attribute values of HTML and SVG alike. NULL writes nothing.
 */
ENT_API void ent_report_escape(FILE *fp, const char *s);

/**
 * The commitments network on `asof` as an SVG document (no XML prolog),
 * laid out by Graphviz: fdp, which draws the groupings as clusters, or
 * sfdp beyond 120 nodes, where the groupings show by colour only. Returns
 * 0 and sets *svg (malloc'd, NUL terminated; the caller frees) and *len; or ENT_ENOMEM, or ENT_EINVALID
 * if Graphviz fails. A world with no commitments on the date yields an
 * empty graph.
 */
ENT_API int ent_report_network_svg(const ent_world *w, ent_date asof,
                                   char **svg, size_t *len);

/**
 * The expected `events` table in the store, for producers of events
 * (the coder): one row per event with columns
 *   date TEXT 'YYYY-MM-DD', source_root TEXT, target_root TEXT,
 *   cameo TEXT, goldstein REAL, and the source sentence in `text`.
 * Other names are accepted (source/target for the roots, sentence or
 * sentence_text for the text, code or event_code for the CAMEO code); a
 * missing Goldstein column leaves the scores empty. This function tells
 * whether the store holds such a table, and if not why, in `why`.
 */
ENT_API bool ent_report_has_events(ent_store *s, char *why, size_t n);

#ifdef __cplusplus
}
#endif
#endif
