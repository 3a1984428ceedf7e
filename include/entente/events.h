/*
 * entente/events.h - the coded event record (who did what to whom, when):
 * CAMEO code with its Goldstein score and quad class, the PLOVER type and
 * mode it maps to, modality and negation, and provenance (document,
 * sentence, byte offsets); JSONL and TSV writers and readers of gold files.
 *
 * CAMEO codes follow the CAMEO 1.1b3 codebook; the Goldstein values are
 * those of the scale GDELT publishes with its event codes
 * (CAMEO.goldsteinscale.txt, 311 codes, checked value by value in session
 * 11); 176 (cyber attack), which that file lacks, takes its root's -7.0;
 * PLOVER types and modes follow the CAMEO->PLOVER table of
 * 2021 (PLOVER draft 0.8), except that CAMEO 02 (appeal) maps to REQUEST as
 * in PLOVER 2.0 and CAMEO 01 (public statement) has no PLOVER type.
 */
#ifndef ENTENTE_EVENTS_H
#define ENTENTE_EVENTS_H

#include "common.h"
#include "date.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** How the text presents an event. */
typedef enum {
    ENT_MOD_ASSERTED = 0, /**< reported as fact */
    ENT_MOD_FUTURE,       /**< "will", "is going to", "plans to" */
    ENT_MOD_CONDITIONAL,  /**< "if ... will", "unless" */
    ENT_MOD_HYPOTHETICAL, /**< "could", "may", "might", "would" */
    ENT_MOD_REPORTED,     /**< attributed speech: "X said Y attacked Z" */
    ENT_MOD_COUNT
} ent_modality;

/** The quad classes (GDELT numbering 1..4). */
typedef enum {
    ENT_QUAD_NONE = 0,
    ENT_QUAD_VERBAL_COOP = 1,
    ENT_QUAD_MATERIAL_COOP = 2,
    ENT_QUAD_VERBAL_CONFLICT = 3,
    ENT_QUAD_MATERIAL_CONFLICT = 4
} ent_quad;

/** Static description of one CAMEO event code. */
typedef struct ent_cameo_info {
    const char *code;   /**< "1224" */
    double goldstein;   /**< -10 .. +10 */
    const char *plover; /**< PLOVER type, or NULL for codes PLOVER drops */
    const char *mode;   /**< PLOVER mode, "" if none */
} ent_cameo_info;

/** Longest CAMEO actor code we store (e.g. "USAGOVMIL" plus room). */
#define ENT_ACTOR_CODE_MAX 24

/**
 * One coded event. Strings are stored inline so that records can be kept,
 * copied and written without owning pointers; `doc` borrows from the caller.
 */
typedef struct ent_event {
    const char *doc;  /**< document id (borrowed) */
    int sentence;     /**< 0-based sentence index in the document */
    ent_date date;    /**< ENT_DATE_MIN if unknown */
    char source[ENT_ACTOR_CODE_MAX];      /**< "UKRGOV" */
    char target[ENT_ACTOR_CODE_MAX];      /**< "" when there is none */
    char source_root[ENT_ACTOR_CODE_MAX]; /**< "UKR", "NATO", "EUR" */
    char target_root[ENT_ACTOR_CODE_MAX];
    char cameo[8];    /**< full code, "1224" */
    /** The CAMEO code whose PLOVER type and mode the event has, where the
     * two schemes code the words differently ("agreed to step down":
     * cameo 0831, the act agreed to; PLOVER AGREE, of 0341); "" when it
     * is cameo's. Use ent_event_plover_code(). */
    char plover_code[8];
    bool negated;
    ent_modality modality;
    size_t start, end; /**< byte offsets of the matched verb phrase */
    size_t source_start, source_end; /**< offsets of the source text, or 0 */
    size_t target_start, target_end; /**< offsets of the target text, or 0 */
} ent_event;

/**
 * Look up a CAMEO code ("1224", "122", "12"); NULL if it is not a code of
 * the codebook. The returned record is static.
 */
