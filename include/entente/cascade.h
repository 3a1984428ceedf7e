/*
 * entente/cascade.h - the crisis-cascade and escalation Monte Carlo
 * simulator: who joins a war on which side, and how far it escalates.
 *
 * DESIGN
 * Every world the simulator runs on - a historical world built from the
 * datasets (entente/fit.h) or a scenario compiled from an ent_world - is
 * first turned into one compact dense struct, ent_cascade_world: an array
 * of states (capability, nuclear and major-power flags) and n x n matrices
 * of pairwise terms (defence and offence obligations with the probability
 * that their conditions hold, alignment ties, contiguity, distance, prior
 * rivalry, stationed forces). The model (docs/model-cascade.md) reads only
 * that struct and an ent_cascade_params, so the historical fit and the
 * scenario simulation use the very same equations.
 *
 * Each trial draws whether the crisis becomes a war, which commitments
 * prove reliable, and then lets states decide in rounds: a multinomial logit
 * over {attacker side, target side, stay out} per state, where states that
 * have joined pull in the states committed to them. Escalation follows from
 * who faces whom. Random numbers are a counter-based function of (seed,
 * trial index, draw index), so results do not depend on the thread count.
 * Nothing is allocated inside the trial loop.
 */
#ifndef ENTENTE_CASCADE_H
#define ENTENTE_CASCADE_H

#include "common.h"
#include "date.h"
#include "world.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Features of the join decision (docs/model-cascade.md, section 2). */
enum {
    ENT_CF_CONST_A = 0, /**< intercept: join the attacker's side */
    ENT_CF_CONST_T,     /**< intercept: join the target's side */
    ENT_CF_OBLIG_P,     /**< an applicable obligation to the side's principal
                             proves reliable in this trial */
    ENT_CF_OBLIG_J,     /**< an obligation to a state already fighting on the
                             side proves reliable */
    ENT_CF_TIE_P,       /**< any alliance or alignment tie to the principal */
    ENT_CF_TIE_O,       /**< any tie to the opposing principal */
    ENT_CF_CONTIG_P,    /**< directly contiguous to the principal */
    ENT_CF_CONTIG_O,    /**< directly contiguous to the opposing principal */
    ENT_CF_DIST,        /**< log(1 + capital distance to the nearer
                             principal / 1000 km) */
    ENT_CF_MAJOR,       /**< major power */
    ENT_CF_SIZE,        /**< log(own military spending / largest) */
    ENT_CF_BALANCE,     /**< log(principal's spending / opponent's) */
    ENT_CF_NUC_O,       /**< the opposing principal is nuclear-armed */
    ENT_CF_EXTDET_O,    /**< the opposing principal has an obligation from a
                             nuclear-armed state (extended deterrence) */
    ENT_CF_RIVAL_P,     /**< prior militarised dispute / rivalry with the
                             principal */
    ENT_CF_RIVAL_O,     /**< prior dispute / rivalry with the opponent */
    ENT_CF_TRIPWIRE,    /**< own forces stationed with the principal */
    ENT_CASCADE_NFEAT
};

/** Features of the crisis level (docs/model-cascade.md, section 3.2). */
enum {
    ENT_CRISIS_BALANCE = 0,   /**< log(attacker's spending / target's) */
    ENT_CRISIS_TARGET_NUC,    /**< the target is nuclear-armed */
    ENT_CRISIS_ATTACKER_NUC,  /**< the attacker is nuclear-armed */
    ENT_CRISIS_TARGET_EXTDET, /**< a third nuclear-armed state has a defence
                                   obligation to the target */
    ENT_CRISIS_TARGET_MAJOR,  /**< a third major power has a defence
                                   obligation to the target */
    ENT_CRISIS_CONTIG,        /**< attacker and target are contiguous */
    ENT_CRISIS_NFEAT
};

/** The escalation ladder (docs/model-cascade.md, section 4). */
enum {
    ENT_ESC_NO_FORCE = 0,
    ENT_ESC_LIMITED_FORCE,
    ENT_ESC_PAIR_WAR,
    ENT_ESC_REGIONAL_WAR,
    ENT_ESC_NUCLEAR_DYAD_WAR,
    ENT_ESC_LIMITED_NUCLEAR,
    ENT_ESC_STRATEGIC_NUCLEAR,
    ENT_ESC_LEVELS
};

/** Roles a state ends a trial in. */
enum { ENT_ROLE_OUT = 0, ENT_ROLE_ATTACKER = 1, ENT_ROLE_TARGET = 2 };

/**
 * The dense world. Matrices are row-major n x n, entry [i * n + j] read as
 * "from i to j". Obligation entries are the probability in [0, 1] that the
 * obligation applies (1 in force with its conditions met, 0.5 for each
 * condition of unknown state, 0 none or not in force); the reliability of
 * an applicable obligation is a parameter (ent_cascade_params.rho_*).
 */
