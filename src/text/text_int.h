/*
 * text_int.h - internal structures of the text module shared by the string
 * table, tokenizer, dictionary, importer and coder. Not a public header.
 */
#ifndef ENT_TEXT_INT_H
#define ENT_TEXT_INT_H

#include <entente/text.h>
#include <string.h>

#include <libstemmer.h>

/* A string -> dense id (1..n) table. */
typedef struct strtab {
    char *buf;
    size_t blen, bcap;
    uint32_t *off, *len;
    size_t n, cap;   /* ids 1..n; arrays indexed by id */
    uint64_t *slots; /* open addressing: hash << 32 | id, 0 = empty */
    size_t nslots;
} strtab;

/* Unaligned loads for hashing and comparing (memcpy compiles to one move). */
static inline uint64_t strtab_load8(const char *s)
{
    uint64_t v;
    memcpy(&v, s, 8);
    return v;
}

static inline uint64_t strtab_load4(const char *s)
{
    uint32_t v;
    memcpy(&v, s, 4);
    return v;
}

/* Hash of the bytes s[0..n): 8 bytes a step, the short tail by two
 * overlapping loads, never reading outside s[0..n). */
static inline uint32_t strtab_hash(const char *s, size_t n)
{
    const uint64_t m = UINT64_C(0x9E3779B97F4A7C15);
    uint64_t h = (uint64_t)n * m, x;
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            h = (h ^ strtab_load8(s + i)) * m;
        x = strtab_load8(s + n - 8);
    } else if (n >= 4) {
        x = strtab_load4(s) << 32 | strtab_load4(s + n - 4);
    } else if (n > 0) {
        x = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n >> 1] << 8 |
            (unsigned char)s[n - 1];
    } else {
        x = 0;
    }
    h = (h ^ x) * m;
    h ^= h >> 29;
    h *= UINT64_C(0xBF58476D1CE4E5B9);
    return (uint32_t)(h >> 32);
}

/* a[0..n) == b[0..n) */
static inline bool strtab_eq(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            if (strtab_load8(a + i) != strtab_load8(b + i))
                return false;
        return strtab_load8(a + n - 8) == strtab_load8(b + n - 8);
    }
    if (n >= 4)
        return strtab_load4(a) == strtab_load4(b) &&
               strtab_load4(a + n - 4) == strtab_load4(b + n - 4);
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

void strtab_free(strtab *t);
/* The id of s[0..n), or 0 if it is not in the table (inline: the coder
 * looks up every token). */
static inline uint32_t strtab_find(const strtab *t, const char *s, size_t n)
{
    if (!t->nslots)
        return 0;
    uint32_t h = strtab_hash(s, n);
    size_t mask = t->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t sl = t->slots[i];
        if (!sl)
            return 0;
        uint32_t id = (uint32_t)sl;
        if ((uint32_t)(sl >> 32) == h && t->len[id] == n &&
            strtab_eq(t->buf + t->off[id], s, n))
            return id;
    }
}
/* Add (or find) s; *id receives its id. Returns 0 or ENT_ENOMEM. */
int strtab_add(strtab *t, const char *s, size_t n, uint32_t *id);
const char *strtab_get(const strtab *t, uint32_t id);
size_t strtab_len(const strtab *t, uint32_t id);

/* Internal token flag: a blank line (paragraph break) precedes the token. */
#define TOK_PARA (1u << 8)

/* Raw tokenization: fills start/end/flags only. Returns 0 or ENT_ENOMEM. */
typedef struct tokvec {
    ent_token *v;
    size_t n, cap;
} tokvec;
int text_tokenize(const char *text, size_t len, tokvec *out, size_t *invalid);
/* Case-fold the token's text into buf (NUL-terminated); returns length or
 * 0 if it does not fit. Typographic apostrophes fold to '\''. */
size_t text_fold(const char *s, size_t n, char *buf, size_t cap);
/* Stem a folded word (irregular verbs first); returns the stem and its
 * length (pointer valid until the next call on the same stemmer). */
const char *text_stem(struct sb_stemmer *st, const char *w, size_t n,
                      size_t *out_len);
/* Split tokens into sentences. */
typedef struct sentvec {
    ent_sentence *v;
    size_t n, cap;
} sentvec;
int text_split(const char *text, const ent_token *t, size_t n, sentvec *out);

/* --- dictionary ------------------------------------------------------- */

