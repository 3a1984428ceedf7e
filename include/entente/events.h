/*
 * entente/events.h - the coded event record (who did what to whom, when):
 * CAMEO code with its Goldstein score and quad class, the PLOVER type and
 * mode it maps to, modality and negation, and provenance (document,
 * sentence, byte offsets); JSONL and TSV writers and readers of gold files.
 *
 * CAMEO codes follow the CAMEO 1.1b3 codebook; the Goldstein values follow
 * the table distributed with CAMEO (GDELT's CAMEO Goldstein scale), with
 * four-digit codes taking the value of their three-digit parent where the
 * table gives none; PLOVER types and modes follow the CAMEO->PLOVER table of
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
 * DEMAND for CAMEO 02/10, DISAPPROVE for 11, INVESTIGATE for 09, FIGHT for
 * 19-20, otherwise the current type. NULL when PLOVER drops the code.
 */
ENT_API const char *ent_plover_legacy(const char *cameo);

/** Write the TSV header line (with '\n') for ent_event_write_tsv. */
ENT_API int ent_event_write_tsv_header(FILE *fp);

/** Write one event as a JSON object on one line. Returns 0 or ENT_EIO. */
ENT_API int ent_event_write_jsonl(FILE *fp, const ent_event *ev);

/** Write one event as a TSV row (same fields as the JSONL). */
ENT_API int ent_event_write_tsv(FILE *fp, const ent_event *ev);

#ifdef __cplusplus
}
#endif
#endif
