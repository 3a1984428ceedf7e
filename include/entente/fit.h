/*
 * entente/fit.h - historical data for the cascade model: readers for the
 * datasets users download (ATOP, COW NMC, COW wars, Reiter-Stam-Horowitz,
 * MID 5.0, ICB, contiguity, capitals, distances, major powers, nuclear
 * states, Berkemeier-Fuhrmann reliability), the dated "historical world"
 * of a crisis built from them, maximum-likelihood calibration and
 * leave-one-case-out backtests.
 *
 * DESIGN
 * ent_hist holds every dataset as plain arrays of small records (one per
 * CSV row that matters). Nothing is hand-typed: a crisis's world on a date
 * is assembled from those arrays by ent_hist_world, and what happened (who
 * fought on which side) by ent_hist_outcome. Each reader parses a memory
 * buffer (ent_hist_parse) so that fuzz targets reach it directly.
 */
#ifndef ENTENTE_FIT_H
#define ENTENTE_FIT_H

#include "cascade.h"
#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The datasets, each with its file name in the history directory. */
typedef enum {
    ENT_HIST_STATES = 0, /**< cow_states2016.csv */
    ENT_HIST_NMC,        /**< cow_nmc_v7.0_abridged.csv */
    ENT_HIST_ATOP,       /**< atop_v4.01_member_level.csv */
    ENT_HIST_CONTIG,     /**< cow_contdir_v3.2_directed_spells.csv */
    ENT_HIST_CAPITALS,   /**< cow_capitals_latlng.csv */
    ENT_HIST_MINDIST,    /**< cow_mindist_cshapes2_selected_years.csv */
    ENT_HIST_MAJORS,     /**< cow_majors2016.csv */
    ENT_HIST_NUCLEAR,    /**< nuclear_weapons_states.csv */
    ENT_HIST_WARS,       /**< cow_interstate_war_v4.0.csv */
    ENT_HIST_RSH,        /**< reiter_stam_horowitz_2016_interstate_war_rev.csv */
    ENT_HIST_MID,        /**< cow_midb_v5.0_participants.csv */
    ENT_HIST_ICB,        /**< icb_v13_system_level_crises.csv */
    ENT_HIST_RELIABILITY,/**< berkemeier_fuhrmann_2018_alliance_war_reliability.csv */
    ENT_HIST_COUNT
} ent_hist_dataset;

typedef struct ent_hist_state {
    int ccode;
    char abb[4];
    ent_date from, until;
} ent_hist_state;

typedef struct ent_hist_nmc {
    int ccode, year;
    double milex; /**< thousands of current USD; < 0 unknown */
    double cinc;  /**< < 0 unknown */
} ent_hist_nmc;

/** One member(-phase) of an ATOP alliance: its own obligations. */
typedef struct ent_hist_atop {
    int atopid, ccode;
    ent_date from, until;
    uint8_t defense, offense, neutral, nonagg, consul, base;
} ent_hist_atop;

typedef struct ent_hist_contig {
    int c1, c2, type; /**< COW: 1 land ... 5 up to 400 miles of water */
    ent_date from, until;
} ent_hist_contig;

typedef struct ent_hist_capital {
    int ccode;
    ent_date from, until;
    double lat, lng;
} ent_hist_capital;

typedef struct ent_hist_mindist {
    int c1, c2, year;
    double km;
} ent_hist_mindist;

/** A dated status (major power, nuclear-armed). */
typedef struct ent_hist_spell {
    int ccode;
    ent_date from, until;
} ent_hist_spell;

/** A participant of a COW inter-state war. */
typedef struct ent_hist_war {
    int warnum, ccode, side; /**< side 1 or 2 */
    bool initiator;
    ent_date from, until;
} ent_hist_war;

/** A Reiter-Stam-Horowitz war participant-year row. */
typedef struct ent_hist_rsh {
    int war_id, year, init_ccode, target_ccode;
    bool joiner;
} ent_hist_rsh;

/** A MID 5.0 participant. */
typedef struct ent_hist_mid {
    int dispnum, ccode, hiact;
    int hostlev; /**< 1 none, 2 threat, 3 display, 4 use of force, 5 war */
    bool sidea, orig;
    ent_date from;
} ent_hist_mid;

/** An ICB crisis (system level). */
typedef struct ent_hist_icb {
    int crisno, year;
    int viol; /**< 1 no violence, 2 minor clashes, 3 serious clashes,
                   4 full-scale war; 0 unknown */
} ent_hist_icb;

/** A Berkemeier-Fuhrmann alliance-war case. */
typedef struct ent_hist_reliab {
    int atopid, cowwarid, year;
    bool defense;
    int honor; /**< honorBF: 1 honoured, 0 violated, -1 not coded */
} ent_hist_reliab;

