/*
 * coder.c - event assembly: annotates tokens with dictionary ids, finds
 * actor, agent and verb phrases, builds noun phrases (compounds, groups,
 * possessives, "agent of actor", appositions, pronouns and references back
 * to earlier actors), assigns source and target around each verb pattern
 * (with passive voice and relative clauses), and marks negation and
 * modality. See docs/coder.md for the rules.
 */
#include "text_int.h"

#include <stdint.h>
#include <stdlib.h>
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

static const struct {
    const char *word;
    uint64_t bits;
} fwords[] = {
    {"earthquake", W_NATURE},
    {"quake", W_NATURE},
    {"cyclone", W_NATURE},
    {"hurricane", W_NATURE},
    {"typhoon", W_NATURE},
    {"storm", W_NATURE},
    {"floods", W_NATURE},
    {"flood", W_NATURE},
    {"flooding", W_NATURE},
    {"tsunami", W_NATURE},
    {"landslide", W_NATURE},
    {"landslides", W_NATURE},
    {"mudslide", W_NATURE},
    {"mudslides", W_NATURE},
    {"tornado", W_NATURE},
    {"avalanche", W_NATURE},
    {"eruption", W_NATURE},
    {"wildfire", W_NATURE},
    {"wildfires", W_NATURE},
    {"drought", W_NATURE},
    {"famine", W_NATURE},
    {"crashed", W_NATURE},
    {"crash", W_NATURE},
    {"accident", W_NATURE},
    {"epidemic", W_NATURE},
    {"outbreak", W_NATURE},
    {"crashes", W_NATURE},
    {"derailed", W_NATURE},
    {"danger", W_DANGER},
    {"risk", W_DANGER},
    {"collapse", W_DANGER},
    {"catastrophe", W_DANGER},
    {"catastrophic", W_DANGER},
    {"bloodbath", W_DANGER},
    {"outlook", W_DANGER},
    {"famine", W_DANGER},
    {"crisis", W_DANGER},
    {"disaster", W_DANGER},
    {"dire", W_DANGER},
    {"grim", W_DANGER},
    {"deteriorating", W_DANGER},
    {"worsening", W_DANGER},
    {"consequences", W_PENALTY},
    {"retaliation", W_PENALTY},
    {"retaliate", W_PENALTY},
    {"respond", W_PENALTY},
    {"response", W_PENALTY},
    {"punished", W_PENALTY},
    {"punish", W_PENALTY},
    {"price", W_PENALTY},
    {"force", W_PENALTY},
    {"measures", W_PENALTY},
    {"sanctions", W_PENALTY},
    {"strike", W_PENALTY},
    {"attack", W_PENALTY},
    {"warning", W_WARN},
    {"warns", W_WARN},
    {"suicide", W_SUICIDE},
    {"wave", W_KIND},
    {"series", W_KIND},
    {"barrage", W_KIND},
    {"campaign", W_KIND},
    {"string", W_KIND},
    {"spate", W_KIND},
    {"salvo", W_KIND},
    {"volley", W_KIND},
    {"round", W_KIND},
    {"hail", W_KIND},
    {"chemical", W_CHEM},
    {"chlorine", W_CHEM},
    {"sarin", W_CHEM},
    {"mustard", W_CHEM},
    {"nerve", W_CHEM},
    {"chloropicrin", W_CHEM},
    {"toxic", W_CHEM},
    {"poison", W_CHEM},
    {"vx", W_CHEM},
    {"economy", W_MARKET},
    {"economies", W_MARKET},
    {"currency", W_MARKET},
    {"currencies", W_MARKET},
    {"rial", W_MARKET},
    {"peso", W_MARKET},
    {"rupee", W_MARKET},
    {"rouble", W_MARKET},
    {"ruble", W_MARKET},
    {"lira", W_MARKET},
    {"yuan", W_MARKET},
    {"exports", W_MARKET},
    {"imports", W_MARKET},
    {"inflation", W_MARKET},
    {"prices", W_MARKET},
    {"bourse", W_MARKET},
    {"gdp", W_MARKET},
    {"executive", W_NOT_VERB},
    {"executives", W_NOT_VERB},
    {"caves", W_NOT_VERB},
    {"down", W_NOT_VERB},
    {"returns", W_NOT_VERB},
    {"within", W_PREPS},
    {"via", W_PREPS},
    {"towards", W_PREPS},
    {"toward", W_PREPS},
    {"beyond", W_PREPS},
    {"behind", W_PREPS},
    {"along", W_PREPS},
    {"under", W_PREPS},
    {"through", W_PREPS},
    {"around", W_PREPS},
    {"inside", W_PREPS},
    {"expected", W_PLAN},
    {"expects", W_PLAN},
    {"preparing", W_PLAN},
    {"prepared", W_PLAN},
    {"prepares", W_PLAN},
    {"aimed", W_PLAN},
    {"aims", W_PLAN},
    {"intending", W_PLAN},
    {"intend", W_PLAN},
    {"intended", W_PLAN},
    {"intends", W_PLAN},
    {"plan", W_PLAN},
    {"planning", W_PLAN},
    {"planned", W_PLAN},
    {"plans", W_PLAN},
    {"dismissed", W_DENY},
    {"denying", W_DENY},
    {"deny", W_DENY},
    {"denies", W_DENY},
    {"denied", W_DENY},
    {"throughout", W_OF_IN_FROM},
    {"across", W_OF_IN_FROM | W_PREPS},
    {"latest", W_DET},
    {"recent", W_DET},
    {"last", W_DET},
    {"an", W_DET},
    {"a", W_DET},
    {"until", W_TEMPORAL | W_BG},
    {"despite", W_TEMPORAL | W_PREPS},
    {"amid", W_TEMPORAL | W_PREPS},
    {"following", W_TEMPORAL},
    {"during", W_TEMPORAL | W_PREPS},
    {"since", W_TEMPORAL | W_PREPS | W_BG},
    {"'ll", W_FUT_WORDS},
    {",", W_CONNECTORS | W_COORD | W_BOUNDARY},
    {";", W_BOUNDARY},
    {"about", W_PREPS | W_S_OVER},
    {"according", W_REPORTING},
    {"added", W_REPORTING},
    {"after", W_CLAUSE_WORDS | W_TEMPORAL | W_PREPS | W_BG},
    {"against", W_PREPS | W_S_OVER},
    {"already", W_AUX_WORDS},
    {"still", W_AUX_WORDS},
    {"also", W_CONNECTORS | W_AUX_WORDS},
    {"although", W_CLAUSE_WORDS},
    {"among", W_PREPS},
    {"and", W_CONNECTORS | W_NOT_ADJ_NEXT | W_COORD | W_BOUNDARY | W_S_AND},
    {"announced", W_REPORTING},
    {"are", W_BE_FORMS | W_AUX_WORDS},
    {"as", W_CONNECTORS | W_BOUNDARY | W_NOT_ADJ_NEXT},
    {"at", W_PREPS | W_LOCATIVE},
    {"be", W_BE_FORMS | W_AUX_WORDS},
    {"beaten", W_IRREG_PART},
    {"because", W_CLAUSE_WORDS | W_SUBORD},
    {"been", W_BE_FORMS | W_AUX_WORDS},
    {"before", W_CLAUSE_WORDS | W_TEMPORAL | W_PREPS | W_BG},
    {"being", W_BE_FORMS},
    {"between", W_PREPS | W_S_WITH | W_S_BETWEEN},
    {"both", W_CONNECTORS},
    {"but", W_CLAUSE_WORDS | W_COORD | W_BOUNDARY | W_S_BUT},
    {"by", W_PREPS | W_S_BY},
    {"can", W_HYP_WORDS},
    {"cannot", W_NEG_WORDS},
    {"claimed", W_REPORTING},
    {"could", W_HYP_WORDS | W_AUX_WORDS},
    {"declared", W_DECLARE},
    {"decline", W_REFUSAL},
    {"declined", W_REFUSAL},
    {"declines", W_REFUSAL},
    {"declining", W_REFUSAL},
    {"fail", W_REFUSAL},
    {"failed", W_REFUSAL},
    {"fails", W_REFUSAL},
    {"for", W_PREPS | W_OFFOR},
    {"from", W_PREPS | W_OF_IN_FROM},
    {"going", W_S_GOING},
    {"got", W_BE_FORMS},
    {"had", W_AUX_WORDS | W_HAD},
    {"has", W_AUX_WORDS},
    {"have", W_AUX_WORDS},
    {"he", W_PRON_PERSON},
    {"held", W_IRREG_PART},
    {"her", W_PRON_PERSON | W_DET},
    {"him", W_PRON_PERSON},
    {"his", W_PRON_PERSON | W_DET},
    {"hit", W_IRREG_PART},
    {"if", W_COND_WORDS | W_SUBORD},
    {"in", W_PREPS | W_OF_IN_FROM | W_LOCATIVE},
    {"insisted", W_DECLARE},
    {"into", W_PREPS},
    {"is", W_BE_FORMS | W_AUX_WORDS},
    {"it", W_PRON_OTHER},
    {"its", W_PRON_OTHER | W_DET},
    {"later", W_AUX_WORDS},
    {"may", W_HYP_WORDS | W_AUX_WORDS},
    {"might", W_HYP_WORDS | W_AUX_WORDS},
    {"must", W_HYP_WORDS | W_MUST},
    {"n't", W_NEG_WORDS | W_AUX_WORDS},
    {"near", W_LOCATIVE | W_PREPS},
    {"neither", W_NEG_WORDS},
    {"never", W_NEG_WORDS},
    {"no", W_NEG_WORDS},
    {"nor", W_NEG_WORDS},
    {"not", W_NEG_WORDS | W_AUX_WORDS},
    {"of", W_PREPS | W_OF_IN_FROM | W_S_OF | W_OFFOR},
    {"on", W_PREPS},
    {"or", W_CONNECTORS | W_NOT_ADJ_NEXT},
    {"outside", W_LOCATIVE | W_PREPS},
    {"over", W_PREPS | W_S_OVER},
    {"quoted", W_REPORTING},
    {"opposed", W_ADJ_PART},
    {"concerned", W_ADJ_PART},
    {"committed", W_ADJ_PART},
    {"determined", W_ADJ_PART},
    {"worried", W_ADJ_PART},
    {"disappointed", W_ADJ_PART},
    {"pleased", W_ADJ_PART},
    {"alarmed", W_ADJ_PART},
    {"dismayed", W_ADJ_PART},
    {"satisfied", W_ADJ_PART},
    {"convinced", W_ADJ_PART},
    {"interested", W_ADJ_PART},
    {"involved", W_ADJ_PART},
    {"received", W_RECEIVE},
    {"receive", W_RECEIVE},
    {"receives", W_RECEIVE},
    {"receiving", W_RECEIVE},
    {"obtained", W_RECEIVE},
    {"obtain", W_RECEIVE},
    {"refuse", W_REFUSAL},
    {"refused", W_REFUSAL},
    {"refuses", W_REFUSAL},
    {"refusing", W_REFUSAL},
    {"reiterated", W_DECLARE},
    {"reminder", W_DECLARE},
    {"reported", W_REPORTING},
    {"reports", W_REPORTING},
    {"said", W_REPORTING | W_NOT_ADJ_NEXT},
    {"say", W_REPORTING | W_NOT_ADJ_NEXT},
    {"says", W_REPORTING | W_NOT_ADJ_NEXT},
    {"shall", W_FUT_WORDS},
    {"she", W_PRON_PERSON},
    {"shot", W_IRREG_PART},
    {"should", W_HYP_WORDS | W_MUST},
    {"slain", W_IRREG_PART},
    {"stated", W_REPORTING},
    {"stating", W_REPORTING},
    {"stressed", W_DECLARE},
    {"struck", W_IRREG_PART},
    {"that", W_CLAUSE_WORDS | W_RELPRON | W_NOT_ADJ_NEXT | W_S_THAT | W_DET},
    {"the", W_CONNECTORS | W_DETERMINER | W_S_THE | W_DET},
    {"their", W_PRON_OTHER | W_PRON_PLURAL | W_DET},
    {"them", W_PRON_OTHER | W_PRON_PLURAL},
    {"there", W_SUBORD},
    {"they", W_PRON_OTHER | W_PRON_PLURAL},
    {"this", W_DETERMINER | W_DET},
    {"to", W_PREPS | W_S_TO},
    {"told", W_REPORTING},
    {"unless", W_COND_WORDS | W_SUBORD},
    {"unwilling", W_REFUSAL},
    {"warned", W_DECLARE | W_WARN},
    {"was", W_BE_FORMS | W_AUX_WORDS},
    {"well", W_CONNECTORS},
    {"were", W_BE_FORMS | W_AUX_WORDS},
    {"when", W_SUBORD},
    {"whereas", W_CLAUSE_WORDS | W_BOUNDARY},
    {"which", W_CLAUSE_WORDS | W_RELPRON | W_NOT_ADJ_NEXT | W_WHO_WHICH},
    {"while", W_CLAUSE_WORDS | W_BOUNDARY},
    {"who", W_CLAUSE_WORDS | W_RELPRON | W_NOT_ADJ_NEXT | W_WHO_WHICH},
    {"whom", W_RELPRON},
    {"will", W_FUT_WORDS | W_AUX_WORDS},
    {"with", W_PREPS | W_S_WITH},
    {"wo", W_FUT_WORDS},
    {"would", W_HYP_WORDS | W_AUX_WORDS},
};

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

static const struct {
    const char *word;
    uint32_t bits;
} kwords[] = {
    {"monday", K_CALENDAR}, {"tuesday", K_CALENDAR}, {"wednesday", K_CALENDAR},
    {"thursday", K_CALENDAR}, {"friday", K_CALENDAR}, {"saturday", K_CALENDAR},
    {"sunday", K_CALENDAR}, {"january", K_CALENDAR}, {"february", K_CALENDAR},
    {"march", K_CALENDAR}, {"april", K_CALENDAR}, {"may", K_CALENDAR},
    {"june", K_CALENDAR}, {"july", K_CALENDAR}, {"august", K_CALENDAR},
    {"september", K_CALENDAR}, {"october", K_CALENDAR}, {"november", K_CALENDAR},
    {"december", K_CALENDAR}, {"jan.", K_CALENDAR}, {"feb.", K_CALENDAR},
    {"mar.", K_CALENDAR}, {"apr.", K_CALENDAR}, {"jun.", K_CALENDAR},
    {"jul.", K_CALENDAR}, {"aug.", K_CALENDAR}, {"sept.", K_CALENDAR},
    {"sep.", K_CALENDAR}, {"oct.", K_CALENDAR}, {"nov.", K_CALENDAR},
    {"dec.", K_CALENDAR},
    {"al", K_PARTICLE}, {"el", K_PARTICLE}, {"bin", K_PARTICLE}, {"ibn", K_PARTICLE},
    {"ben", K_PARTICLE}, {"de", K_PARTICLE}, {"da", K_PARTICLE}, {"dos", K_PARTICLE},
    {"du", K_PARTICLE}, {"van", K_PARTICLE}, {"von", K_PARTICLE}, {"der", K_PARTICLE},
    {"la", K_PARTICLE}, {"le", K_PARTICLE}, {"abu", K_PARTICLE},
    {"group", K_GROUP_HEAD}, {"movement", K_GROUP_HEAD}, {"organisation", K_GROUP_HEAD},
    {"organization", K_GROUP_HEAD}, {"alliance", K_GROUP_HEAD}, {"bloc", K_GROUP_HEAD},
    {"the", K_PAIR_OPEN | K_THE}, {"both", K_PAIR_OPEN}, {"each", K_PAIR_OPEN},
    {"countries", K_PAIR_NOUN}, {"nations", K_PAIR_NOUN}, {"sides", K_PAIR_NOUN},
    {"neighbors", K_PAIR_NOUN}, {"neighbours", K_PAIR_NOUN}, {"governments", K_PAIR_NOUN},
    {"states", K_PAIR_NOUN}, {"leaders", K_PAIR_NOUN}, {"parties", K_PAIR_NOUN},
    {"rivals", K_PAIR_NOUN}, {"allies", K_PAIR_NOUN},
    {"week", K_TIME_NOUN}, {"month", K_TIME_NOUN}, {"year", K_TIME_NOUN},
    {"weekend", K_TIME_NOUN}, {"decade", K_TIME_NOUN}, {"day", K_TIME_NOUN},
    {"summer", K_TIME_NOUN}, {"winter", K_TIME_NOUN}, {"spring", K_TIME_NOUN},
    {"autumn", K_TIME_NOUN},
    {"drawing", K_CONSEQ_FROM}, {"sparking", K_CONSEQ_FROM}, {"triggering", K_CONSEQ_FROM},
    {"provoking", K_CONSEQ_FROM}, {"earning", K_CONSEQ_FROM},
    {"prompting", K_CONSEQ_SUBJ}, {"forcing", K_CONSEQ_SUBJ}, {"leading", K_CONSEQ_SUBJ},
    {"court", K_COURT}, {"tribunal", K_COURT}, {"pro", K_PRO},
    {"gave", K_GIVE}, {"given", K_GIVE}, {"giving", K_GIVE},
    {"bombardment", K_ACT}, {"shelling", K_ACT}, {"strike", K_ACT}, {"strikes", K_ACT},
    {"attack", K_ACT}, {"attacks", K_ACT}, {"raid", K_ACT}, {"raids", K_ACT},
    {"killing", K_ACT}, {"killings", K_ACT}, {"offensive", K_ACT}, {"incursion", K_ACT},
    {"invasion", K_ACT}, {"crackdown", K_ACT}, {"bombing", K_ACT},
    {"protests", K_PROTEST}, {"protesters", K_PROTEST}, {"demonstrations", K_PROTEST},
    {"demonstrators", K_PROTEST},
    {"bowing", K_YIELD}, {"bowed", K_YIELD}, {"yielding", K_YIELD}, {"despite", K_YIELD},
    {"amid", K_YIELD},
};

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
    ctxact prev_person, subj_person; /* the person before last; the last subject person */
    ctxact last_pair;                /* the last mention of two actors */
    size_t speaker; /* comma opening the sentence's closing attribution */
    size_t opener;  /* comma closing an opening "According to X," */
    /* the target an act implies when none is named (set around emit) */
    const amem *implied;
    char doc_roots[16][4]; /* states named so far in the document */
    bool court_seen;       /* the ICC or ICJ was named in the document */
    size_t n_doc_roots;
    /* well-known words' dictionary-independent ids (in the cache) */
    const char *text;
    ent_date date;
    /* codes of the events of the sentence being coded (see emit) */
    char sent_codes[8][8];
    size_t n_sent_codes;
    ent_modality last_mod;
    size_t last_tb; /* first token of the last event's verb match */
    bool demands;   /* the sentence has a demand (10) among its verb matches */
};

int ent_coder_new(ent_coder **out, const ent_dict *d)
{
    ent_coder *c = calloc(1, sizeof *c);
    if (!c)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    c->d = d;
    c->st = sb_stemmer_new("english", NULL);
    if (!c->st) {
        free(c);
        return ent_error_set(ENT_ENOMEM, "cannot create the English stemmer");
    }
    size_t nfw = sizeof fwords / sizeof fwords[0];
    c->fwbits = calloc(nfw + 1, sizeof *c->fwbits);
    if (!c->fwbits) {
        ent_coder_free(c);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nfw; i++) {
        uint32_t id;
        if (strtab_add(&c->fw, fwords[i].word, strlen(fwords[i].word), &id)) {
            ent_coder_free(c);
            return ent_error_set(ENT_ENOMEM, "out of memory");
        }
        c->fwbits[id] |= fwords[i].bits;
    }
    size_t nkw = sizeof kwords / sizeof kwords[0];
    c->kwbits = calloc(nkw + 1, sizeof *c->kwbits);
    if (!c->kwbits) {
        ent_coder_free(c);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nkw; i++) {
        uint32_t id;
        if (strtab_add(&c->kwt, kwords[i].word, strlen(kwords[i].word), &id)) {
            ent_coder_free(c);
            return ent_error_set(ENT_ENOMEM, "out of memory");
        }
        c->kwbits[id] |= kwords[i].bits;
    }
    *out = c;
    return 0;
}

void ent_coder_free(ent_coder *c)
{
    if (!c)
        return;
    if (c->st)
        sb_stemmer_delete(c->st);
    strtab_free(&c->cache);
    free(c->cstem);
    strtab_free(&c->fw);
    free(c->fwbits);
    strtab_free(&c->kwt);
    free(c->kwbits);
    free(c->cls);
    free(c->kw);
    free(c->tflag);
    free(c->best);
    free(c->toks.v);
    free(c->sents.v);
    free(c->atoms);
    free(c->ments);
    free(c->mem);
    free(c->vms);
    free(c);
}

size_t ent_coder_invalid_bytes(const ent_coder *c) { return c ? c->invalid : 0; }
size_t ent_coder_sentences_total(const ent_coder *c) { return c ? c->total_sent : 0; }
size_t ent_coder_tokens_total(const ent_coder *c) { return c ? c->total_tok : 0; }

/* The annotations of the token text s[0..n): the dictionary ids of its
 * folded form and stem, its function-word classes and keyword bits. */
static void annotate_word(const ent_coder *c, const char *s, size_t n, struct centry *out)
{
    const ent_dict *d = c->d;
    char fold[128];
    memset(out, 0, sizeof *out);
    size_t fl = text_fold(s, n, fold, sizeof fold);
    if (fl) {
        uint32_t fid = strtab_find(&c->fw, fold, fl);
        out->cls = fid ? c->fwbits[fid] : 0;
        size_t sl;
        const char *st = text_stem(c->st, fold, fl, &sl);
        out->stem = strtab_find(&d->words, st, sl);
        out->word = strtab_find(&d->words, fold, fl);
    }
    if (n < 64) { /* keywords: the ASCII lower case, as tok_is compares */
        char low[64];
        for (size_t k = 0; k < n; k++)
            low[k] = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] - 'A' + 'a') : s[k];
        uint32_t kid = strtab_find(&c->kwt, low, n);
        out->kw = kid ? c->kwbits[kid] : 0;
    }
}

/* Annotate a token text seen for the first time and cache it under *cid. */
static int annotate_new(ent_coder *c, const char *s, size_t n, uint32_t *cid)
{
    struct centry e;
    annotate_word(c, s, n, &e);
    if (c->cache.n >= CACHE_MAX) {
        strtab_free(&c->cache);
        free(c->cstem);
        c->cstem = NULL;
        c->ccap = 0;
    }
    if (strtab_add(&c->cache, s, n, cid))
        return ENT_ENOMEM;
    if (text_grow((void **)&c->cstem, &c->ccap, *cid, sizeof *c->cstem))
        return ENT_ENOMEM;
    c->cstem[*cid] = e;
    return 0;
}

/* Tokens this long are annotated but not cached (they are rarely words,
 * and the cache's memory stays bounded by CACHE_MAX short strings). */
#define CACHE_LEN_MAX 128

/* Give each token the dictionary ids of its folded form and stem, its
 * classes and keyword bits (cached by the token's bytes). */
static int annotate(ent_coder *c, const char *text)
{
    size_t n = c->toks.n;
    if (n && (text_grow((void **)&c->cls, &c->cap_cls, n, sizeof *c->cls) ||
              text_grow((void **)&c->kw, &c->cap_kw, n, sizeof *c->kw) ||
              text_grow((void **)&c->tflag, &c->cap_tflag, n, sizeof *c->tflag)))
        return ENT_ENOMEM;
    if (n)
        memset(c->tflag, 0, n * sizeof *c->tflag);
    for (size_t i = 0; i < n; i++) {
        ent_token *t = &c->toks.v[i];
        const char *s = text + t->start;
        size_t len = t->end - t->start;
        struct centry tmp;
        const struct centry *e = &tmp;
        if (len < CACHE_LEN_MAX) {
            uint32_t cid = strtab_find(&c->cache, s, len);
            if (!cid && annotate_new(c, s, len, &cid))
                return ENT_ENOMEM;
            e = &c->cstem[cid];
        } else {
            annotate_word(c, s, len, &tmp);
        }
        t->stem = e->stem;
        t->word = e->word;
        c->cls[i] = e->cls;
        c->kw[i] = e->kw;
    }
    return 0;
}

/* --- helpers on token text --------------------------------------------- */

static bool tok_any(const ent_coder *c, size_t i, uint64_t mask)
{
    return (c->cls[i] & mask) != 0;
}

/* "'s" with either apostrophe */
static bool tok_poss(const ent_coder *c, size_t i)
{
    const ent_token *t = &c->toks.v[i];
    const char *s = c->text + t->start;
    size_t n = t->end - t->start;
    return (n == 2 && s[0] == '\'' && (s[1] == 's' || s[1] == 'S')) ||
           (n == 4 && memcmp(s, "\xe2\x80\x99", 3) == 0 && (s[3] == 's' || s[3] == 'S'));
}


/* --- matching ------------------------------------------------------------ */

/* Match pattern p at token i within [i, lim); returns the end (exclusive)
 * or 0 if it does not match. */
