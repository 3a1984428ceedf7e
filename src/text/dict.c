/*
 * dict.c - the coder's dictionaries: actors (states, organisations, seats
 * of government, groups, people with dated roles), agents and verb
 * patterns; entente's own line format (docs/coder.md) and the phrase index
 * used by the matcher.
 */
#define _POSIX_C_SOURCE 200809L
#include "text_int.h"
#include "core/readfile.h"

#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ent_dict_new(ent_dict **out)
{
    ent_dict *d = calloc(1, sizeof *d);
    if (!d)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    d->stemmer = sb_stemmer_new("english", NULL);
    if (!d->stemmer) {
        free(d);
        return ent_error_set(ENT_ENOMEM, "cannot create the English stemmer");
    }
    /* entry 0 of each table is unused so that 0 can mean "none" */
    *out = d;
    return 0;
}

void ent_dict_free(ent_dict *d)
{
    if (!d)
        return;
    strtab_free(&d->words);
    if (d->stemmer)
        sb_stemmer_delete(d->stemmer);
    free(d->elems);
    free(d->pats);
    free(d->head);
    free(d->hpat);
    free(d->hsig);
    free(d->pwords);
    free(d->actors);
    free(d->agents);
    free(d->verbs);
    free(d->roles);
    free(d->members);
    free(d->ev_keys);
    free(d->ev_w);
    free(d);
}

size_t ent_dict_count(const ent_dict *d, ent_dict_kind kind)
{
    if (!d)
        return 0;
    switch (kind) {
    case ENT_DICT_ACTORS: return d->n_actors;
    case ENT_DICT_AGENTS: return d->n_agents;
    case ENT_DICT_VERBS: return d->n_verbs;
    case ENT_DICT_PHRASES: return d->n_pats;
    case ENT_DICT_TARGET_WEIGHTS: return d->rr_n;
    case ENT_DICT_EVENT_WEIGHTS: return d->ev_n;
    default: return 0;
    }
}