typedef struct ent_cascade_world {
    size_t n;
    char (*code)[8];   /**< display code: ISO3 or COW abbreviation */
    int *ccode;        /**< COW state number, 0 if none */
    double *milex;     /**< military spending, any one currency; 0 unknown */
    uint8_t *nuclear;  /**< nuclear-armed on the date */
    uint8_t *major;    /**< major power on the date */
    float *defend;     /**< i must defend j if j is attacked */
    float *offend;     /**< i must join j's war (offence pact) */
    uint8_t *tie;      /**< any alliance or alignment tie (symmetric) */
    uint8_t *contig;   /**< direct contiguity (symmetric) */
    float *dist_km;    /**< capital-to-capital great-circle distance */
    uint8_t *rival;    /**< prior dispute or rivalry (symmetric) */
    uint8_t *tripwire; /**< i has forces stationed (or bases) in j */
    int8_t *fixed;     /**< a stated position: -1 free (default), or the
                            ENT_ROLE_* the state takes in every war trial */
    ent_date date;
} ent_cascade_world;

/**
 * Allocate a world of n states with every matrix zeroed, distances 0 and
 * codes empty. Returns 0 or ENT_ENOMEM (*out NULL).
 */
ENT_API int ent_cascade_world_new(ent_cascade_world **out, size_t n);

/** Free a world. NULL-safe. */
ENT_API void ent_cascade_world_free(ent_cascade_world *w);

/** Index of the state with display code `code`, or -1. */
ENT_API int ent_cascade_world_find(const ent_cascade_world *w,
                                   const char *code);

/** A stated position: state `code` takes `role` (ENT_ROLE_*) in a war. */
typedef struct ent_cascade_stance {
    char code[16];
    int role;
} ent_cascade_stance;

/**
 * Compile a world (or scenario overlay) as of `asof` into the dense form:
 * every state existing on that date; spending from its latest capability
 * record with a known figure; nuclear-armed if it has warheads; major power
 * if a member of P5 or spending at least as much as the smallest P5
 * member; commitments in force on the date expanded to states (see
 * docs/model-cascade.md, section 5, for how each kind maps). Contiguity
 * and distances are not in world files: they are left empty (distance
 * 2000 km) for ent_hist_geography (entente/fit.h) to fill. `stances` (may
 * be NULL) fix states' roles. Returns 0, ENT_ENOMEM or ENT_EINVALID.
 */
ENT_API int ent_cascade_compile(ent_cascade_world **out, const ent_world *w,
                                ent_date asof,
                                const ent_cascade_stance *stances,
                                size_t n_stances);

/**
 * Apply one assumption to overlay `w`, or record a stance. `expr` is one of:
 *   ID               a scenario assumption (its `assumptions:` record);
 *   CODE:out|attacker|target   a stated position of state CODE (appended to
 *                    stances, at most `max` of them);
 *   COMMITMENT=STATUS          set a commitment's status (in_force, ...);
 *   COMMITMENT.COND=holds|fails|unknown   set one condition;
 *   -COMMITMENT      remove a commitment.
 * Returns 0, ENT_ENOTFOUND (unknown id) or ENT_EINVALID (bad expression).
 */
ENT_API int ent_cascade_assume(ent_world *w, const char *expr,
                               ent_cascade_stance *stances, size_t *n_stances,
                               size_t max);

/** Parameters: fitted or cited; see docs/model-cascade.md. */
typedef struct ent_cascade_params {
    double beta[ENT_CASCADE_NFEAT]; /**< logit coefficients */
    double se[ENT_CASCADE_NFEAT];   /**< their standard errors (0 unknown) */
    double rho_pre1945;  /**< reliability of an applicable obligation, wars
                              before 1945 (Berkemeier & Fuhrmann 2018 data) */
    double rho_post1945; /**< the same, 1945 and later */
    double p_level[3];   /**< crisis outcome: no force, limited force, war
                              (ICB v13 violence), summing to 1; with a
                              fitted crisis model, the levels at the MID
                              mean of the crisis features */
    bool crisis_fitted;  /**< crisis_gamma below is set */
    double crisis_gamma[ENT_CRISIS_NFEAT]; /**< ordered-logit shifts of the
                                                crisis level (MID 5.0) */
    double crisis_se[ENT_CRISIS_NFEAT];
    double crisis_mean[ENT_CRISIS_NFEAT];  /**< MID means: at these feature
                                                values the levels are
                                                p_level */
    double p_nuc_limited;   /**< limited nuclear use when a nuclear-armed
                                 state fights on the weaker side */
    double p_nuc_strategic; /**< strategic exchange after limited use */
    double loglik, loglik_null; /**< fit statistics (0 when not fitted) */
    size_t n_obs, n_cases;
    char source[256];    /**< parameter file path or "built-in" */
    char hash[17];       /**< FNV-1a 64 of the file's bytes, hex */
    char data_versions[512]; /**< datasets the fit used */
} ent_cascade_params;