static size_t match_at(const ent_coder *c, const pattern *p, size_t i, size_t lim)
{
    const ent_dict *d = c->d;
    const ent_token *t = c->toks.v;
    size_t pos = i;
    for (uint16_t k = 0; k < p->n; k++) {
        const pelem *e = &d->elems[p->first + k];
        size_t maxskip = k == 0 ? 0 : e->gap;
        bool ok = false;
        for (size_t s = 0; s <= maxskip && pos + s < lim; s++) {
            const ent_token *tk = &t[pos + s];
            if (tk->stem == e->stem && (!e->word || tk->word == e->word) &&
                (!e->surface ||
                 (strtab_len(&d->words, e->surface) == tk->end - tk->start &&
                  memcmp(strtab_get(&d->words, e->surface), c->text + tk->start,
                         tk->end - tk->start) == 0))) {
                pos = pos + s + 1;
                ok = true;
                break;
            }
            /* gaps do not cross clause punctuation, nor a comma before
             * an article (", the official news agency said") */
            if (s > 0 && (tk->flags & ENT_TOK_PUNCT) && c->text[tk->start] != '-' &&
                (c->text[tk->start] != ',' || (pos + s + 1 < lim && (c->cls[pos + s + 1] & W_DET))))
                break;
        }
        if (!ok)
            return 0;
    }
    return pos;
}

static bool more_specific(const char *fine, const char *coarse);
static bool state_organ(const amem *m);
static bool past_form(const ent_coder *c, size_t i);

/* Token i is a word ending in "ing" ("using", "attacking"). */
static bool gerund(const ent_coder *c, size_t i)
{
    const ent_token *t = &c->toks.v[i];
    size_t n = t->end - t->start;
    return (t->flags & ENT_TOK_WORD) && n >= 5 && memcmp(c->text + t->end - 3, "ing", 3) == 0;
}

/* Best (longest) pattern of each type starting at token i, in one walk of
 * the index: end[type] (0 if none) and entry[type]. sig has the stems of
 * every token in [i, lim). */
static void best_all(const ent_coder *c, size_t i, size_t lim, const ent_sig *sig,
                     size_t end[4], uint32_t entry[4])
{
    const ent_dict *d = c->d;
    uint32_t st = c->toks.v[i].stem;
    end[PH_ACTOR] = end[PH_AGENT] = end[PH_VERB] = 0;
    if (!st || st >= d->n_head)
        return;
    /* the most specific pattern wins: most elements, then the more
     * specific code of a root ("threatened * with nuclear" 1385 before
     * "threatened to strike" 138), then the shortest span ("signed an
     * agreement to increase trade": "signed * agreement" before "signed *
     * trade") */
    uint16_t nel[4] = {0, 0, 0, 0};
    /* the signature test, with the sentence's bits inverted once: a word
     * a pattern needs is not in the rest of the sentence */
    const uint64_t miss0 = ~sig->w[0], miss1 = ~sig->w[1];
    const ent_sig *hs = d->hsig + d->head[st], *hend = d->hsig + d->head[st + 1];
    for (; hs < hend; hs++) {
        if ((hs->w[0] & miss0) | (hs->w[1] & miss1))
            continue;
        const pattern *p = &d->pats[d->hpat[hs - d->hsig]];
        size_t e = match_at(c, p, i, lim);
        if (!e)
            continue;
        bool finer = false, coarser = false;
        if (p->type == PH_VERB && p->n == nel[PH_VERB] && end[PH_VERB]) {
            finer = more_specific(d->verbs[p->entry].code, d->verbs[entry[PH_VERB]].code);
            coarser = more_specific(d->verbs[entry[PH_VERB]].code, d->verbs[p->entry].code);
        }
        if (p->n > nel[p->type] || finer ||
            (p->n == nel[p->type] && e < end[p->type] && !coarser)) {
            end[p->type] = e;
            entry[p->type] = p->entry;
            nel[p->type] = p->n;
        }
    }
}

/* --- actor resolution -------------------------------------------------- */

static int push_mem(ent_coder *c, const char *code, const char *root)
{
    for (size_t k = c->n_ments ? c->ments[c->n_ments - 1].first : 0; k < c->n_mem; k++)
        if (strcmp(c->mem[k].code, code) == 0)
            return 0;
    if (text_grow((void **)&c->mem, &c->cap_mem, c->n_mem, sizeof *c->mem))
        return ENT_ENOMEM;
    amem *m = &c->mem[c->n_mem++];
    text_copy(m->code, sizeof m->code, code);
    text_copy(m->root, sizeof m->root, root);
    return 0;
}

/* The root an actor entry stands for by default (a person: the first
 * role's). */
static const char *entry_root(const ent_dict *d, const actor_entry *a)
{
    if (a->kind == AK_PERSON && a->n_roles)
        return d->roles[a->role_first].root;
    return a->root;
}

/* "Congo": which of an ambiguous name's actors is meant. A candidate that
 * another name of the sentence ("Goma", "Kinshasa", "Tshisekedi"), or an
 * earlier actor of the document, belongs to wins; else the dated default
 * (a role covering the date), else the first candidate. */
static const char *ambig_pick(const ent_coder *c, const actor_entry *a)
{
    const ent_dict *d = c->d;
    const char *cued = NULL;
    size_t n_cued = 0;
    for (uint32_t k = 0; k < a->n_mem; k++) {
        const char *cand = d->members[a->mem_first + k];
        bool seen = false;
        for (size_t q = 0; q < c->n_atoms && !seen; q++) {
            const actor_entry *o = &d->actors[c->atoms[q].entry];
            if (c->atoms[q].type == PH_ACTOR && o->kind != AK_AMBIG && o->kind != AK_PLACE &&
                o->kind != AK_GROUP && strcmp(entry_root(d, o), cand) == 0)
                seen = true;
        }
        for (size_t q = 0; q < c->n_doc_roots && !seen; q++)
            seen = strcmp(c->doc_roots[q], cand) == 0;
        if (seen) {
            cued = cand;
            n_cued++;
        }
    }
    if (n_cued == 1)
        return cued;
    for (uint32_t k = 0; k < a->n_roles; k++) {
        const role_iv *r = &d->roles[a->role_first + k];
        if (c->date != ENT_DATE_MIN && ent_date_within(c->date, r->from, r->until))
            return r->root;
    }
    return d->members[a->mem_first];
}

/* Remember a state named in the document (for ambiguous names later). */
static void note_root(ent_coder *c, const char *root)
{
    if (strlen(root) != 3)
        return;
    if (root[0] == 'I' && root[1] == 'C' && (root[2] == 'C' || root[2] == 'J'))
        c->court_seen = true; /* court_ref */
    for (size_t q = 0; q < c->n_doc_roots; q++)
        if (strcmp(c->doc_roots[q], root) == 0)
            return;
    if (c->n_doc_roots < sizeof c->doc_roots / sizeof c->doc_roots[0])
        memcpy(c->doc_roots[c->n_doc_roots++], root, 4);
}

/* Append the resolution of actor entry `idx` on the coding date. */
static int resolve_actor(ent_coder *c, uint32_t idx, bool *person)
{
    const ent_dict *d = c->d;
    const actor_entry *a = &d->actors[idx];
    *person = a->kind == AK_PERSON;
    if (a->kind == AK_PERSON) {
        const role_iv *latest = NULL;
        for (uint32_t k = 0; k < a->n_roles; k++) {
            const role_iv *r = &d->roles[a->role_first + k];
            if (c->date != ENT_DATE_MIN && ent_date_within(c->date, r->from, r->until))
                return push_mem(c, r->code, r->root);
            if (!latest || r->from > latest->from)
                latest = r;
        }
        /* without a date, a person codes by the most recent office held */
        if (c->date == ENT_DATE_MIN && latest)
            return push_mem(c, latest->code, latest->root);
        return push_mem(c, a->code, a->root);
    }
    if (a->kind == AK_AMBIG) {
        const char *pick = ambig_pick(c, a);
        return push_mem(c, pick, pick);
    }
    if (a->kind == AK_GROUP) {
        if (a->world_code && d->world && d->expand && d->list_free) {
            ent_list l = {0};
            ent_date on = c->date == ENT_DATE_MIN ? ent_date_today() : c->date;
            int rc = d->expand(d->world, on, a->world_code, &l);
            for (size_t k = 0; rc == 0 && k < l.n; k++) {
                const ent_actor *m = l.items[k];
                rc = push_mem(c, m->code, m->code);
            }
            d->list_free(&l);
            return rc;
        }
        for (uint32_t k = 0; k < a->n_mem; k++) {
            int rc = push_mem(c, d->members[a->mem_first + k], d->members[a->mem_first + k]);
            if (rc)
                return rc;
        }
        return 0;
    }
    return push_mem(c, a->code, a->root);
}

/* Add an agent suffix to the states of the mention being built. */
static void apply_agent(ent_coder *c, size_t first, uint32_t agent)
{
    const char *suf = c->d->agents[agent].suffix;
    for (size_t k = first; k < c->n_mem; k++) {
        amem *m = &c->mem[k];
        bool seat = strlen(m->code) == 6 && strncmp(m->code, m->root, 3) == 0 &&
                    strcmp(m->code + 3, "GOV") == 0; /* "protesters in Tbilisi" */
        if ((strcmp(m->code, m->root) == 0 || seat) && strlen(m->root) == 3 &&
            strcmp(m->root, "EUR") != 0) {
            size_t sl = strlen(suf);
            if (sl > 6)
                sl = 6;
            memcpy(m->code, m->root, 3);
            memcpy(m->code + 3, suf, sl);
            m->code[3 + sl] = '\0';
        }
    }
}

static int push_ctx_mention(ent_coder *c, const ctxact *a, size_t tb, size_t te,
                            bool person, const char *suffix)
{
    if (text_grow((void **)&c->ments, &c->cap_ments, c->n_ments, sizeof *c->ments))
        return ENT_ENOMEM;
    mention *m = &c->ments[c->n_ments];
    m->tb = tb;
    m->te = te;
    m->first = c->n_mem;
    m->n = 0;
    m->person = person;
    m->pronoun = true;
    m->ethnic = false;
    m->placed = false;
    c->n_ments++;
    for (size_t k = 0; k < a->n; k++) {
        char code[ENT_ACTOR_CODE_MAX];
        if (suffix && strlen(a->m[k].root) == 3 && strcmp(a->m[k].root, "EUR") != 0) {
            size_t sl = strnlen(suffix, 6);
            memcpy(code, a->m[k].root, 3);
            memcpy(code + 3, suffix, sl);
            code[3 + sl] = '\0';
        } else {
            memcpy(code, a->m[k].code, sizeof code);
        }
        if (push_mem(c, code, a->m[k].root))
            return ENT_ENOMEM;
    }
    m->n = c->n_mem - m->first;
    if (!m->n)
        c->n_ments--;
    return 0;
}

static void remember(ctxact *dst, const ent_coder *c, const mention *m)
{
    dst->n = 0;
    for (size_t k = 0; k < m->n && dst->n < 8; k++)
        dst->m[dst->n++] = c->mem[m->first + k];
}

static bool same_ctx(const ctxact *a, const ctxact *b)
{
    if (a->n != b->n)
        return false;
    for (size_t k = 0; k < a->n; k++)
        if (strcmp(a->m[k].code, b->m[k].code) != 0)
            return false;
    return true;
}

static bool only_connectors(const ent_coder *c, size_t a, size_t b, bool allow_of)
{
    for (size_t i = a; i < b; i++) {
        if (tok_any(c, i, W_CONNECTORS))
            continue;
        if (allow_of && tok_any(c, i, W_S_OF))
            continue;
        return false;
    }
    return true;
}

/* Token i lies inside a verb match of the sentence (a flag per token, set
 * once the verb matches are known). */
static bool is_verb_tok(const ent_coder *c, size_t i)
{
    return (c->tflag[i] & TF_VERB) != 0;
}

/* Token i lies inside an actor or agent name of the sentence. */
static bool in_atom(const ent_coder *c, size_t i)
{
    return (c->tflag[i] & TF_ATOM) != 0;
}

/* Token i is the word w (ASCII, any case). */
static bool tok_is(const ent_coder *c, size_t i, const char *w)
{
    const ent_token *t = &c->toks.v[i];
    size_t n = t->end - t->start, k = 0;
    for (; k < n && w[k]; k++) { /* no strlen: most words differ at once */
        char ch = c->text[t->start + k];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        if (ch != w[k])
            return false;
    }
    return k == n && !w[k];
}

/* A hyphen glued to the tokens on both sides of it ("pro-Russian"). */
static bool glued_hyphen(const ent_coder *c, size_t h)
{
    const ent_token *t = c->toks.v;
    return h > 0 && h + 1 < c->toks.n && (t[h].flags & ENT_TOK_PUNCT) &&
           c->text[t[h].start] == '-' && t[h].end - t[h].start == 1 &&
           t[h - 1].end == t[h].start && t[h].end == t[h + 1].start;
}

/* "pro-Russian", "anti-Syria": token i follows "<w>-" (w = "pro", "anti"). */
static bool hyph_prefix(const ent_coder *c, size_t i, size_t sb, const char *w)
{
    return i >= sb + 2 && glued_hyphen(c, i - 1) && tok_is(c, i - 2, w);
}

/* "Russian-brokered", "UN-backed": the name ending at token te is a third
 * party's part in what follows ("British-flagged tanker", "US-led war"
 * name the owner or leader and stay actors). */
static bool hyph_modifier(const ent_coder *c, size_t te, size_t se)
{
    static const char *const part[] = {"brokered", "backed",   "sponsored", "mediated",
                                       "supported", "funded",  "inspired",  "drafted",
                                       "imposed",  "organized", "organised", "based",
                                       "made",     NULL};
    if (te + 1 >= se || !glued_hyphen(c, te))
        return false;
    for (size_t k = 0; part[k]; k++)
        if (tok_is(c, te + 1, part[k]))
            return true;
    return false;
}

/* The preposition governing the noun phrase at token i ("in south
 * Lebanon", "in the current Palestinian uprising"), or SIZE_MAX. */
static size_t prep_before(const ent_coder *c, size_t i, size_t sb)
{
    for (size_t j = i, hop = 0; j > sb && hop < 4; j--, hop++) {
        size_t k = j - 1;
        if (tok_any(c, k, W_PREPS) && !(tok_is(c, k, "at") && tok_is(c, k + 1, "least")))
            return k; /* "at least ten soldiers" is no place */
        /* only articles and ordinary modifiers between ("in south Serbia"),
         * not "on Tuesday that Sudan" */
        if (!(c->toks.v[k].flags & ENT_TOK_WORD) || is_verb_tok(c, k) ||
            (c->cls[k] && (!tok_any(c, k, W_DET) || tok_any(c, k, W_S_THAT))))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "ethnic Albanians in south Serbia", "ethnic Albanian guerrillas
 * operating in Macedonia", "ethnic Vietnamese villagers on Cambodia's
 * lake": an ethnic group belongs to the state it lives
 * in (the first state after "in" later in the sentence), as civilians
 * unless an agent says otherwise; with no such state it stays as named. */
static void locate_ethnic(ent_coder *c, size_t sb)
{
    char seen[2][4] = {{0}, {0}}; /* an ethnic root and where it was found */
    for (size_t k = 0; k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        if (!m->ethnic || m->n != 1)
            continue;
        amem *e = &c->mem[m->first];
        const char *where = NULL;
        for (size_t q = k + 1; q < c->n_ments && !where; q++) {
            const mention *p = &c->ments[q];
            if (p->pronoun || p->n != 1 || p->tb <= sb)
                continue;
            const amem *st = &c->mem[p->first];
            size_t pp = prep_before(c, p->tb, sb);
            if (strcmp(st->code, st->root) == 0 && strlen(st->root) == 3 && pp != SIZE_MAX &&
                (tok_is(c, pp, "in") || tok_is(c, pp, "over") || tok_is(c, pp, "across") ||
                 tok_is(c, pp, "inside") || tok_is(c, pp, "throughout") ||
                 /* "on Cambodia's Tonle Sap lake" */
                 (tok_is(c, pp, "on") && p->te < c->toks.n && tok_poss(c, p->te))))
                where = st->root;
        }
        /* a second mention of the same group lives where the first does */
        if (!where && seen[0][0] && strcmp(seen[0], e->root) == 0)
            where = seen[1];
        if (!where || strlen(e->root) != 3)
            continue;
        memcpy(seen[0], e->root, 4);
        char loc[4];
        memcpy(loc, where, 4);
        memcpy(seen[1], loc, 4);
        /* "ethnic Armenian forces" in Azerbaijan are its rebels */
        const char *suf = strcmp(e->code, e->root) == 0 ? "CVL"
                          : strcmp(e->code + 3, "MIL") == 0 ? "REB"
                                                            : e->code + 3;
        char code[ENT_ACTOR_CODE_MAX];
        text_join(code, sizeof code, loc, 3, suf, 6);
        memcpy(e->code, code, sizeof code);
        memcpy(e->root, loc, 4);
    }
}

/* A state's root of three letters other than `not` and Europe, or NULL. */
static const char *other_state(const amem *g, const char *not)
{
    return strlen(g->root) == 3 && strcmp(g->root, "EUR") != 0 && strcmp(g->root, not) != 0
               ? g->root
               : NULL;
}

/* Give the actor `code` the root `loc` in mention k, the references after
 * it and the document's memory of actors. */
static void relocate(ent_coder *c, size_t k, const char *code, const char *loc)
{
    for (size_t q = k; q < c->n_ments; q++)
        for (size_t j = 0; j < c->ments[q].n && (q == k || c->ments[q].pronoun); j++) {
            amem *g = &c->mem[c->ments[q].first + j];
            if (strcmp(g->code, code) == 0)
                memcpy(g->root, loc, 4), memcpy(g->code, loc, 3);
        }
    ctxact *ctx[] = {&c->last_actor, &c->last_subject, &c->last_nonstate, &c->last_pair};
    for (size_t q = 0; q < sizeof ctx / sizeof *ctx; q++)
        for (size_t j = 0; j < ctx[q]->n; j++)
            if (strcmp(ctx[q]->m[j].code, code) == 0)
                memcpy(ctx[q]->m[j].root, loc, 4), memcpy(ctx[q]->m[j].code, loc, 3);
}

/* "pro-Russian separatists", "Pro-Jakarta militias": rebels who take a
 * side are coded under the state they fight in (CAMEO's separatists are
 * their region's country's): the partner named with them ("Ukraine and
 * pro-Russian rebels"), else the state where they act ("in the East Timor
 * town of Liquica"), else another state of the sentence ("Poroshenko
 * accused pro-Russian separatists"); else they stay as named. */
static void locate_pro(ent_coder *c, size_t sb)
{
    bool any = false;
    for (size_t a = 0; a < c->n_atoms && !any; a++)
        any = c->atoms[a].tb >= sb + 2 && (c->kw[c->atoms[a].tb - 2] & K_PRO);
    for (size_t k = 0; any && k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        const char *pro = NULL, *where = NULL;
        for (size_t a = 0; a < c->n_atoms && !m->pronoun; a++) {
            const atom *at = &c->atoms[a];
            if (at->tb >= m->tb && at->tb < m->te && at->type == PH_ACTOR &&
                hyph_prefix(c, at->tb, sb, "pro"))
                pro = c->d->actors[at->entry].root;
        }
        if (!pro)
            continue;
        for (size_t j = 0; j < m->n && !where; j++)
            where = other_state(&c->mem[m->first + j], pro);
        for (size_t q = k + 1; q < c->n_ments && !where; q++) {
            size_t pp = prep_before(c, c->ments[q].tb, sb);
            if (c->ments[q].n && !c->ments[q].pronoun && pp != SIZE_MAX &&
                tok_any(c, pp, W_LOCATIVE | W_OF_IN_FROM) && !tok_any(c, pp, W_S_OF))
                where = other_state(&c->mem[c->ments[q].first], pro);
        }
        for (size_t q = 0; q < c->n_ments && !where; q++)
            if (q != k && c->ments[q].n && !c->ments[q].pronoun)
                where = other_state(&c->mem[c->ments[q].first], pro);
        char old[ENT_ACTOR_CODE_MAX], loc[4];
        text_join(old, sizeof old, pro, 3, "REB", 3);
        if (where) /* ... and the references to them made since */
            memcpy(loc, where, 4), relocate(c, k, old, loc);
    }
}

/* A capitalised word shaped like a nationality adjective ("Croatian",
 * "Turkish", "Chinese", "Iraqi"), not a state's name ("Iran", "Oman",
 * "Pakistan"). */
static bool demonym_like(const ent_coder *c, size_t i)
{
    static const char *const suf[] = {"ian", "ean", "ese", "ish", "ch", "i", "an", NULL};
    static const char *const names[] = {"iran", "sudan", "japan", "oman", "jordan", "taiwan",
                                        "bhutan", "mali", "burundi", "malawi", "brunei", NULL};
    const ent_token *t = &c->toks.v[i];
    size_t n = t->end - t->start;
    const char *w = c->text + t->start;
    if (!(t->flags & ENT_TOK_CAP) || n < 4 || (n > 4 && memcmp(w + n - 4, "stan", 4) == 0))
        return false;
    for (size_t k = 0; names[k]; k++)
        if (tok_is(c, i, names[k]))
            return false;
    for (size_t k = 0; suf[k]; k++) {
        size_t sl = strlen(suf[k]);
        if (n > sl && memcmp(w + n - sl, suf[k], sl) == 0)
            return true;
    }
    return false;
}

/* "Mordor, the awful Fornost, and good Gondor": between the members of a
 * listed compound, a coordinator and a few lower-case modifiers. */
static bool listed_with_modifiers(const ent_coder *c, size_t a, size_t b)
{
    if (b <= a || b - a > 4)
        return false;
    bool coord = false;
    for (size_t i = a; i < b; i++) {
        const ent_token *t = &c->toks.v[i];
        if (tok_any(c, i, W_COORD) && (tok_any(c, i, W_S_AND) || c->text[t->start] == ',')) {
            coord = true;
            continue;
        }
        if (tok_any(c, i, W_CONNECTORS | W_DET))
            continue;
        /* "Macedonian and ethnic Albanian parties": two groups, not a list;
         * "Taiwan, prompting Taipei": a participle opens a clause */
        size_t tl = t->end - t->start;
        if (!(t->flags & ENT_TOK_WORD) || (t->flags & ENT_TOK_CAP) || is_verb_tok(c, i) ||
            tok_is(c, i, "ethnic") || (tl > 4 && memcmp(c->text + t->end - 3, "ing", 3) == 0) ||
            tok_any(c, i, W_PREPS | W_AUX_WORDS | W_BE_FORMS | W_CLAUSE_WORDS | W_REPORTING |
                              W_PRON_PERSON | W_PRON_OTHER | W_NEG_WORDS | W_SUBORD))
            return false;
    }
    /* the modifiers come after the coordinator ("and good Gondor") */
    return coord && (tok_any(c, a, W_COORD) || tok_any(c, a, W_CONNECTORS));
}

/* Where the closing attribution of a sentence begins ("..., the Peruvian
 * embassy said on Tuesday", "..., according to a senator who ..."): the
 * index of its comma, or SIZE_MAX. */
static size_t speaker_clause(const ent_coder *c, size_t sb, size_t se)
{
    size_t comma = SIZE_MAX;
    for (size_t j = se; j-- > sb + 1;)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',') {
            comma = j;
            break;
        }
    if (comma == SIZE_MAX || comma + 1 >= se)
        return SIZE_MAX;
    if (tok_is(c, comma + 1, "according"))
        return comma;
    for (size_t j = comma + 1; j < se; j++)
        if (tok_any(c, j, W_REPORTING) && !tok_is(c, j, "according") && se - j <= 5) {
            for (size_t q = j + 1; q < se; q++)
                if (is_verb_tok(c, q))
                    return SIZE_MAX;
            return comma;
        }
    return SIZE_MAX;
}

/* "Bosnia-style", "Soviet-era", "US $50": a name used as a modifier of a
 * style, time or currency, not as an actor (the name ends at token te). */
static bool not_actor_use(const ent_coder *c, size_t te, size_t se)
{
    static const char *const mod[] = {"style", "like", "type", "era", "made", "linked",
                                      "allied", "aligned", "affiliated", "inspired", "declared",
                                      NULL};
    if (te >= se)
        return false;
    const ent_token *t = &c->toks.v[te];
    if (c->text[t->start] == '$' || tok_is(c, te, "dollar") || tok_is(c, te, "dollars"))
        return true;
    if (te + 1 < se && glued_hyphen(c, te))
        for (size_t k = 0; mod[k]; k++)
            if (tok_is(c, te + 1, mod[k]))
                return true;
    return false;
}

/* A state as a whole or one of its organs (government, military, police,
 * courts, legislature, intelligence): its own country is no target of it;
 * its civilians, opposition or rebels may act against it. */
static bool state_organ(const amem *m)
{
    size_t rl = strlen(m->root);
    if (strcmp(m->code, m->root) == 0 || strncmp(m->code, m->root, rl) != 0)
        return true;
    const char *suf = m->code + rl;
    return !strcmp(suf, "GOV") || !strcmp(suf, "MIL") || !strcmp(suf, "COP") ||
           !strcmp(suf, "SPY") || !strcmp(suf, "LEG") || !strcmp(suf, "JUD");
}

/* A bare agent with no country so far ("people", "protesters") takes the
 * state of the first place after "in" later in the sentence ("... blocked
 * streets in Hong Kong"); the mention is inserted in token order. */
static int place_agent(ent_coder *c, size_t sb, size_t tb, size_t te, uint32_t agent,
                       const ctxact *fallback)
{
    const mention *where = NULL;
    for (size_t q = 0; q < c->n_ments && !where; q++) {
        const mention *p = &c->ments[q];
        if (p->tb < te || p->pronoun || p->n != 1)
            continue;
        size_t pp = prep_before(c, p->tb, sb);
        const amem *st = &c->mem[p->first];
        /* "in Moscow", "marched through Hong Kong", "across Iran" */
        bool at_place = pp != SIZE_MAX && (tok_is(c, pp, "in") || tok_is(c, pp, "through") ||
                                           tok_is(c, pp, "across") || tok_is(c, pp, "throughout"));
        /* "a crowd defending the television tower in Vilnius": the place
         * named inside a noun phrase */
        bool inner = false;
        for (size_t j = p->tb + 1; j + 1 < p->te && !inner; j++)
            inner = tok_is(c, j, "in");
        if ((at_place || inner) && strlen(st->root) == 3 && strcmp(st->root, "EUR") != 0 &&
            (state_organ(st) || inner))
            where = p;
    }
    ctxact a = {.n = 1};
    const char *suf = c->d->agents[agent].suffix;
    /* "Tuareg separatist rebels said they had killed dozens of Malian
     * soldiers": rebels and the opposition fight their own state */
    const mention *foe = NULL;
    if (!where && !fallback->n && (!strcmp(suf, "REB") || !strcmp(suf, "OPP")))
        for (size_t q = 0; q < c->n_ments && !foe; q++) {
            const mention *p = &c->ments[q];
            const amem *st = p->n ? &c->mem[p->first] : NULL;
            if (p->tb >= te && !p->pronoun && st && strlen(st->root) == 3 &&
                strcmp(st->root, "EUR") != 0 && state_organ(st) && strcmp(st->code, st->root) != 0)
                foe = p;
        }
    if (where)
        a.m[0] = c->mem[where->first];
    else if (fallback->n)
        a = *fallback;
    else if (foe)
        a.m[0] = c->mem[foe->first];
    else
        return 0;
    size_t pos = 0;
    while (pos < c->n_ments && c->ments[pos].tb < tb)
        pos++;
    size_t n0 = c->n_ments;
    if (push_ctx_mention(c, &a, tb, te, false, suf))
        return ENT_ENOMEM;
    if (c->n_ments > n0 && pos < n0) {
        mention m = c->ments[n0];
        m.pronoun = !where;
        m.placed = where != NULL;
        memmove(&c->ments[pos + 1], &c->ments[pos], (n0 - pos) * sizeof *c->ments);
        c->ments[pos] = m;
    } else if (c->n_ments > n0) {
        c->ments[n0].pronoun = !where;
        c->ments[n0].placed = where != NULL;
    }
    return 0;
}

/* "the two countries", "both sides", "the two neighbours", "each (side)"
 * before "<verb> the other": a reference to the last pair of actors;
 * returns the end of the phrase, or 0. */
static size_t pair_ref(const ent_coder *c, size_t i, size_t se)
{
    size_t j = i;
    if (!(c->kw[j] & K_PAIR_OPEN))
        return 0;
    if (tok_is(c, j, "the") && j + 1 < se && tok_is(c, j + 1, "two"))
        j += 2;
    else if (tok_is(c, j, "both"))
        j += 1;
    else if (tok_is(c, j, "each")) {
        /* "each (side) accused the other": the pair acts jointly */
        j += j + 1 < se && tok_is(c, j + 1, "side") ? 2 : 1;
        return j + 3 <= se && tok_is(c, j + 1, "the") && tok_is(c, j + 2, "other") ? j : 0;
    } else
        return 0;
    if (j < se && tok_is(c, j, "of")) /* "both of them" is a pronoun's job */
        return 0;
    return j < se && (c->kw[j] & K_PAIR_NOUN) ? j + 1 : 0; /* "countries", "sides" */
}

/* A capitalised word that is a day or month name ("Monday", "Jan."). */
static bool calendar_word(const ent_coder *c, size_t i)
{
    return (c->kw[i] & K_CALENDAR) != 0;
}

/* "President Mohamed Bazoum", "rebel leader Afonso Dhlakama", "General
 * Abdel Fattah al-Burhan": the end of a person's name the dictionaries do
 * not know right after a title at token i (capitalised words, with
 * "al-", "bin", "de" particles and "Jr."), or i if there is none. */
static size_t name_after(const ent_coder *c, size_t i, size_t se)
{
    size_t end = i;
    for (size_t j = i; j < se && j < i + 7; j++) {
        const ent_token *t = &c->toks.v[j];
        if (in_atom(c, j) || is_verb_tok(c, j))
            break;
        if ((t->flags & (ENT_TOK_WORD | ENT_TOK_ABBR)) && (t->flags & ENT_TOK_CAP) &&
            !c->cls[j] && !calendar_word(c, j)) { /* "P.V. Narasimha Rao" */
            end = j + 1;
            continue;
        }
        if (j > i && glued_hyphen(c, j))
            continue;
        bool part = (c->kw[j] & K_PARTICLE) != 0; /* "al", "bin", "de" */
        if (part && j > i && j + 1 < se &&
            ((c->toks.v[j + 1].flags & ENT_TOK_CAP) || glued_hyphen(c, j + 1)))
            continue;
        break;
    }
    return end;
}

/* The earlier mention of the sentence a bare agent belongs to: the last
 * one of the same kind ("soldiers" after "Israeli troops"), else the last
 * one; but a state's organ ("the army", "soldiers", "the president")
 * belongs to the last state or state organ named that is not a place
 * ("Israeli troops in the Gaza Strip ..., and soldiers opened fire"; "the
 * junta suspended the BBC over ... by the army"), if there is one. */
static const mention *organ_owner(const ent_coder *c, size_t sb, const char *suffix)
{
    const mention *last = &c->ments[c->n_ments - 1];
    static const char *const organs[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", NULL};
    /* "Palestinian youths ..., and soldiers opened fire on the crowd":
     * the same kind of actor named earlier in the sentence */
    for (size_t q = c->n_ments; q-- > 0;) {
        const amem *g = c->ments[q].n && !c->ments[q].pronoun ? &c->mem[c->ments[q].first] : NULL;
        size_t rl = g ? strlen(g->root) : 0;
        if (g && rl == 3 && strncmp(g->code, g->root, 3) == 0 && strcmp(g->code + 3, suffix) == 0)
            return &c->ments[q];
    }
    bool organ = false;
    for (size_t k = 0; organs[k] && !organ; k++)
        organ = strcmp(suffix, organs[k]) == 0;
    if (!organ)
        return last;
    for (size_t q = c->n_ments; q-- > 0;) {
        const mention *m = &c->ments[q];
        if (!m->n || m->pronoun || strlen(c->mem[m->first].root) != 3 ||
            !state_organ(&c->mem[m->first]) ||
            strcmp(c->mem[m->first].root, "EUR") == 0)
            continue;
        size_t pp = prep_before(c, m->tb, sb);
        if (pp != SIZE_MAX && tok_any(c, pp, W_LOCATIVE | W_OF_IN_FROM) &&
            !tok_any(c, pp, W_S_OF) && strcmp(c->mem[m->first].code, c->mem[m->first].root) == 0)
            continue; /* a place */
        return m;
    }
    return last;
}

/* The agents from atom ai on are the title of a next member: after "and"
 * or a comma (from token `end`), followed by an actor or a name. */
static bool title_of_next(const ent_coder *c, size_t ai, size_t end, size_t se)
{
    const atom *a = &c->atoms[ai];
    bool coord = false;
    for (size_t k = end; k < a->tb; k++) {
        if (tok_any(c, k, W_S_AND) || c->text[c->toks.v[k].start] == ',')
            coord = true;
        else if (!tok_any(c, k, W_DET))
            return false;
    }
    if (!coord)
        return false;
    size_t after = a->te;
    for (size_t q = ai + 1; q < c->n_atoms && c->atoms[q].tb == after &&
                            c->atoms[q].type == PH_AGENT; q++)
        after = c->atoms[q].te;
    for (size_t q = ai + 1; q < c->n_atoms; q++)
        if (c->atoms[q].tb == after)
            return c->atoms[q].type == PH_ACTOR;
    return name_after(c, after, se) > after;
}

/* "..., and its warplanes bombed": the subject of the sentence (its first
 * noun phrase governed by no preposition) when the possessive at token i
 * opens a coordinated clause whose verb follows its noun; else NULL. */
static const mention *clause_possessive(const ent_coder *c, size_t i, size_t sb, size_t se)
{
    if (i <= sb + 1 || !tok_any(c, i, W_DET) || !tok_any(c, i - 1, W_COORD))
        return NULL;
    bool verb = false;
    for (size_t j = i + 2; j < se && j <= i + 3 && !verb; j++)
        verb = is_verb_tok(c, j) && !in_atom(c, j);
    for (size_t j = i + 1; j < se && j <= i + 3 && !verb; j++)
        verb = is_verb_tok(c, j) && in_atom(c, j) && j > i + 1; /* "warplanes bombed" */
    if (!verb)
        return NULL;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->n && !m->pronoun && prep_before(c, m->tb, sb) == SIZE_MAX)
            return m;
    }
    return NULL;
}