typedef struct ent_hist {
    ent_hist_state *states; size_t n_states;
    ent_hist_nmc *nmc; size_t n_nmc;
    ent_hist_atop *atop; size_t n_atop;
    ent_hist_contig *contig; size_t n_contig;
    ent_hist_capital *capitals; size_t n_capitals;
    ent_hist_mindist *mindist; size_t n_mindist;
    ent_hist_spell *majors; size_t n_majors;
    ent_hist_spell *nuclear; size_t n_nuclear;
    ent_hist_war *wars; size_t n_wars;
    ent_hist_rsh *rsh; size_t n_rsh;
    ent_hist_mid *mid; size_t n_mid;
    ent_hist_icb *icb; size_t n_icb;
    ent_hist_reliab *reliab; size_t n_reliab;
    bool loaded[ENT_HIST_COUNT];
} ent_hist;

/** The file name of a dataset ("cow_states2016.csv"). */
ENT_API const char *ent_hist_file(ent_hist_dataset d);

/** Create an empty ent_hist. Returns 0 or ENT_ENOMEM. */
ENT_API int ent_hist_new(ent_hist **out);

/** Free everything. NULL-safe. */
ENT_API void ent_hist_free(ent_hist *h);

/**
 * Parse one dataset from a buffer, replacing what h held for it. `name`
 * names the buffer in messages. Returns 0, ENT_EINVALID (missing column,
 * malformed CSV: "name:line: ...") or ENT_ENOMEM.
 */
ENT_API int ent_hist_parse(ent_hist *h, ent_hist_dataset d, const char *buf,
                           size_t len, const char *name);

/**
 * Read every dataset from directory `dir` (the history folder: the files
 * named by ent_hist_file). Returns 0, ENT_EIO or ENT_EINVALID.
 */
ENT_API int ent_hist_load(ent_hist *h, const char *dir);

/**
 * Read only the datasets whose bit (1u << ent_hist_dataset) is set in
 * `mask` from `dir`. Same errors as ent_hist_load.
 */
ENT_API int ent_hist_load_only(ent_hist *h, const char *dir, unsigned mask);

/** COW numeric code for an abbreviation ("RUS" -> 365), or 0. */
ENT_API int ent_hist_ccode(const ent_hist *h, const char *abb);

/**
 * Build the historical world on `date`: every state of the COW system on
 * that date, with NMC spending of the latest year <= the date's year, ATOP
 * obligations in effect on the date, direct contiguity (land or up to 24
 * miles of water), capital distances, disputes (MID 5.0) in the 10 years
 * before the date, major-power and nuclear status. Returns 0, ENT_ENOMEM
 * or ENT_EINVALID (no states on that date).
 */
ENT_API int ent_hist_world(ent_cascade_world **out, const ent_hist *h,
                           ent_date date);

/**
 * Fill the geography of a compiled scenario world from the datasets:
 * direct contiguity (COW types 1-3) and capital distances on w->date,
 * matching states by their COW codes (w->ccode). States without a COW code
 * keep the defaults. Returns 0.
 */
ENT_API int ent_hist_geography(ent_cascade_world *w, const ent_hist *h);

/** A historical crisis. */
typedef struct ent_hist_case {
    char id[32];
    char name[64];
    ent_date date;
    int attacker, target; /**< COW codes */
    int cow_war;          /**< COW war number whose participants are the
                               outcome, or 0 */
    int mid;              /**< MID number, or 0 */
    char note[160];       /**< outcome source when neither applies */
} ent_hist_case;

/**
 * Read a case list (CSV: id,name,date,attacker,target,outcome,source with
 * outcome "cow:N", "mid:N" or "none"). *out is malloc'ed. Returns 0,
 * ENT_EIO or ENT_EINVALID.
 */
ENT_API int ent_hist_cases_read(ent_hist_case **out, size_t *n,
                                const char *path);

/** The same from a buffer (`name` in messages); for fuzzing and tests. */
ENT_API int ent_hist_cases_parse(ent_hist_case **out, size_t *n,
                                 const char *buf, size_t len,
                                 const char *name);

/**
 * Every COW inter-state war as a case: the date is the earliest entry, the
 * attacker the earliest initiator and the target the earliest participant
 * on the other side. *out is malloc'ed.
 */
ENT_API int ent_hist_war_cases(ent_hist_case **out, size_t *n,
                               const ent_hist *h);

/**
 * What happened: role[i] (ENT_ROLE_*) of every state of w. States are
 * assigned to the side of the principal they fought with; states in the
 * war or dispute on the principal's side count as joiners. Returns 0 or
 * ENT_EINVALID when the principals are not in w.
 */
