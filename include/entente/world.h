/*
 * entente/world.h - the dated world model: actors, memberships, roles,
 * commitments, capabilities, claims and issues, all queried "as of" a date.
 *
 * DESIGN
 * A world owns every record it holds and every string in it (interned once,
 * in an arena). Records are plain structs that callers read but never write;
 * pointers returned by getters borrow from the world and live as long as it.
 *
 * A world may be layered on a parent world (ent_world_overlay_new): the
 * overlay adds records, and may remove or replace the parent's records by id,
 * without copying the parent. A scenario is such an overlay plus a date,
 * triggers and assumptions. Every query sees the union of the layers, with
 * the nearest layer winning for records that share an id.
 *
 * Intervals are inclusive: a record with from = 2004-03-29 and
 * until = ENT_DATE_MAX holds on 2004-03-29 and every day after.
 */
#ifndef ENTENTE_WORLD_H
#define ENTENTE_WORLD_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_world ent_world;

/** What kind of thing an actor is. */
typedef enum {
    ENT_ACTOR_STATE = 0,
    ENT_ACTOR_ORGANISATION,
    ENT_ACTOR_GROUP,  /**< region or informal grouping: "the Baltic states" */
    ENT_ACTOR_PERSON,
    ENT_ACTOR_NONSTATE, /**< armed or political group that is not a state */
    ENT_ACTOR_KIND_COUNT
} ent_actor_kind;

typedef struct ent_actor {
    const char *code;  /**< unique: ISO alpha-3 for states, NATO, a slug */
    ent_actor_kind kind;
    const char *name;
    const char *iso3;  /**< states only, else NULL */
    int cow;           /**< Correlates of War code, 0 if none */
    const char *const *aliases; /**< NULL-terminated (never NULL itself) */
    const char *const *demonyms;
    const char *capital; /**< capital city, NULL if none */
    const char *const *seats; /**< seats of government: "the Kremlin" */
    const char *nationality; /**< persons: the actor code of their state */
    ent_date from, until;    /**< existence interval */
    const char *source;
    const char *file;        /**< where it was defined, for messages */
    int line, col;
} ent_actor;

/** member belongs to group (an organisation or grouping) over [from, until]. */
typedef struct ent_membership {
    const char *member;
    const char *group;
    const char *status; /**< "member" (default), "observer", "partner" ... */
    ent_date from, until;
    const char *source;
    const char *file;
    int line, col;
} ent_membership;

/**
 * A person holds a role for an actor over [from, until]. `at` is the actor
 * the role is directed to (an ambassador's host state, an envoy's target),
 * or NULL. `role` is a snake_case key such as "head_of_state",
 * "head_of_government", "foreign_minister", "defence_minister",
 * "special_envoy", "ambassador", "head_of_presidential_office",
 * "secretary_security_council", "deputy_prime_minister".
 */
typedef struct ent_role {
    const char *person;
    const char *role;
    const char *of;
    const char *at;
    const char *title; /**< free text, e.g. "Special Envoy to the Middle East" */
    ent_date from, until;
    const char *source;
    const char *file;
    int line, col;
} ent_role;

typedef enum {
    ENT_COMMIT_COLLECTIVE_DEFENCE = 0,
    ENT_COMMIT_DEFENCE_PACT,
    ENT_COMMIT_SECURITY_GUARANTEE,
    ENT_COMMIT_SECURITY_ASSURANCE,
    ENT_COMMIT_NEUTRALITY,
    ENT_COMMIT_NON_AGGRESSION,
    ENT_COMMIT_CONSULTATION,
    ENT_COMMIT_ARMS_SUPPLY,
    ENT_COMMIT_TROOPS_STATIONED,
    ENT_COMMIT_BASING,
    ENT_COMMIT_SANCTIONS,
    ENT_COMMIT_POLITICAL_SUPPORT,
    ENT_COMMIT_RIVALRY,
    ENT_COMMIT_KIND_COUNT
} ent_commit_kind;

typedef enum {
    ENT_STATUS_PROPOSED = 0,
    ENT_STATUS_IN_FORCE,
    ENT_STATUS_DECLINED,
    ENT_STATUS_REJECTED,
    ENT_STATUS_SUSPENDED,
    ENT_STATUS_LAPSED,
    ENT_STATUS_COUNT
} ent_commit_status;

/** Whether a commitment's condition is met in the world or scenario. */
typedef enum {
    ENT_COND_UNKNOWN = 0,
    ENT_COND_HOLDS,
    ENT_COND_FAILS
} ent_cond_state;