/* An organisation or armed group: no state as a whole nor its organs. */
static bool nonstate(const amem *m)
{
    size_t rl = strlen(m->root);
    if (rl != 3 || strcmp(m->root, "EUR") == 0)
        return rl != 3;
    return strcmp(m->code + 3, "REB") == 0 || strcmp(m->code + 3, "CRM") == 0;
}

/* "the group", "the Islamist group", "the regional bloc", "the alliance":
 * a definite reference to an organisation or armed group at token i (up
 * to two lower-case modifiers); returns the end of the phrase, or 0. */
static size_t group_ref(const ent_coder *c, size_t i, size_t se)
{
    if (!(c->kw[i] & K_THE))
        return 0;
    for (size_t j = i + 1; j < se && j <= i + 3; j++) {
        if (c->kw[j] & K_GROUP_HEAD) /* "group", "alliance"; not "the Organization for ..." */
            return (j + 1 < se && (tok_any(c, j + 1, W_S_OF) || tok_poss(c, j + 1))) ||
                           in_atom(c, j)
                       ? 0
                       : j + 1;
        const ent_token *t = &c->toks.v[j];
        if (!(t->flags & ENT_TOK_WORD) || in_atom(c, j) || is_verb_tok(c, j) || c->cls[j])
            return 0;
    }
    return 0;
}

/* "would not cooperate with the court", "accusing the Hague-based
 * tribunal": after an international court (ICC, ICJ) is named in the
 * sentence or was the last actor, "the court" is that court, not the
 * state's own judiciary. Returns the end of the reference (its court in
 * *out) or 0. */
static size_t court_ref(const ent_coder *c, size_t i, size_t se, ctxact *out)
{
    if (!tok_any(c, i, W_S_THE))
        return 0;
    size_t end = 0;
    for (size_t j = i + 1; j < se && j <= i + 4 && !end; j++) {
        if (c->kw[j] & K_COURT)
            end = j + 2 < se && ((tok_any(c, j + 1, W_S_OF) && !gerund(c, j + 2)) ||
                                 tok_poss(c, j + 1))
                      ? SIZE_MAX /* "the court of appeals" */
                      : j + 1;
        else if (tok_any(c, j, ~W_DET) && !glued_hyphen(c, j))
            return 0;
    }
    if (!end || end == SIZE_MAX)
        return 0;
    out->n = 0;
    for (size_t q = c->n_ments; q-- > 0 && !out->n;)
        for (size_t k = 0; k < c->ments[q].n && !out->n; k++) {
            const amem *g = &c->mem[c->ments[q].first + k];
            if (!strcmp(g->root, "ICC") || !strcmp(g->root, "ICJ"))
                out->m[out->n++] = *g;
        }
    for (size_t k = 0; k < c->last_actor.n && !out->n; k++) {
        const amem *g = &c->last_actor.m[k];
        if (!strcmp(g->root, "ICC") || !strcmp(g->root, "ICJ"))
            out->m[out->n++] = *g;
    }
    return out->n ? end : 0;
}

/* Agents that name people ("protesters", "activists", "rebels"), whom a
 * participle may follow ("people protesting against ..."). */
static bool people_agent(const char *suf)
{
    static const char *const w[] = {"CVL", "REF", "OPP", "LAB", "EDU", "REB", NULL};
    for (size_t k = 0; w[k]; k++)
        if (!strcmp(suf, w[k]))
            return true;
    return false;
}

/* "supporters of former President Jair Bolsonaro", "fighters of Charles
 * Taylor": people named right before "of" and a person are of the
 * person's country, not the person (an opposition figure's followers stay
 * opposition). */
static void followers_of(ent_coder *c, size_t sb)
{
    for (size_t k = 0; k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        size_t j = m->tb;
        if (!m->person || m->pronoun)
            continue;
        while (j > sb + 2 && (tok_is(c, j - 1, "former") || tok_any(c, j - 1, W_S_THE)))
            j--;
        if (j < sb + 2 || !tok_any(c, j - 1, W_S_OF))
            continue;
        const atom *ag = NULL;
        for (size_t a = 0; a < c->n_atoms && !ag; a++)
            if (c->atoms[a].te == j - 1 && c->atoms[a].type == PH_AGENT)
                ag = &c->atoms[a];
        if (!ag || !people_agent(c->d->agents[ag->entry].suffix))
            continue;
        for (size_t a = m->first; a < m->first + m->n; a++) {
            amem *e = &c->mem[a];
            if (strlen(e->root) == 3 && strlen(e->code) == 6 && strcmp(e->code + 3, "OPP") != 0)
                text_join(e->code, sizeof e->code, e->root, 3,
                          c->d->agents[ag->entry].suffix, 6);
        }
        m->tb = ag->tb;
        m->person = false;
    }
}

/* "former" (or "ex-") within the three words before token i. */
static bool former_before(const ent_coder *c, size_t i, size_t sb)
{
    for (size_t j = i; j > sb && j + 3 > i; j--)
        if (tok_is(c, j - 1, "former") || tok_is(c, j - 1, "ex"))
            return true;
    return false;
}

/* Mention x stands where a subject may: not after a preposition, but
 * "Thousands of Belarusians" (after "of"). */
static bool subject_place(const ent_coder *c, const mention *x, size_t sb)
{
    size_t pp = prep_before(c, x->tb, sb);
    return pp == SIZE_MAX || tok_any(c, pp, W_S_OF);
}

/* What an object "them" at token i stands for, s0 being the sentence's
 * first subject: not the subject of its own clause (the first actor after
 * the last comma, or s0 when that clause has none): "Ethiopia ordered UN
 * officials to leave, accusing them" = the officials, the nearest other
 * actor; "Thousands of Belarusians protested, and riot police fired ... to
 * disperse them" = s0. NULL if no actor of the sentence fits. */
static const mention *them_referent(const ent_coder *c, size_t i, size_t sb, const mention *s0)
{
    size_t cs = i;
    while (cs > sb && !((c->toks.v[cs - 1].flags & ENT_TOK_PUNCT) &&
                        strchr(",;", c->text[c->toks.v[cs - 1].start])))
        cs--;
    if (cs > sb && tok_any(c, cs, W_WHO_WHICH))
        return s0; /* "..., who fired at them": the antecedent acts */
    const mention *subj = NULL, *near = NULL;
    for (size_t q = 0; q < c->n_ments && c->ments[q].te <= i; q++) {
        const mention *x = &c->ments[q];
        if (!x->n)
            continue;
        if (!subj && x->tb >= cs && subject_place(c, x, sb))
            subj = x;
        if (strcmp(c->mem[x->first].code, c->mem[s0->first].code) != 0)
            near = x;
    }
    if (subj && strcmp(c->mem[subj->first].code, c->mem[s0->first].code) != 0)
        return s0;
    return near;
}

/* "a visit to Taiwan, and Beijing, which ...": ", and" between two names
 * with no list before them joins clauses, not members (a list of three
 * is "X, Y, and Z"). tb starts the noun phrase, [end, ab) is the gap. */
static bool clause_and(const ent_coder *c, size_t tb, size_t end, size_t ab)
{
    if (ab < end + 2 || !(c->toks.v[end].flags & ENT_TOK_PUNCT) ||
        c->text[c->toks.v[end].start] != ',' || !tok_any(c, end + 1, W_S_AND))
        return false;
    for (size_t j = tb; j < end; j++)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',')
            return false;
    return true;
}

/* Build mentions of one sentence from its atoms and pronouns. */
/* "the two countries", "both Nordic countries": the last two-member
 * mention of this sentence (copied into *buf), else the last pair named in
 * the document. */
static const ctxact *last_pair_named(const ent_coder *c, ctxact *buf)
{
    buf->n = 0;
    for (size_t k = c->n_ments; k-- > 0 && !buf->n;)
        if (c->ments[k].n == 2)
            for (size_t q = 0; q < 2; q++)
                buf->m[buf->n++] = c->mem[c->ments[k].first + q];
    return buf->n ? buf : &c->last_pair;
}

