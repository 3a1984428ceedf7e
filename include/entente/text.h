/*
 * entente/text.h - coding English news into events: tokenizer, sentence
 * splitter, dictionaries (actors, agents, groups, verb patterns), matcher,
 * negation and modality, and event assembly.
 *
 * DESIGN
 * An ent_dict holds every dictionary entry. It is filled from entente's own
 * dictionary files (data/dict/, format in docs/coder.md), from a world model
 * (ent_dict_add_world: states, organisations, groupings and people with
 * dated roles), and from TABARI/PETRARCH dictionary files (importer). After
 * filling it is read-only and may be shared by many coders.
 *
 * An ent_coder codes documents with one dictionary. It owns a stemmer and a
 * bounded word cache, so it is NOT thread-safe: use one coder per thread.
 * Memory per coder is bounded (the cache is capped) and does not grow with
 * the amount of text coded, only with the longest document.
 *
 * Words are matched on their Snowball (English) stems after case folding
 * with utf8proc; dictionary words written with a trailing '!' must also
 * match the case of the text ("US!" matches "US" but not "us").
 */
#ifndef ENTENTE_TEXT_H
#define ENTENTE_TEXT_H

#include "common.h"
#include "date.h"
#include "events.h"
#include "world.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ent_dict ent_dict;
typedef struct ent_coder ent_coder;

/** Token flags. */
enum {
    ENT_TOK_WORD = 1u << 0,   /**< letters or digits */
    ENT_TOK_PUNCT = 1u << 1,  /**< punctuation mark */
    ENT_TOK_CAP = 1u << 2,    /**< starts with an upper-case letter */
    ENT_TOK_UPPER = 1u << 3,  /**< all letters upper case (2+ letters) */
    ENT_TOK_NUM = 1u << 4,    /**< starts with a digit */
    ENT_TOK_ABBR = 1u << 5    /**< abbreviation ending in '.' ("U.S.", "Mr.") */
};

/** One token: byte offsets into the document and dictionary ids. */
typedef struct ent_token {
    size_t start, end; /**< [start, end) in the document */
    uint32_t word;     /**< dictionary id of the folded form, 0 if unknown */
    uint32_t stem;     /**< dictionary id of the stem, 0 if unknown */
    uint32_t flags;    /**< ENT_TOK_* */
} ent_token;

/** A sentence: a token range and its byte range. */
typedef struct ent_sentence {
    size_t tok_begin, tok_end; /**< tokens [tok_begin, tok_end) */
    size_t start, end;         /**< bytes [start, end) */
} ent_sentence;

/** Kinds of dictionary entry, for ent_dict_count. */
typedef enum {
    ENT_DICT_ACTORS = 0,
    ENT_DICT_AGENTS,
    ENT_DICT_VERBS,
    ENT_DICT_PHRASES,
    ENT_DICT_TARGET_WEIGHTS, /**< `weight` lines of the target model */
    ENT_DICT_EVENT_WEIGHTS,  /**< distinct `event` features of the event model */
    ENT_DICT_KIND_COUNT
} ent_dict_kind;

/* --- dictionaries ------------------------------------------------------ */

/** Create an empty dictionary. Returns 0 or ENT_ENOMEM. */
ENT_API int ent_dict_new(ent_dict **out);

/** Free a dictionary. NULL-safe. The coders using it must be freed first. */
ENT_API void ent_dict_free(ent_dict *d);

/**
 * Add entries in entente's dictionary format from a buffer (`name` is used
 * in "name:line: message" errors). Returns 0, ENT_EINVALID on a syntax
 * error (with the place in the message) or ENT_ENOMEM.
 */
ENT_API int ent_dict_load_string(ent_dict *d, const char *text, size_t len,
                                 const char *name);

/** Same, from a file. ENT_EIO if it cannot be read. */
ENT_API int ent_dict_load_file(ent_dict *d, const char *path);

/**
 * Load every *.txt file of a directory in name order (data/dict/).
 */
ENT_API int ent_dict_load_dir(ent_dict *d, const char *dir);

/**
 * Add the actors of a world: each state with its name, aliases, demonyms,
 * capital and seats of government; organisations and groupings (groupings
 * expand to their members as of the coding date); people with their dated
 * roles (a head of state, minister or envoy codes as <STATE>GOV while in
 * office, as <NATIONALITY>ELI otherwise). The world must outlive the
 * dictionary.
 */