typedef struct ent_condition {
    const char *id;   /**< short key, unique within the commitment */
    const char *text; /**< what must hold, in words */
    ent_cond_state state;
} ent_condition;

/** A dated change of a commitment's status. */
typedef struct ent_status_change {
    ent_date date;
    ent_commit_status status;
    const char *by;   /**< actor who caused it (declined by, rejected by) */
    const char *source;
} ent_status_change;

/**
 * A typed, dated, directed commitment. `parties` give it, `beneficiaries`
 * receive it; either list may name an organisation or grouping, which stands
 * for its members as of the query date. When `mutual` is true every party
 * is committed to every other (collective defence).
 */
typedef struct ent_commitment {
    const char *id;
    const char *name;
    ent_commit_kind kind;
    const char *const *parties;       /**< NULL-terminated */
    const char *const *beneficiaries; /**< NULL-terminated */
    bool mutual;
    ent_commit_status status; /**< status at `from`, before any history */
    const ent_status_change *history; size_t n_history;
    const ent_condition *conditions; size_t n_conditions;
    const char *const *opponents; /**< actors who oppose it */
    const char *const *against;   /**< the threat it is directed at, if named */
    const char *scope;  /**< free text: treaty area, kind of support */
    double level;       /**< magnitude where meaningful (troops, USD m) or 0 */
    const char *unit;   /**< unit of `level`, or NULL */
    ent_date from, until;
    const char *source;
    const char *file;
    int line, col;
} ent_commitment;

typedef struct ent_capability {
    const char *actor;
    int year;
    double milex_usd_m;  /**< military expenditure, million current USD; <0 unknown */
    double personnel;    /**< active military personnel; <0 unknown */
    double warheads;     /**< nuclear warheads (stockpile); 0 none; <0 unknown */
    double cinc;         /**< COW composite index if known, else <0 */
    const char *source;
    const char *file;
    int line, col;
} ent_capability;

/**
 * A claim: something an actor said or did that the model records without it
 * being a commitment - a threat, a demand, a rejection, pressure, an
 * appointment, an approval. `about` names a commitment or issue id, if any.
 */
typedef struct ent_claim {
    const char *id;
    const char *actor;
    const char *kind;  /**< threat, demand, rejection, pressure, appointment,
                            approval, statement, support, delegation */
    const char *const *targets;
    const char *about;
    const char *text;
    ent_date date;
    const char *source;
    const char *file;
    int line, col;
} ent_claim;

typedef struct ent_scale_point {
    double value;
    const char *label;
} ent_scale_point;

typedef struct ent_position {
    const char *actor;
    double position;
    double salience;   /**< 0..1 */
    double capability; /**< <0: take it from the world's capabilities */
} ent_position;

typedef enum {
    ENT_RULE_WEIGHTED = 0, /**< capability x salience weighted bargaining */
    ENT_RULE_MAJORITY,
    ENT_RULE_UNANIMITY,
    ENT_RULE_APPROVAL,     /**< named approvers must accept the outcome */
    ENT_RULE_VETO          /**< named vetoers may block; status quo stands */
} ent_rule_kind;

typedef struct ent_issue {
    const char *id;
    const char *name;
    double min, max;
    const ent_scale_point *points; size_t n_points;
    const ent_position *positions; size_t n_positions;
    double status_quo; /**< position if no agreement (NAN if unset) */
    ent_rule_kind rule;
    const char *const *approvers;
    const char *const *vetoers;
    const char *source;
    const char *file;
    int line, col;
} ent_issue;

/** A crisis trigger named by a scenario: attacker moves on target. */
typedef struct ent_trigger {
    const char *id;
    const char *attacker;
    const char *target;
    const char *text;
} ent_trigger;

/** One condition setting inside an assumption. */
typedef struct ent_cond_setting {
    const char *id;
    ent_cond_state state;
} ent_cond_setting;

/**
 * A scenario assumption: a named change to the world, applied on demand to
 * an overlay (ent_world_apply_assumption). Any combination of its parts may
 * be set: remove a commitment, add one, change one's status (status >= 0)
 * or conditions, set actors' positions on an issue.
 */
typedef struct ent_assumption {
    const char *id;
    const char *text;
    const char *remove;            /**< commitment id to remove, or NULL */
    const ent_commitment *add;     /**< commitment to add, or NULL */
    const char *commitment;        /**< commitment id to change, or NULL */
    int status;                    /**< new ent_commit_status, or -1 */
    const ent_cond_setting *conditions; size_t n_conditions;
    const char *issue;             /**< issue id whose positions change */
    const ent_position *positions; size_t n_positions;
    const char *file;
    int line, col;
} ent_assumption;