ENT_API int ent_hist_outcome(uint8_t *role, const ent_hist *h,
                             const ent_hist_case *c,
                             const ent_cascade_world *w);

/** Fit statistics and settings of a calibration. */
typedef struct ent_fit_stats {
    size_t n_obs, n_cases, n_joined_a, n_joined_t;
    double loglik, loglik_null;
    int iterations;
    bool converged;
    double base_rate[3]; /**< P(out, attacker side, target side) in data */
    size_t n_bf_pre, n_bf_post; /**< coded defence cases behind rho */
    size_t n_icb;              /**< ICB crises behind the crisis levels */
    size_t n_nuc_wars;         /**< post-1945 wars with a nuclear-armed state
                                    on the weaker side (none saw use) */
} ent_fit_stats;

/**
 * Fit the join model by maximum likelihood on the given cases (each case's
 * world is built with ent_hist_world, its outcome with ent_hist_outcome).
 * The case whose index is `exclude` (or none if exclude >= n) is left out.
 * Reliabilities come from the Berkemeier-Fuhrmann data, the crisis levels
 * from ICB, nuclear-use rates from the wars; see docs/model-cascade.md.
 * Writes coefficients and standard errors into *p. Returns 0, ENT_ENOMEM,
 * or ENT_EINVALID if the fit fails.
 */
ENT_API int ent_fit_calibrate(ent_cascade_params *p, ent_fit_stats *stats,
                              const ent_hist *h, const ent_hist_case *cases,
                              size_t n, size_t exclude);

/**
 * The same fit on explicit observations, for tests: n_obs states, each
 * with feature vectors xa and xt (row-major n_obs x ENT_CASCADE_NFEAT; the
 * dynamic OBLIG entries ignored), probabilities qa/qt/ja/jt that the
 * principal or joiner obligation switches are on, and observed roles.
 */
ENT_API int ent_fit_logit(double beta[ENT_CASCADE_NFEAT],
                          double se[ENT_CASCADE_NFEAT], ent_fit_stats *stats,
                          const double *xa, const double *xt,
                          const double *q, const uint8_t *role, size_t n_obs);

/** Statistics of the crisis-level fit. */
typedef struct ent_fit_crisis_stats {
    size_t n_disputes;   /**< MIDs with an originator on each side */
    size_t n_level[3];   /**< no force, use of force, war */
    double loglik, loglik_null;
    int iterations;
    bool converged;
} ent_fit_crisis_stats;

/**
 * Fit how a crisis's features shift its level (no force / use of force /
 * war): an ordered logit on every MID 5.0 dispute, the originators on side
 * A as attacker and on side B as target, each dispute's world on its start
 * date built from the datasets. Writes p->crisis_gamma, _se and
 * crisis_mean (the MID means, at which the ICB levels p->p_level apply);
 * see docs/model-cascade.md, section 3. Returns 0 or an error.
 */
ENT_API int ent_fit_crisis(ent_cascade_params *p, ent_fit_crisis_stats *st,
                           const ent_hist *h);

/** Backtest scores of one case (or overall). */
typedef struct ent_backtest_score {
    size_t n;            /**< states scored */
    double brier, log_loss;
    double brier_base, log_loss_base;   /**< base-rate baseline */
    double brier_treaty, log_loss_treaty; /**< "defence commitment joins" */
} ent_backtest_score;

typedef struct ent_backtest_case {
    ent_hist_case c;
    ent_backtest_score s;
    size_t n_joined;       /**< observed third-party joiners */
    double expected_joined;/**< sum of predicted join probabilities */
} ent_backtest_case;

/** Reliability table row: predicted vs observed for join events. */
typedef struct ent_backtest_bin {
    double lo, hi;
    size_t n;
    double mean_pred, obs_freq;
} ent_backtest_bin;

typedef struct ent_backtest {
    ent_backtest_case *cases; size_t n_cases;
    ent_backtest_score overall;
    ent_backtest_bin bins[10];
    uint64_t trials, seed;
} ent_backtest;

/**
 * Leave-one-case-out backtest: for each case, fit on every COW war except
 * the one the case belongs to, simulate the case's world conditional on
 * war (`trials` trials, `seed`), and score each state's role. `progress`
 * (may be NULL) is called after each case. Returns 0 or an error.
 */
ENT_API int ent_backtest_run(ent_backtest **out, const ent_hist *h,
                             const ent_hist_case *cases, size_t n,
                             uint64_t trials, uint64_t seed,
                             void (*progress)(void *, size_t, size_t),
                             void *ud);

/** Free a backtest. NULL-safe. */
ENT_API void ent_backtest_free(ent_backtest *b);

#ifdef __cplusplus
}
#endif
#endif
