/*
 * entente/bargain.h - negotiation forecasting: Bueno de Mesquita's
 * expected-utility model (EUM, as specified by Scholz, Calbert & Smith 2011)
 * and KTAB's Spatial Model of Politics (SMP), run on an actor table of
 * name, capability, and a position and salience per dimension.
 *
 * The equations, and every interpretation choice, are in docs/model-bargain.md.
 * Inputs: KTAB-format CSV, the plain "Actor,Capability,Position,Salience"
 * table, or (through the scenario adapter) an ent_issue of the world model.
 */
#ifndef ENTENTE_BARGAIN_H
#define ENTENTE_BARGAIN_H

#include <entente/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An actor table: n actors, d dimensions, positions on the input's scale. */
typedef struct ent_bargain_table {
    size_t n_actors;
    size_t n_dims;
    char *title;       /**< scenario name, or NULL */
    char **names;      /**< n_actors names */
    char **dim_names;  /**< n_dims dimension names */
    double *capability;/**< n_actors capabilities (power, influence) */
    double *position;  /**< n_actors * n_dims, row-major, input scale */
    double *salience;  /**< n_actors * n_dims, as given (0..1 or 0..100) */
    double scale_lo;   /**< lower end of the position scale */
    double scale_hi;   /**< upper end of the position scale */
    double sal_scale;  /**< what a salience of "full attention" is (1 or 100) */
} ent_bargain_table;

/** Allocate a zeroed table for n actors and d dimensions (NULL on ENOMEM). */
ENT_API ent_bargain_table *ent_bargain_table_new(size_t n_actors, size_t n_dims);
/** Free a table (NULL-safe). */
ENT_API void ent_bargain_table_free(ent_bargain_table *t);

/**
 * Parse a KTAB SMP CSV (first line: name,description,actors,dims; second:
 * header; then one row per actor: name,description,power,pos1,sal1,...).
 * `origin` names the text in error messages ("file:line:col: ...").
 * Returns 0, or ENT_EINVALID / ENT_ENOMEM.
 */
ENT_API int ent_bargain_parse_ktab(const char *text, size_t len,
                                   const char *origin, ent_bargain_table **out);
/**
 * Parse a plain actor table with the header Actor,Capability,Position,Salience
 * (one dimension; columns in any order). Returns 0 or ENT_EINVALID/ENT_ENOMEM.
 */
ENT_API int ent_bargain_parse_plain(const char *text, size_t len,
                                    const char *origin, ent_bargain_table **out);
/**
 * Read a file and parse it with whichever of the two CSV readers its first
 * line calls for. Returns 0, ENT_EIO, ENT_EINVALID or ENT_ENOMEM.
 */
ENT_API int ent_bargain_read_file(const char *path, ent_bargain_table **out);

typedef enum { ENT_BARGAIN_SMP = 0, ENT_BARGAIN_EUM = 1 } ent_bargain_model;

/** Options of a run. Zero-initialise, then set what you need. */
typedef struct ent_bargain_options {
    ent_bargain_model model;
    int max_rounds;    /**< 0: the model's default (SMP 100, EUM 10) */
    uint64_t seed;     /**< seed of the stochastic SMP variant */
    int stochastic;    /**< SMP: choose bargains with probability (seeded) */
} ent_bargain_options;

/** Kinds of EUM challenge outcome, from the moving actor's point of view. */
typedef enum {
    ENT_EUM_CONFLICT_LOST = 0, /**< both expect to gain; the mover lost */
    ENT_EUM_COMPROMISE = 1,    /**< the mover moves part of the way */
    ENT_EUM_CAPITULATE = 2     /**< the mover gives in completely */
} ent_eum_kind;

/** One EUM move: `actor` accepted `other`'s challenge. */
typedef struct ent_eum_move {
    size_t actor, other;
    ent_eum_kind kind;
    double eu_self;   /**< actor's expected utility of challenging other */
    double eu_other;  /**< other's, as the actor perceives it */
    double new_pos;
} ent_eum_move;

/** The state after one round (rounds[0] is the initial state). */
typedef struct ent_bargain_round {
    double *position;  /**< n_actors * n_dims, input scale */
    double *prob;      /**< SMP: each actor's probability of prevailing */
    double median;     /**< EUM: the median-voter (Condorcet) position */
    double mean;       /**< EUM: capability x salience weighted mean */
    ent_eum_move *moves; /**< EUM: the moves that produced this state */
    size_t n_moves;
    double *risk;      /**< EUM: risk exponents r used in this round, or NULL */
} ent_bargain_round;