static void copy_code(char *dst, const char *src, size_t n)
{
    if (n >= ENT_ACTOR_CODE_MAX)
        n = ENT_ACTOR_CODE_MAX - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

int dict_add_actor(ent_dict *d, const actor_entry *a, uint32_t *idx)
{
    if (text_grow((void **)&d->actors, &d->cap_actors, d->n_actors, sizeof *d->actors))
        return ENT_ENOMEM;
    d->actors[d->n_actors] = *a;
    *idx = (uint32_t)d->n_actors++;
    return 0;
}

int dict_add_agent(ent_dict *d, const char *suffix, uint32_t *idx)
{
    for (size_t i = 0; i < d->n_agents; i++)
        if (strcmp(d->agents[i].suffix, suffix) == 0) {
            *idx = (uint32_t)i;
            return 0;
        }
    if (text_grow((void **)&d->agents, &d->cap_agents, d->n_agents, sizeof *d->agents))
        return ENT_ENOMEM;
    agent_entry *e = &d->agents[d->n_agents];
    memset(e, 0, sizeof *e);
    snprintf(e->suffix, sizeof e->suffix, "%s", suffix);
    *idx = (uint32_t)d->n_agents++;
    return 0;
}

int dict_add_verb(ent_dict *d, const char *code, uint32_t flags, uint32_t *idx)
{
    for (size_t i = 0; i < d->n_verbs; i++)
        if (strcmp(d->verbs[i].code, code) == 0 && d->verbs[i].flags == flags) {
            *idx = (uint32_t)i;
            return 0;
        }
    if (text_grow((void **)&d->verbs, &d->cap_verbs, d->n_verbs, sizeof *d->verbs))
        return ENT_ENOMEM;
    verb_entry *e = &d->verbs[d->n_verbs];
    memset(e, 0, sizeof *e);
    snprintf(e->code, sizeof e->code, "%s", code);
    e->flags = flags;
    *idx = (uint32_t)d->n_verbs++;
    return 0;
}

int dict_add_role(ent_dict *d, ent_date from, ent_date until, const char *code,
                  const char *root)
{
    if (text_grow((void **)&d->roles, &d->cap_roles, d->n_roles, sizeof *d->roles))
        return ENT_ENOMEM;
    role_iv *r = &d->roles[d->n_roles++];
    r->from = from;
    r->until = until;
    copy_code(r->code, code, strlen(code));
    copy_code(r->root, root, strlen(root));
    return 0;
}

int dict_add_member(ent_dict *d, const char *code)
{
    if (text_grow((void **)&d->members, &d->cap_members, d->n_members,
                  sizeof *d->members))
        return ENT_ENOMEM;
    copy_code(d->members[d->n_members++], code, strlen(code));
    return 0;
}

/* --- phrases ------------------------------------------------------------ */

#define MAX_ELEMS 24
#define MAX_VARIANTS 64

typedef struct seq {
    pelem e[MAX_ELEMS];
    size_t n;
} seq;

/* Tokenize one alternative ("U.S.", "Russia's") into elements. */
static int alt_elems(ent_dict *d, const char *s, size_t n, bool exact, bool whole,
                     pelem *out, size_t *nout)
{
    tokvec tv = {0};
    char tmp[512];
    if (n >= sizeof tmp)
        n = sizeof tmp - 1;
    memcpy(tmp, s, n); /* '_' joins words of one alternative */
    for (size_t i = 0; i < n; i++)
        if (tmp[i] == '_')
            tmp[i] = ' ';
    s = tmp;
    int rc = text_tokenize(s, n, &tv, NULL);
    *nout = 0;
    for (size_t i = 0; rc == 0 && i < tv.n && *nout < MAX_ELEMS; i++) {
        char fold[256];
        size_t tl = tv.v[i].end - tv.v[i].start;
        size_t fl = text_fold(s + tv.v[i].start, tl, fold, sizeof fold);
        if (!fl)
            continue;
        size_t sl;
        const char *st = text_stem(d->stemmer, fold, fl, &sl);
        pelem *e = &out[(*nout)++];
        memset(e, 0, sizeof *e);
        rc = strtab_add(&d->words, st, sl, &e->stem);
        if (rc == 0 && whole)
            rc = strtab_add(&d->words, fold, fl, &e->word);
        if (rc == 0 && exact)
            rc = strtab_add(&d->words, s + tv.v[i].start, tl, &e->surface);
    }
    free(tv.v);
    return rc;
}

int dict_add_phrase(ent_dict *d, const char *phrase, size_t len, int type,
                    uint32_t entry)
{
    /* the variants of the phrase so far; only the first ncur are used, so
     * the buffers need no clearing (calloc's memset was 8% of loading) */
    seq *cur = malloc(MAX_VARIANTS * sizeof *cur);
    seq *next = malloc(MAX_VARIANTS * sizeof *next);
    size_t ncur = 1, nnext;
    int rc = 0;
    uint8_t gap = 0;
    if (!cur || !next) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    cur[0].n = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && isspace((unsigned char)phrase[i]))
            i++;
        size_t b = i;
        while (i < len && !isspace((unsigned char)phrase[i]))
            i++;
        if (i == b)
            break;
        const char *chunk = phrase + b;
        size_t cl = i - b;
        if (chunk[0] == '*') {
            gap = cl > 1 ? (uint8_t)atoi(chunk + 1) : 6;
            if (gap == 0 || gap > 20)
                gap = 6;
            continue;
        }
        bool exact = cl > 1 && chunk[cl - 1] == '!';
        if (exact)
            cl--;
        nnext = 0;
        size_t a = 0;
        while (a <= cl) {
            size_t ae = a;
            while (ae < cl && chunk[ae] != '/')
                ae++;
            if (ae > a) {
                pelem el[MAX_ELEMS];
                size_t nel;
                rc = alt_elems(d, chunk + a, ae - a, exact, type != PH_VERB, el, &nel);
                if (rc)
                    goto done;
                if (nel) {
                    el[0].gap = gap;
                    for (size_t v = 0; v < ncur && nnext < MAX_VARIANTS; v++) {
                        if (cur[v].n + nel > MAX_ELEMS)
                            continue;
                        next[nnext] = cur[v];
                        memcpy(next[nnext].e + cur[v].n, el, nel * sizeof *el);
                        next[nnext].n += nel;
                        nnext++;
                    }
                }
            }
            a = ae + 1;
        }
        if (nnext) {
            seq *t = cur;
            cur = next;
            next = t;
            ncur = nnext;
        }
        gap = 0;
    }
    for (size_t v = 0; v < ncur; v++) {
        if (cur[v].n == 0)
            continue;
        cur[v].e[0].gap = 0;
        if (d->n_elems + cur[v].n > UINT32_MAX ||
            text_grow((void **)&d->pats, &d->cap_pats, d->n_pats, sizeof *d->pats)) {
            rc = ENT_ENOMEM;
            goto done;
        }
        while (d->n_elems + cur[v].n >= d->cap_elems)
            if (text_grow((void **)&d->elems, &d->cap_elems, d->cap_elems,
                          sizeof *d->elems)) {
                rc = ENT_ENOMEM;
                goto done;
            }
        pattern *p = &d->pats[d->n_pats++];
        memset(p, 0, sizeof *p);
        p->first = (uint32_t)d->n_elems;
        p->n = (uint16_t)cur[v].n;
        p->type = (uint8_t)type;
        p->entry = entry;
        for (size_t k = 0; k < cur[v].n; k++) {
            if (cur[v].e[k].gap)
                p->has_gap = 1;
            if (k > 0)
                sig_add(&p->sig, cur[v].e[k].stem);
        }
        memcpy(d->elems + d->n_elems, cur[v].e, cur[v].n * sizeof *cur[v].e);
        d->n_elems += cur[v].n;
    }
    d->dirty = true;