enum { PH_ACTOR = 1, PH_AGENT, PH_VERB };

/* Actor kinds in the dictionary. */
enum { AK_STATE = 0, AK_ORG, AK_GROUP, AK_PERSON, AK_PLACE /* a name that is no actor */,
       AK_AMBIG /* a name of several actors: members are the candidates */ };

typedef struct pelem {
    uint32_t stem;    /* dict word id of the stem */
    uint32_t surface; /* if non-zero: the token text must equal this */
    uint32_t word;    /* if non-zero: the folded token must equal this */
    uint8_t gap;      /* tokens allowed to intervene before this element */
} pelem;

/* A 128-bit set of stems (a Bloom filter with one hash): a pattern whose
 * later words' bits are not all in a sentence's rest cannot match there. */
typedef struct ent_sig {
    uint64_t w[2];
} ent_sig;

static inline void sig_add(ent_sig *s, uint32_t stem)
{
    uint32_t b = (stem * 2654435761u) >> 25; /* 0..127 */
    s->w[b >> 6] |= UINT64_C(1) << (b & 63);
}

/* True if every bit of need is in have. */
static inline bool sig_within(const ent_sig *need, const ent_sig *have)
{
    return !((need->w[0] & ~have->w[0]) | (need->w[1] & ~have->w[1]));
}

/* snprintf(dst, n, "%s", src) without the formatting machinery (it is on
 * the coder's hot path): copies at most n - 1 bytes and terminates. */
static inline void text_copy(char *dst, size_t n, const char *src)
{
    size_t k = strnlen(src, n - 1);
    memcpy(dst, src, k);
    dst[k] = '\0';
}

/* snprintf(dst, n, "%.<amax>s%.<bmax>s", a, b) without the formatting
 * machinery: actor codes from a root and a suffix. */
static inline void text_join(char *dst, size_t n, const char *a, size_t amax, const char *b,
                             size_t bmax)
{
    size_t ka = strnlen(a, amax < n - 1 ? amax : n - 1);
    memcpy(dst, a, ka);
    size_t kb = strnlen(b, bmax < n - 1 - ka ? bmax : n - 1 - ka);
    memcpy(dst + ka, b, kb);
    dst[ka + kb] = '\0';
}

typedef struct pattern {
    uint32_t first; /* index of the first element in d->elems */
    uint16_t n;
    uint8_t type;   /* PH_* */
    uint8_t has_gap;
    uint32_t entry; /* index into actors/agents/verbs */
    ent_sig sig;    /* bit stem_bit() of each later element: a pattern
                       whose bits a sentence's rest lacks cannot match */
} pattern;

typedef struct role_iv {
    ent_date from, until;
    char code[ENT_ACTOR_CODE_MAX];
    char root[ENT_ACTOR_CODE_MAX];
} role_iv;

typedef struct actor_entry {
    char code[ENT_ACTOR_CODE_MAX]; /* default code */
    char root[ENT_ACTOR_CODE_MAX];
    uint8_t kind;                  /* AK_* */
    uint32_t role_first, n_roles;  /* into d->roles (persons) */
    uint32_t mem_first, n_mem;     /* into d->members (static groups) */
    const char *world_code;        /* groups from a world: expand on date */
} actor_entry;

typedef struct agent_entry {
    char suffix[8]; /* "GOV", "MIL" ... */
} agent_entry;

/* Verb entry flags. */
enum { VF_NONE = 0 };

typedef struct verb_entry {
    char code[8];
    uint32_t flags;
} verb_entry;

/* The learned choice of a target (coder_rerank.c): feature ids, the
 * layout of the weight table that `weight` dictionary entries fill. */
enum {
    RR_NULL = 0,
    RR_NULL_ROOT = 1,      /* + root - 1 (20) */
    RR_NULL_RULE = 21,
    RR_CAND_ROOT = 22,     /* + root - 1 */
    RR_RULE = 42,
    RR_RULE_ROOT = 43,     /* + root - 1 */
    RR_SIDE_DIST = 63,     /* + 4 * after + distance bucket (8) */
    RR_PREP = 71,          /* + preposition class (14) */
    RR_PREP_ROOT = 85,     /* + class * 20 + root - 1 (280) */
    RR_BOUNDARY = 365,     /* + after (2) */
    RR_VERB_BETWEEN = 367, /* + after (2) */
    RR_POSS = 369,
    RR_SAME_ROOT = 370,
    RR_KIND = 371,         /* + kind (5) */
    RR_RANK = 376,         /* + 4 * after + rank (8) */
    RR_BEFORE_SRC = 384,
    RR_ATTRIB = 385,       /* in the closing attribution ("..., X said") */
    RR_SUBJECT = 386,      /* right before another verb: its subject */
    RR_BOUND_DIST = 387,   /* + 4 * after + distance bucket, across a boundary (8) */
    RR_NFEAT = 395
};

