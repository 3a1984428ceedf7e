/*
 * coder_int.h - what the three parts of the coder share: the types of a
 * sentence's annotations (actor mentions, verb matches), the coder's state
 * (struct ent_coder), the word-class bits, the small token tests every
 * rule uses (inline), and the functions one part calls in another.
 * coder.c sets the coder up and annotates tokens (classes, stems, cache);
 * coder_actors.c builds actor mentions; coder_events.c assigns source
 * and target around each verb match and codes the document.
 */
#ifndef ENT_TEXT_CODER_INT_H
#define ENT_TEXT_CODER_INT_H

#include "text_int.h"

#include <stdint.h>
#include <string.h>

#define CACHE_MAX (1u << 18) /* word-cache entries before it is reset */
#define DOC_MAX ((size_t)64 << 20)

typedef struct amem {
    char code[ENT_ACTOR_CODE_MAX];
    char root[ENT_ACTOR_CODE_MAX];
} amem;

typedef struct atom {
    size_t tb, te;
    uint8_t type; /* PH_ACTOR or PH_AGENT */
    uint32_t entry;
} atom;

typedef struct mention {
    size_t tb, te;
    size_t first, n; /* into c->mem */
    bool person, pronoun, ethnic, placed; /* placed: country from "in X" */
} mention;

typedef struct vmatch {
    size_t tb, te;
    uint32_t entry;
    /* 1 + the verb entry whose code gives the PLOVER type, where it
     * differs from entry's ("agreed to step down": PLOVER AGREE); 0:
     * entry's */
    uint32_t plover_entry;
} vmatch;

/* An actor remembered across sentences for pronouns and references. */
typedef struct ctxact {
    amem m[8];
    size_t n;
} ctxact;

/* Function-word classes, one bit each; every token gets the classes of
 * its folded form once (cached), so that tests are one AND. */
#define W_PREPS (UINT64_C(1) << 0)
#define W_CONNECTORS (UINT64_C(1) << 1)
#define W_BE_FORMS (UINT64_C(1) << 2)
#define W_NEG_WORDS (UINT64_C(1) << 3)
#define W_FUT_WORDS (UINT64_C(1) << 4)
#define W_HYP_WORDS (UINT64_C(1) << 5)
#define W_COND_WORDS (UINT64_C(1) << 6)
#define W_REFUSAL (UINT64_C(1) << 7)
#define W_REPORTING (UINT64_C(1) << 8)
#define W_CLAUSE_WORDS (UINT64_C(1) << 9)
#define W_AUX_WORDS (UINT64_C(1) << 10)
#define W_RELPRON (UINT64_C(1) << 11)
#define W_PRON_PERSON (UINT64_C(1) << 12)
#define W_PRON_OTHER (UINT64_C(1) << 13)
#define W_PRON_PLURAL (UINT64_C(1) << 14)
#define W_OF_IN_FROM (UINT64_C(1) << 15)
#define W_NOT_ADJ_NEXT (UINT64_C(1) << 16)
#define W_DETERMINER (UINT64_C(1) << 17)
#define W_SUBORD (UINT64_C(1) << 18)
#define W_WHO_WHICH (UINT64_C(1) << 19)
#define W_IRREG_PART (UINT64_C(1) << 20)
#define W_COORD (UINT64_C(1) << 21)
#define W_LOCATIVE (UINT64_C(1) << 22)
#define W_BOUNDARY (UINT64_C(1) << 23)
#define W_MUST (UINT64_C(1) << 24)
#define W_DECLARE (UINT64_C(1) << 25)
#define W_S_OF (UINT64_C(1) << 26)
#define W_S_TO (UINT64_C(1) << 27)
#define W_S_BY (UINT64_C(1) << 28)
#define W_S_THE (UINT64_C(1) << 29)
#define W_S_AND (UINT64_C(1) << 30)
#define W_S_THAT (UINT64_C(1) << 31)
#define W_S_GOING (UINT64_C(1) << 32)
#define W_TEMPORAL (UINT64_C(1) << 33) /* since, after, during ... */
#define W_DET (UINT64_C(1) << 34)      /* the, a, its ... */
#define W_DENY (UINT64_C(1) << 35)     /* denied (that) */
#define W_PLAN (UINT64_C(1) << 36)     /* plans to, intends to */