static int build_mentions(ent_coder *c, size_t sb, size_t se)
{
    struct unplaced {
        size_t tb, te;
        uint32_t agent;
        ctxact fallback; /* the country to take when no place is named */
    } unplaced[4];
    size_t n_unplaced = 0;
    c->n_ments = 0;
    c->n_mem = 0;
    c->speaker = speaker_clause(c, sb, se);
    /* "According to Iranian state media, Iran seized ...": the opening
     * attribution ends at its comma */
    c->opener = SIZE_MAX;
    if (se > sb + 2 && tok_is(c, sb, "according"))
        for (size_t j = sb + 2; j < se; j++)
            if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',') {
                c->opener = j;
                break;
            }
    size_t ai = 0;
    for (size_t i = sb; i < se;) {
        while (ai < c->n_atoms && c->atoms[ai].tb < i)
            ai++;
        /* pronouns and "the <agent>" references */
        if (ai >= c->n_atoms || c->atoms[ai].tb != i) {
            /* "the group", "the militant group", "the alliance": the last
             * organisation or armed group named */
            size_t ge = group_ref(c, i, se);
            if (ge && c->last_nonstate.n) {
                if (push_ctx_mention(c, &c->last_nonstate, i, ge, false, NULL))
                    return ENT_ENOMEM;
                i = ge;
                continue;
            }
            ctxact court;
            ge = c->court_seen && tok_any(c, i, W_S_THE) ? court_ref(c, i, se, &court) : 0;
            if (ge) {
                if (push_ctx_mention(c, &court, i, ge, false, NULL))
                    return ENT_ENOMEM;
                i = ge;
                continue;
            }
            size_t pe = pair_ref(c, i, se);
            if (pe) {
                /* "the two countries", "both sides": the last pair named */
                ctxact pair;
                const ctxact *from = last_pair_named(c, &pair);
                if (from->n == 2 && push_ctx_mention(c, from, i, pe, false, NULL))
                    return ENT_ENOMEM;
                i = pe;
                continue;
            }
            if (tok_any(c, i, W_PRON_PERSON)) {
                /* "Merkel met Macron. She urged him ...": "he", "she", "his"
                 * prefer the last subject, "him", "her" the other person */
                const ctxact *who = &c->last_person;
                bool subj_form = tok_is(c, i, "he") || tok_is(c, i, "she") || tok_is(c, i, "his");
                if (subj_form && c->subj_person.n)
                    who = &c->subj_person;
                else if (!subj_form && c->prev_person.n && c->subj_person.n &&
                         same_ctx(&c->last_person, &c->subj_person))
                    who = &c->prev_person;
                if (push_ctx_mention(c, who, i, i + 1, true, NULL))
                    return ENT_ENOMEM;
            } else if (tok_any(c, i, W_PRON_OTHER)) {
                bool plural = tok_any(c, i, W_PRON_PLURAL);
                const ctxact *a = plural && c->last_subject.n ? &c->last_subject : &c->last_actor;
                /* "Tuareg rebels said they had killed", "French troops
                 * crossed into Rwanda, and the RPF warned it would treat
                 * them as enemies": the subject of the sentence's first
                 * clause (for "them", when it is not the nearest one) */
                ctxact lead = {.n = 0};
                if (plural && !tok_any(c, i, W_DET)) {
                    const mention *s0 = NULL, *near = NULL;
                    for (size_t q = 0; q < c->n_ments; q++) {
                        const mention *x = &c->ments[q];
                        if (!x->n || !subject_place(c, x, sb))
                            continue;
                        if (!s0)
                            s0 = x;
                        near = x;
                    }
                    if (s0 && tok_is(c, i, "them"))
                        s0 = them_referent(c, i, sb, s0);
                    else if (s0 == near && !tok_is(c, i, "they"))
                        s0 = NULL;
                    if (s0) {
                        for (size_t k = 0; k < s0->n && lead.n < 8; k++)
                            lead.m[lead.n++] = c->mem[s0->first + k];
                        a = &lead;
                    }
                }
                /* "India and China agreed ... along their border",
                 * "Russia's actions indicate its readiness": a possessive
                 * refers to the nearest actor before it in the sentence */
                ctxact first = {.n = 0};
                const mention *subj = clause_possessive(c, i, sb, se);
                if (subj) {
                    /* "Iraq sent troops into Iran, and its warplanes
                     * bombed ...": a possessive opening a clause is the
                     * sentence subject's */
                    for (size_t k = 0; k < subj->n && first.n < 8; k++)
                        first.m[first.n++] = c->mem[subj->first + k];
                    a = &first;
                } else if (tok_any(c, i, W_DET) && c->n_ments) {
                    const mention *f0 = &c->ments[c->n_ments - 1];
                    for (size_t k = 0; k < f0->n && first.n < 8; k++)
                        first.m[first.n++] = c->mem[f0->first + k];
                    a = &first;
                }
                if (push_ctx_mention(c, a, i, i + 1, false, NULL))
                    return ENT_ENOMEM;
            }
            i++;
            continue;
        }
        /* "a Bosnia-style civil war", "US $50 million": no actor */
        /* "the Vance-Owen peace plan": people's names joined by a hyphen
         * name a plan or pact */
        bool name_pair = c->atoms[ai].type == PH_ACTOR &&
                         c->d->actors[c->atoms[ai].entry].kind == AK_PERSON &&
                         c->atoms[ai].te + 1 < se && glued_hyphen(c, c->atoms[ai].te) &&
                         (c->toks.v[c->atoms[ai].te + 1].flags & ENT_TOK_CAP);
        if (c->atoms[ai].type == PH_ACTOR && (name_pair || not_actor_use(c, c->atoms[ai].te, se))) {
            i = c->atoms[ai].te;
            continue;
        }
        /* "anti-Syria journalist", "pro-Iranian Hizbollah": an attitude
         * towards the actor, not the actor ("pro-Russian separatists"
         * with no other name stay Russian) */
        if (c->atoms[ai].type == PH_ACTOR &&
            (hyph_prefix(c, i, sb, "anti") ||
             (hyph_prefix(c, i, sb, "pro") && ai + 1 < c->n_atoms &&
              c->atoms[ai + 1].tb == c->atoms[ai].te && c->atoms[ai + 1].type == PH_ACTOR))) {
            i = c->atoms[ai].te;
            continue;
        }
        /* "both Nordic countries", "the two Baltic states": the pair just
         * named, not the whole group */
        if (c->atoms[ai].type == PH_ACTOR && c->d->actors[c->atoms[ai].entry].kind == AK_GROUP &&
            ((i > sb && tok_is(c, i - 1, "both")) ||
             (i > sb + 1 && tok_is(c, i - 1, "two") && tok_is(c, i - 2, "the")))) {
            ctxact pair;
            const ctxact *from = last_pair_named(c, &pair);
            if (from->n == 2) {
                if (push_ctx_mention(c, from, i, c->atoms[ai].te, false, NULL))
                    return ENT_ENOMEM;
                i = c->atoms[ai].te;
                continue;
            }
        }
        /* a noun phrase starting at atom ai */
        if (text_grow((void **)&c->ments, &c->cap_ments, c->n_ments, sizeof *c->ments))
            return ENT_ENOMEM;
        mention *m = &c->ments[c->n_ments++];
        m->tb = i;
        m->first = c->n_mem;
        m->n = 0;
        m->person = false;
        m->pronoun = false;
        m->ethnic = i > sb && tok_is(c, i - 1, "ethnic");
        m->placed = false;
        size_t end = i;
        int pending_agent = -1;
        size_t agent_first = m->first, last_first = m->first;
        bool have_actor = false, last_group = false, sub_agent = false;
        bool last_agent = false, named = false, ethnic_sub = false;
        size_t group_first = 0;
        while (ai < c->n_atoms) {
            const atom *a = &c->atoms[ai];
            if (a->tb > end) {
                /* what may separate parts of one noun phrase */
                bool join = false;
                /* "Ukraine and pro-Russian separatists" */
                size_t ab = hyph_prefix(c, a->tb, sb, "pro") ? a->tb - 2 : a->tb;
                if (a->type == PH_ACTOR && have_actor && ab >= end &&
                    !(c->speaker >= end && c->speaker < ab) &&
                    !(c->opener >= end && c->opener < ab) && !clause_and(c, i, end, ab) &&
                    (only_connectors(c, end, ab, last_group) || listed_with_modifiers(c, end, ab))) {
                    join = true;
                    if (ab != a->tb)
                        agent_first = c->n_mem; /* the agent is the pro-X group's */
                }
                /* "the government of Ukraine", "opposition groups in Zimbabwe" */
                if (a->type == PH_ACTOR && pending_agent >= 0 && (!have_actor || sub_agent) &&
                    a->tb <= end + 2 && tok_any(c, a->tb - 1, W_OF_IN_FROM) &&
                    (a->tb == end + 1 ||
                     ((c->toks.v[end].flags & ENT_TOK_WORD) && !is_verb_tok(c, end))))
                    join = true; /* not "troops arrived in Sierra Leone" */
                /* "Foreign Minister Ahmet Davutoglu of Turkey": a name the
                 * dictionaries do not know between the title and "of" */
                if (a->type == PH_ACTOR && pending_agent >= 0 && !have_actor && a->tb > end + 1 &&
                    a->tb <= end + 5 && tok_any(c, a->tb - 1, W_S_OF)) {
                    bool name = true;
                    for (size_t k = end; k + 1 < a->tb && name; k++)
                        name = (c->toks.v[k].flags & ENT_TOK_CAP) && !is_verb_tok(c, k) &&
                               !c->cls[k];
                    if (name)
                        join = true;
                }
                if (a->type == PH_ACTOR && have_actor && m->person && a->tb == end + 1 &&
                    tok_any(c, end, W_S_OF) && c->d->actors[a->entry].kind == AK_STATE)
                    join = true; /* "President Anwar Sadat of Egypt" */
                bool verb_here = false;
                for (size_t q = 0; q < c->n_vms; q++)
                    if (c->vms[q].tb == a->tb)
                        verb_here = true;
                /* "Sudan's military removed President ...": a noun phrase
                 * with its head takes no second head across a verb */
                bool verb_gap = false;
                for (size_t k = end; k < a->tb && last_agent; k++)
                    verb_gap = verb_gap || past_form(c, k);
                if (a->type == PH_AGENT && have_actor && a->tb - end <= 2 && !verb_here &&
                    !verb_gap) {
                    join = true;
                    for (size_t k = end; k < a->tb; k++)
                        if (is_verb_tok(c, k) || (c->toks.v[k].flags & ENT_TOK_PUNCT) ||
                            tok_any(c, k, W_PREPS | W_REPORTING | W_DECLARE | W_CLAUSE_WORDS |
                                              W_AUX_WORDS | W_BE_FORMS))
                            join = false;
                    if (tok_poss(c, end))
                        join = true;
                    /* "Ithilen and the government of Gondor": a new member */
                    if (join && a->tb == end + 2 && tok_any(c, end, W_S_AND) &&
                        tok_any(c, end + 1, W_DET) && a->te + 1 < se &&
                        tok_any(c, a->te, W_S_OF) && ai + 1 < c->n_atoms &&
                        c->atoms[ai + 1].tb == a->te + 1 && c->atoms[ai + 1].type == PH_ACTOR)
                        sub_agent = true;
                    /* "President X and rebel leader Y", "Renamo rebel leader
                     * Y": after a member with a title of its own, a title
                     * after "and" starts the next member (a person) */
                    if (join && !sub_agent && (last_agent || m->person) && a->tb > end &&
                        title_of_next(c, ai, end, se)) {
                        sub_agent = true;
                        last_first = c->n_mem;
                    }
                }
                /* "Iran's foreign ministry", "Sudan's army-backed authorities" */
                bool hyphened = false;
                for (size_t k = end; k < a->tb; k++)
                    hyphened = hyphened || glued_hyphen(c, k);
                if (a->type == PH_AGENT && have_actor &&
                    (a->tb - end <= 3 || (hyphened && a->tb - end <= 5)) && tok_poss(c, end) &&
                    !verb_here)
                    join = true;
                if (!join)
                    break;
            }
            /* "Croatian Serb refugees", "Turkish Cypriot leaders": after a
             * nationality adjective a second nationality is an ethnicity */
            if (a->type == PH_ACTOR && have_actor && a->tb == end && !last_group && ai > 0 &&
                c->atoms[ai - 1].type == PH_ACTOR &&
                c->d->actors[c->atoms[ai - 1].entry].kind == AK_STATE &&
                c->d->actors[a->entry].kind == AK_STATE && demonym_like(c, end - 1) &&
                strcmp(c->d->actors[c->atoms[ai - 1].entry].root, c->d->actors[a->entry].root) != 0) {
                end = a->te;
                ai++;
                ethnic_sub = true;
                continue;
            }
            /* "President Anwar Sadat of Egypt": the person's own state
             * after "of" adds nothing */
            if (a->type == PH_ACTOR && have_actor && m->person && a->tb == end + 1 &&
                tok_any(c, end, W_S_OF) && c->d->actors[a->entry].kind == AK_STATE &&
                c->n_mem > m->first &&
                strcmp(c->mem[c->n_mem - 1].root, c->d->actors[a->entry].root) == 0) {
                end = a->te;
                ai++;
                continue;
            }
            /* "Alexei Navalny, the Kremlin's most prominent critic": a
             * possessor inside an apposition describes the member, it is
             * none */
            if (a->type == PH_ACTOR && have_actor && a->tb > end && a->te < se &&
                tok_poss(c, a->te) && c->text[c->toks.v[end].start] == ',') {
                end = a->te;
                ai++;
                continue;
            }
            if (a->type == PH_ACTOR) {
                bool person;
                /* "Ethiopia's army and the Fano militia": after a member
                 * with its own head noun, later agents are the new one's */
                if (have_actor && last_agent && a->tb > end && !sub_agent)
                    agent_first = c->n_mem;
                /* "the Baltic states of Lithuania, Latvia": the named
                 * members replace the group's full membership */
                if (last_group && a->tb > end && tok_any(c, end, W_S_OF))
                    c->n_mem = group_first;
                /* a person right after "US President": the person decides;
                 * "U.S. State Department": the more specific name of the
                 * same country decides (only for the last actor of a
                 * compound: "Syria and Palestinian leader Yasser Arafat") */
                /* "rebel leader Charles Taylor" in 1990: a title other
                 * than an office of state says what a person holding no
                 * office on the date is (not after "former") */
                char title[8] = "";
                if (c->d->actors[a->entry].kind == AK_PERSON && a->tb == end && ai > 0 &&
                    c->atoms[ai - 1].type == PH_AGENT && !former_before(c, i, sb)) {
                    const char *ts = NULL;
                    if (!have_actor && pending_agent >= 0)
                        ts = c->d->agents[pending_agent].suffix;
                    else if (have_actor && c->n_mem > m->first &&
                             strlen(c->mem[c->n_mem - 1].code) == 6)
                        ts = c->mem[c->n_mem - 1].code + 3;
                    if (ts && strcmp(ts, "GOV") != 0)
                        snprintf(title, sizeof title, "%.3s", ts);
                }
                if (have_actor && a->tb == end && !last_group &&
                    (c->d->actors[a->entry].kind == AK_PERSON ||
                     (c->n_mem > m->first &&
                      strcmp(c->mem[c->n_mem - 1].root, c->d->actors[a->entry].root) == 0)))
                    c->n_mem = last_first;
                size_t before = c->n_mem;
                last_first = before;
                if (resolve_actor(c, a->entry, &person))
                    return ENT_ENOMEM;
                if (person)
                    m->person = true;
                if (title[0] && c->n_mem > before && strlen(c->mem[before].code) == 6 &&
                    strcmp(c->mem[before].code + 3, "ELI") == 0)
                    memcpy(c->mem[before].code + 3, title, 4);
                if (pending_agent >= 0)
                    apply_agent(c, before, (uint32_t)pending_agent);
                if (sub_agent)
                    pending_agent = -1, sub_agent = false;
                have_actor = true;
                if (c->d->actors[a->entry].kind == AK_GROUP) {
                    last_group = true;
                    group_first = before;
                } else if (!(last_group && a->tb > end && tok_any(c, end, W_S_OF))) {
                    /* keep accepting members after "of X, Y and Z" */
                    last_group = last_group && a->tb > end &&
                                 only_connectors(c, end, a->tb, false);
                }
            } else {
                /* "Syria and Palestinian leader Yasser Arafat": before a
                 * person the agent is that person's title only */
                bool titled = ai + 1 < c->n_atoms && c->atoms[ai + 1].tb == a->te &&
                              c->atoms[ai + 1].type == PH_ACTOR &&
                              c->d->actors[c->atoms[ai + 1].entry].kind == AK_PERSON;
                /* "government troops", "Kurd refugees", "military police":
                 * of two adjacent sector words the head noun decides (but
                 * a "military spokesman" stays military) */
                bool head = have_actor && ai > 0 && c->atoms[ai - 1].type == PH_AGENT &&
                            c->atoms[ai - 1].te == a->tb &&
                            (strcmp(c->d->agents[a->entry].suffix, "GOV") != 0 ||
                             /* "the civilian prime minister" */
                             strcmp(c->d->agents[c->atoms[ai - 1].entry].suffix, "CVL") == 0);
                if (head)
                    for (size_t k = agent_first; k < c->n_mem; k++) {
                        amem *g = &c->mem[k];
                        if (strlen(g->root) == 3 && strncmp(g->code, g->root, 3) == 0 &&
                            strcmp(g->root, "EUR") != 0)
                            g->code[3] = '\0';
                    }
                if (have_actor && !sub_agent)
                    apply_agent(c, titled ? last_first : agent_first, a->entry);
                else if (!(pending_agent >= 0 && !strcmp(c->d->agents[a->entry].suffix, "GOV") &&
                           (sub_agent || (ai > 0 && c->atoms[ai - 1].te == a->tb &&
                                          strcmp(c->d->agents[pending_agent].suffix, "CVL")))))
                    pending_agent = (int)a->entry; /* "rebel leader" stays REB */
            }
            end = a->te;
            last_agent = a->type == PH_AGENT;
            ai++;
            /* "Somali President Hassan Sheikh Mohamud": a title and a name
             * the dictionaries do not know are one person */
            if (last_agent) {
                size_t ne = name_after(c, end, se);
                if (ne > end) {
                    end = ne;
                    named = true;
                    m->person = true;
                }
            }
        }
        /* "... and rebel leader Afonso Dhlakama": a titled member with no
         * country named takes the previous member's */
        if (sub_agent && pending_agent >= 0 && named && c->n_mem > m->first) {
            char code[ENT_ACTOR_CODE_MAX], root[ENT_ACTOR_CODE_MAX];
            memcpy(root, c->mem[c->n_mem - 1].root, sizeof root);
            if (strlen(root) == 3 && strcmp(root, "EUR") != 0) {
                text_join(code, sizeof code, root, 3, c->d->agents[pending_agent].suffix, 6);
                if (push_mem(c, code, root))
                    return ENT_ENOMEM;
            }
            pending_agent = -1;
        }
        m->te = end;
        /* "Bosnian Serb forces": the armed forces of an ethnic group within
         * a state are not its army but rebels */
        if (ethnic_sub)
            for (size_t k = m->first; k < c->n_mem; k++)
                if (strlen(c->mem[k].code) == 6 && strcmp(c->mem[k].code + 3, "MIL") == 0)
                    memcpy(c->mem[k].code + 3, "REB", 4);
        /* "Kim Jong Un, the North Korean leader": once agents are applied
         * the same code may appear twice; keep one */
        for (size_t k = m->first + 1; k < c->n_mem;) {
            bool dup = false;
            for (size_t q = m->first; q < k && !dup; q++)
                dup = strcmp(c->mem[q].code, c->mem[k].code) == 0;
            if (dup) {
                memmove(&c->mem[k], &c->mem[k + 1], (c->n_mem - k - 1) * sizeof *c->mem);
                c->n_mem--;
            } else {
                k++;
            }
        }
        m->n = c->n_mem - m->first;
        /* "arrested coup plotters in Ankara": a seat of government after
         * "in" is the place, the state as a whole */
        if (have_actor && m->n == 1 && pending_agent < 0 && ai > 0 &&
            c->atoms[ai - 1].tb == i && c->atoms[ai - 1].te == end) {
            amem *g = &c->mem[m->first];
            size_t pp = prep_before(c, i, sb);
            if (strlen(g->root) == 3 && strncmp(g->code, g->root, 3) == 0 &&
                strcmp(g->code + 3, "GOV") == 0 && pp != SIZE_MAX && tok_is(c, pp, "in"))
                g->code[3] = '\0';
        }
        if (!have_actor) {
            /* "the delegation", "the government": refer back */
            c->n_ments--;
            /* a bare agent ("President Mugabe", "rebels", "the
             * government") belongs to the country of the previous actor
             * of the sentence, else of the document */
            bool adjective = false;
            if (end < se && !named) {
                const ent_token *nx = &c->toks.v[end];
                /* "return weapons and military equipment": inside one verb
                 * phrase the next word is still a noun */
                adjective = (nx->flags & ENT_TOK_WORD) && !(nx->flags & ENT_TOK_CAP) &&
                            (!is_verb_tok(c, end) || is_verb_tok(c, i)) &&
                            !past_form(c, end) && /* "protesters smashed" */
                            !(gerund(c, end) && pending_agent >= 0 &&
                              people_agent(c->d->agents[pending_agent].suffix)) &&
                            !tok_any(c, end, W_PREPS) &&
                            !tok_any(c, end, W_AUX_WORDS) &&
                            !tok_any(c, end, W_NOT_ADJ_NEXT);
            }
            if (pending_agent >= 0 && !adjective) {
                ctxact near = {.n = 0};
                if (c->n_ments) {
                    const mention *pm = named ? &c->ments[c->n_ments - 1]
                                              : organ_owner(c, sb, c->d->agents[pending_agent].suffix);
                    for (size_t k = 0; k < pm->n && near.n < 8; k++)
                        near.m[near.n++] = c->mem[pm->first + k];
                }
                const ctxact *from = near.n ? &near
                                     : c->last_subject.n ? &c->last_subject
                                                         : &c->last_actor;
                bool ok = near.n || named || (i > sb && tok_any(c, i - 1, W_DETERMINER));
                /* "suicide bombers killed 23 people ... in Tel Aviv": the
                 * people a verb acts on are not the subject's by default */
                const char *suf = c->d->agents[pending_agent].suffix;
                /* ("delivering missiles to Moslem guerrillas fighting in
                 * Afghanistan": rebels too belong where they act) */
                bool victims = near.n && (!strcmp(suf, "CVL") || !strcmp(suf, "REF") ||
                                          !strcmp(suf, "REB"));
                if (victims) {
                    victims = false;
                    for (size_t k = c->ments[c->n_ments - 1].te; k < i; k++)
                        if (is_verb_tok(c, k))
                            victims = true;
                }
                if (victims && n_unplaced < 4) {
                    unplaced[n_unplaced++] = (struct unplaced){i, end, (uint32_t)pending_agent, near};
                } else if (ok && from->n) {
                    size_t n0 = c->n_ments;
                    if (push_ctx_mention(c, from, i, end, named, suf))
                        return ENT_ENOMEM;
                    /* a titled name is a new person, not a reference */
                    if (named && c->n_ments > n0)
                        c->ments[n0].pronoun = false;
                }
                /* "Hundreds of thousands of people blocked streets in Hong
                 * Kong": people with no country yet belong to where they act */
                if (n_unplaced < 4 && ((!ok && strcmp(suf, "GOV") != 0) || (named && !from->n)))
                    unplaced[n_unplaced++] =
                        (struct unplaced){i, end, (uint32_t)pending_agent, {.n = 0}};
            }
        } else {
            if (m->person) {
                ctxact nw;
                remember(&nw, c, m);
                if (!same_ctx(&nw, &c->last_person))
                    c->prev_person = c->last_person;
                c->last_person = nw;
            }
            remember(&c->last_actor, c, m);
            for (size_t k = m->n; k-- > 0;)
                if (nonstate(&c->mem[m->first + k])) {
                    c->last_nonstate.n = 1;
                    c->last_nonstate.m[0] = c->mem[m->first + k];
                    break;
                }
            for (size_t k = 0; k < m->n; k++)
                note_root(c, c->mem[m->first + k].root);
            if (m->n == 2)
                remember(&c->last_pair, c, m);
        }
        i = end > i ? end : i + 1;
    }
    for (size_t u = 0; u < n_unplaced; u++)
        if (place_agent(c, sb, unplaced[u].tb, unplaced[u].te, unplaced[u].agent,
                        &unplaced[u].fallback))
            return ENT_ENOMEM;
    followers_of(c, sb);
    locate_ethnic(c, sb);
    locate_pro(c, sb);
    return 0;
}

/* --- events ------------------------------------------------------------ */

static void set_code(char *dst, const char *src)
{
    text_copy(dst, ENT_ACTOR_CODE_MAX, src);
}

static int emit(ent_coder *c, const char *doc, int sidx, const vmatch *v,
                const mention *src, const mention *tgt, bool neg, ent_modality mod,
                ent_event_fn fn, void *ctx)
{
    const ent_token *t = c->toks.v;
    ent_event ev;
    if (!fn)
        return 0;
    memset(&ev, 0, sizeof ev);
    ev.doc = doc;
    ev.sentence = sidx;
    ev.date = c->date;
    text_copy(ev.cameo, sizeof ev.cameo, c->d->verbs[v->entry].code);
    ev.negated = neg;
    ev.modality = mod;
    if (!neg && c->n_sent_codes < 8)
        text_copy(c->sent_codes[c->n_sent_codes++], sizeof c->sent_codes[0], ev.cameo);
    c->last_mod = mod;
    c->last_tb = v->tb;
    ev.start = t[v->tb].start;
    ev.end = t[v->te - 1].end;
    ev.source_start = t[src->tb].start;
    ev.source_end = t[src->te - 1].end;
    if (tgt) {
        ev.target_start = t[tgt->tb].start;
        ev.target_end = t[tgt->te - 1].end;
    }
    for (size_t a = 0; a < src->n; a++) {
        const amem *s = &c->mem[src->first + a];
        size_t nt = tgt ? tgt->n : 0;
        bool any = false;
        for (size_t b = 0; b < nt; b++) {
            const amem *g = &c->mem[tgt->first + b];
            if (strcmp(g->root, s->root) == 0 && strcmp(g->code, s->code) == 0)
                continue;
            set_code(ev.source, s->code);
            set_code(ev.source_root, s->root);
            set_code(ev.target, g->code);
            set_code(ev.target_root, g->root);
            int rc = fn(ctx, &ev);
            if (rc)
                return rc;
            any = true;
        }
        if (!any) {
            set_code(ev.source, s->code);
            set_code(ev.source_root, s->root);
            ev.target[0] = ev.target_root[0] = '\0';
            if (c->implied) {
                set_code(ev.target, c->implied->code);
                set_code(ev.target_root, c->implied->root);
            }
            int rc = fn(ctx, &ev);
            if (rc)
                return rc;
        }
    }
    return 0;
}

/*
 * What is announced for the future is coded as intent, as the CAMEO
 * codebook does: a cooperative material act becomes an expression of
 * intent to do it (06x -> 031x, 07x -> 033x, 08x -> 035x, a meeting -> 036),
 * a conflictual act a threat (16x -> 131x/134-136, 17x -> 132x/137,
 * 18x -> 1383, 19x -> 138x, 20x -> 1385). Returns the code to use.
 */
static const char *intent_code(const char *code)
{
    static const char *const map[][2] = {
        {"060", "031"}, {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
        {"070", "033"}, {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
        {"075", "033"}, {"080", "035"}, {"081", "0351"}, {"0811", "0351"}, {"0812", "0351"},
        {"0813", "0351"}, {"0814", "0351"}, {"082", "0352"}, {"083", "034"}, {"0831", "0341"},
        {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"084", "0353"}, {"0841", "0353"},
        {"0842", "0353"}, {"085", "0354"}, {"086", "0355"}, {"0861", "0355"}, {"0862", "0355"},
        {"0863", "0355"}, {"087", "0356"}, {"0871", "0356"}, {"0872", "0356"}, {"0873", "0356"},
        {"0874", "0356"}, {"040", "036"}, {"042", "036"}, {"043", "036"}, {"044", "036"},
        {"046", "036"}, {"160", "131"}, {"161", "1313"}, {"162", "1311"}, {"1621", "1311"},
        {"1622", "1311"}, {"1623", "1311"}, {"163", "1312"}, {"164", "134"}, {"165", "135"},
        {"166", "136"}, {"1661", "136"}, {"1662", "136"}, {"1663", "136"}, {"170", "130"},
        {"171", "131"}, {"1711", "131"}, {"1712", "131"}, {"172", "132"}, {"1721", "1321"},
        {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"173", "132"}, {"174", "132"},
        {"175", "137"}, {"191", "1381"}, {"192", "1382"}, {"193", "1384"}, {"194", "1384"},
        {"195", "1384"}, {"196", "138"}, {"204", "1385"}, {"2041", "1385"}, {"2042", "1385"},
        {NULL, NULL}};
    for (size_t i = 0; map[i][0]; i++)
        if (strcmp(map[i][0], code) == 0)
            return map[i][1];
    if (code[0] == '1' && code[1] == '8')
        return "1383";
    if ((code[0] == '1' && code[1] == '9') || (code[0] == '2' && code[1] == '0'))
        return "138";
    return code;
}

/* Codes of acts that several actors do together ("X and Y signed a deal",
 * "met", "agreed to cooperate", "declared a truce"): with a compound
 * subject they are coded for each member with no target (CAMEO codes a
 * joint act once per party), unless a partner is named with "with" or
 * "between". */
static bool mutual_code(const char *code)
{
    static const char *const mutual[] = {"031", "0311", "0312", "0313", "0314", "036", "037",
                                         "040", "041", "044", "046", "057", "060", "061",
                                         "062", "063", "064", "0871", "164", NULL};
    for (size_t i = 0; mutual[i]; i++) /* two bytes first: no call for most */
        if (mutual[i][0] == code[0] && mutual[i][1] == code[1] &&
            strcmp(mutual[i] + 2, code + 2) == 0)
            return true;
    return false;
}

#ifdef ENT_CODER_DEBUG
#include <stdio.h>
/* Developer aid (compiled only with -DENT_CODER_DEBUG): the mentions and
 * verb matches of a sentence on stderr. */
static void debug_dump(const ent_coder *c)
{
    const ent_token *t = c->toks.v;
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        fprintf(stderr, "  M[%zu-%zu] '%.*s' ->", m->tb, m->te, (int)(t[m->te - 1].end - t[m->tb].start),
                c->text + t[m->tb].start);
        for (size_t a = 0; a < m->n; a++)
            fprintf(stderr, " %s/%s", c->mem[m->first + a].code, c->mem[m->first + a].root);
        fprintf(stderr, "%s\n", m->pronoun ? " (ref)" : "");
    }
    for (size_t k = 0; k < c->n_vms; k++) {
        const vmatch *v = &c->vms[k];
        fprintf(stderr, "  V[%zu-%zu] '%.*s' %s\n", v->tb, v->te, (int)(t[v->te - 1].end - t[v->tb].start),
                c->text + t[v->tb].start, c->d->verbs[v->entry].code);
    }
}
#endif

static const mention *mention_before(const ent_coder *c, size_t tok, size_t sb)
{
    const mention *best = NULL, *fallback = NULL;
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        /* "U.S. warplanes bombed": a verb pattern that starts with the
         * noun phrase's head has that noun phrase as its subject */
        if (m->te > tok && m->tb < tok && m->n)
            return m;
        if (m->te > tok)
            break;
        fallback = m;
        /* "in Kabul", "in south Serbia", "loyal to the government": not a
         * subject */
        size_t pp = prep_before(c, m->tb, sb);
        if (pp != SIZE_MAX && !tok_any(c, pp, W_S_OF))
            continue;
        best = m;
    }
    return best ? best : fallback;
}

/* The subject of the verb match v (whose words start at vb): the mention
 * before it, or one the pattern starts inside ("American warplanes
 * struck", where "warplanes struck" is the pattern). */
static const mention *subject_of(const ent_coder *c, const vmatch *v, size_t vb, size_t sb)
{
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        if (m->tb < v->tb && m->te > v->tb && m->te < v->te && v->te <= m->te + 2 && m->n)
            return m;
    }
    return mention_before(c, vb, sb);
}

/* Tokens [a, b) are all words that are no verb ("at least eight"). */
/* A comma or other clause punctuation among tokens (a, b). */
static bool punct_between(const ent_coder *c, size_t a, size_t b)
{
    for (size_t j = a + 1; j < b; j++)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && strchr(",;:", c->text[c->toks.v[j].start]))
            return true;
    return false;
}

/* "The military denied on Tuesday that it had struck the hospital": who
 * acts in the denied clause is no target of the denial (016), which is
 * the denier's own. */
static bool denied_content(const ent_coder *c, const vmatch *iv, const mention *tgt)
{
    return tgt && strcmp(c->d->verbs[iv->entry].code, "016") == 0 && iv->te > iv->tb &&
           tok_any(c, iv->te - 1, W_S_THAT) && tgt->tb >= iv->te;
}

/* Token j is a word of denial ("denied", "denies") that is no other
 * verb's: the denial itself (016, "denied on Monday that ...") counts. */
static bool denial_word(const ent_coder *c, size_t j)
{
    if (!tok_any(c, j, W_DENY))
        return false;
    if (!is_verb_tok(c, j))
        return true;
    for (size_t q = 0; q < c->n_vms; q++)
        if (c->vms[q].tb == j)
            return strcmp(c->d->verbs[c->vms[q].entry].code, "016") == 0;
    return false;
}

static bool only_words(const ent_coder *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!(c->toks.v[i].flags & ENT_TOK_WORD) || is_verb_tok(c, i))
            return false;
    return true;
}

/* A past-tense form ("killed", "shot"), not a noun that shares a verb's
 * stem ("rival club team"). */
static bool past_form(const ent_coder *c, size_t i)
{
    const ent_token *t = &c->toks.v[i];
    size_t n = t->end - t->start;
    return (n > 3 && memcmp(c->text + t->end - 2, "ed", 2) == 0) || tok_any(c, i, W_IRREG_PART);
}