ENT_API const ent_cameo_info *ent_cameo_lookup(const char *code);

/** True if `code` is a valid CAMEO event code. */
ENT_API bool ent_cameo_valid(const char *code);

/** Number of codes in the table, and the i-th (for iteration). */
ENT_API size_t ent_cameo_count(void);
ENT_API const ent_cameo_info *ent_cameo_at(size_t i);

/** Quad class of a CAMEO code from its root (01-04, 05-08, 09-13, 14-20). */
ENT_API ent_quad ent_cameo_quad(const char *code);

/** "verbal_cooperation", ... ; "" for ENT_QUAD_NONE. */
ENT_API const char *ent_quad_name(ent_quad q);

/** "asserted", "future", "conditional", "hypothetical", "reported". */
ENT_API const char *ent_modality_name(ent_modality m);

/**
 * The PLOVER type name used by older PLOVER gold files (2018 drafts):
 * DEMAND for CAMEO 02/10, DISAPPROVE for 11, INVESTIGATE for 09, SANCTION
 * for all of 16, COERCE for all of 17, FIGHT for 19-20 (but COERCE for 191
 * and 192), otherwise the current type. NULL when PLOVER drops the code.
 */
/** The CAMEO code that gives ev its PLOVER type and mode: plover_code if
 * set, else cameo. */
ENT_API const char *ent_event_plover_code(const ent_event *ev);

ENT_API const char *ent_plover_legacy(const char *cameo);

/** Write the TSV header line (with '\n') for ent_event_write_tsv. */
ENT_API int ent_event_write_tsv_header(FILE *fp);

/** Write one event as a JSON object on one line. Returns 0 or ENT_EIO. */
ENT_API int ent_event_write_jsonl(FILE *fp, const ent_event *ev);

/** Write one event as a TSV row (same fields as the JSONL). */
ENT_API int ent_event_write_tsv(FILE *fp, const ent_event *ev);


/* --- event store (tables of the store of entente/store.h: an SQLite file
 * or a PostgreSQL database, the same tables and behaviour) ------------- */

typedef struct ent_store ent_store;

/**
 * Store the events coded from one document, with provenance, in one
 * transaction: either the document and all its events are stored, or
 * nothing is (a crash or kill mid-way leaves no half-stored document).
 * `hash` identifies the document's content (see ent_event_doc_hash); a
 * document whose id or hash is already stored is skipped and *added is 0,
 * so ingesting the same document twice stores nothing new. The tables
 * event_documents and events are part of the store's schema (version 2).
 * Returns 0 or ENT_EDB.
 */
ENT_API int ent_events_store_document(ent_store *s, const char *doc, ent_date date,
                                      uint64_t hash, const ent_event *events,
                                      size_t n, int *added);

/** One document's events, for ent_events_store_documents. */
typedef struct ent_event_doc {
    const char *doc;         /**< document id */
    ent_date date;           /**< ENT_DATE_MIN if unknown */
    uint64_t hash;           /**< content hash (ent_event_doc_hash) */
    const ent_event *events; /**< its events (their doc is ignored) */
    size_t n;
} ent_event_doc;

/**
 * Store many documents' events in one transaction, bulk-loaded (PostgreSQL:
 * COPY): documents whose id or hash is already stored, or that repeat an
 * earlier document of the batch, are skipped; the others are stored with
 * all their events. Nothing is half-stored: a failure or kill loses the
 * whole batch and nothing else. Writers in several processes (MPI ranks)
 * may store at once; a batch that meets a document another writer stored
 * meanwhile is retried. *added_docs and *added_events (may be NULL) get
 * what was stored. Returns 0 or ENT_EDB.
 */
ENT_API int ent_events_store_documents(ent_store *s, const ent_event_doc *docs,
                                       size_t n, size_t *added_docs,
                                       size_t *added_events);