/* The id of a feature's name ("rule", "prep.to.root19", ...), or -1. */
int text_rr_feature_id(const char *name);
/* The name of feature id into buf. */
void text_rr_feature_name(int id, char *buf, size_t n);

struct ent_dict {
    strtab words;   /* folded stems and surfaces */
    struct sb_stemmer *stemmer;
    pelem *elems;
    size_t n_elems, cap_elems;
    pattern *pats;
    size_t n_pats, cap_pats;
    /* patterns by first stem, contiguous for a fast scan: those of stem st
     * are hpat[head[st] .. head[st + 1]), most elements first, with their
     * signatures in hsig */
    uint32_t *head; /* n_head + 1 offsets */
    uint32_t *hpat;
    ent_sig *hsig;
    size_t n_head;
    /* every word of a person's names, as stem << 32 | actor entry,
     * sorted: "Tayyip" of "Recep Tayyip Erdogan" (text_person_word) */
    uint64_t *pwords;
    size_t n_pwords;
    actor_entry *actors;
    size_t n_actors, cap_actors;
    agent_entry *agents;
    size_t n_agents, cap_agents;
    verb_entry *verbs;
    size_t n_verbs, cap_verbs;
    role_iv *roles;
    size_t n_roles, cap_roles;
    char (*members)[ENT_ACTOR_CODE_MAX];
    size_t n_members, cap_members;
    const ent_world *world; /* for dated group expansion, may be NULL */
    /* set by ent_dict_add_world (kept as pointers so that the coder does
     * not pull the world module into programs that do not use it) */
    int (*expand)(const ent_world *, ent_date, const char *, ent_list *);
    void (*list_free)(ent_list *);
    bool dirty;             /* index needs rebuilding */
    /* the target model: weights of the RR_* features and the margin by
     * which a candidate must beat the rules' choice (weight entries) */
    float rr_w[RR_NFEAT];
    float rr_margin;
    bool rr_on;
    size_t rr_n; /* weight lines read */
    /* the event model (coder_filter.c): weights by feature hash (event
     * entries, open addressing, key 0 empty) and the score under which
     * an event is dropped */
    uint64_t *ev_keys;
    float *ev_w;
    size_t ev_n, ev_cap;
    float ev_cut;
    bool ev_on;
};

/* The event model's hash of a feature's name, and a weight to set. */
uint64_t text_ev_hash(const char *s, size_t n);
int text_ev_set(ent_dict *d, const char *feat, float w);

/* Grow a vector to hold n+1 items. */
int text_grow(void **v, size_t *cap, size_t n, size_t size);

int dict_add_actor(ent_dict *d, const actor_entry *a, uint32_t *idx);
int dict_add_agent(ent_dict *d, const char *suffix, uint32_t *idx);
int dict_add_verb(ent_dict *d, const char *code, uint32_t flags, uint32_t *idx);
int dict_add_role(ent_dict *d, ent_date from, ent_date until, const char *code,
                  const char *root);
int dict_add_member(ent_dict *d, const char *code);
/* Add a phrase in pattern syntax ("decline|refuse * guarantee", "US!"). */
int dict_add_phrase(ent_dict *d, const char *phrase, size_t len, int type,
                    uint32_t entry);
/* Add the one-word actor name w[0..n) matched with its capital letter
 * only ("Jordan", not the word "jordan"), its all-capital form, and for a
 * non-ASCII name ("Malé") the folded forms "Male" and "MALE". */
int dict_add_cased_word(ent_dict *d, const char *w, size_t n, uint32_t entry);
/* Token stem st is a word of one of person entry `person`'s names. */
bool text_person_word(const ent_dict *d, uint32_t st, uint32_t person);
/* Rebuild the first-stem index (and the person-word index) if needed. */
int dict_index(ent_dict *d);

#endif