/* per-token flags of the sentence being coded */
#define TF_VERB 1u /* inside a verb match */
#define TF_ATOM 2u /* inside an actor or agent name */
#define TF_NEWCL 4u /* opens a clause with a pronoun subject: "as he" (set by coder_annotate) */
#define TF_DATE 8u  /* a date adverbial: "on Monday", "in March" (set by coder_annotate) */
/* the same mark kept in the coder's own copy of the token's flags (a bit
 * above the public ENT_TOK_* ones), so that match_at, which has the token
 * loaded, tests it without another load */
#define TOKF_DATE (1u << 16)
#define W_S_WITH (UINT64_C(1) << 37)   /* with, between: names a partner */
#define W_S_BETWEEN (UINT64_C(1) << 38)
#define W_S_OVER (UINT64_C(1) << 39)   /* over, about, against: the matter */
#define W_RECEIVE (UINT64_C(1) << 40)  /* received, obtained: roles turn */
#define W_S_BUT (UINT64_C(1) << 41)
#define W_ADJ_PART (UINT64_C(1) << 42) /* "is opposed to": an adjective */
#define W_NOT_VERB (UINT64_C(1) << 43) /* nouns whose stem is a verb's: "executive" */
#define W_NATURE (UINT64_C(1) << 44)   /* disasters and accidents: "earthquake" */
#define W_BG (UINT64_C(1) << 45)       /* after, since, before, until: background */
#define W_MARKET (UINT64_C(1) << 46)   /* economy, currency, exports: no actor's act */
#define W_OFFOR (UINT64_C(1) << 47)    /* of, for: govern an event noun */
#define W_KIND (UINT64_C(1) << 48)     /* wave, series, campaign (of strikes) */
#define W_CHEM (UINT64_C(1) << 49)     /* chemical, chlorine, sarin ... */
#define W_DANGER (UINT64_C(1) << 50)   /* danger, risk, collapse: what a warning fears */
#define W_PENALTY (UINT64_C(1) << 51)  /* consequences, retaliation: what a threat brings */
#define W_WARN (UINT64_C(1) << 52)     /* warned, warning, warns */
#define W_SUICIDE (UINT64_C(1) << 53)  /* suicide (bomber) */
#define W_HAD (UINT64_C(1) << 54)      /* had (past perfect) */

/* Word lists the helpers test often, one bit each: every token gets the
 * bits of its text lower-cased in ASCII (what tok_is compares) once
 * (cached), so that a list test is one AND instead of a string compare
 * per word. */
#define K_CALENDAR (1u << 0)   /* day and month names: calendar_word */
#define K_PARTICLE (1u << 1)   /* name particles: name_after */
#define K_GROUP_HEAD (1u << 2) /* "the group", "the alliance": group_ref */
#define K_PAIR_OPEN (1u << 3)  /* "the (two)", "both", "each": pair_ref */
#define K_PAIR_NOUN (1u << 4)  /* "the two countries": pair_ref */
#define K_THE (1u << 5)        /* "the": group_ref */
#define K_TIME_NOUN (1u << 6)  /* "week", "year": time_noun */
#define K_CONSEQ_FROM (1u << 7) /* ", drawing", ", sparking": consequence_clause */
#define K_CONSEQ_SUBJ (1u << 8) /* ", prompting", ", forcing": consequence_clause */
#define K_COURT (1u << 9)      /* "the court", "the tribunal": court_ref */
#define K_PRO (1u << 10)       /* "pro-Russian": locate_pro */
#define K_GIVE (1u << 11)      /* "gave X 15 days": ultimatum */
#define K_ACT (1u << 12)       /* "a halt to the bombardment": reaction_to_act */
#define K_PROTEST (1u << 13)   /* "protests", "protesters": yields_to_protest */
#define K_YIELD (1u << 14)     /* "bowing to", "despite": yields_to_protest */
#define K_YIELD_NEAR (1u << 15) /* "after", "following", "in the face of" (protests) */
#define K_PRESSURE (1u << 16)  /* "pressure", "demands": pressure_from */
#define K_FIRE (1u << 17)      /* "fire", "blaze": nature_word */
#define K_AFGHAN (1u << 18)    /* "Afghan", "Kabul": local_taliban */
#define K_WIN (1u << 19)       /* "beat", "won": sports_result */
#define K_CONTEST (1u << 20)   /* "cup", "olympics", "tournament": sports_result */
#define K_WEAPON (1u << 21)    /* "bomb", "missile": accident_act */
#define K_ACT_NOUN (1u << 22)  /* "move", "decision", "coup": an act named again */