/** Counts of an ingest of coded events. */
typedef struct ent_events_ingest_stats {
    uint64_t lines;          /**< event lines read */
    uint64_t docs;           /**< documents read */
    uint64_t added_docs;     /**< documents newly stored */
    uint64_t added_events;   /**< events newly stored */
    uint64_t bytes;          /**< bytes read */
} ent_events_ingest_stats;

/**
 * Store the coded events in bytes [begin, end) of the file `fp` (a regular
 * file; UINT64_MAX for end: to its end): JSON objects one per line as
 * `entente code` writes them (doc, sentence, date, source, target, roots,
 * cameo, negated, modality, offsets), a document's events on consecutive
 * lines. A document belongs to the range holding its first line: lines of
 * a document begun before `begin` are skipped and a document begun before
 * `end` is read to its last line, so ranks given adjacent line ranges
 * (ent_par_line_range) store every document once, whole. A document's hash
 * is that of its event lines. Documents are stored in batches of about
 * `batch` events (0: 50,000) with ent_events_store_documents, so ingesting
 * again adds nothing and resumes an interrupted ingest. `name` labels
 * errors ("name: byte N: ..."). Returns 0, ENT_EINVALID (a line that is
 * not an event; the batches before it are kept), ENT_EIO or ENT_EDB.
 */
ENT_API int ent_events_ingest_jsonl(ent_store *s, FILE *fp, const char *name,
                                    uint64_t begin, uint64_t end, size_t batch,
                                    ent_events_ingest_stats *st);

/** The number of stored events and documents (either may be NULL). */
ENT_API int ent_events_count(ent_store *s, uint64_t *events, uint64_t *docs);

/** A 64-bit content hash (FNV-1a) of a document's text. */
ENT_API uint64_t ent_event_doc_hash(const char *text, size_t len);

/** Called for each stored event; doc and strings live during the call. */
typedef int (*ent_event_row_fn)(void *ctx, const ent_event *ev);

/**
 * Stored events in date order; `actor` (a root such as "RUS" or a full
 * code such as "RUSGOV", matched against source or target) and `since`
 * (ENT_DATE_MIN for all) filter them. Returns 0, ENT_EDB, or the
 * callback's non-zero value.
 */
ENT_API int ent_events_query(ent_store *s, const char *actor, ent_date since,
                             ent_event_row_fn fn, void *ctx);

/** Relation of an ordered pair of roots, from the events up to a date. */
typedef struct ent_relation {
    char source[ENT_ACTOR_CODE_MAX], target[ENT_ACTOR_CODE_MAX];
    size_t events, cooperative, conflictual, threats, refusals;
    double goldstein_sum;
    double score;        /**< mean Goldstein, minus 1 per threat beyond the first */
    const char *state;   /**< "cooperative", "neutral", "strained", "hostile" */
    ent_date last;
} ent_relation;

/**
 * Compute the relation of every (source root, target root) pair from the
 * asserted, non-negated events dated on or before `asof` (documented rules
 * in docs/coder.md). *out is a heap array (free()) of *n records sorted by
 * score, worst first.
 */
ENT_API int ent_events_relations(ent_store *s, ent_date asof, ent_relation **out,
                                 size_t *n);


/** One change that stored events make to a world (see docs/coder.md). */
typedef struct ent_event_change {
    char commitment[96]; /**< commitment id, or "" if none matched */
    char by[ENT_ACTOR_CODE_MAX], to[ENT_ACTOR_CODE_MAX];
    ent_date date;
    char doc[96];
    int sentence;
} ent_event_change;

typedef struct ent_world ent_world;

/**
 * Apply the stored events dated on or before `asof` to a world overlay by
 * the documented rules: an asserted, non-negated refusal of military
 * protection (CAMEO 1224) by a state S to T marks every security guarantee
 * that binds S and covers T as declined (status DECLINED in
 * the overlay). Each application (or refusal with no matching commitment)
 * is appended to *changes (heap array of *n records, free()).
 */
ENT_API int ent_events_apply(ent_store *s, ent_world *overlay, ent_date asof,
                             ent_event_change **changes, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