/** A growable list of borrowed record pointers, filled by queries. */
typedef struct ent_list {
    const void **items;
    size_t n, cap;
} ent_list;

/** Free the list's storage (not the records). NULL-safe. */
ENT_API void ent_list_free(ent_list *list);

/* --- construction --------------------------------------------------- */

/** Create an empty world. Returns 0 or ENT_ENOMEM. */
ENT_API int ent_world_new(ent_world **out);

/**
 * Create an empty overlay on `parent`. The parent must outlive the overlay
 * and must not change while it exists. Returns 0 or ENT_ENOMEM.
 */
ENT_API int ent_world_overlay_new(ent_world **out, const ent_world *parent);

/** Free a world and everything it owns. NULL-safe. */
ENT_API void ent_world_free(ent_world *world);

/** The parent of an overlay, or NULL. */
ENT_API const ent_world *ent_world_parent(const ent_world *world);

/** Intern a string in the world's arena; returns NULL only on ENOMEM. */
ENT_API const char *ent_world_intern(ent_world *world, const char *s);

/*
 * Adders copy the record (and intern its strings and lists) into the world.
 * A record with an id already present in this layer replaces nothing: it
 * fails with ENT_EINVALID ("duplicate"). A record whose id exists in a parent
 * layer overrides it. Validation of references is done by
 * ent_world_validate, not here, so that files may be loaded in any order.
 */
ENT_API int ent_world_add_actor(ent_world *w, const ent_actor *a);
ENT_API int ent_world_add_membership(ent_world *w, const ent_membership *m);
ENT_API int ent_world_add_role(ent_world *w, const ent_role *r);
ENT_API int ent_world_add_commitment(ent_world *w, const ent_commitment *c);
ENT_API int ent_world_add_capability(ent_world *w, const ent_capability *c);
ENT_API int ent_world_add_claim(ent_world *w, const ent_claim *c);
ENT_API int ent_world_add_issue(ent_world *w, const ent_issue *i);
ENT_API int ent_world_add_trigger(ent_world *w, const ent_trigger *t);

ENT_API int ent_world_add_assumption(ent_world *w, const ent_assumption *a);
/** Look up a scenario assumption by id (any layer); NULL if unknown. */
ENT_API const ent_assumption *ent_world_assumption(const ent_world *w,
                                                   const char *id);
ENT_API int ent_world_assumptions(const ent_world *w, ent_list *out);
/**
 * Apply an assumption to overlay `w` (which must be an overlay on the world
 * that defines the records it changes). Returns ENT_ENOTFOUND if it names a
 * commitment, condition or issue that does not exist.
 */
ENT_API int ent_world_apply_assumption(ent_world *w, const ent_assumption *a);

/**
 * Make overlay `w` own its parent: ent_world_free(w) then frees the parent
 * too (recursively, if the parent owns its own). Used by loaders that build
 * a base world and a scenario overlay and hand back only the overlay.
 */
ENT_API void ent_world_own_parent(ent_world *w);

/** Hide a parent's commitment (by id) in this overlay. */
ENT_API int ent_world_remove_commitment(ent_world *w, const char *id);

/**
 * Overlay helpers: set a commitment's status, or one of its conditions,
 * in this layer. The commitment is copied into the layer on first change
 * (copy-on-write of that one record only). Returns ENT_ENOTFOUND if absent.
 */
ENT_API int ent_world_set_commitment_status(ent_world *w, const char *id,
                                            ent_commit_status status);
ENT_API int ent_world_set_condition(ent_world *w, const char *commitment_id,
                                    const char *condition_id,
                                    ent_cond_state state);
/** Set (or add) an actor's position/salience on an issue in this layer. */
ENT_API int ent_world_set_position(ent_world *w, const char *issue_id,
                                   const char *actor, double position,
                                   double salience);

/** What ent_world_validate checks. */
enum {
    ENT_VALIDATE_REFS = 1u << 0,      /**< every actor code and id exists */
    ENT_VALIDATE_INTERVALS = 1u << 1, /**< no overlapping dated records */
    ENT_VALIDATE_ALL = 3u
};

/**
 * Check the world (all layers) as `flags` say: cross-references (actor codes,
 * groups, commitment and issue ids) and intervals (overlapping memberships of
 * the same member and group, overlapping holders of a single-holder role,
 * duplicate capability years). Appends one heap-allocated
 * "file:line:col: message" string per problem to `errors` (free them with
 * ent_world_errors_free) and returns the number appended.
 */