ENT_API int ent_dict_add_world(ent_dict *d, const ent_world *w);

/** Which TABARI/PETRARCH dictionary a file is. */
typedef enum {
    ENT_PETR_ACTORS = 0, /**< actors: names, +synonyms, [CODE dates] */
    ENT_PETR_AGENTS,     /**< agents: name [~CODE] or [CODE~] */
    ENT_PETR_VERBS       /**< verbs: --- NAME [code] --- blocks, patterns */
} ent_petr_kind;

/**
 * Import a TABARI/PETRARCH dictionary from a buffer. Lines the importer
 * does not understand are counted in *skipped (may be NULL), never fatal;
 * returns 0 or ENT_ENOMEM (or ENT_EINVALID if the buffer is not text).
 */
ENT_API int ent_dict_import_petrarch_string(ent_dict *d, ent_petr_kind kind,
                                            const char *text, size_t len,
                                            size_t *skipped);

/** Same, from a file. */
ENT_API int ent_dict_import_petrarch(ent_dict *d, ent_petr_kind kind,
                                     const char *path, size_t *skipped);

/** Number of entries of one kind. */
ENT_API size_t ent_dict_count(const ent_dict *d, ent_dict_kind kind);

/* --- coding -------------------------------------------------------------- */

/** Create a coder on a dictionary (which must outlive it). */
ENT_API int ent_coder_new(ent_coder **out, const ent_dict *d);

/** Free a coder. NULL-safe. */
ENT_API void ent_coder_free(ent_coder *c);

/** Receives each event; a non-zero return stops coding and is returned. */
typedef int (*ent_event_fn)(void *ctx, const ent_event *ev);

/**
 * Code one document. `doc` is the id copied into each event (borrowed for
 * the duration of the call), `date` the document date (dated roles resolve
 * on it; ENT_DATE_MIN if unknown: people then code by their most recent
 * office); `fn` may be NULL. Invalid UTF-8 bytes are skipped and
 * counted (ent_coder_invalid_bytes). Returns 0, the callback's non-zero
 * value, or ENT_ENOMEM / ENT_ELIMIT (document over 64 MiB).
 */
ENT_API int ent_coder_code(ent_coder *c, const char *doc, ent_date date,
                           const char *text, size_t len, ent_event_fn fn,
                           void *ctx);

/**
 * Tokenize and split a document without coding it. The arrays belong to the
 * coder and stay valid until its next call.
 */
ENT_API int ent_coder_split(ent_coder *c, const char *text, size_t len,
                            const ent_token **toks, size_t *n_toks,
                            const ent_sentence **sents, size_t *n_sents);

/**
 * Trace the target candidates of every event coded (NULL fn stops): one
 * tab-separated line per candidate - document, sentence, first token of
 * the verb, CAMEO code, source roots, candidate roots ("" for no target),
 * 1 if the rules chose it, and its feature ids (comma-separated). The
 * data from which scripts/fit_target_model.py fits the target model (the
 * `weight` entries of data/dict/target_model.txt). The line is borrowed
 * for the call.
 */
ENT_API void ent_coder_trace_targets(ent_coder *c, void (*fn)(void *ctx, const char *line),
                                     void *ctx);

/**
 * Trace the event model's features of every non-negated event coded (NULL
 * fn stops): one tab-separated line per event - document, sentence,
 * source root, target root, CAMEO code, 1 if the model keeps it (always
 * 1 without a model), its score, and its features (space-separated). The
 * data from which scripts/fit_event_model.py fits the event model (the
 * `event` entries of data/params/event_model.txt). The line is borrowed for
 * the call.
 */
ENT_API void ent_coder_trace_events(ent_coder *c, void (*fn)(void *ctx, const char *line),
                                    void *ctx);

/** Invalid UTF-8 bytes skipped in the last document. */
ENT_API size_t ent_coder_invalid_bytes(const ent_coder *c);

/** Sentences and tokens seen since the coder was created. */
ENT_API size_t ent_coder_sentences_total(const ent_coder *c);
ENT_API size_t ent_coder_tokens_total(const ent_coder *c);



/* --- JSONL documents ----------------------------------------------------- */

/**
 * Parse one JSONL document line {"id": "...", "date": "YYYY-MM-DD",
 * "text": "..."}. *id and *text are heap copies (free()); *id is NULL when
 * the line has none; *date is set only when the line has a date. Returns 0
 * or ENT_EINVALID ("not a JSON object", "bad date", "no text string").
 */