/** The result of a run. */
typedef struct ent_bargain_result {
    ent_bargain_model model;
    size_t n_actors, n_dims;
    size_t n_rounds;          /**< entries in rounds (initial state included) */
    ent_bargain_round *rounds;
    double *outcome;          /**< n_dims: the forecast */
    double *most_probable;    /**< SMP: n_dims, the most probable position */
    size_t most_probable_actor;
    double most_probable_p;
} ent_bargain_result;

/**
 * Run a model on a table. The table is not modified. Returns 0 and sets *out
 * (free with ent_bargain_result_free), or ENT_EINVALID / ENT_ENOMEM.
 */
ENT_API int ent_bargain_run(const ent_bargain_table *t,
                            const ent_bargain_options *opt,
                            ent_bargain_result **out);
/** Free a result (NULL-safe). */
ENT_API void ent_bargain_result_free(ent_bargain_result *r);

/**
 * SMP state evaluation: for actor positions `pos` (n_actors * n_dims, input
 * scale) compute the risk attitudes KTAB infers (BigRRange Mid) into `risk`
 * (may be NULL) and each actor's probability of prevailing (the Conditional
 * PCE over unique positions) into `prob`. Returns 0 or ENT_ENOMEM.
 */
ENT_API int ent_bargain_smp_state(const ent_bargain_table *t, const double *pos,
                                  double *risk, double *prob);

/** Accuracy of a forecast method over a set of issues. */
typedef struct ent_bargain_score {
    size_t n;         /**< issues scored */
    double mae;       /**< mean absolute error, on the 0..100 scale */
    double median_ae; /**< median absolute error */
} ent_bargain_score;

/** Scores of the DEU III evaluation. */
typedef struct ent_bargain_eval {
    ent_bargain_score eum, smp, baseline;
} ent_bargain_eval;

/**
 * Evaluate both models and the capability x salience weighted mean on a
 * DEU III tab-separated file (positions p<actor>, saliences s<actor>, the
 * capability row, and the real outcome `out`). Returns 0, ENT_EIO,
 * ENT_EINVALID or ENT_ENOMEM.
 */
ENT_API int ent_bargain_eval_deu(const char *path, ent_bargain_eval *out);


/* --- scenario issues and decision rules ------------------------------- */

typedef enum {
    ENT_BARGAIN_RULE_NONE = 0,  /**< weighted/majority: no constraint */
    ENT_BARGAIN_RULE_APPROVAL,  /**< approvers must prefer it to the status quo */
    ENT_BARGAIN_RULE_VETO,      /**< vetoers must not be worse off than the SQ */
    ENT_BARGAIN_RULE_UNANIMITY  /**< every actor must accept it */
} ent_bargain_rule_kind;

/** How a decision rule changed a forecast (first dimension). */
typedef struct ent_bargain_rule_report {
    ent_bargain_rule_kind kind;
    const char *kind_name;  /**< "approval", "veto", "unanimity" or "none" */
    char actor[128];        /**< approver(s)/vetoer(s), comma-separated */
    double before[1];       /**< the model's forecast */
    double after[1];        /**< the forecast under the rule */
    int changed;
    char explanation[512];
} ent_bargain_rule_report;

/**
 * Apply a decision rule to a one-dimensional forecast y. `ideal` holds the
 * constraining actors' positions (n of them), `sq` the status quo. Approval,
 * veto and unanimity all keep y only if every listed actor is at least as
 * close to y as to the status quo; otherwise y moves to the nearest point
 * acceptable to all, or to the status quo if there is none. Returns the
 * constrained forecast.
 */
ENT_API double ent_bargain_apply_rule(double y, double sq, const double *ideal,
                                      size_t n);

/**
 * Load a scenario file (with the world it names), convert issue `issue`
 * (its id or name) to an actor table, run the model and apply the issue's
 * decision rule. Returns 0 and sets *table, *result and *rule; or ENT_EIO,
 * ENT_EINVALID (file:line:col errors), ENT_ENOTFOUND or ENT_ENOMEM.
 */
ENT_API int ent_bargain_run_scenario(const char *path, const char *issue,
                                     const ent_bargain_options *opt,
                                     ent_bargain_table **table,
                                     ent_bargain_result **result,
                                     ent_bargain_rule_report *rule);

#ifdef __cplusplus
}
#endif
#endif