struct ent_coder {
    const ent_dict *d;
    struct sb_stemmer *st;
    strtab cache;
    struct centry {
        uint32_t stem, word;
        uint64_t cls;
        uint32_t kw;
    } *cstem;        /* by cache id: the cache maps a token's bytes */
    size_t ccap;
    strtab fw;       /* function words */
    uint64_t *fwbits; /* by fw id */
    strtab kwt;      /* keywords (kwords) */
    uint32_t *kwbits; /* by kwt id */
    uint64_t *cls;   /* classes of each token of the document */
    size_t cap_cls;
    uint32_t *kw;    /* K_* of each token of the document */
    size_t cap_kw;
    uint8_t *tflag;  /* TF_* of each token of the document */
    size_t cap_tflag;
    struct bestm {
        size_t end[4];
        uint32_t entry[4];
    } *best;         /* best match of each type at each token of a sentence */
    size_t cap_best;
    tokvec toks;
    sentvec sents;
    atom *atoms;
    size_t n_atoms, cap_atoms;
    mention *ments;
    size_t n_ments, cap_ments;
    amem *mem;
    size_t n_mem, cap_mem;
    vmatch *vms;
    size_t n_vms, cap_vms;
    size_t invalid, total_sent, total_tok;
    /* document context */
    ctxact last_person, last_actor, last_subject;
    ctxact last_nonstate; /* the last organisation or armed group named */
    ctxact dateline; /* the state of the story's dateline place ("KABUL -"), if any */
    ctxact prev_person, subj_person; /* the person before last; the last subject person */
    ctxact last_pair;                /* the last mention of two actors */
    size_t speaker; /* comma opening the sentence's closing attribution */
    size_t speaker_act; /* comma opening a participle after it (", accusing"), or SIZE_MAX */
    size_t opener;  /* comma closing an opening "According to X," */
    /* the target an act implies when none is named (set around emit) */
    const amem *implied;
    uint8_t state_roots[26 * 26 * 26 / 8 + 1]; /* bit per three-letter root of a state */
    char doc_roots[16][4]; /* states named so far in the document */
    bool court_seen;       /* the ICC or ICJ was named in the document */
    size_t n_doc_roots;
    /* well-known words' dictionary-independent ids (in the cache) */
    const char *text;
    ent_date date;
    /* codes of the events of the sentence being coded (see emit) */
    char sent_codes[8][8];
    size_t n_sent_codes;
    /* the sentence's events so far (source, target, code), so that one
     * act found twice is output once */
    struct {
        char src[ENT_ACTOR_CODE_MAX], tgt[ENT_ACTOR_CODE_MAX], code[8];
        bool neg;
    } sent_evs[32];
    size_t n_sent_evs;
    ent_modality last_mod;
    size_t last_tb; /* first token of the last event's verb match */
    /* the event being emitted is reciprocal ("each side accused the
     * other"): its compound source is its target too, member by member */
    bool reciprocal;
    bool demands;   /* the sentence has a demand (10) among its verb matches */
    /* ent_coder_trace_targets */
    void (*trace)(void *ctx, const char *line);
    void *trace_ctx;
    /* the event model (coder_filter.c): the sentence's events, held until
     * it is coded, the non-negated ones among them, and the trace */
    ent_event *evbuf, *evscored;
    size_t n_evbuf, cap_evbuf, cap_evscored;
    char *evline; /* a trace line of the event model (coder_filter.c) */
    size_t cap_evline;
    void (*ev_trace)(void *ctx, const char *line);
    void *ev_trace_ctx;
};