/** Crisis feature names indexed by ENT_CRISIS_*. */
ENT_API const char *ent_cascade_crisis_feature_name(int f);

/** The crisis features of attacker -> target in world w. */
ENT_API void ent_cascade_crisis_features(const ent_cascade_world *w,
                                         size_t attacker, size_t target,
                                         double x[ENT_CRISIS_NFEAT]);

/**
 * The crisis levels P(no force), P(limited force), P(war) of attacker ->
 * target: with a fitted crisis model, an ordered logit whose cut points put
 * p_level at the MID mean of the features, shifted by crisis_gamma; else
 * p_level itself.
 */
ENT_API void ent_cascade_crisis_levels(const ent_cascade_world *w,
                                       const ent_cascade_params *p,
                                       size_t attacker, size_t target,
                                       double out[3]);

/** Feature names ("oblig_principal", ...) indexed by ENT_CF_*. */
ENT_API const char *ent_cascade_feature_name(int f);

/** Name of an escalation rung ("no use of force", ...). */
ENT_API const char *ent_cascade_level_name(int level);

/**
 * Fill `p` with the neutral defaults used before any calibration: all
 * coefficients 0 except the intercepts, reliabilities 0.5, ICB base rates.
 */
ENT_API void ent_cascade_params_default(ent_cascade_params *p);

/**
 * Read a parameter file written by ent_cascade_params_save. Sets source
 * and hash. Returns 0, ENT_EIO or ENT_EINVALID (with the file name).
 */
ENT_API int ent_cascade_params_load(ent_cascade_params *p, const char *path);

/**
 * Parse a parameter file's text (`len` bytes of `buf`; `path` names it in
 * messages and in p->source). Same results as ent_cascade_params_load.
 */
ENT_API int ent_cascade_params_parse(ent_cascade_params *p, const char *buf,
                                     size_t len, const char *path);

/**
 * Write parameters as JSON (values, standard errors, data versions and fit
 * statistics). `extra` may hold more members to store (borrowed, may be
 * NULL; a json_t * of jansson). Returns 0 or ENT_EIO.
 */
ENT_API int ent_cascade_params_save(const ent_cascade_params *p,
                                    const char *path, const void *extra);

/**
 * The static feature vector x for state i joining `side` (ENT_ROLE_ATTACKER
 * or ENT_ROLE_TARGET) of the crisis attacker -> target. The dynamic
 * features ENT_CF_OBLIG_P and ENT_CF_OBLIG_J are left 0: the caller sets
 * them per trial. Used by the simulator and by the calibration alike.
 */
ENT_API void ent_cascade_features(const ent_cascade_world *w, size_t attacker,
                                  size_t target, size_t i, int side,
                                  double x[ENT_CASCADE_NFEAT]);

/** The probability that an applicable obligation of i to j is honoured. */
ENT_API double ent_cascade_rho(const ent_cascade_params *p, ent_date date);

/** Options of a run. */
typedef struct ent_cascade_opts {
    uint64_t seed;
    uint64_t trials;
    unsigned threads;       /**< 0 or 1: the calling thread only */
    size_t attacker, target;
    bool condition_on_war;  /**< every trial is a war (backtests) */
    int max_rounds;         /**< 0: until no state changes (at most n) */
    size_t top_coalitions;  /**< how many coalitions to report (<= 64) */
    /** The run covers trials first_trial .. first_trial + trials - 1 (the
     *  trial index keys the random numbers): a share of a larger run, as
     *  ent_cascade_run_split hands out. 0 by default. */
    uint64_t first_trial;
    /** Also return every coalition seen (ent_cascade_result.tally), so that
     *  shares of a run can be merged exactly. Needs top_coalitions > 0. */
    bool keep_tally;
    /** Called now and then from the calling thread with trials done. */
    void (*progress)(void *ud, uint64_t done, uint64_t total);
    void *progress_ud;
} ent_cascade_opts;

/** Defaults: seed 1, 10000 trials, 1 thread, 8 coalitions. */
ENT_API void ent_cascade_opts_default(ent_cascade_opts *o);

/** One of the most frequent coalitions. */
typedef struct ent_cascade_coalition {
    uint64_t count;
    bool war;          /**< false: the crisis stayed below war */
    size_t n_attacker, n_target;
    uint16_t *attacker_side; /**< state indices, principal first */
    uint16_t *target_side;
} ent_cascade_coalition;