ENT_API size_t ent_world_validate(const ent_world *w, unsigned flags,
                                  ent_list *errors);
ENT_API void ent_world_errors_free(ent_list *errors);

/* --- scenario metadata (set on an overlay by the loader) ---------------- */

/** Name, id, description and date of a scenario; NULL/0 for plain worlds. */
typedef struct ent_scenario_info {
    const char *id;
    const char *name;
    const char *description;
    ent_date date;
    const char *source;
} ent_scenario_info;

ENT_API int ent_world_set_scenario(ent_world *w, const ent_scenario_info *info);
/** The nearest layer's scenario info, or NULL. */
ENT_API const ent_scenario_info *ent_world_scenario(const ent_world *w);

/* --- queries ----------------------------------------------------------- */

/** Look up an actor by code (any layer); NULL if unknown. */
ENT_API const ent_actor *ent_world_actor(const ent_world *w, const char *code);
ENT_API const ent_commitment *ent_world_commitment(const ent_world *w,
                                                   const char *id);
ENT_API const ent_issue *ent_world_issue(const ent_world *w, const char *id);

/**
 * Fill `out` with every actor (any date if asof == ENT_DATE_MIN, otherwise
 * those existing on asof), sorted by code. kind < 0 means all kinds.
 */
ENT_API int ent_world_actors(const ent_world *w, ent_date asof, int kind,
                             ent_list *out);

/** Memberships held on `asof` by member (or of group); either may be NULL. */
ENT_API int ent_world_memberships(const ent_world *w, ent_date asof,
                                  const char *member, const char *group,
                                  ent_list *out);

/** True if `member` belongs to `group` on `asof` (directly). */
ENT_API bool ent_world_is_member(const ent_world *w, ent_date asof,
                                 const char *member, const char *group);

/**
 * Expand an actor code to states as of `asof`: a state is itself; an
 * organisation or grouping is its members, recursively. Appends ent_actor *
 * without duplicates.
 */
ENT_API int ent_world_expand(const ent_world *w, ent_date asof,
                             const char *code, ent_list *out);

/** Roles held on `asof`; person, of and role may each be NULL (any). */
ENT_API int ent_world_roles(const ent_world *w, ent_date asof,
                            const char *person, const char *of,
                            const char *role, ent_list *out);

/** The holder of a role on asof (first match), or NULL. */
ENT_API const ent_actor *ent_world_role_holder(const ent_world *w,
                                               ent_date asof, const char *of,
                                               const char *role);

/**
 * Commitments in effect on asof (from <= asof <= until), any status.
 * If `actor` is not NULL only those where it is a party or beneficiary,
 * directly or through a group it belongs to on asof.
 */
ENT_API int ent_world_commitments(const ent_world *w, ent_date asof,
                                  const char *actor, ent_list *out);

/** A commitment's status on asof, following its history. */
ENT_API ent_commit_status ent_commitment_status_at(const ent_commitment *c,
                                                   ent_date asof);

/**
 * True if `code` is among the parties (or beneficiaries) of c on asof,
 * directly or as a member of a listed group.
 */
ENT_API bool ent_commitment_binds(const ent_world *w, const ent_commitment *c,
                                  ent_date asof, const char *code);
ENT_API bool ent_commitment_covers(const ent_world *w, const ent_commitment *c,
                                   ent_date asof, const char *code);

/** Latest capability record of actor with year <= the year of asof. */
ENT_API const ent_capability *ent_world_capability(const ent_world *w,
                                                   const char *actor,
                                                   ent_date asof);

ENT_API int ent_world_claims(const ent_world *w, const char *actor,
                             ent_list *out);
ENT_API int ent_world_issues(const ent_world *w, ent_list *out);
ENT_API int ent_world_triggers(const ent_world *w, ent_list *out);

/* --- names ------------------------------------------------------------ */

ENT_API const char *ent_actor_kind_name(ent_actor_kind kind);
ENT_API const char *ent_commit_kind_name(ent_commit_kind kind);
ENT_API const char *ent_commit_status_name(ent_commit_status status);
ENT_API const char *ent_rule_kind_name(ent_rule_kind rule);
ENT_API const char *ent_cond_state_name(ent_cond_state state);
/** Parse a name back; return the enum value or -1. */
ENT_API int ent_actor_kind_parse(const char *name);
ENT_API int ent_commit_kind_parse(const char *name);
ENT_API int ent_commit_status_parse(const char *name);
ENT_API int ent_rule_kind_parse(const char *name);

#ifdef __cplusplus
}
#endif
#endif