done:
    free(cur);
    free(next);
    return rc;
}

static _Thread_local const ent_dict *sort_dict; /* qsort has no context argument */

/* An actor name of a state, organisation or seat with dated codes. */
static bool dated_name(const ent_dict *d, const pattern *p)
{
    if (p->type != PH_ACTOR)
        return false;
    const actor_entry *a = &d->actors[p->entry];
    return a->n_roles && (a->kind == AK_STATE || a->kind == AK_ORG);
}

/* An actor name of an organisation (kind AK_ORG, not a group). */
static bool org_name(const ent_dict *d, const pattern *p)
{
    return p->type == PH_ACTOR && d->actors[p->entry].kind == AK_ORG;
}

static int cmp_pat(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    const pattern *p = &sort_dict->pats[x], *q = &sort_dict->pats[y];
    if (p->n != q->n)
        return p->n > q->n ? -1 : 1;
    /* of two names of the same length, a dated state or seat wins over an
     * undated one ("Moscow" of data/dict/actors.txt, SUNGOV until 1991,
     * over the world's undated "Moscow") */
    bool dp = dated_name(sort_dict, p), dq = dated_name(sort_dict, q);
    if (dp != dq)
        return dp ? -1 : 1;
    /* an organisation's name wins over a state's or seat's: "Brussels" of
     * data/dict/actors.txt names the EU, not the world's Belgian capital */
    bool op = org_name(sort_dict, p), oq = org_name(sort_dict, q);
    if (op != oq)
        return op ? -1 : 1;
    return x < y ? -1 : x > y;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

bool text_person_word(const ent_dict *d, uint32_t st, uint32_t person)
{
    uint64_t key = (uint64_t)st << 32 | person;
    size_t lo = 0, hi = d->n_pwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->pwords[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return st && lo < d->n_pwords && d->pwords[lo] == key;
}

int dict_index(ent_dict *d)
{
    if (!d->dirty)
        return 0;
    size_t nh = d->words.n + 1;
    uint32_t *head = calloc(nh + 1, sizeof *head);
    uint32_t *order = malloc((d->n_pats + 1) * sizeof *order);
    uint32_t *hpat = malloc((d->n_pats + 1) * sizeof *hpat);
    ent_sig *hsig = malloc((d->n_pats + 1) * sizeof *hsig);
    if (!head || !order || !hpat || !hsig) {
        free(head);
        free(order);
        free(hpat);
        free(hsig);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < d->n_pats; i++)
        order[i] = (uint32_t)i;
    sort_dict = d;
    qsort(order, d->n_pats, sizeof *order, cmp_pat);
    /* counting sort by first stem, keeping the order within a stem */
    for (size_t k = 0; k < d->n_pats; k++)
        head[d->elems[d->pats[k].first].stem + 1]++;
    for (size_t st = 0; st < nh; st++)
        head[st + 1] += head[st];
    uint32_t *cur = malloc((nh + 1) * sizeof *cur);
    if (!cur) {
        free(head);
        free(order);
        free(hpat);
        free(hsig);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    memcpy(cur, head, (nh + 1) * sizeof *cur);
    for (size_t k = 0; k < d->n_pats; k++) {
        const pattern *p = &d->pats[order[k]];
        uint32_t at = cur[d->elems[p->first].stem]++;
        hpat[at] = order[k];
        hsig[at] = p->sig;
    }
    free(cur);
    free(order);
    size_t npw = 0;
    for (size_t k = 0; k < d->n_pats; k++)
        if (d->pats[k].type == PH_ACTOR && d->actors[d->pats[k].entry].kind == AK_PERSON)
            npw += d->pats[k].n;
    uint64_t *pw = malloc((npw + 1) * sizeof *pw);
    if (!pw) {
        free(head);
        free(hpat);
        free(hsig);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    npw = 0;
    for (size_t k = 0; k < d->n_pats; k++) {
        const pattern *p = &d->pats[k];
        if (p->type != PH_ACTOR || d->actors[p->entry].kind != AK_PERSON)
            continue;
        for (uint16_t e = 0; e < p->n; e++)
            pw[npw++] = (uint64_t)d->elems[p->first + e].stem << 32 | p->entry;
    }
    qsort(pw, npw, sizeof *pw, cmp_u64);
    free(d->pwords);
    d->pwords = pw;
    d->n_pwords = npw;
    free(d->head);
    free(d->hpat);
    free(d->hsig);
    d->head = head;
    d->hpat = hpat;
    d->hsig = hsig;
    d->n_head = nh;
    d->dirty = false;
    return 0;
}

/* --- entente's dictionary format --------------------------------------- */

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

/* Read one whitespace-delimited word from [p, e) into buf. */
static const char *word(const char *p, const char *e, char *buf, size_t cap)
{
    p = skip_ws(p, e);
    size_t n = 0;
    while (p < e && *p != ' ' && *p != '\t' && *p != '|' && *p != ';') {
        if (n + 1 < cap)
            buf[n++] = *p;
        p++;
    }
    buf[n] = '\0';
    return p;
}

static bool valid_code(const char *s)
{
    if (!s[0] || strlen(s) >= ENT_ACTOR_CODE_MAX)
        return false;
    for (; *s; s++)
        if (!isupper((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_')
            return false;
    return true;
}

static int parse_date_word(const char *w, ent_date *out, bool until)
{
    if (strcmp(w, "-") == 0 || w[0] == '\0') {
        *out = until ? ENT_DATE_MAX : ENT_DATE_MIN;
        return 0;
    }
    return ent_date_parse(out, w);
}

int dict_add_cased_word(ent_dict *d, const char *w, size_t n, uint32_t entry)
{
    char buf[128];
    if (n == 0 || n + 2 > sizeof buf)
        return 0;
    int rc = 0;
    /* the word, its all-capital form, and for a non-ASCII name ("Malé")
     * the folded forms that wire copy writes ("Male", "MALE") */
    for (int form = 0; form < 4 && rc == 0; form++) {
        size_t m = n;
        if (form < 2) {
            memcpy(buf, w, n);
        } else {
            bool ascii = true;
            for (size_t i = 0; i < n; i++)
                ascii = ascii && (unsigned char)w[i] < 0x80;
            if (ascii || !(m = text_fold(w, n, buf, sizeof buf - 2)))
                break;
            if (buf[0] >= 'a' && buf[0] <= 'z')
                buf[0] = (char)(buf[0] - 'a' + 'A');
        }
        bool changed = form == 0 || form == 2;
        if (form == 1 || form == 3)
            for (size_t i = 0; i < m; i++)
                if (buf[i] >= 'a' && buf[i] <= 'z') {
                    buf[i] = (char)(buf[i] - 'a' + 'A');
                    changed = true;
                }
        buf[m] = '!';
        if (changed)
            rc = dict_add_phrase(d, buf, m + 1, PH_ACTOR, entry);
    }
    return rc;
}

/* A state's name of one capitalised word ("Jordan", "Danish", "Chad")
 * matches with its capital letter only, as the world's names do: in
 * lower case it is a word ("jordan" almonds, "danish" pastry). */
static int add_state_word(ent_dict *d, const char *b, size_t n, uint32_t entry)
{
    bool one = n > 1 && b[0] >= 'A' && b[0] <= 'Z' && b[n - 1] != '!';
    for (size_t i = 0; one && i < n; i++)
        one = !isspace((unsigned char)b[i]) && b[i] != '/' && b[i] != '*';
    return one ? dict_add_cased_word(d, b, n, entry) : dict_add_phrase(d, b, n, PH_ACTOR, entry);
}

/* Add the '|'-separated phrases in [p, e) (stopping at ';'); with `state`,
 * one-word capitalised names keep their capital (add_state_word). */
static int add_phrases_as(ent_dict *d, const char *p, const char *e, int type,
                          uint32_t entry, const char **stop, bool state);

static int add_phrases(ent_dict *d, const char *p, const char *e, int type,
                       uint32_t entry, const char **stop)
{
    return add_phrases_as(d, p, e, type, entry, stop, false);
}

static int add_phrases_as(ent_dict *d, const char *p, const char *e, int type,
                          uint32_t entry, const char **stop, bool state)
{
    int rc = 0;
    while (p < e && *p != ';') {
        if (*p == '|' || *p == '/')
            p++;
        const char *b = p;
        /* phrases end at '|', ';' or a '/' standing alone between spaces
         * (a '/' inside a word separates alternatives of that word) */
        while (p < e && *p != '|' && *p != ';' &&
               !(*p == '/' && p > b && isspace((unsigned char)p[-1]) &&
                 (p + 1 == e || isspace((unsigned char)p[1]))))
            p++;
        const char *q = p;
        while (q > b && isspace((unsigned char)q[-1]))
            q--;
        b = skip_ws(b, q);
        if (q > b && (rc = state ? add_state_word(d, b, (size_t)(q - b), entry)
                                 : dict_add_phrase(d, b, (size_t)(q - b), type, entry)))
            break;
    }
    *stop = p;
    return rc;
}

static int load_line(ent_dict *d, const char *p, const char *e, const char *name,
                     size_t line)
{
    char kw[16], code[64], root[64];
    p = word(p, e, kw, sizeof kw);
    const char *stop = NULL;
    if (strcmp(kw, "place") == 0) {
        /* "place | South China Sea | Gulf of Oman": names that contain an
         * actor's name but are places, not actors */
        actor_entry a;
        uint32_t idx;
        memset(&a, 0, sizeof a);
        a.kind = AK_PLACE;
        if (dict_add_actor(d, &a, &idx))
            return ENT_ENOMEM;
        return add_phrases(d, p, e, PH_ACTOR, idx, &stop);
    }
    if (strcmp(kw, "agent") == 0) {
        p = word(p, e, code, sizeof code);
        uint32_t idx;
        if (!valid_code(code) || strlen(code) > 6)
            return ent_error_set(ENT_EINVALID, "%s:%zu: bad agent code '%s'",
                                 name, line, code);
        if (dict_add_agent(d, code, &idx))
            return ENT_ENOMEM;
        return add_phrases(d, p, e, PH_AGENT, idx, &stop);
    }
    if (strcmp(kw, "weight") == 0) {
        /* "weight rule 2.5": a weight of the target model (coder_rerank.c) */
        char fname[64], num[64];
        p = word(p, e, fname, sizeof fname);
        p = word(p, e, num, sizeof num);
        char *end = NULL;
        double v = strtod(num, &end);
        int id = strcmp(fname, "margin") == 0 ? RR_NFEAT : text_rr_feature_id(fname);
        if (id < 0)
            return ent_error_set(ENT_EINVALID, "%s:%zu: unknown target-model feature '%s'",
                                 name, line, fname);
        if (!num[0] || !end || *end || !isfinite(v) || fabs(v) > 1e6)
            return ent_error_set(ENT_EINVALID, "%s:%zu: bad weight '%s' for '%s'", name,
                                 line, num, fname);
        if (skip_ws(p, e) < e)
            return ent_error_set(ENT_EINVALID, "%s:%zu: text after the weight of '%s'",
                                 name, line, fname);
        if (id == RR_NFEAT)
            d->rr_margin = (float)v;
        else
            d->rr_w[id] = (float)v;
        d->rr_on = true;
        d->rr_n++;
        return 0;
    }
    if (strcmp(kw, "event") == 0) {
        /* "event c=1224 0.52", "event threshold 0.35": the event model
         * (coder_filter.c) */
        char fname[128], num[64];
        p = word(p, e, fname, sizeof fname);
        p = word(p, e, num, sizeof num);
        char *end = NULL;
        double v = strtod(num, &end);
        bool thr = strcmp(fname, "threshold") == 0;
        if (!fname[0] || !num[0] || !end || *end || !isfinite(v) || fabs(v) > 1e6 ||
            (thr && !(v > 0.0 && v < 1.0)))
            return ent_error_set(ENT_EINVALID, "%s:%zu: bad event-model %s '%s' for '%s'", name,
                                 line, thr ? "threshold" : "weight", num, fname);
        if (skip_ws(p, e) < e)
            return ent_error_set(ENT_EINVALID, "%s:%zu: text after the event-model weight of '%s'",
                                 name, line, fname);
        if (thr) {
            d->ev_cut = (float)log(v / (1.0 - v));
            return 0;
        }
        return text_ev_set(d, fname, (float)v);
    }
    if (strcmp(kw, "verb") == 0) {
        p = word(p, e, code, sizeof code);
        if (!ent_cameo_valid(code))
            return ent_error_set(ENT_EINVALID, "%s:%zu: '%s' is not a CAMEO code",
                                 name, line, code);
        uint32_t idx;
        if (dict_add_verb(d, code, VF_NONE, &idx))
            return ENT_ENOMEM;
        return add_phrases(d, p, e, PH_VERB, idx, &stop);
    }
    actor_entry a;
    int rc0;
    memset(&a, 0, sizeof a);
    p = word(p, e, code, sizeof code);
    if (!valid_code(code))
        return ent_error_set(ENT_EINVALID, "%s:%zu: bad actor code '%s'", name,
                             line, code);
    copy_code(a.code, code, strlen(code));
    copy_code(a.root, code, strlen(code));
    if (strcmp(kw, "state") == 0 || strcmp(kw, "org") == 0) {
        a.kind = kw[0] == 's' ? AK_STATE : AK_ORG;
    } else if (strcmp(kw, "actor") == 0 || strcmp(kw, "person") == 0) {
        a.kind = kw[0] == 'a' ? AK_ORG : AK_PERSON;
        p = word(p, e, root, sizeof root);
        if (!valid_code(root))
            return ent_error_set(ENT_EINVALID, "%s:%zu: bad root code '%s'", name,
                                 line, root);
        copy_code(a.root, root, strlen(root));
    } else if (strcmp(kw, "ambiguous") == 0) {
        /* "ambiguous COD COG | Congo ; COG COG 1971-10-27 1997-05-17": a
         * name of several actors (the first is the default, a dated role
         * the default of its years), resolved by the other actors of the
         * sentence and document */
        a.kind = AK_AMBIG;
        a.mem_first = (uint32_t)d->n_members;
        if ((rc0 = dict_add_member(d, code)))
            return rc0;
        a.n_mem = 1;
        for (;;) {
            char m[64];
            const char *q = skip_ws(p, e);
            if (q >= e || *q == '|')
                break;
            p = word(p, e, m, sizeof m);
            if (!m[0])
                break;
            if (!valid_code(m))
                return ent_error_set(ENT_EINVALID, "%s:%zu: bad candidate '%s'", name,
                                     line, m);
            if (dict_add_member(d, m))
                return ENT_ENOMEM;
            a.n_mem++;
        }
    } else if (strcmp(kw, "group") == 0) {
        a.kind = AK_GROUP;
        p = skip_ws(p, e);
        if (p >= e || *p != '=')
            return ent_error_set(ENT_EINVALID, "%s:%zu: group needs '= MEMBERS'",
                                 name, line);
        p++;
        a.mem_first = (uint32_t)d->n_members;
        for (;;) {
            char m[64];
            p = word(p, e, m, sizeof m);
            if (!m[0])
                break;
            if (!valid_code(m))
                return ent_error_set(ENT_EINVALID, "%s:%zu: bad member '%s'", name,
                                     line, m);
            if (dict_add_member(d, m))
                return ENT_ENOMEM;
            a.n_mem++;
        }
    } else {
        return ent_error_set(ENT_EINVALID, "%s:%zu: unknown entry kind '%s'", name,
                             line, kw);
    }
    uint32_t idx;
    int rc;
    if (a.kind != AK_GROUP)
        a.role_first = (uint32_t)d->n_roles;
    if ((rc = dict_add_actor(d, &a, &idx)))
        return rc;
    if ((rc = add_phrases_as(d, p, e, PH_ACTOR, idx, &stop, a.kind == AK_STATE)))
        return rc;
    /* dated codes: ; CODE ROOT FROM UNTIL (a person's roles; a state's or
     * seat's code in years when another state held the name, e.g. "Soviet
     * Union" SUN until 1991-12-25, RUS after) */
    while (stop && stop < e && *stop == ';') {
        char rcode[64], rroot[64], from[32], until[32];
        const char *q = word(stop + 1, e, rcode, sizeof rcode);
        q = word(q, e, rroot, sizeof rroot);
        q = word(q, e, from, sizeof from);
        q = word(q, e, until, sizeof until);
        ent_date f, u;
        if (a.kind == AK_GROUP || !valid_code(rcode) || !valid_code(rroot) ||
            parse_date_word(from, &f, false) || parse_date_word(until, &u, true))
            return ent_error_set(ENT_EINVALID,
                                 "%s:%zu: bad role (want '; CODE ROOT FROM UNTIL')",
                                 name, line);
        if (dict_add_role(d, f, u, rcode, rroot))
            return ENT_ENOMEM;
        d->actors[idx].n_roles++;
        stop = q;
        while (stop < e && *stop != ';')
            stop++;
    }
    return 0;
}

int ent_dict_load_string(ent_dict *d, const char *text, size_t len,
                         const char *name)
{
    size_t line = 0;
    const char *p = text, *end = text + len;
    int rc = 0;
    if (!name)
        name = "<dict>";
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        line++;
        const char *q = skip_ws(p, e);
        const char *le = e;
        if (le > q && le[-1] == '\r')
            le--;
        if (q < le && *q != '#') {
            if (memchr(q, '\0', (size_t)(le - q)))
                return ent_error_set(ENT_EINVALID, "%s:%zu: NUL byte", name, line);
            if ((rc = load_line(d, q, le, name, line)))
                return rc;
        }
        p = e + 1;
    }
    return dict_index(d);
}

int ent_dict_load_file(ent_dict *d, const char *path)
{
    char *buf;
    size_t len;
    int rc = ent_core__read_file(path, (size_t)1 << 28, &buf, &len);
    if (rc == 0)
        rc = ent_dict_load_string(d, buf, len, path);
    free(buf);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ent_dict_load_dir(ent_dict *d, const char *dir)
{
    DIR *dp = opendir(dir);
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    if (!dp)
        return ent_error_set(ENT_EIO, "%s: cannot open directory", dir);
    struct dirent *de;
    while ((de = readdir(dp))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0)
            continue;
        if (text_grow((void **)&names, &cap, n, sizeof *names) ||
            !(names[n] = strdup(de->d_name))) {
            rc = ENT_ENOMEM;
            goto done;
        }
        n++;
    }
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && rc == 0; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        rc = ent_dict_load_file(d, path);
    }
done:
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    closedir(dp);
    return rc;
}