/* "we", "they", "he" ...: a subject that is no actor of the dictionary. */
static bool personal_pronoun(const ent_coder *c, size_t i)
{
    static const char *const w[] = {"i", "we", "you", "he", "she", "it", "they", NULL};
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, i, w[k]))
            return true;
    return false;
}

/* Token j is a modal of class `mask` ("may", "will"), not a name or a
 * month capitalised inside the sentence ("Theresa May ordered"). */
static bool modal_word(const ent_coder *c, size_t j, size_t sb, uint64_t mask)
{
    return tok_any(c, j, mask) && !(j > sb && (c->toks.v[j].flags & ENT_TOK_CAP));
}

/* Tokens [a, b) are all auxiliaries ("have", "had", "also"). */
static bool only_aux(const ent_coder *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!tok_any(c, i, W_AUX_WORDS | W_BE_FORMS))
            return false;
    return true;
}

/* ", accusing Kigali of backing the rebels", ", demanding that ...": a
 * participle after a comma that names a verbal act of its own (accusing,
 * demanding, warning, refusing ...), done by the clause's subject. Not
 * the consequences of the act (", killing ten people", ", ending ..."),
 * which are part of it. */
static bool act_participle(const ent_coder *c, size_t vb, size_t sb)
{
    static const char *const w[] = {
        "accusing", "blaming", "demanding", "warning", "threatening", "refusing",
        "rejecting", "urging", "calling", "condemning", "denouncing", "criticising",
        "criticizing", "vowing", "pledging", "promising", "defying", "appealing",
        "insisting", "dismissing", "offering", "asking", "seizing", "capturing",
        "pounding", "shelling", "bombing", "overrunning", NULL};
    if (vb <= sb + 1 || !(c->toks.v[vb - 1].flags & ENT_TOK_PUNCT) ||
        c->text[c->toks.v[vb - 1].start] != ',')
        return false;
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, vb, w[k]))
            return true;
    return false;
}

/* "China suspended cooperation, called off talks and imposed sanctions":
 * a past-tense verb right after a comma, in a list closed by "and" and a
 * later verb, shares the subject of the verbs before it. */
static bool listed_verb(const ent_coder *c, size_t vb, size_t sb)
{
    if (vb <= sb + 1 || c->text[c->toks.v[vb - 1].start] != ',' || !past_form(c, vb) ||
        tok_any(c, vb + 1, W_S_BY))
        return false;
    for (size_t q = 0; q < c->n_vms; q++) {
        size_t qb = c->vms[q].tb;
        if (qb > vb && qb > sb + 1 && tok_any(c, qb - 1, W_S_AND))
            return true;
    }
    return false;
}

/* The verb at vb is coordinated with an earlier one and shares its
 * subject: "and attacked", "but was still refusing", ", accusing". */
static bool coord_verb(const ent_coder *c, size_t vb, size_t sb)
{
    size_t j = vb;
    while (j > sb && tok_any(c, j - 1, W_AUX_WORDS | W_BE_FORMS))
        j--;
    if (j == sb)
        return false;
    if (tok_any(c, j - 1, W_S_AND))
        return true;
    if (j - 1 > sb && tok_any(c, j - 1, W_S_BUT) && c->text[c->toks.v[j - 2].start] == ',')
        return true;
    return act_participle(c, vb, sb) || listed_verb(c, vb, sb);
}

/* The subject a coordinated verb (k-th match) shares with the verb before
 * it: the source of the last event, when it stands before that verb
 * ("expelled Rwanda's ambassador, accusing Kigali": not the ambassador),
 * else the noun phrase before that verb, else `src`. */
static const mention *carried_subject(const ent_coder *c, size_t k, size_t sb,
                                      const mention *last, const mention *src)
{
    size_t pb = c->vms[k - 1].tb;
    if (last && last->te <= pb)
        return last;
    const mention *s0 = mention_before(c, pb, sb);
    return s0 ? s0 : src;
}

/* ", accusing them of ..." after a clause that coded no event: the
 * participle's subject is the sentence's first actor ("Ethiopia ordered
 * UN officials to leave, accusing them"), not the object before it. */
static const mention *participle_subject(const ent_coder *c, const mention *src, size_t sb)
{
    for (size_t q = 0; src && q < c->n_ments && c->ments[q].te <= src->tb; q++) {
        const mention *x = &c->ments[q];
        if (x->n && subject_place(c, x, sb))
            return x;
    }
    return src;
}

/* Mention m is the object of a past-tense verb right before it
 * ("removed President Omar al-Bashir from power and detained him"). */
static bool verb_object(const ent_coder *c, const mention *m, size_t sb)
{
    if (!m || m->tb <= sb + 1)
        return false;
    size_t j = m->tb - 1;
    if (tok_any(c, j, W_DET) && j > sb + 1)
        j--;
    return past_form(c, j) && !tok_any(c, j, W_BE_FORMS | W_AUX_WORDS);
}

/* The mention that ends at token te, or NULL. */
static const mention *mention_ending(const ent_coder *c, size_t te)
{
    for (size_t q = 0; q < c->n_ments; q++)
        if (c->ments[q].te == te && c->ments[q].n)
            return &c->ments[q];
    return NULL;
}

/* Mention m is the object `obj` or a later member of a list with it
 * ("arrested 53 politicians and activists", "stormed Brazil's Congress,
 * Supreme Court and presidential palace"): no subject of a new clause. */
static bool object_list(const ent_coder *c, const mention *obj, const mention *m)
{
    if (obj && m->tb >= obj->tb && m->te <= obj->te)
        return true;
    for (size_t q = 0; obj && q < c->n_ments && obj != m; q++) {
        const mention *x = &c->ments[q];
        if (x->tb >= obj->te && only_connectors(c, obj->te, x->tb, false) &&
            !clause_and(c, obj->tb, obj->te, x->tb))
            obj = x;
    }
    return obj == m;
}

/* "stormed Brazil's Congress, Supreme Court and presidential palace",
 * "freed reporter X and former Marine Y": a target followed by a list
 * closed with "and" (and no verb after its last member) is the whole list.
 * Returns tgt, or buf holding the list. */
static const mention *target_list(const ent_coder *c, const mention *tgt, size_t se,
                                  mention *buf)
{
    const mention *last = tgt;
    bool closed = false;
    for (size_t q = 0; q < c->n_ments && !closed; q++) {
        const mention *x = &c->ments[q];
        if (x->tb < last->te || x == last)
            continue;
        if (x->tb == last->te || !x->n || x->first != last->first + last->n ||
            !only_connectors(c, last->te, x->tb, false) ||
            clause_and(c, tgt->tb, last->te, x->tb))
            break;
        bool dup = false; /* "women and children": one actor */
        for (size_t k = tgt->first; k < x->first && !dup; k++)
            dup = strcmp(c->mem[k].code, c->mem[x->first].code) == 0;
        if (dup)
            break;
        bool and_ = false;
        for (size_t j = last->te; j < x->tb; j++)
            and_ = and_ || tok_any(c, j, W_S_AND);
        if (!and_ && !(c->toks.v[last->te].flags & ENT_TOK_PUNCT))
            break;
        last = x;
        closed = and_;
    }
    if (!closed || (last->te < se && (is_verb_tok(c, last->te) || past_form(c, last->te))))
        return tgt;
    *buf = *tgt;
    buf->te = last->te;
    buf->n = last->first + last->n - tgt->first;
    return buf;
}

/* The mediator of a mediation (045), or the host of a meeting (043), that
 * is not the clause's own act: "in talks mediated by the African Union",
 * "a truce brokered by Qatar and Egypt", "talks that were mediated by
 * Russia", "at a summit hosted by Macron" (the actor after "by"), "with
 * Malaysia acting as mediator" (the actor after "with"). The parties are
 * the subject of the sentence's act. Returns NULL if none. */
static const mention *mediator(const ent_coder *c, const vmatch *v, size_t sb, size_t se)
{
    const char *code = c->d->verbs[v->entry].code;
    if (strcmp(code, "045") != 0 && strcmp(code, "043") != 0)
        return NULL;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (!m->n)
            continue;
        size_t by = tok_any(c, v->te - 1, W_S_BY) ? v->te - 1 : v->te;
        if (by < se && tok_any(c, by, W_S_BY) &&
            (m->tb == by + 1 || (m->tb == by + 2 && tok_any(c, by + 1, W_S_THE))))
            return m;
        if (m->te == v->tb && m->tb > sb && tok_is(c, m->tb - 1, "with"))
            return m;
    }
    return NULL;
}

static int code_root(const char *code)
{
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* "Zimbabwe's army placed President Robert Mugabe under house arrest":
 * the one placed (put, kept, held) under arrest is the target, the subject
 * of the light verb the source. */
static void under_arrest(const ent_coder *c, const vmatch *v, size_t sb, const mention **src,
                         const mention **tgt)
{
    static const char *const put[] = {"placed", "placing", "put", "putting", "kept",
                                      "keeping", "held", "holding", NULL};
    if (v->tb < sb + 3 || code_root(c->d->verbs[v->entry].code) != 17 ||
        !tok_is(c, v->tb - 1, "under"))
        return;
    const mention *obj = mention_ending(c, v->tb - 1);
    if (!obj || obj->tb <= sb + 1)
        return;
    for (size_t k = 0; put[k]; k++)
        if (tok_is(c, obj->tb - 1, put[k])) {
            const mention *s = mention_before(c, obj->tb - 1, sb);
            *tgt = obj;
            if (s && s != obj)
                *src = s;
            return;
        }
}

/* "The African Union gave Sudan's military rulers 15 days to hand power to
 * a civilian authority or face suspension": an ultimatum's giver threatens
 * or demands (10, 13), the one given the time is the target. */
static void ultimatum(const ent_coder *c, const vmatch *v, size_t sb, const mention **src,
                      const mention **tgt)
{
    static const char *const span[] = {"days", "day", "hours", "hour", "weeks", "week",
                                       "months", "month", "until", NULL};
    int r = code_root(c->d->verbs[v->entry].code);
    if (r != 10 && r != 13)
        return;
    for (size_t j = v->tb; j-- > sb;) {
        if (!(c->kw[j] & K_GIVE))
            continue;
        const mention *to = NULL;
        for (size_t q = 0; q < c->n_ments && !to; q++)
            if (c->ments[q].n && (c->ments[q].tb == j + 1 ||
                                  (c->ments[q].tb == j + 2 && tok_any(c, j + 1, W_DET))))
                to = &c->ments[q];
        bool time = false;
        for (size_t k = to ? to->te : j; to && k < to->te + 4 && k < v->tb && !time; k++)
            for (size_t w = 0; span[w] && !time; w++)
                time = tok_is(c, k, span[w]);
        const mention *giver = time ? mention_before(c, j, sb) : NULL;
        if (giver && giver != to && (*src == to || *tgt == NULL || *tgt == giver)) {
            *src = giver;
            *tgt = to;
        }
        return;
    }
}

/* The first mention at or after token `from` introduced by "in", "near",
 * "outside", "at" (across up to three words: "outside of the Iraqi city
 * of Basra"), or NULL. */
static const mention *place_after(const ent_coder *c, size_t from)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *x = &c->ments[q];
        if (x->tb < from || !x->n)
            continue;
        for (size_t j = x->tb + 1; j < x->te; j++) /* "protesters in Moscow" */
            if (tok_any(c, j, W_LOCATIVE))
                return x;
        for (size_t j = x->tb, hop = 0; j > from && hop < 4; j--, hop++) {
            if (tok_any(c, j - 1, W_LOCATIVE))
                return x;
            if (!(c->toks.v[j - 1].flags & ENT_TOK_WORD) || is_verb_tok(c, j - 1))
                break;
        }
    }
    return NULL;
}

/* The suffix of a bare agent right before the verb at vb (across
 * auxiliaries: "Police have arrested"), or NULL. */
static const char *subject_agent(const ent_coder *c, size_t vb)
{
    const char *suf = NULL;
    for (size_t k = 0; k < c->n_atoms; k++) {
        const atom *a = &c->atoms[k];
        if (a->type == PH_AGENT && a->te <= vb && a->te + 2 >= vb && only_aux(c, a->te, vb))
            suf = c->d->agents[a->entry].suffix;
    }
    return suf;
}

/* A mention made up for an actor the sentence implies: ROOT + suffix,
 * spanning the verb. Returns buf, or NULL when out of memory. */
static const mention *made_mention(ent_coder *c, const char *root, const char *suffix,
                                   const vmatch *v, mention *buf)
{
    if (text_grow((void **)&c->mem, &c->cap_mem, c->n_mem, sizeof *c->mem))
        return NULL;
    amem *m = &c->mem[c->n_mem];
    text_join(m->code, sizeof m->code, root, 3, suffix, 6);
    text_copy(m->root, sizeof m->root, root);
    memset(buf, 0, sizeof *buf);
    buf->tb = v->tb;
    buf->te = v->te;
    buf->first = c->n_mem++;
    buf->n = 1;
    return buf;
}

/* A disaster or accident, not an actor: "earthquake", "floods", "crash". */
static bool nature_word(const ent_coder *c, size_t j)
{
    return tok_any(c, j, W_NATURE | W_MARKET);
}

/* The mention m is the owner or modifier of the word at j ("China's
 * economy", "the Mexican peso", "Pakistan's floods"). */
static bool owner_of(const ent_coder *c, const mention *m, size_t j)
{
    return m->te == j || (m->te + 1 == j && tok_poss(c, m->te));
}

/* The subject of the verb at vb is a disaster ("An earthquake measuring
 * 7.3 struck", "Floods triggered by monsoon rains have submerged ...,
 * killing"): no actor's act. The disaster word is among the twelve words
 * before the verb in its clause (or, for a participle after a comma, ",
 * killing ...", in the clause before), with no actor between that is not
 * inside a prepositional phrase. */
static bool nature_subject(const ent_coder *c, size_t vb, size_t sb)
{
    size_t lo = vb > sb + 12 ? vb - 12 : sb;
    bool crossed = false;
    for (size_t j = vb; j-- > lo;) {
        if (j + 1 == vb && j > sb && c->text[c->toks.v[j].start] == ',' && gerund(c, vb)) {
            lo = j > sb + 16 ? j - 16 : sb; /* ", killing ...": the clause before */
            crossed = true;
            continue;
        }
        if (c->text[c->toks.v[j].start] == ',' || tok_any(c, j, W_CLAUSE_WORDS))
            return false;
        if (!nature_word(c, j))
            continue;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->tb > j && m->te <= vb && m->n && prep_before(c, m->tb, sb) == SIZE_MAX)
                return false;
            if (crossed && m->n && m->tb >= sb && m->te <= j && !owner_of(c, m, j))
                return false; /* there the disaster must open the sentence */
        }
        return true;
    }
    return false;
}

/* "were killed when their helicopter crashed", "killed in a plane
 * crash": a violent act (18-20) with an accident or disaster named right
 * after it in its clause; "An airliner crashed into a mountainside ...,
 * killing all 75 people aboard (and injuring ...)": a participle after a
 * comma (or joined to one by "and") whose clause before has no verb match
 * but an accident or disaster word. Neither is anyone's act. */
static bool accident_act(const ent_coder *c, const vmatch *v, size_t sb, size_t se)
{
    int r = code_root(c->d->verbs[v->entry].code);
    if (r >= 18 && r <= 20)
        for (size_t j = v->te; j < se && j < v->te + 8; j++) {
            if (c->text[c->toks.v[j].start] == ',' || tok_any(c, j, W_BOUNDARY & ~W_CONNECTORS))
                break;
            if (tok_any(c, j, W_NATURE))
                return true;
        }
    if (!gerund(c, v->tb))
        return false;
    size_t comma = SIZE_MAX;
    for (size_t j = v->tb; j-- > sb && j + 14 > v->tb;) {
        if (c->text[c->toks.v[j].start] == ',') {
            comma = j;
            break;
        }
        if ((c->tflag[j] & TF_VERB) && !gerund(c, j))
            return false;
    }
    if (comma == SIZE_MAX)
        return false;
    bool nature = false;
    for (size_t j = sb; j < comma; j++) {
        if (c->tflag[j] & TF_VERB)
            return false;
        nature = nature || tok_any(c, j, W_NATURE);
    }
    return nature;
}

/*
 * The attacker of a violent act whose agent the sentence does not name
 * ("were killed by a roadside bomb in Iraq", "Gunmen killed five soldiers
 * in northern Nigeria"): the actor owning a violent event noun right after
 * the verb ("killed in a Russian missile strike"); else, as CAMEO codes an
 * armed group it cannot identify (UAF), the unidentified armed forces of
 * the country where it happened (a place after "in", "near", "outside",
 * "at"), else of the victims' country; in the active voice a bare agent
 * as subject ("Rebels ambushed ...") names the kind of attacker instead
 * of UAF. Returns the attacker's mention (in *buf when made up) or NULL.
 */
static const mention *unnamed_attacker(ent_coder *c, const vmatch *v, const mention *victim,
                                       bool active, mention *buf)
{
    /* "An earthquake struck ..., killing 18 people": nature is no attacker */
    for (size_t j = v->tb > 4 ? v->tb - 4 : 0; j < v->tb; j++)
        if (nature_word(c, j))
            return NULL;
    for (size_t q = 0; q < c->n_vms; q++) {
        const vmatch *w = &c->vms[q];
        int r = code_root(c->d->verbs[w->entry].code);
        if (w->tb < v->te || w->tb > v->te + 8 || r < 18 || r > 20)
            continue;
        for (size_t k = 0; k < c->n_ments; k++)
            if (c->ments[k].te == w->tb && c->ments[k].tb >= v->te && c->ments[k].n)
                return &c->ments[k];
    }
    const mention *place = place_after(c, v->te);
    const amem *where = place ? &c->mem[place->first] : NULL;
    if (!where || strlen(where->root) != 3 || strcmp(where->root, "EUR") == 0)
        where = victim && victim->n ? &c->mem[victim->first] : NULL;
    if (!where || strlen(where->root) != 3 || strcmp(where->root, "EUR") == 0)
        return NULL;
    char root[4];
    memcpy(root, where->root, 4);
    /* "Rebels ambushed a Nigerian army patrol": a bare agent as the
     * subject names the kind of attacker (NGAREB), else UAF */
    const char *suf = active ? subject_agent(c, v->tb) : NULL;
    return made_mention(c, root, suf ? suf : "UAF", v, buf);
}

/* "Police used tear gas to disperse protesters in Nairobi", "The army
 * imposed martial law in Thailand": a bare agent as subject, with no actor
 * before it, belongs to the country of the place of the event (a minimal
 * fallback of the actor side). Returns the made-up mention or NULL. */
static const mention *agent_of_place(ent_coder *c, const vmatch *v, mention *buf)
{
    const char *suf = subject_agent(c, v->tb);
    /* "people killed in last week's collapse": a participle after its
     * noun, followed by a preposition, is no act of that noun */
    if (v->te == v->tb + 1 && v->te < c->toks.n && tok_any(c, v->te, W_PREPS))
        return NULL;
    const mention *place = suf ? place_after(c, v->te) : NULL;
    if (!place || !place->n)
        return NULL;
    const amem *where = &c->mem[place->first];
    if (strlen(where->root) != 3 || strcmp(where->root, "EUR") == 0)
        return NULL;
    char root[4];
    memcpy(root, where->root, 4);
    return made_mention(c, root, suf, v, buf);
}

/* The first mention after `m` and before `lim` introduced by "over",
 * "about" or "against" (across up to three words: "over two Israeli air
 * raids"), or NULL. */
static const mention *matter_after(const ent_coder *c, const mention *m, size_t lim)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *x = &c->ments[q];
        if (x->tb < m->te || x->tb >= lim || !x->n)
            continue;
        for (size_t j = x->tb, hop = 0; j > m->te && hop < 4; j--, hop++) {
            if (tok_any(c, j - 1, W_S_OVER))
                return x;
            if (!(c->toks.v[j - 1].flags & ENT_TOK_WORD) || is_verb_tok(c, j - 1))
                break;
        }
    }
    return NULL;
}

/*
 * Refusing a cooperative act is rejecting it (CAMEO 12): "refused to
 * meet" 125, "refused to sign" 127, "refused to cooperate" 121, "refused
 * to send weapons" 1222, "would not release the prisoners" 1243, "will not
 * lift sanctions" 1244, "refused to allow inspectors" 1245, "refused to
 * withdraw" 1246. Returns the rejection code, or NULL (not cooperative:
 * "refused to attack" stays a negated attack).
 */
static const char *refusal_code(const char *code)
{
    static const char *const map[][2] = {
        {"040", "125"},   {"041", "125"},   {"042", "125"},   {"043", "125"},
        {"044", "125"},   {"046", "125"},   {"036", "125"},   {"057", "127"},
        {"037", "127"},   {"060", "121"},   {"061", "1211"},  {"062", "1212"},
        {"063", "121"},   {"064", "121"},   {"031", "121"},   {"070", "122"},
        {"071", "1221"},  {"072", "1222"},  {"073", "1223"},  {"074", "1224"},
        {"075", "122"},   {"080", "124"},   {"081", "1241"},  {"0811", "1241"},
        {"0812", "1241"}, {"0813", "1241"}, {"0814", "1241"}, {"082", "1242"},
        {"083", "123"},   {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"},
        {"0834", "1234"}, {"084", "1243"},  {"0841", "1243"}, {"0842", "1243"},
        {"085", "1244"},  {"086", "1245"},  {"0861", "1245"}, {"0862", "1245"},
        {"0863", "1245"}, {"087", "1246"},  {"0871", "1246"}, {"0872", "1246"},
        {"0873", "1246"}, {"0874", "1246"}, {"0353", "1243"}, {"0354", "1244"},
        {"0355", "1245"}, {"0356", "1246"}, {NULL, NULL}};
    for (size_t i = 0; map[i][0]; i++)
        if (strcmp(map[i][0], code) == 0)
            return map[i][1];
    return NULL;
}

static bool code_in(const char *code, const char *const *set)
{
    for (size_t i = 0; set[i]; i++)
        if (strcmp(set[i], code) == 0)
            return true;
    return false;
}


/* A state's people or government as an implied target: ROOT + suffix. */
static bool implied_of(const amem *m, const char *suffix, amem *out)
{
    if (!m || strlen(m->root) != 3 || strcmp(m->root, "EUR") == 0)
        return false;
    text_join(out->code, sizeof out->code, m->root, SIZE_MAX, suffix, SIZE_MAX);
    text_copy(out->root, sizeof out->root, m->root);
    return true;
}

/* After the verb: "bowing to / despite / amid ... protests". */
static bool yields_to_protest(const ent_coder *c, size_t vte, size_t se)
{
    bool cued = false;
    for (size_t j = vte; j < se; j++) {
        if (cued && (c->kw[j] & K_PROTEST))
            return true;
        cued = cued || (c->kw[j] & K_YIELD);
    }
    return false;
}

/*
 * The target an act implies when the sentence names none, as CAMEO codes
 * it: a curfew, state of emergency or martial law, and restrictions on
 * freedoms or the press (imposed, threatened or lifted) target the
 * civilians of the place they cover ("in Cizre in
 * southeastern Turkey"), else of the source's own country; a protest,
 * strike or boycott by a state's people targets their government. `tgt`
 * may be cleared (a curfew "in Kabul" targets Kabul's people, not the
 * seat of government). Returns true with *out set.
 */
static bool implied_target(const ent_coder *c, const char *code, const mention *src,
                           const mention **tgt, size_t vte, size_t se, amem *out)
{
    static const char *const curfew[] = {"0811", "0813", "0814", "1721", "1723", "1724",
                                         "1323", "1324", NULL};
    if (!src || !src->n)
        return false;
    const amem *s0 = &c->mem[src->first];
    if (code_in(code, curfew)) {
        const mention *place = NULL;
        for (size_t q = 0; q < c->n_ments && !place; q++) {
            const mention *m = &c->ments[q];
            if (m->tb >= vte && m->tb < se && m->n && m->tb > 0 &&
                tok_any(c, m->tb - 1, W_LOCATIVE))
                place = m;
        }
        if (*tgt && !place)
            return false;
        *tgt = NULL;
        return implied_of(place ? &c->mem[place->first] : s0, "CVL", out);
    }
    /* "resigned, bowing to mass protests", "will not resign despite weeks
     * of street protests": yielding to (08) or defying (12) protests
     * answers the protesters, the source's own people */
    int r = code_root(code);
    if (!*tgt && (r == 8 || r == 12) && state_organ(s0) && yields_to_protest(c, vte, se))
        return implied_of(s0, "CVL", out);
    /* protests by a state's people, not by its organs; a state as a whole
     * that "protested" (140) protests diplomatically, but one that
     * demonstrates, strikes or riots (141-145) stands for its people */
    if (code[0] == '1' && code[1] == '4' && !*tgt) {
        bool whole = strcmp(s0->code, s0->root) == 0;
        if (state_organ(s0) && !(whole && code[2] != '0'))
            return false;
        return implied_of(s0, "GOV", out);
    }
    return false;
}

/* Is `fine` a more specific code of the same root than `coarse` ("091"
 * than "090", "1721" than "172")? */
static bool more_specific(const char *fine, const char *coarse)
{
    /* codes of different roots first, without measuring them */
    if (!fine[0] || fine[0] != coarse[0] || !fine[1] || fine[1] != coarse[1])
        return false;
    size_t lf = strlen(fine), lc = strlen(coarse);
    if (lf < 3 || lc < 3 || fine[0] != coarse[0] || fine[1] != coarse[1] ||
        strcmp(fine, coarse) == 0)
        return false;
    for (size_t k = 0; k < lf; k++) /* CAMEO digits only (not "023?") */
        if (fine[k] < '0' || fine[k] > '9')
            return false;
    if (lf > lc && strncmp(fine, coarse, lc) == 0)
        return true;
    return lc == 3 && coarse[2] == '0';
}

/* "launched an investigation into alleged crimes": a light verb and its
 * event noun ("launched * investigation", 090) take the more specific
 * code of a pattern that starts at the noun ("investigation * crimes",
 * 091) and reaches further. */
static void refine_by_noun(const ent_coder *c, size_t sb, vmatch *m)
{
    size_t last = m->te - 1;
    if (last <= m->tb)
        return;
    const struct bestm *b = &c->best[last - sb];
    if (b->end[PH_VERB] <= m->te) {
        /* "set off two car bombs" (183): a pattern inside the match that
         * ends with it ("car bombs", 1832) is the more specific noun */
        for (size_t i = m->tb + 1; i < last; i++) {
            const struct bestm *bi = &c->best[i - sb];
            if (bi->end[PH_VERB] == m->te &&
                more_specific(c->d->verbs[bi->entry[PH_VERB]].code, c->d->verbs[m->entry].code)) {
                m->entry = bi->entry[PH_VERB];
                return;
            }
        }
        return;
    }
    if (more_specific(c->d->verbs[b->entry[PH_VERB]].code, c->d->verbs[m->entry].code)) {
        m->entry = b->entry[PH_VERB];
        m->te = b->end[PH_VERB];
    }
}

/* "last month's", "the year's": a unit of time. */
static bool time_noun(const ent_coder *c, size_t i)
{
    return (c->kw[i] & K_TIME_NOUN) != 0; /* "week", "year", "summer" */
}




/* "forces backed by Russian airstrikes", "Iraqi forces, backed by
 * coalition air strikes,": a past participle right after a noun phrase
 * (or its comma) and followed by "by" is a reduced relative clause, an
 * attribute of the noun, not the sentence's event. */
static bool reduced_passive(const ent_coder *c, const vmatch *v, size_t sb, size_t se)
{
    size_t vb = v->tb;
    if (vb <= sb || v->te >= se || !tok_any(c, v->te, W_S_BY) || v->te != vb + 1)
        return false;
    const ent_token *t = &c->toks.v[vb];
    size_t n = t->end - t->start;
    bool participle = (n > 3 && memcmp(c->text + t->end - 2, "ed", 2) == 0) ||
                      tok_any(c, vb, W_IRREG_PART);
    if (!participle)
        return false;
    size_t p = vb - 1;
    if ((c->toks.v[p].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[p].start] == ',' && p > sb)
        p--;
    for (size_t k = 0; k < c->n_ments; k++)
        if (c->ments[k].te == p + 1)
            return true;
    return false;
}

/* "the impeached president", "a captured pilot": a participle right after
 * an article or an owner qualifies the noun after it; it reports no act. */
static bool attributive_participle(const ent_coder *c, const vmatch *v, size_t sb)
{
    size_t vb = v->tb;
    if (vb <= sb || !tok_any(c, vb - 1, W_DET) ||
        tok_any(c, vb - 1, W_S_THAT | W_PRON_PERSON))
        return false;
    const ent_token *t = &c->toks.v[vb];
    return t->end - t->start > 4 && memcmp(c->text + t->end - 2, "ed", 2) == 0;
}

/* ", drawing condemnation from X", ", prompting X to ...": the index of
 * the participle opening a consequence clause, or SIZE_MAX; *from is set
 * when its actor follows "from". */
static size_t consequence_clause(const ent_coder *c, size_t sb, size_t se, bool *from)
{
    for (size_t j = sb + 1; j + 1 < se; j++) {
        if (!((c->toks.v[j - 1].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j - 1].start] == ','))
            continue;
        if (c->kw[j] & (K_CONSEQ_FROM | K_CONSEQ_SUBJ)) { /* "drawing", "prompting" */
            *from = (c->kw[j] & K_CONSEQ_FROM) != 0;
            return j;
        }
    }
    return SIZE_MAX;
}