ENT_API int ent_text_parse_jsonl_doc(const char *line, size_t n, char **id,
                                     ent_date *date, char **text, size_t *len);

/* --- evaluation against gold event sets ------------------------------- */

/** Levels at which coded events are compared with gold events. */
typedef enum {
    ENT_EVAL_ROOT = 0,  /**< (source root, target root, CAMEO root) */
    ENT_EVAL_FULL,      /**< (source root, target root, full CAMEO code) */
    ENT_EVAL_PLOVER,    /**< (source root, target root, PLOVER type) */
    ENT_EVAL_ACTORS,    /**< (source root, target root) */
    ENT_EVAL_CODE,      /**< CAMEO root alone, per sentence */
    ENT_EVAL_PTYPE,     /**< PLOVER type alone, per sentence */
    ENT_EVAL_LEVELS
} ent_eval_level;

/** Which gold items to score: all, the dev half (even ids), the held-out
 * test half (odd ids). */
typedef enum { ENT_SPLIT_ALL = 0, ENT_SPLIT_DEV, ENT_SPLIT_TEST } ent_eval_split;

typedef struct ent_eval_counts {
    size_t tp, fp, fn;
    size_t gold_items; /**< gold items that can be scored at this level */
} ent_eval_counts;

typedef struct ent_eval_category {
    char name[32];
    ent_eval_counts level[ENT_EVAL_LEVELS];
} ent_eval_category;

typedef struct ent_eval_result {
    size_t items, gold_events, pred_events;
    ent_eval_counts level[ENT_EVAL_LEVELS];
    ent_eval_category *cats;
    size_t n_cats;
} ent_eval_result;

/** Called for each scored item (for error listings); may be NULL. `root`
 * holds this item's own counts at the root level (at the PLOVER level for
 * gold coded only in PLOVER types): fn > 0 means a gold event was missed,
 * fp > 0 that an event was coded that the gold lacks, both 0 that the
 * item is right (a sentence with no event, coded with none, included). */
typedef void (*ent_eval_item_fn)(void *ctx, const char *id, const char *text,
                                 const char *gold, const char *pred,
                                 const ent_eval_counts *root);

/**
 * Code every item of a gold file and compare. The file is the flattened TSV
 * (header "id date category gold text"; gold = "SRC|TGT|CODE[|...]"
 * joined by ';', SRC/TGT may join codes with '+', CODE a CAMEO code or a
 * PLOVER type) or JSONL ({"id","date","category","text","events":[
 * {"source","target","code"}]}). Negated events are not counted as
 * predictions. Precision, recall and F1 are micro-averaged.
 */
ENT_API int ent_eval_file(ent_coder *c, const char *path, ent_eval_split split,
                          ent_eval_result *out, ent_eval_item_fn fn, void *ctx);

/**
 * Score a second human coding of the same gold file (inter-coder
 * agreement): the events of `other_path` (same formats as gold files,
 * items matched by id) take the place of the coder's output, at every
 * level and with the same split. An item the other coding lacks counts
 * as coded with no events; items only in the other coding are ignored.
 * Where an id occurs more than once, the k-th gold item with it is
 * compared with the k-th of the other coding. Returns 0, ENT_EIO,
 * ENT_EINVALID (a bad JSONL line) or ENT_ENOMEM.
 */
ENT_API int ent_eval_against(const char *gold_path, const char *other_path,
                             ent_eval_split split, ent_eval_result *out,
                             ent_eval_item_fn fn, void *ctx);

/**
 * Ignore the gold file's dates (code every item without a date, so that
 * people code by their most recent office): for gold sets whose dates are
 * placeholders, such as PLOVER_GSR_CAMEO (all 2000-01-01). Per thread.
 */
ENT_API void ent_eval_ignore_dates(bool ignore);

/** Free the per-category table of a result. NULL-safe. */
ENT_API void ent_eval_result_free(ent_eval_result *r);

/** Precision, recall and F1 of counts (0 when undefined). */
ENT_API void ent_eval_prf(const ent_eval_counts *k, double *p, double *r,
                          double *f1);

/** "root", "full", "plover", "actors", "code", "plover_type". */
ENT_API const char *ent_eval_level_name(ent_eval_level l);

#ifdef __cplusplus
}
#endif
#endif