/** How often one coalition occurred, identified by its hash key. */
typedef struct ent_cascade_tally {
    uint64_t key;   /**< Zobrist hash of the coalition */
    uint64_t count; /**< trials that ended in it */
    uint64_t first; /**< the smallest trial index that did */
} ent_cascade_tally;

/** The result of a run. Counts are over all trials. */
typedef struct ent_cascade_result {
    size_t n;
    uint64_t trials;
    uint64_t wars;             /**< trials that reached war */
    uint64_t *n_attacker_side; /**< per state */
    uint64_t *n_target_side;
    uint64_t level[ENT_ESC_LEVELS]; /**< trials whose highest rung is l */
    ent_cascade_coalition *coalitions;
    size_t n_coalitions;
    bool coalitions_truncated; /**< the table filled up: counts of rare
                                    coalitions may be missing */
    double rho;                /**< reliability used */
    ent_cascade_tally *tally;  /**< with keep_tally: every coalition, most
                                    frequent first (ties: smaller first) */
    size_t n_tally;
} ent_cascade_result;

/**
 * Run the Monte Carlo. The world and parameters are borrowed. Results are
 * identical for any `threads` given the same seed (unless
 * coalitions_truncated). Returns 0, ENT_EINVALID (bad options) or
 * ENT_ENOMEM; *out is then NULL.
 */
ENT_API int ent_cascade_run(ent_cascade_result **out,
                            const ent_cascade_world *w,
                            const ent_cascade_params *p,
                            const ent_cascade_opts *o);

/**
 * The same run shared by the ranks of `par` (entente/par.h; NULL or one
 * rank: ent_cascade_run). Each rank runs its contiguous share of the trial
 * indices; counts are summed and the coalition tallies merged, so the
 * result is identical to ent_cascade_run with the same options, whatever
 * the number of ranks (unless coalitions_truncated). Collective: every
 * rank calls it with the same world, parameters and options. Every rank
 * gets the counts; only rank 0 gets the coalitions. Returns as
 * ent_cascade_run (an error on any rank is an error on all).
 */
struct ent_par;
ENT_API int ent_cascade_run_split(ent_cascade_result **out,
                                  const ent_cascade_world *w,
                                  const ent_cascade_params *p,
                                  const ent_cascade_opts *o,
                                  struct ent_par *par);

/** Free a result. NULL-safe. */
ENT_API void ent_cascade_result_free(ent_cascade_result *r);

/** The terms behind one state's first-round probabilities. */
typedef struct ent_cascade_explain {
    double x[2][ENT_CASCADE_NFEAT];    /**< features, [0] attacker side,
                                            [1] target side */
    double term[2][ENT_CASCADE_NFEAT]; /**< beta * x */
    double q_oblig[2];  /**< P(obligation to the principal is honoured) */
    double p_first[3];  /**< first-round P(out, attacker, target),
                             integrating over the obligation draws */
    double p_if_honoured[3];  /**< ... when the obligation holds */
    double p_if_not[3];       /**< ... when it does not */
} ent_cascade_explain;

/**
 * Explain state i's decision in the crisis attacker -> target. Returns 0
 * or ENT_EINVALID for bad indices.
 */
ENT_API int ent_cascade_explain_state(ent_cascade_explain *out,
                                      const ent_cascade_world *w,
                                      const ent_cascade_params *p,
                                      size_t attacker, size_t target,
                                      size_t i);

/**
 * Multinomial logit choice probabilities P(out, attacker side, target side)
 * for feature vectors xa (attacker side) and xt (target side).
 */
ENT_API void ent_cascade_choice(const double beta[ENT_CASCADE_NFEAT],
                                const double xa[ENT_CASCADE_NFEAT],
                                const double xt[ENT_CASCADE_NFEAT],
                                double p[3]);

/*
 * The random numbers: a counter-based generator. Trial t of seed s has the
 * key K = mix64(s * 0x9e3779b97f4a7c15 + t); its draw number k is the low
 * (k even) or high (k odd) 32 bits of mix64(K + (k / 2 + 1) *
 * 0x9e3779b97f4a7c15), where mix64 is the SplitMix64 output function
 * (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number
 * generators", OOPSLA; constants from Vigna's public-domain splitmix64.c),
 * used as in counter-based generators (Salmon et al. 2011, "Parallel random
 * numbers: as easy as 1, 2, 3", SC'11). A draw u is compared with a
 * probability p as u < ceil(p * 2^32).
 */
ENT_API uint64_t ent_cascade_mix64(uint64_t x);
ENT_API uint32_t ent_cascade_rand32(uint64_t seed, uint64_t trial, uint64_t k);
/** The same draw as a double in [0, 1): rand32 / 2^32. */
ENT_API double ent_cascade_rand(uint64_t seed, uint64_t trial, uint64_t k);

#ifdef __cplusplus
}
#endif
#endif