/* Verb match k is part of a demand, not an act of its own: the demand
 * of a protest ("blocked roads ... to demand that ...", "marched ...,
 * demanding that ...": the protest is the event, its demand says what it
 * is for), or what a demand asks for ("demanded that the government
 * disband the unit, a police force notorious for torture": neither the
 * disbanding nor the torture is reported as done). The demand and the
 * verb share a clause (an apposition's comma does not end it). */
static bool demand_content(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    if (!c->demands)
        return false;
    bool demand = code_root(c->d->verbs[v->entry].code) == 10;
    bool participle = gerund(c, v->tb) || (v->tb > sb && tok_any(c, v->tb - 1, W_S_TO));
    bool any = false; /* a protest before a demand, a demand before an act */
    for (size_t q = 0; q < k && !any && (participle || !demand); q++) {
        int r = code_root(c->d->verbs[c->vms[q].entry].code);
        any = demand ? r == 14 : r == 10;
    }
    if (!any)
        return false;
    size_t from = v->tb;
    for (size_t q = k; q-- > 0;) {
        const vmatch *w = &c->vms[q];
        for (size_t j = w->te; j < from; j++) {
            const char ch = c->text[c->toks.v[j].start];
            bool apposition = ch == ',' && j + 1 < v->tb && tok_any(c, j + 1, W_DET);
            if (ch == ';' || (ch == ',' && !apposition && !(demand && participle)) ||
                (tok_any(c, j, W_CLAUSE_WORDS) && !tok_any(c, j, W_S_THAT)))
                return false;
        }
        int r = code_root(c->d->verbs[w->entry].code);
        if (r == 14 && demand && participle)
            return true;
        if (r == 10 && !demand) {
            for (size_t j = w->tb; j < w->te + 2 && j < v->tb; j++)
                if (tok_any(c, j, W_S_THAT))
                    return true;
            return false;
        }
        from = w->tb;
    }
    return false;
}

/* "agreed [in Geneva on Monday] to": the tokens [a, b) between a verb and
 * its "to" are at most a few adverbial words, no clause punctuation, no
 * other verb match. */
static bool adverbial_gap(const ent_coder *c, size_t a, size_t b)
{
    if (b > a + 7)
        return false;
    for (size_t j = a; j < b; j++)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_BOUNDARY | W_S_TO))
            return false;
    return true;
}

/*
 * "agreed to hold talks", "threatened to impose sanctions": a general
 * intent or threat (the k-th verb match) takes the specific code of the
 * act it introduces (036, 1312), as the codebook asks. "The EU agreed to
 * impose sanctions", "agreed to freeze funds": an agreement to a
 * non-cooperative act (roots 11-20) is the decision to do it, coded as
 * the act, not as an intent to cooperate; so is agreeing to de-escalate
 * ("agreed to pause its offensive" 0871, as "agreed to a ceasefire").
 * Updates *iv.
 */
static void intent_of_next(const ent_coder *c, size_t k, vmatch *iv)
{
    const ent_dict *d = c->d;
    const vmatch *v = &c->vms[k];
    if (k + 1 >= c->n_vms)
        return;
    const vmatch *nx = &c->vms[k + 1];
    const char *hc = d->verbs[v->entry].code, *nc = d->verbs[nx->entry].code;
    bool head_intent = strcmp(hc, "030") == 0 || strcmp(hc, "031") == 0 ||
                       strcmp(hc, "037") == 0 || strcmp(hc, "035") == 0;
    bool head_threat = strcmp(hc, "130") == 0 || strcmp(hc, "131") == 0;
    if (!(head_intent || head_threat) || nx->tb <= v->te - 1 || !tok_any(c, nx->tb - 1, W_S_TO) ||
        !adverbial_gap(c, v->te, nx->tb - 1))
        return;
    if (strcmp(hc, "037") == 0 && (code_root(nc) >= 11 || strncmp(nc, "087", 3) == 0)) {
        iv->entry = nx->entry;
        iv->te = nx->te;
        return;
    }
    const char *ic = intent_code(nc);
    bool ok = head_intent ? (ic[0] == '0' && ic[1] == '3') : (ic[0] == '1' && ic[1] == '3');
    if (ok && strcmp(ic, hc) != 0)
        for (size_t q = 0; q < d->n_verbs; q++)
            if (strcmp(d->verbs[q].code, ic) == 0) {
                iv->entry = (uint32_t)q;
                iv->te = nx->te;
                break;
            }
}

/* "..., a move Seoul denounced as retaliation", "a charge the Kremlin
 * dismissed", "and Syria condemned the move": a reaction whose object is
 * the act just reported (a noun such as move, decision, verdict,
 * incident right before its subject or right after its verb). Its
 * target is that act's source. */
static bool reaction_to_act(const ent_coder *c, const vmatch *v, const mention *src, size_t sb,
                            size_t se)
{
    static const char *const nouns[] = {
        "move", "decision", "step", "verdict", "ruling", "charge", "charges", "accusation",
        "accusations", "call", "measure", "measures", "action", "announcement", "sentence",
        "incident", "attack", "attacks", "killing", "killings", "strike", "strikes", "raid",
        "raids", "visit", "remarks", "statement", "comments", "proclamation", "recognition",
        "law", "order", "plan", "proposal", "ultimatum", NULL};
    size_t at[2] = {SIZE_MAX, SIZE_MAX};
    size_t p = src ? src->tb : sb;
    if (p > sb && tok_any(c, p - 1, W_S_THE))
        p--; /* ", a move the European Union condemned" */
    if (p > sb + 1 && tok_any(c, p - 1, W_S_THAT | W_WHO_WHICH))
        p--; /* ", a move that Israel denounced" */
    if (p >= sb + 3 && c->text[c->toks.v[p - 3].start] == ',' &&
        tok_any(c, p - 2, W_DET | W_DETERMINER))
        at[0] = p - 1; /* ", a move <src> condemned" */
    if (v->te + 1 < se && tok_any(c, v->te, W_DET | W_DETERMINER))
        at[1] = v->te + 1; /* "condemned the move" */
    for (size_t a = 0; a < 2; a++)
        for (size_t k = 0; at[a] != SIZE_MAX && nouns[k]; k++)
            if (tok_is(c, at[a], nouns[k]))
                return true;
    /* "demanded an immediate halt to the bombardment", "ordered an
     * inquiry into the strike" */
    for (size_t j = v->te; j + 2 < se && j < v->te + 6; j++) {
        if (tok_any(c, j, W_BOUNDARY))
            break;
        if (tok_any(c, j, W_PREPS) && !tok_any(c, j, W_TEMPORAL) && tok_any(c, j + 1, W_S_THE) &&
            (c->kw[j + 2] & K_ACT)) /* "the bombardment", "the strike" */
            return true;
    }
    return false;
}

/* "signed an executive order imposing sanctions", "signed a decree
 * recognising ...": signing a unilateral instrument (order, decree, law,
 * bill, proclamation) is no agreement (057); what the instrument does is
 * the event. */
static bool signed_instrument(const ent_coder *c, const vmatch *v, size_t se)
{
    static const char *const w[] = {"order", "decree", "law", "bill", "proclamation",
                                    "legislation", "ordinance", "executive", NULL};
    if (strcmp(c->d->verbs[v->entry].code, "057") != 0 || v->te != v->tb + 1)
        return false;
    for (size_t j = v->te; j < se && j < v->te + 3; j++)
        for (size_t k = 0; w[k]; k++)
            if (tok_is(c, j, w[k]))
                return true;
    return false;
}

/* "..., and Hamas vowed revenge", "Tehran warned of a harsh response": a
 * disapproval, rejection or threat (roots 11-13) with no target of its
 * own, by another state than the one that acted just before, answers
 * that act. */
static bool answers_act(const ent_coder *c, const vmatch *v, const mention *src,
                        const mention *last)
{
    int r = code_root(c->d->verbs[v->entry].code);
    return r >= 11 && r <= 13 && last->te <= src->tb &&
           strcmp(c->mem[last->first].root, c->mem[src->first].root) != 0;
}

/* "killed at least 184 people", "executed some 300 men", "killed
 * hundreds": a killing (18x) of twenty people or more is a mass killing
 * (202), as CAMEO codes massacres; the killing of protesters is the
 * violent repression of a protest (175); an expulsion (166, 174) of a
 * thousand people or more ("expelled about 40,000 Palestinians",
 * "thousands of") is a mass expulsion (201). Updates *iv. */