/* --- token tests -------------------------------------------------------- */

/* Forced inlining for the few helpers on the per-token path. */
#if defined(__GNUC__) || defined(__clang__)
#define ENT_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ENT_ALWAYS_INLINE inline
#endif

static inline bool tok_any(const ent_coder *c, size_t i, uint64_t mask)
{
    return (c->cls[i] & mask) != 0;
}

/* The sector suffix of an actor code after its root: "MIL" of RUSMIL,
 * "" of a bare state or organisation. */
static inline const char *amem_suffix(const amem *m)
{
    return m->code + strlen(m->root);
}

/* "'s" with either apostrophe */
static inline bool tok_poss(const ent_coder *c, size_t i)
{
    const ent_token *t = &c->toks.v[i];
    const char *s = c->text + t->start;
    size_t n = t->end - t->start;
    return (n == 2 && s[0] == '\'' && (s[1] == 's' || s[1] == 'S')) ||
           (n == 4 && memcmp(s, "\xe2\x80\x99", 3) == 0 && (s[3] == 's' || s[3] == 'S'));
}

/* Token i is a word ending in "ing" ("using", "attacking"). */
static inline bool gerund(const ent_coder *c, size_t i)
{
    const ent_token *t = &c->toks.v[i];
    size_t n = t->end - t->start;
    return (t->flags & ENT_TOK_WORD) && n >= 5 && memcmp(c->text + t->end - 3, "ing", 3) == 0;
}

/* Token i lies inside a verb match of the sentence (a flag per token, set
 * once the verb matches are known). */
static inline bool is_verb_tok(const ent_coder *c, size_t i)
{
    return (c->tflag[i] & TF_VERB) != 0;
}

/* Token i lies inside an actor or agent name of the sentence. */
static inline bool in_atom(const ent_coder *c, size_t i)
{
    return (c->tflag[i] & TF_ATOM) != 0;
}

/* ch in ASCII lower case. */
static inline char fold_ascii(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
}

/* The n bytes at s equal the lower-case ASCII word w, in any case. */
static inline bool tok_eq_fold(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        char ch = fold_ascii(s[k]);
        if (ch != w[k])
            return false;
    }
    return true;
}

/* The n bytes at s equal the lower-case ASCII word w (a C string of any
 * length), in any case: w is read up to its end or to n + 1 bytes, so a
 * word from a table costs no strlen. */
static inline bool tok_eq_word(const char *s, size_t n, const char *w)
{
    for (size_t k = 0; k < n; k++) {
        char ch = fold_ascii(s[k]);
        if (ch != w[k] || !w[k]) /* w ended (even at a NUL byte of the text) */
            return false;
    }
    return w[n] == '\0';
}

/* Token i is the word w (ASCII, any case). The lengths are compared
 * first: w is nearly always a literal, whose strlen the compiler folds,
 * and most tokens differ from it in length (one compare instead of a
 * loop). */
static ENT_ALWAYS_INLINE bool tok_is(const ent_coder *c, size_t i, const char *w)
{
    const ent_token *t = &c->toks.v[i];
    size_t n = t->end - t->start;
    /* a word from a table or a variable: one pass, no strlen call */
    if (!__builtin_constant_p(strlen(w)))
        return tok_eq_word(c->text + t->start, n, w);
    return n == strlen(w) && tok_eq_fold(c->text + t->start, w, n);
}

/* A hyphen glued to the tokens on both sides of it ("pro-Russian"). */
static inline bool glued_hyphen(const ent_coder *c, size_t h)
{
    const ent_token *t = c->toks.v;
    return h > 0 && h + 1 < c->toks.n && (t[h].flags & ENT_TOK_PUNCT) &&
           c->text[t[h].start] == '-' && t[h].end - t[h].start == 1 &&
           t[h - 1].end == t[h].start && t[h].end == t[h + 1].start;
}