static void mass_killing(const ent_coder *c, vmatch *iv, size_t se)
{
    static const char *const many[] = {"dozens", "scores", "hundreds", "thousands", NULL};
    static const char *const many_k[] = {"thousands", "millions", NULL};
    static const char *const quantifiers[] = {"at", "least", "more", "than", "some", "about",
                                              "over", "nearly", "almost", "around", "up",
                                              "to", "an", "estimated", NULL};
    static const char *const crowd[] = {"protesters", "demonstrators", "protesting",
                                        "marchers", "mourners", NULL};
    const char *code = c->d->verbs[iv->entry].code;
    bool expel = strcmp(code, "166") == 0 || strcmp(code, "174") == 0;
    if (strcmp(code, "1823") != 0 && strcmp(code, "180") != 0 && !expel)
        return;
    long least = expel ? 1000 : 20;
    const char *const *words = expel ? many_k : many;
    bool mass = false;
    size_t j = iv->te;
    for (; j < se && j < iv->te + 4 && !mass; j++) {
        const ent_token *t = &c->toks.v[j];
        if (t->flags & ENT_TOK_NUM) {
            long n = 0;
            for (size_t b = t->start; b < t->end; b++)
                if (c->text[b] >= '0' && c->text[b] <= '9')
                    n = n < 100000 ? n * 10 + (c->text[b] - '0') : n;
            mass = n >= least;
            break;
        }
        for (size_t k = 0; words[k]; k++)
            mass = mass || tok_is(c, j, words[k]);
        bool quant = false; /* "at least", "more than", "some", "an estimated" */
        for (size_t k = 0; quantifiers[k]; k++)
            quant = quant || tok_is(c, j, quantifiers[k]);
        if (!quant)
            break;
    }
    if (!mass)
        return;
    const char *to = expel ? "201" : "202";
    for (size_t q = j; !expel && q < se && q < j + 4; q++)
        for (size_t k = 0; crowd[k]; k++)
            if (tok_is(c, q, crowd[k]))
                to = "175";
    for (size_t q = 0; q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, to) == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* "Three suicide bombers attacked the airport, killing more than 40
 * people": a violent act (18-20) whose subject is a suicide bomber is a
 * suicide attack (1831), whatever the count. Updates *iv. */
static void suicide_attack(const ent_coder *c, vmatch *iv, const mention *src, size_t sb)
{
    int r = code_root(c->d->verbs[iv->entry].code);
    if (r < 18 || r > 20 || !src || src->te > iv->tb)
        return;
    bool suicide = false;
    for (size_t j = src->tb > sb ? src->tb - 1 : sb; j < src->te && !suicide; j++)
        suicide = tok_any(c, j, W_SUICIDE);
    for (size_t q = 0; suicide && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, "1831") == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* "Kim stepped across the demarcation line on Friday to meet Moon",
 * "made a surprise stopover in Lahore to meet Sharif": "to meet" as the
 * purpose of a journey made (a past verb in its clause, not "was
 * expected", "is scheduled") reports the visit (042), not an intent to
 * meet (036). Updates *iv. */
static void purpose_meeting(const ent_coder *c, vmatch *iv, size_t sb)
{
    if (strcmp(c->d->verbs[iv->entry].code, "036") != 0 || !tok_any(c, iv->tb, W_S_TO))
        return;
    bool made = false;
    for (size_t j = iv->tb; j-- > sb && !made;) {
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || (c->tflag[j] & TF_VERB) ||
            tok_any(c, j, W_CLAUSE_WORDS))
            return;
        made = past_form(c, j) && !tok_any(c, j, W_PLAN | W_REFUSAL | W_ADJ_PART) &&
               !(j > sb && tok_any(c, j - 1, W_BE_FORMS | W_AUX_WORDS));
    }
    for (size_t q = 0; made && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, "042") == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* "deployed 1,000 soldiers to Mozambique to help government forces
 * fight insurgents", "ordered a carrier group to the Mediterranean to
 * bolster Israel's defences": troops sent to help, protect or support
 * another are military protection (074), not a show of force (15).
 * Updates *iv. */
static void protective_deployment(const ent_coder *c, vmatch *iv, size_t se)
{
    static const char *const help[] = {"help", "bolster", "shore", "protect", "support",
                                       "defend", "assist", "reinforce", NULL};
    if (code_root(c->d->verbs[iv->entry].code) != 15)
        return;
    bool to_help = false;
    for (size_t j = iv->te; j + 1 < se && j < iv->te + 14 && !to_help; j++) {
        const char ch = c->text[c->toks.v[j].start];
        if (ch == ';' || ch == '.' || ch == ',')
            break;
        if (!tok_any(c, j, W_S_TO))
            continue;
        for (size_t k = 0; help[k] && !to_help; k++)
            to_help = tok_is(c, j + 1, help[k]);
    }
    for (size_t q = 0; to_help && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, "074") == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* "The U.N. envoy warned that the talks were in danger of collapse",
 * "warned that the country faced the risk of civil war": a warning of a
 * danger, with no consequence the speaker threatens (retaliation,
 * measures, force), is a pessimistic comment (012), not a threat (13).
 * Updates *iv. */
static void pessimistic_warning(const ent_coder *c, vmatch *iv, size_t se)
{
    if (code_root(c->d->verbs[iv->entry].code) != 13 || !tok_any(c, iv->tb, W_WARN))
        return;
    bool bad = false;
    for (size_t j = iv->tb + 1; j < se && j < iv->tb + 20; j++) {
        const char ch = c->text[c->toks.v[j].start];
        if (ch == ';' || ch == '.')
            break;
        if (tok_any(c, j, W_PENALTY))
            return;
        bad = bad || tok_any(c, j, W_DANGER);
    }
    for (size_t q = 0; bad && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, "012") == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* "dropped chemical bombs on the town", "barrel bombs filled with
 * chlorine gas", "attacked Kurdish forces with mustard gas": a violent
 * act (18-19) whose match, or a "with" phrase after it in its clause,
 * names a chemical weapon is the use of chemical weapons (2041) ("air
 * strikes on chemical weapons sites" are not). Updates *iv. */
static void chemical_attack(const ent_coder *c, vmatch *iv, size_t se)
{
    int r = code_root(c->d->verbs[iv->entry].code);
    if (r != 18 && r != 19)
        return;
    bool chem = false, with = false;
    for (size_t j = iv->tb; j < se && j < iv->te + 10 && !chem; j++) {
        if (j >= iv->te && (c->toks.v[j].flags & ENT_TOK_PUNCT))
            break;
        with = with || (j >= iv->te && tok_any(c, j, W_S_WITH) && !tok_any(c, j, W_S_BETWEEN));
        chem = (j < iv->te || with) && tok_any(c, j, W_CHEM);
    }
    for (size_t q = 0; chem && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, "2041") == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* The code of a violent act by the kind of its actor: a state's
 * military does not use "unconventional violence" (180) but conventional
 * force ("troops began ground raids", "tanks stormed": 190); people
 * (civilians, students, workers, the opposition) who storm a building
 * riot (145: "protesters stormed government buildings"), where armed men
 * storming a place attack it (190). Updates *iv. */
static void force_by_kind(const ent_coder *c, vmatch *iv, const mention *src)
{
    const char *code = c->d->verbs[iv->entry].code, *to = NULL;
    if (!src || !src->n || src->te > iv->tb)
        return;
    const amem *s = &c->mem[src->first];
    const char *suf = s->code + strlen(s->root);
    if (code[0] != '1' || (code[1] != '8' && code[1] != '9') || code[2] != '0' || code[3])
        return; /* 180 or 190 only */
    if (code[1] == '8' && strcmp(suf, "MIL") == 0)
        to = "190";
    else if (code[1] == '9' && people_agent(suf) && strcmp(suf, "REB") != 0 &&
             (tok_is(c, iv->tb, "stormed") || tok_is(c, iv->tb, "storm") ||
              tok_is(c, iv->tb, "storming")))
        to = "145";
    for (size_t q = 0; to && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, to) == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* The act of verb match v (verb group from `from` to vb) is no event:
 * it is the condition of another ("talks would resume only if Turkey
 * arrested ...": "if"/"unless" before it in its clause), or only possible
 * ("could", "might", "may", "can") in the words of someone else than the
 * actor ("North Korea could conduct a test, analysts said"). A threat
 * (root 13) is always an event. */
static bool speculation(const ent_coder *c, const vmatch *v, const mention *src, size_t from,
                        size_t vb, size_t sb)
{
    static const char *const possible[] = {"could", "might", "may", "can", NULL};
    if (code_root(c->d->verbs[v->entry].code) == 13)
        return false;
    for (size_t j = vb; j-- > sb;) {
        if (c->text[c->toks.v[j].start] == ',' || tok_any(c, j, W_BOUNDARY))
            break;
        if (tok_any(c, j, W_COND_WORDS))
            return true;
    }
    if (c->speaker == SIZE_MAX)
        return false;
    for (size_t j = v->te; j < c->speaker; j++)
        if (tok_any(c, j, W_COND_WORDS))
            return false; /* "may halt mediation if ...": a conditional threat */
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb > c->speaker && m->n && src->n &&
            strcmp(c->mem[m->first].root, c->mem[src->first].root) == 0)
            return false; /* "Turkey may attack, Turkish officials said" */
    }
    for (size_t j = from; j < v->te; j++)
        for (size_t k = 0; possible[k]; k++)
            if (j != vb && tok_is(c, j, possible[k]) && !(c->toks.v[j].flags & ENT_TOK_CAP))
                return true;
    return false;
}

/* "..., a day after gunmen killed 26 men", "minutes after Gorbachev
 * announced his resignation": a verb in a background clause (after,
 * since, before, until opening the clause, with the verb's subject after
 * it) reports no event of the sentence. */
static bool background_clause(const ent_coder *c, const mention *src, size_t vb, size_t sb)
{
    if (!src || src->tb >= vb)
        return false;
    for (size_t j = src->tb; j-- > sb;) {
        if (c->text[c->toks.v[j].start] == ',' || tok_any(c, j, W_BOUNDARY) ||
            is_verb_tok(c, j))
            return false;
        if (tok_any(c, j, W_BG))
            return true;
    }
    return false;
}

/* "China's economy grew ..., beating the target", "the Mexican peso
 * fell", "Iran's currency ... slid": an actor that only owns or modifies
 * the subject of a market report (economy, currency, exports, prices)
 * does not act. */
static bool market_owner(const ent_coder *c, const mention *src, size_t vb)
{
    if (!src || !src->n || src->te >= vb)
        return false;
    size_t j = src->te < c->toks.n && tok_poss(c, src->te) ? src->te + 1 : src->te;
    return j < vb && tok_any(c, j, W_MARKET);
}

/* The "that" at q opens a relative clause ("the referendum that Madrid
 * had declared illegal"), not reported speech ("said that", "told the
 * Council on Thursday that", "denied that"): no reporting, declaring or
 * denying word and no verb match in the nine tokens before it. */
static bool relative_that(const ent_coder *c, size_t q, size_t sb)
{
    for (size_t j = q; j-- > sb && j + 10 > q;) {
        if (tok_any(c, j, W_REPORTING | W_DECLARE | W_DENY) || (c->tflag[j] & TF_VERB))
            return false;
        if (c->text[c->toks.v[j].start] == ',')
            break;
    }
    return q > sb && !tok_any(c, q - 1, W_PREPS);
}

/* "Halabja, which Iranian forces had captured last week", "Shevardnadze,
 * who had vowed to defend the city": a relative clause in the past
 * perfect tells what had happened before, background to the sentence's
 * event, not an event of its own. */
static bool earlier_relative(const ent_coder *c, size_t vb, size_t sb)
{
    size_t j = vb;
    bool had = false;
    if (j > sb + 2 && tok_any(c, j - 1, W_S_TO) && past_form(c, j - 2))
        j -= 2; /* "who had vowed to defend" */
    while (j > sb && tok_any(c, j - 1, W_AUX_WORDS | W_NEG_WORDS)) {
        had = had || tok_any(c, j - 1, W_HAD);
        j--;
    }
    for (size_t q = j; had && q-- > sb && q + 8 > j;) {
        if (c->text[c->toks.v[q].start] == ',' || (c->tflag[q] & TF_VERB))
            return false;
        /* "that" after a noun, not after "said"/"told X on Monday" */
        if (tok_any(c, q, W_RELPRON))
            return !tok_any(c, q, W_S_THAT) || relative_that(c, q, sb);
    }
    return false;
}

/* A verb match or an infinitive starts in tokens [a, b) ("agreed to a
 * ceasefire to end the fighting between X and Y": X and Y are the
 * fighting's). */
static bool verb_between(const ent_coder *c, size_t a, size_t b)
{
    for (size_t q = 0; q < c->n_vms; q++)
        if (c->vms[q].tb >= a && c->vms[q].tb < b)
            return true;
    for (size_t j = a; j + 1 < b; j++) /* "to end ...": an infinitive clause */
        if (tok_any(c, j, W_S_TO) && !in_atom(c, j + 1) && !tok_any(c, j + 1, W_DET))
            return true;
    return false;
}

/* "blamed Israel for the killing", "in response to Moscow's recognition",
 * "an inquiry into the strike": an event noun that is the object of a
 * preposition (after an article or an owner) names an event, it does not
 * report one. */
static bool nominal_object(const ent_coder *c, const vmatch *v, size_t sb)
{
    size_t j = v->tb;
    if (j > sb && tok_any(c, j - 1, W_DET | W_DETERMINER) && !tok_any(c, j - 1, W_S_THAT))
        j--;
    else if (j > sb && tok_poss(c, j - 1)) {
        j--; /* "Moscow's recognition" */
        while (j > sb && in_atom(c, j - 1))
            j--;
    } else
        return false;
    return j > sb && tok_any(c, j - 1, W_PREPS) && !tok_any(c, j - 1, W_S_BY);
}

/* The first mention after `m` and before `lim` governed by "to", or NULL. */
static const mention *recipient_after(const ent_coder *c, const mention *m, size_t lim, size_t sb)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *x = &c->ments[q];
        if (x->tb < m->te || x->tb >= lim || !x->n)
            continue;
        size_t pp = prep_before(c, x->tb, sb);
        if (pp != SIZE_MAX && pp >= m->te && tok_any(c, pp, W_S_TO))
            return x;
    }
    return NULL;
}

/* "Mexico extradited drug lord X to the United States", "handed
 * President X over to the ICC": judicial cooperation (06x) goes to the
 * actor after "to", not to the person handed over. */
static bool handed_over(const ent_coder *c, const vmatch *v)
{
    return code_root(c->d->verbs[v->entry].code) == 6;
}

/* Tokens [a, b) hold a reporting word: "Kishida said on Saturday that
 * Japan would ..." ("that" is no relative pronoun there). */
static bool reported_that(const ent_coder *c, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if (tok_any(c, j, W_REPORTING | W_DECLARE))
            return true;
    return false;
}

/* "captured El Fasher, the Sudanese army's last stronghold": the comma at
 * token j, after an object the dictionaries do not know (a capitalised
 * name, no actor between `from` and the comma), opens an apposition that
 * says whose it is. */
static bool unnamed_apposition(const ent_coder *c, size_t from, size_t j, size_t lim)
{
    const ent_token *nx = j + 1 < lim ? &c->toks.v[j + 1] : NULL;
    /* ", the ...", ", a ...", ", chief correspondent of ..." */
    bool opens = nx && (tok_any(c, j + 1, W_DET) ||
                        ((nx->flags & ENT_TOK_WORD) && !(nx->flags & ENT_TOK_CAP) && !c->cls[j + 1] &&
                         !is_verb_tok(c, j + 1) && !gerund(c, j + 1) && !past_form(c, j + 1)));
    if (c->text[c->toks.v[j].start] != ',' || j <= from || j + 2 >= lim || !opens ||
        tok_any(c, j + 1, W_S_THAT) ||
        !(c->toks.v[j - 1].flags & ENT_TOK_CAP) || in_atom(c, j - 1) || c->cls[j - 1])
        return false;
    for (size_t q = 0; q < c->n_ments; q++)
        if (c->ments[q].tb >= from && c->ments[q].tb < j && c->ments[q].n)
            return false;
    return true;
}

/* Token i (a one-word person name) follows a capitalised word that is no
 * name the dictionaries know (the atoms found so far end before it), no
 * honorific and not the sentence's first word. */
static bool other_first_name(const ent_coder *c, size_t i, size_t sb)
{
    static const char *const hon[] = {"sir", "lord", "lady", "dame", "al", "el", "bin",
                                      "ibn", "abu", "de", "da", "van", "von", "der", "le",
                                      "la", "du", "dos", "di", NULL};
    if (i <= sb + 1)
        return false;
    const ent_token *p = &c->toks.v[i - 1];
    if (!(p->flags & ENT_TOK_WORD) || !(p->flags & ENT_TOK_CAP) || (p->flags & ENT_TOK_ABBR) ||
        c->cls[i - 1] || (c->n_atoms && c->atoms[c->n_atoms - 1].te == i))
        return false;
    for (size_t k = 0; hon[k]; k++)
        if (tok_is(c, i - 1, hon[k]))
            return false;
    return true;
}

/* "launched air strikes and artillery barrages against X": two event
 * nouns joined by "and" share the object named after the second; a verb
 * after "and" ("launched strikes and seized X") starts its own clause */
static bool nominal_pair(const ent_coder *c, const vmatch *v, const vmatch *w)
{
    size_t qb = w->tb;
    if (qb != v->te + 1 || !tok_any(c, v->te, W_S_AND) || v->te - v->tb < 2)
        return false;
    const ent_token *t = &c->toks.v[v->te - 1];
    if (t->end - t->start < 4 || c->text[t->end - 1] != 's' || past_form(c, v->te - 1))
        return false; /* a plural noun ends the first: "air strikes" */
    return !past_form(c, qb) && !gerund(c, qb) && !tok_any(c, qb, W_IRREG_PART) &&
           w->te - w->tb >= 2 &&
           !past_form(c, w->te - 1) && !gerund(c, w->te - 1);
}

/* "police detained him", "fired tear gas to disperse them": an object
 * pronoun that stands for another actor than the source is a target even
 * of the source's own country; "them" for a state named by its people
 * ("Thousands of Belarusians") is those people (CVL). */
static bool object_pronoun(ent_coder *c, const mention *m, const mention *src)
{
    if (!src || !src->n || !m->n || m->te != m->tb + 1 ||
        !tok_any(c, m->tb, W_PRON_PERSON | W_PRON_OTHER) ||
        !(tok_is(c, m->tb, "him") || tok_is(c, m->tb, "them")))
        return false;
    amem *g = &c->mem[m->first];
    const amem *s = &c->mem[src->first];
    if (strcmp(g->code, s->code) == 0)
        return false;
    if (strcmp(g->code, g->root) == 0 && strlen(g->root) == 3 && strcmp(g->root, s->root) == 0 &&
        strcmp(g->root, "EUR") != 0)
        text_join(g->code, sizeof g->code, g->root, 3, "CVL", 3);
    return true;
}

/* "after four days of missile and drone attacks", "ending two decades of
 * war", "in the event of an armed attack", "raising fears of a fresh
 * invasion", "claimed responsibility for the attacks": an event noun
 * governed by "of" or "for" (across up to three modifiers, no actor's
 * name) names an
 * event, it does not report one - except after a noun of number or kind
 * that is itself the object of a verb ("launched a wave of air strikes",
 * "began a campaign of air strikes"). */
static bool of_nominal(const ent_coder *c, const vmatch *v, size_t sb)
{
    size_t j = v->tb;
    bool found = false;
    for (size_t hop = 0; !found && j > sb + 1 && hop < 4; hop++) {
        j--;
        const ent_token *t = &c->toks.v[j];
        if ((t->flags & ENT_TOK_PUNCT) || (c->tflag[j] & (TF_VERB | TF_ATOM)) ||
            tok_any(c, j, W_CLAUSE_WORDS))
            return false; /* "aid for Lebanon and urging", "of Turkey met" */
        found = tok_any(c, j, W_OFFOR);
    }
    if (!found)
        return false;
    for (size_t q = j + 1; q < v->te; q++)
        if (past_form(c, q))
            return false; /* "of NATO troops have arrived": a clause */
    if (tok_any(c, j - 1, W_KIND)) {
        size_t d = j - 1;
        while (d > sb && tok_any(c, d - 1, W_DET))
            d--;
        return d > sb && tok_any(c, d - 1, W_PREPS);
    }
    return true;
}

/* "berated Zelensky in a heated meeting on Friday, accusing ...": the
 * mention m comes after the verb of the sentence's last event (its
 * object), so a participle after it carries that event's subject. */
static bool object_of_last(const ent_coder *c, const mention *m)
{
    return c->n_sent_codes && m->te > c->last_tb;
}

/* ", pounding cities and military bases with missiles": a participle of
 * force after a comma (pounding, shelling, bombing, striking) with no
 * actor as its object strikes the target of the act before it, `last`.
 * Returns that target or NULL. */
static const mention *force_participle(const ent_coder *c, const vmatch *v, const mention *last)
{
    static const char *const w[] = {"pounding", "shelling", "bombing", "striking", NULL};
    if (!last || !last->n || code_root(c->d->verbs[v->entry].code) != 19)
        return NULL;
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, v->tb, w[k]))
            return last;
    return NULL;
}

/* "..., pounding their positions with air strikes and artillery fire": a
 * weapon named in a "with" phrase (verb match k of root 19, "with" at
 * most three words before it, no verb or clause punctuation between)
 * after an event of force in the sentence is an attack of its own kind
 * (195 air strikes, 194 artillery) by the same actor on the same target,
 * unless the sentence already has an event of its code. */
static bool instrument_act(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    const char *code = c->d->verbs[v->entry].code;
    bool force = false;
    if (code_root(code) != 19 || !c->n_sent_codes || past_form(c, v->tb) || gerund(c, v->tb))
        return false; /* a noun, not "with guerrillas who overran it" */
    for (size_t q = 0; q < c->n_sent_codes; q++) {
        if (strcmp(c->sent_codes[q], code) == 0)
            return false;
        force = force || code_root(c->sent_codes[q]) == 19;
    }
    for (size_t j = v->tb; force && j-- > sb && j + 4 > v->tb;) {
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || (c->tflag[j] & TF_VERB) ||
            tok_any(c, j, W_CLAUSE_WORDS))
            return false;
        if (tok_any(c, j, W_S_WITH) && !tok_any(c, j, W_S_BETWEEN))
            return true;
    }
    return false;
}

/* "fired tear gas and rubber bullets", "airdropped food and medical
 * supplies", "torched cars and smashed shop windows": two matches of the
 * same code joined by "and" (with at most two other words between them,
 * none of them part of an actor's name, and no actor inside the second:
 * "stormed the Capitol and clashed with police") report one act; the
 * first takes in the second. */
static void merge_same_acts(ent_coder *c)
{
    size_t n = 0;
    c->demands = false;
    for (size_t k = 0; k < c->n_vms; k++) {
        vmatch *w = &c->vms[k];
        c->demands = c->demands || code_root(c->d->verbs[w->entry].code) == 10;
        if (n) {
            vmatch *v = &c->vms[n - 1];
            bool joined = w->tb > v->te && w->tb <= v->te + 3 && tok_any(c, w->tb - 1, W_S_AND) &&
                          strcmp(c->d->verbs[v->entry].code, c->d->verbs[w->entry].code) == 0;
            for (size_t j = v->te; joined && j + 1 < w->tb; j++)
                joined = !in_atom(c, j) && !(c->toks.v[j].flags & ENT_TOK_PUNCT);
            for (size_t j = w->tb; joined && j < w->te; j++)
                joined = !in_atom(c, j); /* "and clashed with police": its own object */
            if (joined) {
                v->te = w->te;
                continue;
            }
        }
        c->vms[n++] = *w;
    }
    c->n_vms = n;
}

static int code_sentence(ent_coder *c, const char *doc, int sidx, size_t sb,
                         size_t se, ent_event_fn fn, void *ctx)
{
    const ent_dict *d = c->d;
    c->n_atoms = 0;
    c->n_vms = 0;
    c->n_sent_codes = 0;
    /* atoms: actors and agents, longest match */
    if (se > sb && text_grow((void **)&c->best, &c->cap_best, se - sb, sizeof *c->best))
        return ENT_ENOMEM;
    ent_sig sig = {{0, 0}};
    for (size_t i = se; i-- > sb;) {
        sig_add(&sig, c->toks.v[i].stem);
        struct bestm *b = &c->best[i - sb];
        best_all(c, i, se, &sig, b->end, b->entry);
    }
    for (size_t i = sb; i < se;) {
        const struct bestm *b = &c->best[i - sb];
        uint32_t e1 = b->entry[PH_ACTOR], e2 = b->entry[PH_AGENT];
        size_t a = b->end[PH_ACTOR];
        size_t g = b->end[PH_AGENT];
        /* a lower-case word only matches a capitalised dictionary name if
         * the dictionary asked for it: handled by '!' entries */
        /* "government-run schools", "state-owned": a hyphenated modifier
         * is no agent */
        if (g > a && g < se && (c->toks.v[g].flags & ENT_TOK_PUNCT) &&
            c->text[c->toks.v[g].start] == '-' && c->toks.v[g].start == c->toks.v[g - 1].end)
            g = 0;
        if (a >= g && a && c->d->actors[e1].kind == AK_PLACE) {
            i = a; /* a place name hides the actor names inside it */
            continue;
        }
        /* "Prince Johnson": a surname the dictionary knows after a first
         * name it does not is someone else's */
        if (a >= g && a == i + 1 && c->d->actors[e1].kind == AK_PERSON &&
            other_first_name(c, i, sb)) {
            i++;
            continue;
        }
        if (a || g) {
            if (text_grow((void **)&c->atoms, &c->cap_atoms, c->n_atoms, sizeof *c->atoms))
                return ENT_ENOMEM;
            atom *at = &c->atoms[c->n_atoms++];
            at->tb = i;
            if (a >= g) {
                at->te = a;
                at->type = PH_ACTOR;
                at->entry = e1;
            } else {
                at->te = g;
                at->type = PH_AGENT;
                at->entry = e2;
            }
            i = at->te;
            continue;
        }
        i++;
    }
    for (size_t k = 0; k < c->n_atoms; k++)
        for (size_t i = c->atoms[k].tb; i < c->atoms[k].te; i++)
            c->tflag[i] |= TF_ATOM;
    /* verbs */
    size_t ai = 0;
    for (size_t i = sb; i < se;) {
        while (ai < c->n_atoms && c->atoms[ai].te <= i)
            ai++;
        /* no verb inside an actor or agent name, unless the verb pattern
         * reaches beyond it ("military aid", "military exercises") */
        if (ai < c->n_atoms && c->atoms[ai].tb <= i &&
            (c->atoms[ai].type == PH_AGENT || (c->toks.v[i].flags & ENT_TOK_CAP) || i == sb) &&
            !(c->atoms[ai].type == PH_AGENT && c->best[i - sb].end[PH_VERB] > c->atoms[ai].te &&
              c->best[i - sb].end[PH_VERB] <= c->atoms[ai].te + 2)) {
            i++;
            continue;
        }
        /* "long-threatened invasion": a hyphenated modifier is no verb */
        if (tok_any(c, i, W_NOT_VERB) ||
            (i > sb && (c->toks.v[i - 1].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[i - 1].start] == '-' &&
             c->toks.v[i - 1].end == c->toks.v[i].start)) {
            i++;
            continue;
        }
        /* "lowered the threshold for using nuclear weapons": a gerund
         * after a preposition (but "by shelling the city") is no event */
        if (i > sb && tok_any(c, i - 1, W_PREPS) && !tok_any(c, i - 1, W_S_BY) && gerund(c, i)) {
            i++;
            continue;
        }
        uint32_t e = c->best[i - sb].entry[PH_VERB];
        size_t v = c->best[i - sb].end[PH_VERB];
        /* "since the invasion", "after last year's attack": a time
         * reference, not an event */
        if (v) {
            size_t j = i;
            for (int hop = 0; hop < 6 && j > sb; hop++) {
                if (tok_any(c, j - 1, W_TEMPORAL)) {
                    v = 0;
                    break;
                }
                /* "since last month's U.S. invasion" */
                if (!tok_any(c, j - 1, W_DET) && !tok_poss(c, j - 1) && !in_atom(c, j - 1) &&
                    !time_noun(c, j - 1))
                    break;
                j--;
            }
        }
        if (v) {
            if (text_grow((void **)&c->vms, &c->cap_vms, c->n_vms, sizeof *c->vms))
                return ENT_ENOMEM;
            vmatch *m = &c->vms[c->n_vms++];
            m->tb = i;
            m->te = v;
            m->entry = e;
            refine_by_noun(c, sb, m);
            i = m->te;
            continue;
        }
        i++;
    }
    merge_same_acts(c);
    for (size_t k = 0; k < c->n_vms; k++)
        for (size_t i = c->vms[k].tb; i < c->vms[k].te; i++)
            c->tflag[i] |= TF_VERB;
    if (build_mentions(c, sb, se))
        return ENT_ENOMEM;
#ifdef ENT_CODER_DEBUG
    debug_dump(c);
#endif
    if (!c->n_vms)
        return 0;

    const mention *prev_tgt = NULL;
    size_t prev_end = 0;
    bool emitted = false, prev_nosub = false;
    size_t speaker = c->speaker;
    const mention *main_src = NULL, *last_src = NULL;
    size_t last_vb = SIZE_MAX; /* where the verb of last_src's event starts */
    mention lbuf;              /* a target list (target_list) */
    bool cq_from = false;
    size_t cq = consequence_clause(c, sb, se, &cq_from);
    for (size_t k = 0; k < c->n_vms; k++) {
        const vmatch *v = &c->vms[k];
        size_t vb = v->tb;
        /* "..., a member of the Chadian team trying to broker a pact said":
         * the speaker's own words are no event */
        if (vb > speaker)
            continue;
        /* "government forces backed by Russian airstrikes retook ...": a
         * participle after a noun phrase, with its "by", describes it */
        if (reduced_passive(c, v, sb, se) || signed_instrument(c, v, se) ||
            nominal_object(c, v, sb) || attributive_participle(c, v, sb) ||
            demand_content(c, k, sb) || of_nominal(c, v, sb))
            continue;
        if (last_src && instrument_act(c, k, sb)) { /* "... with air strikes" */
            int rc = emit(c, doc, sidx, v, last_src, prev_tgt, false, c->last_mod, fn, ctx);
            if (rc)
                return rc;
            continue;
        }
        if (nature_subject(c, vb, sb) || accident_act(c, v, sb, se)) { /* nature's act uses up its clause */
            emitted = true;
            prev_nosub = false;
            prev_end = v->te;
            prev_tgt = NULL;
            continue;
        }
        ent_event_fn use_fn = fn;
        bool neg = false;
        /* "declined to <verb>"; a refusal (not a failure) of a cooperative
         * act is a rejection (see refusal_code) */
        bool refusal = false;
        if (vb >= sb + 2 && tok_any(c, vb - 1, W_S_TO) && tok_any(c, vb - 2, W_REFUSAL)) {
            neg = true;
            refusal = !tok_is(c, vb - 2, "fail") && !tok_is(c, vb - 2, "failed") &&
                      !tok_is(c, vb - 2, "fails");
            vb -= 2;
        }
        const mention *src = subject_of(c, v, vb, sb);
        /* "Russia, which rejected the plan, attacked Ukraine": the subject
         * stands before the relative clause */
        bool main_after_rel = false;
        {
            size_t j = vb;
            while (j > sb && tok_any(c, j - 1, W_AUX_WORDS))
                j--;
            if (j > sb + 1 && c->text[c->toks.v[j - 1].start] == ',' &&
                (c->toks.v[j - 1].flags & ENT_TOK_PUNCT)) {
                for (size_t o = j - 1; o-- > sb + 1;) {
                    if (!(c->toks.v[o].flags & ENT_TOK_PUNCT) || c->text[c->toks.v[o].start] != ',')
                        continue;
                    if (tok_any(c, o + 1, W_WHO_WHICH))
                        for (size_t q = 0; q < c->n_ments; q++)
                            if (c->ments[q].te == o) {
                                src = &c->ments[q];
                                main_after_rel = true;
                            }
                    break;
                }
            }
        }
        /* no subject across "if", "when", "there is" between it and the verb */
        if (src)
            for (size_t j = src->te; j < vb; j++)
                if (tok_any(c, j, W_SUBORD))
                    src = NULL;
        {
            /* "..., who have also supported": the subject is the noun
             * phrase right before the relative pronoun, or nobody */
            size_t r = vb;
            while (r > sb && tok_any(c, r - 1, W_AUX_WORDS))
                r--;
            /* "Macedonia, which is preparing a major offensive" */
            {
                size_t q = r;
                for (int hop = 0; hop < 5 && q > sb; hop++, q--) {
                    const ent_token *t = &c->toks.v[q - 1];
                    if (tok_any(c, q - 1, W_WHO_WHICH)) {
                        r = q;
                        break;
                    }
                    if (!(t->flags & ENT_TOK_WORD) || (t->flags & ENT_TOK_CAP) ||
                        is_verb_tok(c, q - 1) || tok_any(c, q - 1, W_PREPS | W_COORD | W_S_THAT))
                        break;
                }
            }
            if (r > sb && tok_any(c, r - 1, W_WHO_WHICH)) {
                size_t r0 = r - 1;
                if (r0 > sb && c->text[c->toks.v[r0 - 1].start] == ',')
                    r0--;
                src = NULL;
                for (size_t q = 0; q < c->n_ments; q++)
                    if (c->ments[q].te == r0)
                        src = &c->ments[q];
            }
        }
        const mention *tgt = NULL;
        mention uaf; /* a made-up unidentified attacker */
        bool passive = false;
        /* "A truce between Israel and Hamas took effect", "talks between
         * X and Y resumed": the parties named after the event noun are
         * the sources of a joint act */
        if (mutual_code(d->verbs[v->entry].code) && v->tb + 2 < se &&
            tok_any(c, v->tb + 1, W_S_BETWEEN))
            for (size_t q = 0; q < c->n_ments; q++)
                if (c->ments[q].tb == v->tb + 2 && c->ments[q].n >= 2)
                    src = &c->ments[q];
        const mention *med = mediator(c, v, sb, se);
        if (med) {
            tgt = main_src ? main_src : src;
            src = med;
            passive = true; /* roles are set */
        }
        /* passive: "<target> was attacked by <source>" */
        if (!med && vb > sb && (tok_any(c, vb - 1, W_BE_FORMS) ||
                        (vb > sb + 1 && tok_any(c, vb - 2, W_BE_FORMS) &&
                         !tok_any(c, vb - 1, W_S_TO)))) {
            /* "by" after the participle, also inside a longer pattern
             * ("was accused by Russia of attacking"), or after adverbials
             * within the clause ("was seized on Friday in the Gulf by
             * Iran's Revolutionary Guards") */
            for (size_t j = vb + 1; j < se && j < v->te + 10; j++) {
                if (j >= v->te && (tok_any(c, j, W_CLAUSE_WORDS | W_COORD) || is_verb_tok(c, j)))
                    break;
                if (tok_any(c, j, W_S_BY)) {
                    for (size_t q = 0; q < c->n_ments; q++)
                        if (c->ments[q].tb == j + 1 ||
                            (c->ments[q].tb == j + 2 && tok_any(c, j + 1, W_S_THE))) {
                            tgt = src;
                            src = &c->ments[q];
                            passive = true;
                            break;
                        }
                    break;
                }
            }
        }
        if (!passive && vb > sb && tok_any(c, vb - 1, W_BE_FORMS)) {
            const char *code = c->d->verbs[v->entry].code;
            int root = (code[0] - '0') * 10 + (code[1] - '0');
            size_t wl = c->toks.v[vb].end - c->toks.v[vb].start;
            const char *w = c->text + c->toks.v[vb].start;
            bool participle = wl > 3 && (memcmp(w + wl - 2, "ed", 2) == 0 ||
                                         memcmp(w + wl - 2, "en", 2) == 0 ||
                                         tok_any(c, vb, W_IRREG_PART)) &&
                              !tok_any(c, vb, W_ADJ_PART);
            /* "X was killed by a roadside bomb in Iraq": the attacker is
             * unnamed (unnamed_attacker) */
            const mention *att = NULL;
            if (participle && root >= 18 && root <= 20 && src && src->n && !src->pronoun &&
                only_aux(c, src->te, vb) && (!emitted || prev_nosub))
                att = unnamed_attacker(c, v, src, false, &uaf);
            if (att) {
                tgt = src;
                src = att;
                passive = true;
            } else if (participle && root >= 11) {
                /* "X was arrested", "X was indicted", "X was criticized":
                 * X is the target, the source unknown; the clause is used
                 * up */
                if (!emitted) {
                    emitted = true;
                    prev_end = v->te;
                    prev_tgt = src;
                }
                continue;
            }
        }
        if (!passive) {
            /* "X attacked Y and threatened Z": the subject carries over
             * (from the last verb that coded an event, not a noun between:
             * "summoned China's ambassador over the water cannon incident
             * and called on Beijing") */
            size_t pvb = last_vb != SIZE_MAX ? last_vb : k > 0 ? c->vms[k - 1].tb : 0;
            if (k > 0 && (!src || src->te > pvb || src == prev_tgt || object_of_last(c, src)) &&
                coord_verb(c, vb, sb))
                src = carried_subject(c, k, sb, last_src, src);
            else if (!last_src && (act_participle(c, vb, sb) ||
                                   (verb_object(c, src, sb) && coord_verb(c, vb, sb))))
                src = participle_subject(c, src, sb);
            /* the target lies in the verb's clause: up to a coordinated
             * verb ("... and attacked"), a clause word or punctuation */
            size_t lim = se;
            for (size_t q = k + 1; q < c->n_vms; q++) {
                size_t qb = c->vms[q].tb;
                /* "fired on and seized three Ukrainian navy ships": two
                 * verbs joined with nothing between share the object */
                if (qb == v->te + 1 && tok_any(c, v->te, W_S_AND) &&
                    (past_form(c, v->te - 1) || tok_any(c, v->te - 1, W_PREPS)) &&
                    (past_form(c, qb) || gerund(c, qb)))
                    continue;
                if (nominal_pair(c, v, &c->vms[q]))
                    continue;
                if (qb > v->te && (tok_any(c, qb - 1, W_COORD))) {
                    lim = qb;
                    break;
                }
            }
            /* "demanded that X ...", "urged X to ...", "warned that X would ...": X is the target */
            bool that_ok = false;
            size_t that_pos = 0;
            {
                const char *code = c->d->verbs[v->entry].code;
                if ((code[0] == '0' && code[1] == '2') || (code[0] == '1' && (code[1] == '0' || code[1] == '3')))
                    for (size_t j = v->te; j < se && j < v->te + 3 && !that_ok; j++)
                        if (tok_any(c, j, W_S_THAT))
                            that_ok = true, that_pos = j;
            }
            for (size_t j = v->te; j < lim; j++)
                if ((tok_any(c, j, W_CLAUSE_WORDS) && !(that_ok && j == that_pos)) ||
                    ((c->toks.v[j].flags & ENT_TOK_PUNCT) &&
                     strchr(",;:(", c->text[c->toks.v[j].start]))) {
                    /* a comma inside a listed compound does not count */
                    bool inside = false;
                    for (size_t q = 0; q < c->n_ments; q++)
                        if (c->ments[q].tb < j && c->ments[q].te > j)
                            inside = true;
                    if (!inside && !unnamed_apposition(c, v->te, j, lim)) {
                        lim = j;
                        break;
                    }
                }
            for (size_t q = 0; q < c->n_ments; q++) {
                const mention *m = &c->ments[q];
                if (m->tb < v->tb + 1 || m->tb >= lim)
                    continue;
                /* "signed a Russian-brokered deal": a modifier, not a target */
                if (hyph_modifier(c, m->te, se))
                    continue;
                /* "met in Helsinki", "signed in Doha": a place, not a target */
                {
                    const char *code = c->d->verbs[v->entry].code;
                    int root = (code[0] - '0') * 10 + (code[1] - '0');
                    bool meeting = (root == 4 && strcmp(code, "042") != 0) ||
                                   strcmp(code, "036") == 0 || strcmp(code, "057") == 0 ||
                                   strcmp(code, "037") == 0 || strcmp(code, "0871") == 0;
                    if (meeting && m->tb > sb &&
                        tok_any(c, m->tb - 1, W_LOCATIVE))
                        continue;
                    /* "filed a case at the International Court of Justice
                     * accusing Israel": "at" names a venue, except for
                     * force ("fired at Israel") */
                    size_t vp = prep_before(c, m->tb, sb);
                    const char *ms = m->n ? c->mem[m->first].code + strlen(c->mem[m->first].root) : "";
                    bool forces = !strcmp(ms, "MIL") || !strcmp(ms, "COP") || !strcmp(ms, "REB");
                    if (root <= 16 && vp != SIZE_MAX && tok_is(c, vp, "at") &&
                        !(forces && root >= 14)) /* "hurled stones at Israeli troops" */
                        continue;
                }
                bool objp = object_pronoun(c, m, src);
                /* "France will contribute troops": a state's own organs
                 * (not its civilians, opposition or rebels) */
                if (!objp && src && m->pronoun && m->n && src->n &&
                    strcmp(c->mem[m->first].root, c->mem[src->first].root) == 0 &&
                    state_organ(&c->mem[src->first])) {
                    /* (a government may act against its own parliament or
                     * courts: "accusing the National Assembly") */
                    const char *suf = c->mem[m->first].code + strlen(c->mem[m->first].root);
                    if (!strcmp(suf, "GOV") || !strcmp(suf, "MIL") || !strcmp(suf, "COP") ||
                        !strcmp(suf, "SPY"))
                        continue;
                }
                /* "recalled its ambassadors", "it": the source's own people */
                if (!objp && src && m->pronoun && m->n && src->n &&
                    strcmp(c->mem[m->first].root, c->mem[src->first].root) == 0 &&
                    (tok_any(c, m->tb, W_PRON_PERSON | W_PRON_OTHER) ||
                     (m->tb > sb && tok_any(c, m->tb - 1, W_PRON_PERSON | W_PRON_OTHER))))
                    continue;
                /* rebels, civilians or the opposition may act against their
                 * own state, but "in Lebanon" is where they act */
                size_t pp = prep_before(c, m->tb, sb);
                /* "imposed a curfew in southeastern Turkey": curfews,
                 * emergencies and bans (172x, and their easing 081x) fall
                 * on the state's own people; "ethnic Albanians
                 * demonstrated in Serbia": a protest (14x) of civilians or
                 * the opposition is against the state they protest in */
                if (src && src->n && m->n == 1 && !m->pronoun && pp != SIZE_MAX &&
                    tok_any(c, pp, W_LOCATIVE | W_OF_IN_FROM) && !tok_any(c, pp, W_S_OF) &&
                    strcmp(c->mem[m->first].root, c->mem[src->first].root) == 0 &&
                    strlen(c->mem[m->first].root) == 3) {
                    const char *vc = c->d->verbs[v->entry].code;
                    bool organ = state_organ(&c->mem[src->first]);
                    amem *place = &c->mem[m->first];
                    if (organ && (strncmp(vc, "172", 3) == 0 || strncmp(vc, "081", 3) == 0)) {
                        snprintf(place->code, sizeof place->code, "%.3sCVL", place->root);
                        tgt = m;
                        break;
                    }
                    if (!organ && !src->placed && vc[0] == '1' && vc[1] == '4' &&
                        state_organ(place)) {
                        tgt = m;
                        break;
                    }
                }
                /* "the town of X"; rebels "seized the airport in Goma"
                 * (192) take the place */
                bool own_ok = src && src->n && !state_organ(&c->mem[src->first]) &&
                              (pp == SIZE_MAX || tok_any(c, pp, W_S_TO | W_S_OF) ||
                               tok_is(c, pp, "against") ||
                               (tok_is(c, pp, "in") &&
                                strcmp(c->d->verbs[v->entry].code, "192") == 0));
                if (src && !own_ok) {
                    bool all_in = true;
                    for (size_t a2 = 0; a2 < m->n && all_in; a2++) {
                        bool found = false;
                        for (size_t b2 = 0; b2 < src->n; b2++)
                            /* the same actor, or its own country as a whole */
                            if (strcmp(c->mem[m->first + a2].code, c->mem[src->first + b2].code) == 0 ||
                                (strcmp(c->mem[m->first + a2].root, c->mem[src->first + b2].root) == 0 &&
                                 strcmp(c->mem[m->first + a2].code, c->mem[m->first + a2].root) == 0))
                                found = true;
                        all_in = found;
                    }
                    if (all_in)
                        continue;
                }
                tgt = m;
                break;
            }
            /* "Lebanon complained to the United Nations over two Israeli
             * air raids": a complaint's target is what it is about, not
             * whom it is addressed to */
            size_t tp = tgt ? prep_before(c, tgt->tb, sb) : SIZE_MAX;
            if (tp != SIZE_MAX && tok_any(c, tp, W_S_TO) &&
                c->d->verbs[v->entry].code[0] == '1' && c->d->verbs[v->entry].code[1] == '1') {
                const mention *about = matter_after(c, tgt, lim);
                if (about)
                    tgt = about;
            }
            /* "handed over information on al Qaeda hideouts to the United
             * States": what is given goes to the actor after "to", not to
             * one the gift is about */
            if (tgt && (tp == SIZE_MAX ? handed_over(c, v) : !tok_any(c, tp, W_S_TO)) &&
                code_root(c->d->verbs[v->entry].code) >= 3 &&
                code_root(c->d->verbs[v->entry].code) <= 8) {
                const mention *to = recipient_after(c, tgt, lim, sb);
                if (to)
                    tgt = to;
            }
            /* "X and Y signed a deal to return migrants from Greece":
             * a joint act of the compound subject has no target but a
             * partner named with "with" */
            if (tgt && src && src->n >= 2 && mutual_code(c->d->verbs[v->entry].code) &&
                !(tgt->tb > sb && tok_any(c, tgt->tb - 1, W_S_WITH) &&
                  !verb_between(c, v->te, tgt->tb)))
                tgt = NULL;
            /* relative clause: "..., which Russia rejected" */
            if (!tgt && src && src->tb > sb + 1 && tok_any(c, src->tb - 1, W_RELPRON)) {
                const mention *t0 = mention_before(c, src->tb - 1, sb);
                if (t0 && t0 != src && !reported_that(c, t0->te, src->tb - 1) &&
                    !(last_src && reaction_to_act(c, v, src, sb, se)))
                    tgt = t0;
            }
        }
        if (!passive) {
            under_arrest(c, v, sb, &src, &tgt);
            ultimatum(c, v, sb, &src, &tgt);
        }
        /* "Ukraine received Patriot missiles from Germany": aid received
         * is given by the actor after "from" to the subject; with no
         * giver named there is no event */
        {
            const char *vc = d->verbs[v->entry].code;
            if (!passive && vc[0] == '0' && vc[1] == '7' && tok_any(c, v->tb, W_RECEIVE)) {
                size_t fp = tgt ? prep_before(c, tgt->tb, sb) : SIZE_MAX;
                if (fp == SIZE_MAX || !tok_is(c, fp, "from"))
                    continue;
                const mention *giver = tgt;
                tgt = src;
                src = giver;
            }
        }
        /* "Gunmen killed five soldiers in northern Nigeria", "An
         * explosion killed ten people in Baghdad": a violent act with no
         * actor as subject and its victims right after the verb */
        if ((!src || src->n == 0) && !passive && tgt && (!emitted || prev_nosub) &&
            code_root(d->verbs[v->entry].code) >= 18 && code_root(d->verbs[v->entry].code) <= 20 &&
            tgt->tb >= v->te && tgt->tb <= v->te + 3 && only_words(c, v->te, tgt->tb) &&
            !tgt->pronoun && !(vb > sb && personal_pronoun(c, vb - 1)) && past_form(c, vb) &&
            prep_before(c, tgt->tb, sb) == SIZE_MAX && /* a direct object */
            !(vb > sb && tok_any(c, vb - 1, W_HYP_WORDS | W_FUT_WORDS | W_NEG_WORDS | W_DET |
                                                W_DETERMINER)))
            src = unnamed_attacker(c, v, tgt, true, &uaf);
        /* "..., drawing condemnation from the European Union", "...,
         * prompting Japan to issue a protest": a consequence clause is the
         * reaction of its own actor to the main clause's subject */
        if (main_src && cq != SIZE_MAX && vb > cq && !passive) {
            if (cq_from) {
                for (size_t q = 0; q < c->n_ments; q++) {
                    size_t fp = prep_before(c, c->ments[q].tb, sb);
                    if (c->ments[q].tb < v->te || fp == SIZE_MAX || fp < v->te ||
                        !tok_is(c, fp, "from"))
                        continue;
                    {
                        src = &c->ments[q];
                        tgt = main_src;
                        break;
                    }
                }
            } else if (src && (src->tb == cq + 1 || (src->tb == cq + 2 && tok_any(c, cq + 1, W_DET))) &&
                       (!tgt || tgt == src)) {
                tgt = main_src;
            }
            if (src == tgt)
                tgt = NULL;
        }
        if ((!src || src->n == 0) && !passive && (!emitted || prev_nosub)) {
            src = agent_of_place(c, v, &uaf);
            /* the place itself is no target: "imposed martial law in Thailand" */
            if (src && tgt && tgt->n && strcmp(c->mem[tgt->first].root, c->mem[src->first].root) == 0 &&
                strcmp(c->mem[tgt->first].code, c->mem[tgt->first].root) == 0) {
                /* "... in Hong Kong in defiance of Chinese authorities" */
                const mention *next = NULL;
                for (size_t q = 0; q < c->n_ments && !next; q++)
                    if (c->ments[q].tb >= tgt->te && c->ments[q].tb <= tgt->te + 6 &&
                        c->ments[q].n && only_words(c, tgt->te, c->ments[q].tb) &&
                        strcmp(c->mem[c->ments[q].first].root, c->mem[src->first].root) != 0)
                        next = &c->ments[q];
                tgt = next;
            }
        }
        if (!tgt && last_src && last_src != src && src && src->n && last_src->n &&
            (reaction_to_act(c, v, src, sb, se) || answers_act(c, v, src, last_src)))
            tgt = last_src;
        /* "suspended Mali ... and demanded a return to civilian rule": a
         * demand, disapproval, rejection or threat of the same subject with
         * no target of its own is addressed to the last event's target */
        if (!tgt && !passive && src && src == last_src && prev_tgt && prev_tgt->n &&
            code_root(d->verbs[v->entry].code) >= 10 && code_root(d->verbs[v->entry].code) <= 13 &&
            coord_verb(c, vb, sb))
            tgt = prev_tgt;
        if (!passive && (background_clause(c, src, vb, sb) || market_owner(c, src, vb) ||
                         earlier_relative(c, vb, sb)))
            continue;
        /* ", accusing X of ...": no accusation without its X; ", pounding
         * cities with missiles": force falls on the target of the act */
        if (!tgt && !passive && act_participle(c, vb, sb) &&
            !(tgt = force_participle(c, v, prev_tgt)))
            continue;
        if (!src || src->n == 0) {
            if (!emitted) {
                emitted = true; /* the clause's verb had no coded subject */
                prev_nosub = true;
                prev_end = v->te;
                prev_tgt = NULL;
            }
            continue;
        }
        /* "Israel's Cabinet met Sunday and decided ...": a meeting, call
         * or visit of one actor with no partner is no event between
         * actors; it does not use up the clause */
        {
            const char *vc = d->verbs[v->entry].code;
            bool partner = src->te < vb && tok_any(c, src->te, W_S_AND); /* "Trump and Kim" */
            if (!tgt && !passive && src->n == 1 && !partner && vc[0] == '0' && vc[1] == '4')
                continue;
        }
        /* one event per clause: after the first event of a sentence, a
         * verb codes only in a new clause with its own subject ("X did A,
         * and Y did B") or with the same subject after "and" */
        if (emitted && !(src == &uaf && prev_nosub)) {
            bool own = src->tb >= prev_end &&
                       (only_aux(c, src->te, vb) ? src != prev_tgt : !object_list(c, prev_tgt, src));
            bool boundary = false;
            for (size_t j = prev_end; j < src->tb && j < se; j++)
                if (tok_any(c, j, W_BOUNDARY))
                    boundary = true;
            bool same_subject = coord_verb(c, vb, sb) && src->te <= prev_end;
            /* "The deployment of NATO troops has arrived": an event noun
             * before the subject does not use up the clause */
            bool after_noun = prev_nosub && src->tb > prev_end && src->tb <= prev_end + 2 &&
                              tok_any(c, prev_end, W_S_OF) &&
                              only_connectors(c, prev_end, src->tb, true);
            if (!((own && boundary) || same_subject || main_after_rel || after_noun || med))
                continue;
        }
        /* "X said (that) Y must <verb>": X demands something of Y */
        bool must = false;
        for (size_t j = src->te; j < vb && j < src->te + 4; j++)
            if (tok_any(c, j, W_MUST))
                must = true;
        const mention *demander = NULL;
        if (must && !passive) {
            for (size_t q = 0; q < c->n_ments; q++) {
                const mention *m = &c->ments[q];
                if (m->te > src->tb || m == src)
                    break;
                for (size_t j = m->te; j < src->tb && !demander; j++)
                    if (tok_any(c, j, W_REPORTING) || tok_any(c, j, W_S_THAT) ||
                        tok_any(c, j, W_DECLARE))
                        demander = m; /* the earliest: the reporting subject */
                if (demander)
                    break;
            }
        }
        /* reported speech: "X said (that) <event>" or "<event>, X said" */
        bool reported = false;
        for (size_t j = sb; j < se; j++) {
            if (!tok_any(c, j, W_REPORTING) || is_verb_tok(c, j))
                continue;
            if (j < src->tb && j < vb)
                reported = true;
            if (j >= v->te && se - j <= 6)
                for (size_t q = j; q > v->te && q + 5 > j; q--)
                    if (c->text[c->toks.v[q - 1].start] == ',')
                        reported = true;
        }
        /* negation and modality in the verb group */
        ent_modality mod = ENT_MOD_ASSERTED;
        bool fut = false, hyp = false, cond = false;
        for (size_t j = sb; j < vb; j++)
            if (tok_any(c, j, W_COND_WORDS))
                cond = true;
        /* "X denied attacking Y": a denied act is not asserted */
        if (vb > sb && tok_any(c, vb - 1, W_DENY) && gerund(c, vb))
            neg = true;
        /* "X denied that it planned to attack": the embedded event is
         * denied, not asserted */
        for (size_t j = sb; j + 1 < vb; j++)
            if (tok_any(c, j, W_DENY) && denial_word(c, j)) {
                for (size_t q = j + 1; q < vb && q < j + 9; q++)
                    if (tok_any(c, q, W_S_THAT) && !punct_between(c, q, vb))
                        neg = true;
            }
        for (size_t j = v->tb; j < v->te; j++) {
            if (modal_word(c, j, sb, W_FUT_WORDS))
                fut = true;
            if (modal_word(c, j, sb, W_HYP_WORDS))
                hyp = true;
        }
        size_t from = src->te <= vb ? src->te : (vb > sb + 4 ? vb - 4 : sb);
        if (vb - from > 6)
            from = vb - 6;
        for (size_t j = from; j < vb; j++) {
            if (tok_any(c, j, W_NEG_WORDS))
                neg = true;
            if (modal_word(c, j, sb, W_FUT_WORDS))
                fut = true;
            if (modal_word(c, j, sb, W_HYP_WORDS))
                hyp = true;
            if (tok_any(c, j, W_S_GOING) && j + 1 < vb && tok_any(c, j + 1, W_S_TO))
                fut = true;
            if (tok_any(c, j, W_PLAN) && j + 2 == vb && tok_any(c, j + 1, W_S_TO))
                fut = true; /* "planned to attack" */
        }
        /* "would not meet their demands", "will not lift sanctions" */
        if (neg && (fut || hyp) && !cond)
            refusal = true;
        /* "North Korea could conduct a test, analysts said", "talks would
         * resume only if X arrested ...": see speculation */
        if (!neg && speculation(c, v, src, from, vb, sb))
            continue;
        if (cond)
            mod = ENT_MOD_CONDITIONAL;
        else if (hyp)
            mod = ENT_MOD_HYPOTHETICAL;
        else if (fut)
            mod = ENT_MOD_FUTURE;
        else if (reported)
            mod = ENT_MOD_REPORTED;
        int rc;
        if (demander) {
            /* code the demand (100) instead of the demanded act */
            vmatch dv = *v;
            uint32_t de = 0;
            for (size_t q = 0; q < d->n_verbs; q++)
                if (strcmp(d->verbs[q].code, "100") == 0)
                    de = (uint32_t)q + 1;
            if (de) {
                dv.entry = de - 1;
                rc = emit(c, doc, sidx, &dv, demander, src, neg, mod, use_fn, ctx);
                if (rc)
                    return rc;
                emitted = true;
                prev_nosub = false;
                prev_end = v->te;
                prev_tgt = src;
                remember(&c->last_subject, c, demander);
                continue;
            }
        }
        vmatch iv = *v;
        intent_of_next(c, k, &iv);
        mass_killing(c, &iv, se);
        suicide_attack(c, &iv, src, sb);
        chemical_attack(c, &iv, se);
        pessimistic_warning(c, &iv, se);
        protective_deployment(c, &iv, se);
        purpose_meeting(c, &iv, sb);
        force_by_kind(c, &iv, src);
        /* "A US drone strike killed Iranian general Qassem Soleimani": a
         * violent event noun followed by the killing of a leader codes
         * the assassination (186) */
        if (k + 1 < c->n_vms && code_root(d->verbs[iv.entry].code) >= 18 &&
            code_root(d->verbs[iv.entry].code) <= 20) {
            const vmatch *nx = &c->vms[k + 1];
            if (nx->tb >= iv.te && nx->tb <= iv.te + 1 &&
                strcmp(d->verbs[nx->entry].code, "186") == 0) {
                iv.entry = nx->entry;
                iv.te = nx->te;
            }
        }
        if (neg && refusal) {
            const char *rc2 = refusal_code(d->verbs[iv.entry].code);
            for (size_t q = 0; rc2 && q < d->n_verbs; q++)
                if (strcmp(d->verbs[q].code, rc2) == 0) {
                    iv.entry = (uint32_t)q;
                    neg = false;
                    if (mod != ENT_MOD_REPORTED)
                        mod = ENT_MOD_ASSERTED;
                    break;
                }
        }
        if (!neg && (mod == ENT_MOD_FUTURE || mod == ENT_MOD_CONDITIONAL ||
                     mod == ENT_MOD_HYPOTHETICAL)) {
            const char *ic = intent_code(d->verbs[iv.entry].code);
            if (strcmp(ic, d->verbs[iv.entry].code) != 0)
                for (size_t q = 0; q < d->n_verbs; q++)
                    if (strcmp(d->verbs[q].code, ic) == 0) {
                        iv.entry = (uint32_t)q;
                        break;
                    }
        }
        /* "met Putin in Moscow" is a visit to the host (042), "met Xi in
         * Moscow" by Putin hosting him (043); 044 is for a third place */
        if (strcmp(d->verbs[iv.entry].code, "044") == 0 && tgt && tgt->n && src->n) {
            const mention *pl = place_after(c, iv.tb + 1);
            const char *to = NULL;
            if (pl && pl != tgt && pl->n) {
                const char *pr = c->mem[pl->first].root;
                if (strcmp(pr, c->mem[tgt->first].root) == 0)
                    to = "042";
                else if (strcmp(pr, c->mem[src->first].root) == 0)
                    to = "043";
            }
            for (size_t q = 0; to && q < d->n_verbs; q++)
                if (strcmp(d->verbs[q].code, to) == 0) {
                    iv.entry = (uint32_t)q;
                    break;
                }
        }
        if (denied_content(c, &iv, tgt))
            tgt = NULL;
        if (tgt && !passive)
            tgt = target_list(c, tgt, se, &lbuf);
        amem imp;
        c->implied = NULL;
        if (implied_target(c, d->verbs[iv.entry].code, src, &tgt, iv.te, se, &imp))
            c->implied = &imp;
        rc = emit(c, doc, sidx, &iv, src, tgt, neg, mod, use_fn, ctx);
        c->implied = NULL;
        if (rc)
            return rc;
        if (!main_src)
            main_src = src;
        last_src = src;
        last_vb = v->tb;
        emitted = true;
        prev_nosub = false;
        prev_end = v->te;
        prev_tgt = tgt;
        if (!src->pronoun || src->n)
            remember(&c->last_subject, c, src);
        if (src->person && src->n)
            remember(&c->subj_person, c, src);
    }
    (void)d;
    return 0;
}

/* "KYIV, Aug 27 (Reuters) - Ukraine ...": skip a dateline (a capitalised
 * place, an agency in parentheses, a dash) at the start of a story. */
static size_t skip_dateline(const ent_coder *c, size_t sb, size_t se)
{
    const ent_token *t = c->toks.v;
    bool upper = (t[sb].flags & ENT_TOK_UPPER) != 0, paren = false;
    for (size_t i = sb; i < se && i < sb + 16; i++) {
        const char *s = c->text + t[i].start;
        size_t n = t[i].end - t[i].start;
        if ((t[i].flags & ENT_TOK_PUNCT) && n == 1 && s[0] == ')')
            paren = true;
        bool dash = (t[i].flags & ENT_TOK_PUNCT) &&
                    ((n >= 1 && s[0] == '-') ||
                     (n == 3 && (memcmp(s, "\xe2\x80\x94", 3) == 0 ||
                                 memcmp(s, "\xe2\x80\x93", 3) == 0)));
        if (dash)
            return (upper || paren) && i + 1 < se ? i + 1 : sb;
        /* a dateline holds only names, numbers, commas, parentheses */
        if ((t[i].flags & ENT_TOK_WORD) && !(t[i].flags & (ENT_TOK_CAP | ENT_TOK_NUM)))
            return sb;
    }
    return sb;
}

static int prepare(ent_coder *c, const char *text, size_t len)
{
    if (len > DOC_MAX)
        return ent_error_set(ENT_ELIMIT, "document larger than 64 MiB");
    c->text = text;
    int rc = text_tokenize(text, len, &c->toks, &c->invalid);
    if (rc == 0)
        rc = text_split(text, c->toks.v, c->toks.n, &c->sents);
    if (rc == 0)
        rc = annotate(c, text);
    return rc ? ent_error_set(ENT_ENOMEM, "out of memory") : 0;
}

int ent_coder_split(ent_coder *c, const char *text, size_t len,
                    const ent_token **toks, size_t *n_toks,
                    const ent_sentence **sents, size_t *n_sents)
{
    int rc = prepare(c, text, len);
    if (rc)
        return rc;
    *toks = c->toks.v;
    *n_toks = c->toks.n;
    *sents = c->sents.v;
    *n_sents = c->sents.n;
    return 0;
}

int ent_coder_code(ent_coder *c, const char *doc, ent_date date, const char *text,
                   size_t len, ent_event_fn fn, void *ctx)
{
    int rc = prepare(c, text, len);
    if (rc)
        return rc;
    c->date = date;
    c->last_person.n = c->last_actor.n = c->last_subject.n = 0;
    c->prev_person.n = c->subj_person.n = c->last_pair.n = 0;
    c->last_nonstate.n = 0;
    c->n_doc_roots = 0;
    c->court_seen = false;
    c->total_tok += c->toks.n;
    c->total_sent += c->sents.n;
    for (size_t s = 0; s < c->sents.n; s++) {
        size_t sb = c->sents.v[s].tok_begin, se = c->sents.v[s].tok_end;
        if (s == 0 || (c->toks.v[sb].flags & TOK_PARA))
            sb = skip_dateline(c, sb, se);
        rc = code_sentence(c, doc ? doc : "", (int)s, sb, se, fn, ctx);
        if (rc)
            return rc;
    }
    return 0;
}