/* --- across the parts (coder.c, coder_actors.c, coder_events.c) ------ */

/* coder_actors.c */

/* Build the actor mentions of sentence [sb, se) into c->ments (names,
 * agents, people by date, compounds, groups, possessives, appositions,
 * pronouns and references); 0 or ENT_ENOMEM. */
int coder_build_mentions(ent_coder *c, size_t sb, size_t se);
/* ", and" between two names with no list before them joins clauses, not
 * members; tb starts the noun phrase, [end, ab) is the gap. */
bool coder_clause_and(const ent_coder *c, size_t tb, size_t end, size_t ab);
/* The name ending at token te is a third party's part in what follows
 * ("UN-backed", "Russian-brokered"). */
bool coder_hyph_modifier(const ent_coder *c, size_t te, size_t se);
/* Tokens [a, b) are only connectors ("and", ",", with allow_of "of"). */
bool coder_only_connectors(const ent_coder *c, size_t a, size_t b, bool allow_of);
/* The agent suffix names people ("protesters", "activists", "rebels"). */
bool coder_people_agent(const char *suf);
/* The preposition governing the noun phrase at token i, or SIZE_MAX. */
size_t coder_prep_before(const ent_coder *c, size_t i, size_t sb);
/* Remember mention m's actors in dst (for later pronouns and references). */
void coder_remember(ctxact *dst, const ent_coder *c, const mention *m);
/* A state as a whole or one of its organs (government, military, police,
 * courts, legislature, intelligence). */
bool coder_state_organ(const amem *m);
/* Whether s is one of the NULL-terminated set (codes, suffixes). */
bool coder_str_in(const char *s, const char *const *set);
/* Root is the three-letter code of a state of the dictionary (not an
 * organisation or region such as ISI, OAU or EUR). */
bool coder_state_root(const ent_coder *c, const char *root);
/* Mention x stands where a subject may (not after a preposition, but
 * after "of" in "thousands of Belarusians"). */
bool coder_subject_place(const ent_coder *c, const mention *x, size_t sb);

/* coder_events.c */

/* Token i is a past-tense form, not a noun sharing a verb's stem. */
bool coder_past_form(const ent_coder *c, size_t i);
/* `fine` is a more specific code of the same root than `coarse`. */
bool coder_more_specific(const char *fine, const char *coarse);

/* coder.c */

/* Give each token of the document in c->toks (text is its text) its
 * classes, keyword bits and stem and dictionary ids, through the word
 * cache; 0 or ENT_ENOMEM. */
int coder_annotate(ent_coder *c, const char *text);


/* Tokens [a, b) are all auxiliaries ("have", "had", "also", "was"). */
bool coder_only_aux(const ent_coder *c, size_t a, size_t b);

/* --- coder_filter.c: the event model ----------------------------------- */
/* The event model or its trace is on: events go through coder_ev_buffer
 * and are passed on by coder_ev_flush at the end of each sentence. */
bool coder_ev_active(const ent_coder *c);
/* An ent_event_fn that holds the event in the coder (ctx). */
int coder_ev_buffer(void *ctx, const ent_event *ev);
/* Score the held events, trace them, pass the kept ones to fn. */
int coder_ev_flush(ent_coder *c, ent_event_fn fn, void *ctx);

/* --- coder_rerank.c: the learned choice of a target ------------------- */
#define CODER_RR_MAXF 16
/* The target of the event `v` (CAMEO root `root`) of `src` in the
 * sentence [sb, se): the rules' choice `rule` unless the target model
 * (dictionary weights) prefers another mention or none; traces the
 * candidates when tracing is on. */
const mention *coder_rr_choose(const ent_coder *c, const char *doc, int sidx, const vmatch *v,
                               int root, const mention *src, const mention *rule, size_t sb,
                               size_t se);

#endif
