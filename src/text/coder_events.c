/*
 * coder_events.c - events of a sentence: source and target around each
 * verb match (passive voice, relative clauses, joint acts, reactions),
 * pattern matching,
 * negation and modality, event codes by actor kind, and the document
 * loop (ent_coder_code). See docs/coder.md for the rules.
 */
#include "coder_int.h"

#include <stdlib.h>
#include <string.h>

/* --- matching ------------------------------------------------------------ */

/* Match pattern p at token i within [i, lim); returns the end (exclusive)
 * or 0 if it does not match. */

/* (inlined into best_all, the per-token loop of every sentence) */
static ENT_ALWAYS_INLINE size_t match_at(const ent_coder *c, const pattern *p, size_t i,
                                         size_t lim)
{
    const ent_dict *d = c->d;
    const ent_token *t = c->toks.v;
    size_t pos = i;
    for (uint16_t k = 0; k < p->n; k++) {
        const pelem *e = &d->elems[p->first + k];
        /* "exchanged 35 prisoners", "freed 82 schoolgirls": a number
         * between two words of a pattern is passed over */
        while (k > 0 && p->type == PH_VERB && pos < lim && (t[pos].flags & ENT_TOK_NUM))
            pos++;
        size_t maxskip = k == 0 ? 0 : e->gap;
        bool ok = false;
        for (size_t s = 0; s <= maxskip && pos + s < lim; s++) {
            const ent_token *tk = &t[pos + s];
            /* "called on Monday for": a date adverbial matches no word
             * of a pattern, and between two adjacent words of one it
             * adds none to the gap (a wider gap counts it as before, so
             * that "*" reaches no further) */
            if ((tk->flags & TOKF_DATE) && k > 0 && p->type == PH_VERB) {
                if (e->gap <= 1 && maxskip < (size_t)e->gap + 4)
                    maxskip++;
                continue;
            }
            if (tk->stem == e->stem && (!e->word || tk->word == e->word) &&
                (!e->surface ||
                 (strtab_len(&d->words, e->surface) == tk->end - tk->start &&
                  memcmp(strtab_get(&d->words, e->surface), c->text + tk->start,
                         tk->end - tk->start) == 0))) {
                pos = pos + s + 1;
                ok = true;
                break;
            }
            /* "supplying shoulder-fired Stinger anti-aircraft missiles":
             * a hyphen joins the words of one modifier, it adds no word;
             * nor do quotation marks ("offered a \"heartfelt apology\"") */
            if (s > 0 && (tk->flags & ENT_TOK_PUNCT) &&
                ((c->text[tk->start] == '-' && tk->end == tk->start + 1) ||
                 ((c->text[tk->start] == '"' || c->text[tk->start] == '\'') &&
                  tk->end == tk->start + 1) ||
                 (tk->end == tk->start + 3 && (memcmp(c->text + tk->start, "\xe2\x80\x9c", 3) == 0 ||
                                                memcmp(c->text + tk->start, "\xe2\x80\x9d", 3) == 0 ||
                                                memcmp(c->text + tk->start, "\xe2\x80\x98", 3) == 0 ||
                                                memcmp(c->text + tk->start, "\xe2\x80\x99", 3) == 0))) &&
                maxskip < (size_t)e->gap + 4) {
                maxskip++;
                continue;
            }
            /* gaps do not cross clause punctuation, nor a comma before
             * an article (", the official news agency said") */
            if (s > 0 && (tk->flags & ENT_TOK_PUNCT) && c->text[tk->start] != '-' &&
                c->text[tk->start] != '$' && /* "a $55 billion rescue package" */
                (c->text[tk->start] != ',' || (pos + s + 1 < lim && (c->cls[pos + s + 1] & W_DET))))
                break;
            /* nor into a new clause with a pronoun subject ("as he left") */
            if (c->tflag[pos + s] & TF_NEWCL)
                break;
        }
        if (!ok)
            return 0;
    }
    return pos;
}



/* Best (longest) pattern of each type starting at token i, in one walk of
 * the index: end[type] (0 if none) and entry[type]. sig has the stems of
 * every token in [i, lim). */
/* (inlined into code_sentence's per-token loop: a call there costs a
 * tenth of the coder's time; dateline_state is its only other caller) */
static ENT_ALWAYS_INLINE void best_all(const ent_coder *c, size_t i, size_t lim,
                                       const ent_sig *sig, size_t end[4], uint32_t entry[4])
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
            finer = coder_more_specific(d->verbs[p->entry].code, d->verbs[entry[PH_VERB]].code);
            coarser = coder_more_specific(d->verbs[entry[PH_VERB]].code, d->verbs[p->entry].code);
        }
        if (p->n > nel[p->type] || finer ||
            (p->n == nel[p->type] && e < end[p->type] && !coarser)) {
            end[p->type] = e;
            entry[p->type] = p->entry;
            nel[p->type] = p->n;
        }
    }
}

/* --- events ------------------------------------------------------------ */

/* The entry of CAMEO code `code` in the dictionary's verbs: true and *out,
 * or false when no pattern has it. */
static bool code_entry(const ent_dict *d, const char *code, uint32_t *out)
{
    for (size_t q = 0; q < d->n_verbs; q++)
        if (strcmp(d->verbs[q].code, code) == 0) {
            *out = (uint32_t)q;
            return true;
        }
    return false;
}

/* Give the verb match the dictionary entry of CAMEO code `code` (left
 * as it is if the dictionaries have none). */
static void recode(const ent_dict *d, vmatch *iv, const char *code)
{
    uint32_t e;
    if (code_entry(d, code, &e))
        iv->entry = e;
}


static void set_code(char *dst, const char *src)
{
    text_copy(dst, ENT_ACTOR_CODE_MAX, src);
}

static int code_root(const char *code);

/* Member g of mention m is a seat of government named as such
 * ("Tripoli", "Kuwait City"): a state's name with a GOV code, in a mention
 * with no agent word ("the Tripoli government") and no person. */
static bool seat_member(const ent_coder *c, const mention *m, const amem *g)
{
    if (m->pronoun || m->person || strlen(g->root) != 3 || strncmp(g->code, g->root, 3) != 0 ||
        strcmp(g->code + 3, "GOV") != 0)
        return false;
    bool seat = false;
    for (size_t a = 0; a < c->n_atoms; a++) {
        const atom *at = &c->atoms[a];
        if (at->tb < m->tb || at->te > m->te)
            continue;
        if (at->type != PH_ACTOR)
            return false;
        const actor_entry *e = &c->d->actors[at->entry];
        if (e->kind == AK_STATE && strcmp(e->code, g->code) == 0)
            seat = true;
    }
    return seat;
}

/* Output ev unless the sentence already has the same event (source,
 * target, code, negation): "said it was prepared to send troops ... and
 * warned it could deploy the troops" is one threat; nor the same act of
 * the same state again with no target. */
static int output_once(ent_coder *c, const ent_event *ev, ent_event_fn fn, void *ctx)
{
    for (size_t q = 0; q < c->n_sent_evs; q++) {
        /* "invaded Kuwait ... and seized the capital": force again (root
         * 19) by the same state, no target named, after force on a target
         * (same root), is the same assault */
        if (c->sent_evs[q].neg == ev->negated && !ev->target[0] && c->sent_evs[q].tgt[0] &&
            strncmp(c->sent_evs[q].src, ev->source, 3) == 0 &&
            strncmp(c->sent_evs[q].code, ev->cameo, 2) == 0 && ev->cameo[0] == '1' &&
            ev->cameo[1] == '9')
            return 0;
        if (c->sent_evs[q].neg != ev->negated || strcmp(c->sent_evs[q].code, ev->cameo) != 0)
            continue;
        if (strcmp(c->sent_evs[q].src, ev->source) == 0 && strcmp(c->sent_evs[q].tgt, ev->target) == 0)
            return 0;
        /* "pounded separatist positions ... with artillery and rocket
         * fire", "massed troops, tanks and artillery": the same act again
         * by the same state with no target named */
        if (!ev->target[0] && c->sent_evs[q].tgt[0] && strncmp(c->sent_evs[q].src, ev->source, 3) == 0)
            return 0;
        /* "entered Kabul ... and took control of the presidential palace":
         * the same act on a state and then on its government is one */
        if (strcmp(c->sent_evs[q].src, ev->source) == 0 && strlen(ev->target) == 6 &&
            strcmp(ev->target + 3, "GOV") == 0 && strlen(c->sent_evs[q].tgt) == 3 &&
            strncmp(c->sent_evs[q].tgt, ev->target, 3) == 0)
            return 0;
    }
    if (c->n_sent_evs < sizeof c->sent_evs / sizeof c->sent_evs[0]) {
        size_t q = c->n_sent_evs++;
        text_copy(c->sent_evs[q].src, sizeof c->sent_evs[q].src, ev->source);
        text_copy(c->sent_evs[q].tgt, sizeof c->sent_evs[q].tgt, ev->target);
        text_copy(c->sent_evs[q].code, sizeof c->sent_evs[q].code, ev->cameo);
        c->sent_evs[q].neg = ev->negated;
    }
    return fn(ctx, ev);
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
    if (v->plover_entry)
        text_copy(ev.plover_code, sizeof ev.plover_code, c->d->verbs[v->plover_entry - 1].code);
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
    /* "Spain, Ireland and Norway recognised a Palestinian state, saying
     * they hoped ...": a target that names the same actors as the
     * compound source is the source again, no target */
    if (tgt && src->n >= 2 && tgt->n == src->n && !c->reciprocal) {
        bool same = true;
        for (size_t b = 0; b < tgt->n && same; b++) {
            bool found = false;
            for (size_t a = 0; a < src->n && !found; a++)
                found = strcmp(c->mem[tgt->first + b].code, c->mem[src->first + a].code) == 0;
            same = found;
        }
        if (same) {
            tgt = NULL;
            ev.target_start = ev.target_end = 0;
        }
    }
    /* "bombed targets in Tripoli", "occupied Kuwait City": force against
     * a seat of government as a place strikes the state, not its
     * government */
    int vr = code_root(ev.cameo);
    bool place = tgt && ((vr >= 18 && vr <= 20) || strcmp(ev.cameo, "192") == 0);
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
            const char *gc = place && seat_member(c, tgt, g) ? g->root : g->code;
            bool dup = false; /* "shelled Kharkiv and Kyiv": one act on Ukraine */
            for (size_t b2 = 0; b2 < b && !dup; b2++) {
                const amem *h = &c->mem[tgt->first + b2];
                dup = strcmp(h->root, g->root) == 0 &&
                      strcmp(place && seat_member(c, tgt, h) ? h->root : h->code, gc) == 0;
            }
            /* "Jerusalem as Israel's capital": a bare state beside its own
             * government in the same target is that government, one
             * target */
            for (size_t b2 = 0; b2 < nt && !dup; b2++) {
                const amem *h = &c->mem[tgt->first + b2];
                const char *hc = place && seat_member(c, tgt, h) ? h->root : h->code;
                size_t nr = strlen(h->root);
                dup = b2 != b && strcmp(gc, g->root) == 0 && strcmp(h->root, g->root) == 0 &&
                      strncmp(hc, h->root, nr) == 0 && strcmp(hc + nr, "GOV") == 0;
            }
            any = true;
            if (dup)
                continue;
            set_code(ev.target, gc);
            set_code(ev.target_root, g->root);
            int rc = output_once(c, &ev, fn, ctx);
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
            int rc = output_once(c, &ev, fn, ctx);
            if (rc)
                return rc;
        }
    }
    return 0;
}

/*
 * What is announced for the future is coded as intent, as the CAMEO
 * codebook does: a cooperative material act becomes an expression of
 * intent to do it (06x -> 031x, 07x -> 033x, 08x -> 035x, a meeting -> 036,
 * diplomatic cooperation 05x but an agreement signed -> 032),
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
        {"046", "036"}, {"050", "032"}, {"051", "032"}, {"052", "032"}, {"053", "032"},
        {"054", "032"}, {"056", "032"}, {"160", "131"}, {"161", "1313"}, {"162", "1311"}, {"1621", "1311"},
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

/* "exchanged fire", "exchanging artillery fire": a mutual act */
static bool exchange_word(const ent_coder *c, size_t i)
{
    return tok_is(c, i, "exchanged") || tok_is(c, i, "exchanging") || tok_is(c, i, "exchange");
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

/* Token j joins or leads others ("joined", "led", ...). */
static bool join_word(const ent_coder *c, size_t j)
{
    return tok_is(c, j, "joined") || tok_is(c, j, "join") || tok_is(c, j, "joins") ||
           tok_is(c, j, "joining") || tok_is(c, j, "led") || tok_is(c, j, "leads") ||
           tok_is(c, j, "leading");
}

/* "Britain, France and Germany joined Washington in blaming Tehran",
 * "Saudi Arabia led Arab states in severing ties with Qatar": a gerund
 * after "in" whose clause's verb is joining or leading others is the
 * subject's act, not a nominal one (token i is the gerund). */
static bool joined_in(const ent_coder *c, size_t i, size_t sb)
{
    if (!tok_is(c, i - 1, "in"))
        return false;
    for (size_t j = i - 1; j-- > sb && j + 8 > i;) {
        if (c->toks.v[j].flags & ENT_TOK_PUNCT)
            return false;
        if (join_word(c, j))
            return true;
    }
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

/* Mentions a and b name an actor of the same root (state or organisation). */
static bool mentions_share_root(const ent_coder *c, const mention *a, const mention *b)
{
    for (size_t i = 0; i < a->n; i++)
        for (size_t j = 0; j < b->n; j++)
            if (strcmp(c->mem[a->first + i].root, c->mem[b->first + j].root) == 0)
                return true;
    return false;
}

/* ", with Turkish President Tayyip Erdogan urging both sides to ...": a
 * mention after a comma and "with", right before a participle (tok), is
 * that participle's subject (an absolute clause), no partner. */
static bool with_absolute(const ent_coder *c, const mention *m, size_t tok, size_t sb)
{
    return m->tb >= sb + 2 && m->te == tok && tok < c->toks.n && gerund(c, tok) &&
           tok_is(c, m->tb - 1, "with") && c->text[c->toks.v[m->tb - 2].start] == ',' &&
           (c->toks.v[m->tb - 2].flags & ENT_TOK_PUNCT);
}

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
        size_t pp = coder_prep_before(c, m->tb, sb);
        if (pp != SIZE_MAX && !tok_any(c, pp, W_S_OF) && !with_absolute(c, m, tok, sb))
            continue;
        /* "in two regions of southern Somalia": an "of" phrase inside a
         * phrase that is itself a preposition's is no subject either */
        if (pp != SIZE_MAX && tok_any(c, pp, W_S_OF) && pp > sb + 1) {
            /* (but "tens of thousands of people" is a subject) */
            size_t outer = coder_prep_before(c, pp - 1, sb);
            if (outer != SIZE_MAX && !tok_any(c, outer, W_S_OF))
                continue;
        }
        best = m;
    }
    return best ? best : fallback;
}

/* The subject of the joining or leading verb before the gerund at i
 * (joined_in): "Britain" in "Britain joined Washington in blaming". */
static const mention *joined_subject(const ent_coder *c, size_t i, size_t sb)
{
    for (size_t j = i - 1; j-- > sb && j + 8 > i;)
        if (join_word(c, j))
            return j > sb ? mention_before(c, j, sb) : NULL;
    return NULL;
}

/* "ordered X jailed / released / expelled": a past participle right
 * after a noun phrase that "ordered" (or "orders") governs. Sets *who to
 * the subject of "ordered" and *obj to the noun phrase. */
static bool ordered_object(const ent_coder *c, size_t vb, size_t sb, const mention **who,
                           const mention **obj)
{
    if (vb <= sb + 2 || !coder_past_form(c, vb))
        return false;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->te != vb || !m->n || m->tb <= sb + 1)
            continue;
        size_t o = m->tb - 1;
        if ((tok_any(c, o, W_DET) || tok_is(c, o, "former")) && o > sb + 1)
            o--;
        if (!(tok_is(c, o, "ordered") || tok_is(c, o, "orders") || tok_is(c, o, "order")))
            return false;
        const mention *s0 = mention_before(c, o, sb);
        if (!s0 || !s0->n || s0->te > o)
            return false;
        *who = s0;
        *obj = m;
        return true;
    }
    return false;
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

/* "The military denied on Tuesday that it had struck the hospital",
 * "denied backing the rebels": who acts in the denied clause is no target
 * of the denial (016), which is the denier's own. */
static bool denied_content(const ent_coder *c, const vmatch *iv, const mention *tgt)
{
    static const char *const charge[] = {"charge", "charges", "accusation", "accusations",
                                         "allegation", "allegations", "claim", "claims", NULL};
    if (!tgt || tgt->tb < iv->te || strcmp(c->d->verbs[iv->entry].code, "016") != 0)
        return false;
    /* "denied Ukrainian claims", "denied Kyiv's accusations": the accuser */
    size_t j = tgt->te < c->toks.n && tok_poss(c, tgt->te) ? tgt->te + 1 : tgt->te;
    for (size_t k = 0; j < c->toks.n && charge[k]; k++)
        if (tok_is(c, j, charge[k]))
            return false;
    return true;
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
bool coder_past_form(const ent_coder *c, size_t i)
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
bool coder_only_aux(const ent_coder *c, size_t a, size_t b)
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
        "pounding", "shelling", "bombing", "overrunning", "branding", "labelling",
        "labeling", "slamming", "lambasting", "rebuking", "castigating", "praising",
        "welcoming", "hailing", "thanking", "rebuffing", "denying", "ordering",
        "expelling", "recalling", "summoning", "deploying", "stripping", "declining", NULL};
    /* (", accusing", and the manner "by accusing": "opened a NATO summit
     * by accusing Germany") */
    if (vb <= sb + 1 || !(((c->toks.v[vb - 1].flags & ENT_TOK_PUNCT) &&
                           c->text[c->toks.v[vb - 1].start] == ',') ||
                          tok_is(c, vb - 1, "by")))
        return false;
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, vb, w[k]))
            return true;
    return false;
}

/* "Sudan responded by expelling aid agencies", "Trump opened a NATO
 * summit by accusing Germany": the subject of the past-tense verb before
 * the manner "by" (at by) does the act, not the actor named between. */
static const mention *by_manner_subject(const ent_coder *c, size_t by, size_t sb)
{
    for (size_t j = by; j-- > sb + 1 && j + 12 > by;) {
        const ent_token *t = &c->toks.v[j];
        if ((t->flags & ENT_TOK_PUNCT) && c->text[t->start] != '-')
            return NULL;
        if (coder_past_form(c, j) && !in_atom(c, j) && !(t->flags & ENT_TOK_CAP) &&
            !tok_any(c, j, W_BE_FORMS | W_AUX_WORDS))
            return mention_before(c, j, sb);
    }
    return NULL;
}

/* The killing at v names a number of victims or a crowd ("killed 147
 * people", "killed hundreds"): a massacre of its own. */
static bool many_killed(const ent_coder *c, const vmatch *v)
{
    for (size_t j = v->tb + 1; j < c->toks.n && j < v->tb + 5; j++)
        if ((c->toks.v[j].flags & ENT_TOK_NUM) || tok_is(c, j, "dozens") ||
            tok_is(c, j, "hundreds") || tok_is(c, j, "thousands") || tok_is(c, j, "scores"))
            return true;
    return false;
}

/* "shelled the city on Sunday, killing at least 14 civilians": the harm
 * a violent act (an earlier verb match of roots 18-20) did, named in a
 * participle after a comma, is part of that act, not a second event. */
static bool consequence_harm(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    /* ", killing ...", "..., hitting power plants and killing ..." */
    if (v->tb <= sb + 1 ||
        !(((c->toks.v[v->tb - 1].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[v->tb - 1].start] == ',') ||
          tok_any(c, v->tb - 1, W_S_AND)) ||
        !(tok_is(c, v->tb, "killing") || tok_is(c, v->tb, "wounding") ||
          tok_is(c, v->tb, "injuring") ||
          /* "struck Iran's nuclear facilities and killed several of its
           * top military commanders" */
          (tok_is(c, v->tb, "killed") && tok_any(c, v->tb - 1, W_S_AND) &&
           !many_killed(c, v))))
        return false;
    for (size_t q = 0; q < k; q++) {
        int r = code_root(c->d->verbs[c->vms[q].entry].code);
        if (r >= 18 && r <= 20)
            return true;
    }
    return false;
}

/* The verb match v opens its sentence (only an article or modifiers
 * before it) and names its subject after an "of" inside it ("The first
 * contingent of Kenyan police officers arrived"): that actor, or NULL. */
static const mention *of_subject(const ent_coder *c, const vmatch *v, size_t sb)
{
    for (size_t j = sb; j < v->tb; j++)
        if (!(c->toks.v[j].flags & ENT_TOK_WORD) || is_verb_tok(c, j) || in_atom(c, j))
            return NULL;
    if (v->tb == sb || !tok_any(c, sb, W_DET))
        return NULL;
    for (size_t j = v->tb + 1; j + 1 < v->te; j++) {
        if (!tok_any(c, j, W_S_OF))
            continue;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->n && !m->pronoun && m->tb >= j + 1 && m->tb <= j + 2 && m->te < v->te)
                return m;
        }
        return NULL;
    }
    return NULL;
}

/* "had been granted asylum in Britain", "given refuge at the U.S.
 * Embassy", "hostages were freed from Gaza": the state of the place
 * right after the passive verb v (a mention after "in" or "at", or
 * "from" for a release, within four words, of another state than the
 * patient's), made up in buf as that state; or NULL. */
static const mention *made_mention(ent_coder *c, const char *root, const char *suffix,
                                   const vmatch *v, mention *buf);

static const mention *place_giver(ent_coder *c, const vmatch *v, const mention *patient,
                                  mention *buf)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb < v->te || m->tb > v->te + 4 || !m->n || m->pronoun)
            continue;
        size_t pp = coder_prep_before(c, m->tb, v->te);
        bool release = strncmp(c->d->verbs[v->entry].code, "084", 3) == 0;
        if (pp == SIZE_MAX || !(tok_is(c, pp, "in") || tok_is(c, pp, "at") ||
                                (release && tok_is(c, pp, "from"))))
            continue;
        const amem *g = &c->mem[m->first];
        if (strlen(g->root) != 3 || strcmp(g->root, c->mem[patient->first].root) == 0)
            return NULL;
        return made_mention(c, g->root, "", v, buf);
    }
    /* "Edmundo Gonzalez arrived in Spain on Sunday after being granted
     * asylum", "Assad had arrived in Moscow and been granted asylum": the
     * state the person came to grants it */
    if (strcmp(c->d->verbs[v->entry].code, "075") == 0)
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->tb <= patient->te || m->te > v->tb || !m->n || m->pronoun || m->tb < 2)
                continue;
            size_t pp = m->tb - 1;
            const amem *g = &c->mem[m->first];
            if ((tok_is(c, pp, "in") || tok_is(c, pp, "to")) &&
                (tok_is(c, pp - 1, "arrived") || tok_is(c, pp - 1, "fled") ||
                 tok_is(c, pp - 1, "flew") || tok_is(c, pp - 1, "flown") ||
                 tok_is(c, pp - 1, "escaped")) &&
                strlen(g->root) == 3 && coder_state_root(c, g->root) &&
                strcmp(g->root, c->mem[patient->first].root) != 0)
                return made_mention(c, g->root, "", v, buf);
        }
    if (strncmp(c->d->verbs[v->entry].code, "084", 3) != 0)
        return NULL;
    /* "Five Americans detained in Iran were freed": the place where the
     * released were held, named between them and the verb, frees them */
    static const char *const held[] = {"held", "detained", "jailed", "imprisoned", "kidnapped",
                                       "captured", "abducted", NULL};
    size_t hw = SIZE_MAX; /* "hostages held in Iran": the participle */
    for (size_t j = patient->te; j < v->tb && j < patient->te + 2 && hw == SIZE_MAX; j++)
        for (size_t k = 0; held[k] && hw == SIZE_MAX; k++)
            if (tok_is(c, j, held[k]))
                hw = j;
    for (size_t q = 0; hw != SIZE_MAX && q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb <= hw || m->tb > hw + 3 || m->te > v->tb || !m->n || m->pronoun)
            continue;
        size_t pp = coder_prep_before(c, m->tb, patient->te);
        const amem *g = &c->mem[m->first];
        if (pp != SIZE_MAX && (tok_is(c, pp, "in") || tok_is(c, pp, "at")) &&
            strlen(g->root) == 3 && coder_state_root(c, g->root) &&
            strcmp(g->root, c->mem[patient->first].root) != 0)
            return made_mention(c, g->root, "", v, buf);
    }
    /* "Nelson Mandela was freed on Sunday after 27 years in prison": a
     * person released, with no other state in the sentence, is released
     * by his own state */
    const amem *p0 = &c->mem[patient->first];
    if (!patient->person || strlen(p0->root) != 3 || !coder_state_root(c, p0->root))
        return NULL;
    for (size_t q = 0; q < c->n_ments; q++)
        for (size_t k = 0; k < c->ments[q].n; k++)
            if (strcmp(c->mem[c->ments[q].first + k].root, p0->root) != 0)
                return NULL;
    return made_mention(c, p0->root, "", v, buf);
}

/* "a strike on Iran's nuclear facilities would set back its programme",
 * "Any Chinese blockade of Taiwan would cause a shock": an act named as a
 * noun (no verb form) that is the subject of a modal clause is imagined,
 * not reported: a modal (would, could, might, may) follows within eight
 * words, before any other act or clause punctuation. */
static bool imagined_act(const ent_coder *c, const vmatch *v, size_t se)
{
    /* cheapest test first: a modal after the act (word-class bits) */
    bool modal_after = false;
    for (size_t j = v->te; j < se && j < v->te + 8 && !modal_after; j++)
        modal_after = tok_any(c, j, W_HYP_WORDS | W_FUT_WORDS);
    if (!modal_after || v->tb == 0 || coder_past_form(c, v->tb) || gerund(c, v->tb))
        return false;
    /* a noun: its phrase opens with an article or "any" ("a strike",
     * "Any Chinese blockade", "a U.S. military strike") */
    bool noun = false;
    for (size_t b = v->tb, hop = 0; b > 0 && hop < 4 && !noun; b--, hop++) {
        if (tok_any(c, b - 1, W_DET) || tok_is(c, b - 1, "any"))
            noun = true;
        else if (!(c->toks.v[b - 1].flags & ENT_TOK_WORD) || is_verb_tok(c, b - 1) ||
                 tok_any(c, b - 1, W_S_TO | W_PREPS)) /* "to warn" is no noun */
            break;
    }
    if (!noun)
        return false;
    for (size_t j = v->te; j < se && j < v->te + 8; j++) {
        if ((c->tflag[j] & TF_VERB) || is_verb_tok(c, j))
            return false;
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && strchr(";:.", c->text[c->toks.v[j].start]))
            return false;
        if (tok_is(c, j, "would") || tok_is(c, j, "could") || tok_is(c, j, "might") ||
            tok_is(c, j, "may"))
            return true;
    }
    return false;
}

/* "released a video showing ...", "released its annual report": what is
 * released is a publication, not a prisoner (084) */
static bool released_item(const ent_coder *c, const vmatch *v, size_t se)
{
    static const char *const item[] = {
        "video", "videos", "footage", "statement", "report", "figures", "data", "images",
        "photos", "photographs", "pictures", "recording", "audio", "tape", "details", "results",
        "document", "documents", "findings", "transcript", "film", "book", "album", "list",
        "memoir", "recordings", "tapes", NULL};
    if (strncmp(c->d->verbs[v->entry].code, "084", 3) != 0 ||
        !(tok_is(c, v->tb, "released") || tok_is(c, v->tb, "releases") ||
          tok_is(c, v->tb, "releasing") || tok_is(c, v->tb, "release")))
        return false;
    for (size_t j = v->tb + 1; j < se && j <= v->tb + 4; j++)
        for (size_t k = 0; item[k]; k++)
            if (tok_is(c, j, item[k]))
                return true;
    return false;
}

/* "Assad and his family arrived in Moscow and were granted asylum":
 * an arrival in the country that grants asylum is part of the asylum,
 * no visit (042). */
static bool asylum_arrival(const ent_coder *c, const vmatch *v, size_t se)
{
    if (strcmp(c->d->verbs[v->entry].code, "042") != 0 ||
        !(tok_is(c, v->tb, "arrived") || tok_is(c, v->tb, "landed") || tok_is(c, v->tb, "fled")))
        return false;
    for (size_t j = v->te; j < se; j++)
        if (tok_is(c, j, "asylum") || tok_is(c, j, "refuge"))
            return true;
    return false;
}

/* "the army seized power": a coup is coded by what it does (arrests,
 * curfews, suspended constitutions), as the golds code it, not as a
 * seizure; an attempt to seize power is a pattern of its own (190). */
/* "amid a collapse in demand", "supply and demand": demand in the
 * market's sense is no demand of anyone's */
static bool market_demand(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (v->te != v->tb + 1 || !tok_is(c, v->tb, "demand") || v->tb <= sb)
        return false;
    return tok_any(c, v->tb - 1, W_PREPS) || tok_is(c, v->tb - 1, "and") ||
           tok_is(c, v->tb - 1, "oil") || tok_is(c, v->tb - 1, "energy") ||
           tok_is(c, v->tb - 1, "consumer") || tok_is(c, v->tb - 1, "global") ||
           tok_is(c, v->tb - 1, "weak") || tok_is(c, v->tb - 1, "strong");
}

/* "U.S. warplanes bombed Islamic State positions, the first American air
 * strikes in Iraq since 2011", "called Putin a war criminal, the
 * strongest U.S. condemnation yet": an act named again in an apposition
 * (", the/a/its" and modifiers before the noun) that restates an
 * earlier act of the sentence (same root) is that act, not another. */
static bool restated_act(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    if (coder_past_form(c, v->tb) || gerund(c, v->tb))
        return false;
    size_t j = v->tb;
    for (int hop = 0; hop < 5 && j > sb + 1; hop++, j--) {
        /* ", that Iran would not negotiate": a clause, no noun phrase */
        if (tok_any(c, j - 1, W_S_THAT | W_AUX_WORDS | W_FUT_WORDS | W_HYP_WORDS | W_NEG_WORDS |
                                  W_BE_FORMS))
            return false;
        if (tok_any(c, j - 1, W_DET) && (c->toks.v[j - 2].flags & ENT_TOK_PUNCT) &&
            c->text[c->toks.v[j - 2].start] == ',') {
            int r = code_root(c->d->verbs[v->entry].code);
            for (size_t q = 0; q < k; q++)
                if (code_root(c->d->verbs[c->vms[q].entry].code) == r)
                    return true;
            return false;
        }
        if (!(c->toks.v[j - 1].flags & ENT_TOK_WORD) || is_verb_tok(c, j - 1))
            return false;
    }
    return false;
}

/* "the nerve agent attack on former spy Sergei Skripal", "the country's
 * deadliest attack in years", "bowing to weeks of protests and riots",
 * "amid riots", "residents fled the fighting": an act named by a bare
 * noun after "the", or after "bowing to", "amid", "despite" or
 * "following" (the news's cause or setting), or after a verb of fleeing
 * it, refers to one known or reported elsewhere, no event of its own. */
static bool act_noun(const ent_coder *c, size_t i)
{
    static const char *const nouns[] = {"attack",   "attacks",        "riots",    "rioting",
                                        "protests", "demonstrations", "unrest",   "violence",
                                        "fighting", "clashes",        "shelling", "bombing",
                                        NULL};
    for (size_t k = 0; nouns[k]; k++)
        if (tok_is(c, i, nouns[k]))
            return true;
    return false;
}

static bool referred_act(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (v->te != v->tb + 1 || !act_noun(c, v->tb))
        return false;
    /* the cause or setting: up to seven words back, within the clause
     * ("bowing to weeks of mass protests and riots") */
    for (size_t j = v->tb; j > sb && j + 7 > v->tb; j--) {
        if (c->toks.v[j - 1].flags & ENT_TOK_PUNCT)
            break;
        if (tok_is(c, j - 1, "bowing") || tok_is(c, j - 1, "bowed") ||
            tok_is(c, j - 1, "amid") || tok_is(c, j - 1, "despite") ||
            tok_is(c, j - 1, "following"))
            return true;
        /* "fled the fighting", "fleeing the shelling": the flight's cause */
        if (j == v->tb && j >= sb + 2 && tok_is(c, j - 1, "the") &&
            (tok_is(c, j - 2, "fled") || tok_is(c, j - 2, "flee") ||
             tok_is(c, j - 2, "flees") || tok_is(c, j - 2, "fleeing") ||
             tok_is(c, j - 2, "escaped") || tok_is(c, j - 2, "escaping") ||
             tok_is(c, j - 2, "escape")))
            return true;
    }
    /* a known attack: "the ... attack", "this month's attack on the
     * Indian parliament", "Hamas's Oct. 7 attack", no verb between */
    if (!tok_is(c, v->tb, "attack") && !tok_is(c, v->tb, "attacks"))
        return false;
    for (size_t j = v->tb, hop = 0; j > sb && hop < 8; j--, hop++) {
        /* "The United States will (not) attack Iran": a verb right after
         * a modal */
        if (hop == 0 && tok_any(c, j - 1, W_FUT_WORDS | W_HYP_WORDS | W_AUX_WORDS | W_MUST |
                                              W_NEG_WORDS | W_S_TO))
            return false;
        if (tok_is(c, j - 1, "the") || tok_is(c, j - 1, "more") || tok_is(c, j - 1, "'s") ||
            tok_is(c, j - 1, "\u2019s"))
            return true;
        if ((c->toks.v[j - 1].flags & ENT_TOK_PUNCT) || (c->tflag[j - 1] & TF_VERB) ||
            is_verb_tok(c, j - 1))
            return false;
    }
    return false;
}

/* "Nelson Mandela walked out of prison": leaving prison is no walkout
 * (14) */
static bool out_of_prison(const ent_coder *c, const vmatch *v, size_t se)
{
    if (code_root(c->d->verbs[v->entry].code) != 14 || !tok_is(c, v->tb, "walked"))
        return false;
    for (size_t j = v->te; j < se && j < v->te + 5; j++)
        if (tok_is(c, j, "prison") || tok_is(c, j, "jail") || tok_is(c, j, "custody") ||
            tok_is(c, j, "detention"))
            return true;
    return false;
}

/* "gave Maduro eight days to call an election, or they would recognise
 * Guaido": what an ultimatum (139) says will follow, after "or", is part
 * of the ultimatum, no act of its own (verb match k). */
static bool ultimatum_sanction(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    bool ultimatum = false;
    for (size_t q = 0; q < k && !ultimatum; q++) {
        const char *code = c->d->verbs[c->vms[q].entry].code;
        ultimatum = code[0] == '1' && code[1] == '3' && code[2] == '9' && !code[3];
    }
    if (!ultimatum)
        return false;
    bool or_clause = false;
    for (size_t j = v->tb; j > sb && j + 5 > v->tb && !or_clause; j--)
        or_clause = tok_is(c, j - 1, "or");
    return or_clause;
}

/* "called the move a direct invasion", "refusing to call the attack an
 * invasion": a noun a speaker applies as a label is no act of its own. */
static bool label_noun(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (v->te != v->tb + 1 || coder_past_form(c, v->tb) || gerund(c, v->tb) || v->tb < sb + 3 ||
        !(tok_any(c, v->tb - 1, W_DET) ||
          (v->tb >= sb + 4 && tok_any(c, v->tb - 2, W_DET))))
        return false;
    for (size_t j = v->tb - 1, hop = 0; j > sb && hop < 6; j--, hop++) {
        if (tok_is(c, j - 1, "called") || tok_is(c, j - 1, "call") || tok_is(c, j - 1, "calling") ||
            tok_is(c, j - 1, "branded") || tok_is(c, j - 1, "branding") || tok_is(c, j - 1, "labelled"))
            return true;
        if (!(c->toks.v[j - 1].flags & ENT_TOK_WORD) || (c->tflag[j - 1] & TF_VERB))
            return false;
    }
    return false;
}

/* "a joint meeting of Congress", "an emergency meeting of the national
 * security council", "minutes from the Fed's meeting": a body's own
 * meeting is no consultation between parties (04). */
static bool body_meeting(const ent_coder *c, const vmatch *v, size_t se)
{
    if (v->te != v->tb + 1 || !(tok_is(c, v->tb, "meeting") || tok_is(c, v->tb, "meetings")))
        return false;
    /* "the Fed's latest meeting": one plain modifier after the owner */
    bool owner_mod = v->tb > 1 && tok_poss(c, v->tb - 2) &&
                     (c->toks.v[v->tb - 1].flags & ENT_TOK_WORD) &&
                     !(c->toks.v[v->tb - 1].flags & ENT_TOK_CAP) && !is_verb_tok(c, v->tb - 1);
    return (v->te < se && tok_any(c, v->te, W_S_OF)) || owner_mod ||
           (v->tb > 0 && (tok_poss(c, v->tb - 1) || tok_is(c, v->tb - 1, "emergency")));
}

/* "rejected the Dalai Lama's choice, calling the announcement illegal",
 * "would impose a tariff, calling the trial a witch hunt": a label given
 * in a participle after an act already reported (verb match k > 0) only
 * says how the speaker sees it, as the golds code it (1 in 8 coded). */
static bool calling_participle(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    return k > 0 && v->tb > sb + 1 && tok_is(c, v->tb, "calling") &&
           code_root(c->d->verbs[v->entry].code) == 11 &&
           (c->toks.v[v->tb - 1].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[v->tb - 1].start] == ',';
}

static bool seized_power(const ent_coder *c, const vmatch *v, size_t se)
{
    return v->te == v->tb + 1 && v->te < se &&
           (tok_is(c, v->tb, "seized") || tok_is(c, v->tb, "seize") ||
            tok_is(c, v->tb, "seizing") || tok_is(c, v->tb, "seizes")) &&
           tok_is(c, v->te, "power");
}

/* "China suspended cooperation, called off talks and imposed sanctions":
 * a past-tense verb right after a comma, in a list closed by "and" and a
 * later verb, shares the subject of the verbs before it. */
static bool listed_verb(const ent_coder *c, size_t vb, size_t sb)
{
    if (vb <= sb + 1 || c->text[c->toks.v[vb - 1].start] != ',' || !coder_past_form(c, vb) ||
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
        if (x->n && coder_subject_place(c, x, sb))
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
    return coder_past_form(c, j) && !tok_any(c, j, W_BE_FORMS | W_AUX_WORDS);
}

/* Mention m stands in the object of a past-tense verb no dictionary
 * pattern matched, a few words before it ("pulled the United States out
 * of the Iran nuclear deal and reimposed sanctions": Iran is no subject
 * of "reimposed"): only words, no clause punctuation, clause word or
 * "and" lie between the verb and m, and an actor stands before the
 * verb. */
static bool verb_object_far(const ent_coder *c, const mention *m, size_t sb)
{
    if (!m || m->tb <= sb + 2)
        return false;
    for (size_t j = m->tb - 1; j > sb && j + 8 > m->tb; j--) {
        const ent_token *t = &c->toks.v[j];
        if (!(t->flags & ENT_TOK_WORD) || tok_any(c, j, W_CLAUSE_WORDS | W_S_AND | W_RELPRON))
            return false;
        bool inside = false;
        for (size_t q = 0; q < c->n_ments && !inside; q++)
            inside = c->ments[q].tb <= j && j < c->ments[q].te;
        if (inside || (t->flags & ENT_TOK_CAP) || !coder_past_form(c, j) ||
            tok_any(c, j, W_BE_FORMS | W_AUX_WORDS))
            continue;
        return mention_before(c, j, sb) != NULL;
    }
    return false;
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
        if (x->tb >= obj->te && coder_only_connectors(c, obj->te, x->tb, false) &&
            !coder_clause_and(c, obj->tb, obj->te, x->tb))
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
        /* ("between Azerbaijan and ethnic Armenian forces") */
        bool ethnic = x->tb > last->te + 1 && tok_is(c, x->tb - 1, "ethnic") &&
                      coder_only_connectors(c, last->te, x->tb - 1, false);
        /* "for Netanyahu, as well as for Hamas's military chief" */
        size_t aw = last->te;
        if (aw < x->tb && c->text[c->toks.v[aw].start] == ',')
            aw++;
        bool as_well = aw + 3 <= x->tb && tok_is(c, aw, "as") && tok_is(c, aw + 1, "well") &&
                       tok_is(c, aw + 2, "as") &&
                       (aw + 3 == x->tb || (aw + 4 == x->tb && tok_any(c, aw + 3, W_PREPS)));
        if (as_well && x->n && x->first == last->first + last->n) {
            last = x;
            closed = true;
            continue;
        }
        if (x->tb == last->te || !x->n || x->first != last->first + last->n ||
            (!coder_only_connectors(c, last->te, x->tb, false) && !ethnic) ||
            coder_clause_and(c, tgt->tb, last->te, x->tb))
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
    if (!closed || (last->te < se && (is_verb_tok(c, last->te) || coder_past_form(c, last->te))))
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
        for (size_t j = x->tb, hop = 0; j > from && hop < 5; j--, hop++) {
            if (tok_any(c, j - 1, W_LOCATIVE))
                return x;
            /* "across south-central Los Angeles": a hyphen joins a modifier */
            bool hyphen = (c->toks.v[j - 1].flags & ENT_TOK_PUNCT) &&
                          c->text[c->toks.v[j - 1].start] == '-';
            if ((!(c->toks.v[j - 1].flags & ENT_TOK_WORD) && !hyphen) || is_verb_tok(c, j - 1))
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
        if (a->type == PH_AGENT && a->te <= vb && a->te + 2 >= vb && coder_only_aux(c, a->te, vb))
            suf = c->d->agents[a->entry].suffix;
    }
    return suf;
}

/* A mention made up for an actor the sentence implies: ROOT + suffix,
 * spanning the verb. Returns buf, or NULL when out of memory. */
static const mention *made_mention(ent_coder *c, const char *root, const char *suffix,
                                   const vmatch *v, mention *buf)
{
    /* root may point into c->mem, which growing it may move */
    char r[ENT_ACTOR_CODE_MAX];
    text_copy(r, sizeof r, root);
    if (text_grow((void **)&c->mem, &c->cap_mem, c->n_mem, sizeof *c->mem))
        return NULL;
    amem *m = &c->mem[c->n_mem];
    text_join(m->code, sizeof m->code, r, 3, suffix, 6);
    text_copy(m->root, sizeof m->root, r);
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
    if (tok_any(c, j, W_NATURE | W_MARKET))
        return true;
    /* "A huge fire swept through Notre-Dame", "the blaze": a fire as the
     * subject, not the gunfire troops open, return or come under */
    if (!(c->kw[j] & K_FIRE))
        return false;
    if (tok_is(c, j, "blaze") || tok_is(c, j, "inferno"))
        return true;
    if (j == 0)
        return false;
    static const char *const size[] = {"a", "the", "huge", "massive", "major", "big",
                                       "devastating", "deadly", "large", "forest", "bush",
                                       NULL};
    for (size_t k = 0; size[k]; k++)
        if (tok_is(c, j - 1, size[k]))
            return true;
    return false;
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
/* "as chip stocks rallied", "the rouble plunged": the verb's subject,
 * right before it, is a market (W_MARKET), which does not act. */
static bool market_subject(const ent_coder *c, size_t vb, size_t sb)
{
    if (vb <= sb || !tok_any(c, vb - 1, W_MARKET))
        return false;
    for (size_t q = 0; q < c->n_ments; q++)
        if (c->ments[q].te == vb && c->ments[q].n)
            return false;
    return true;
}

/* Tokens [a, b) hold a comma, a clause word, a verb of saying ("Moscow
 * said a fire had ...") or a free-standing dash (the end of a dateline,
 * "PORT-AU-PRINCE (Reuters) - A powerful earthquake ..."). */
static bool clause_break(const ent_coder *c, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++) {
        const ent_token *t = &c->toks.v[j];
        if (c->text[t->start] == ',' || tok_any(c, j, W_CLAUSE_WORDS | W_REPORTING) ||
            (c->text[t->start] == '-' && t->end == t->start + 1 && j > 0 &&
             c->toks.v[j - 1].end < t->start))
            return true;
    }
    return false;
}

/* "Floods that burst two dams and swept away entire neighbourhoods in
 * the eastern Libyan city of Derna have killed ...": the sentence opens
 * with a disaster and a relative clause on it, and the verb at vb (after
 * an auxiliary) is the disaster's: no comma, no actor outside a
 * prepositional phrase between. */
static bool nature_opening(const ent_coder *c, size_t vb, size_t sb)
{
    if (vb < sb + 3 || !tok_any(c, vb - 1, W_AUX_WORDS))
        return false;
    size_t s0 = sb; /* (code_sentence starts after any dateline) */
    size_t rel = SIZE_MAX;
    for (size_t j = s0; j < vb && j < s0 + 5 && rel == SIZE_MAX; j++)
        if (nature_word(c, j) && j + 1 < vb && tok_any(c, j + 1, W_WHO_WHICH | W_S_THAT))
            rel = j + 1;
    if (rel == SIZE_MAX)
        return false;
    for (size_t j = rel; j < vb; j++)
        if (c->text[c->toks.v[j].start] == ',' || c->text[c->toks.v[j].start] == ';')
            return false;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb > rel && m->tb < vb && m->n && coder_prep_before(c, m->tb, sb) == SIZE_MAX)
            return false;
    }
    return true;
}

static bool nature_subject(const ent_coder *c, size_t vb, size_t sb)
{
    if (nature_opening(c, vb, sb))
        return true;
    /* "torrents that swept away cars and destroyed houses": a verb
     * coordinated with the one before it has its subject */
    if (vb > sb + 1 && tok_any(c, vb - 1, W_S_AND)) {
        size_t pb = SIZE_MAX;
        for (size_t q = 0; q < c->n_vms && c->vms[q].te <= vb - 1; q++)
            pb = c->vms[q].tb;
        bool comma = false;
        for (size_t j = pb; pb != SIZE_MAX && j < vb && !comma; j++)
            comma = c->text[c->toks.v[j].start] == ',';
        if (pb != SIZE_MAX && pb < vb - 1 && !comma && nature_subject(c, pb, sb))
            return true;
    }
    size_t lo = vb > sb + 12 ? vb - 12 : sb;
    bool crossed = false;
    size_t end = vb; /* the end of the clause whose subject is sought */
    for (size_t j = vb; j-- > lo;) {
        /* (also ", toppling its spire and destroying ...": a participle
         * coordinated with the one after the comma) */
        if (!crossed && j > sb && c->text[c->toks.v[j].start] == ',' && gerund(c, vb) &&
            gerund(c, j + 1)) {
            lo = j > sb + 20 ? j - 20 : sb; /* ", killing ...": the clause before */
            crossed = true;
            end = j;
            continue;
        }
        /* "triggered tsunamis that killed thousands": the disaster is
         * the relative clause's subject */
        if (!crossed && j == vb - 1 && j > sb && tok_any(c, j, W_WHO_WHICH | W_S_THAT) &&
            nature_word(c, j - 1))
            return true;
        /* "Typhoon Yagi, the strongest storm to hit Asia this year,
         * slammed into Vietnam": an apposition between the subject and
         * its verb is passed over */
        if (!crossed && j + 1 == vb && j > sb && c->text[c->toks.v[j].start] == ',') {
            size_t c1 = SIZE_MAX;
            for (size_t q = j; q-- > sb + 1 && q + 16 > j;)
                if (c->text[c->toks.v[q].start] == ',') {
                    c1 = q;
                    break;
                }
            if (c1 != SIZE_MAX && tok_any(c, c1 + 1, W_DET)) {
                j = c1;
                end = c1;
                lo = c1 > sb + 12 ? c1 - 12 : sb;
                continue;
            }
        }
        if (c->text[c->toks.v[j].start] == ',' || tok_any(c, j, W_CLAUSE_WORDS))
            return false;
        if (!nature_word(c, j))
            continue;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->tb > j && m->te <= end && m->n && coder_prep_before(c, m->tb, sb) == SIZE_MAX)
                return false;
            if (crossed && m->n && m->tb >= sb && m->te <= j && !owner_of(c, m, j))
                return false; /* there the disaster must open the sentence */
            /* "The United Nations declared a famine in Somalia and appealed
             * for aid": an actor before the disaster in its clause (not
             * its owner, nor after a preposition) is the subject */
            if (!crossed && m->n && m->tb >= sb && m->te <= j && !owner_of(c, m, j) &&
                coder_prep_before(c, m->tb, sb) == SIZE_MAX && !clause_break(c, m->te, j))
                return false;
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
    /* "The space shuttle Challenger exploded shortly after lift-off,
     * killing all seven astronauts": an explosion with no weapon named
     * is an accident too ("a car bomb exploded ..., killing" is not) */
    bool nature = false, blast = false, armed = false;
    for (size_t j = sb; j < comma; j++) {
        if (c->tflag[j] & TF_VERB)
            return false;
        nature = nature || tok_any(c, j, W_NATURE);
        blast = blast || tok_is(c, j, "exploded");
        armed = armed || (c->kw[j] & K_WEAPON); /* a bomb, a missile (coder.c) */
    }
    return nature || (blast && !armed);
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
                                       bool active, mention *buf, size_t sb, size_t se)
{
    /* "An earthquake struck ..., killing 18 people": nature is no attacker */
    for (size_t j = v->tb > 4 ? v->tb - 4 : 0; j < v->tb; j++)
        if (nature_word(c, j))
            return NULL;
    /* "More than 700 pilgrims were killed in a crush at the haj", "151
     * people were killed when a Halloween crowd surged into an alley",
     * "under water after monsoon rains, with 1,100 people killed": deaths
     * in a disaster or an accident the sentence names, with no weapon and
     * no other act of violence, have no attacker */
    bool disaster = false, violence = false;
    for (size_t j = sb; j < se && !violence; j++) {
        disaster = disaster || nature_word(c, j) || tok_is(c, j, "surged") ||
                   (tok_is(c, j, "crush") && j > sb && tok_any(c, j - 1, W_DET));
        violence = (c->kw[j] & K_WEAPON) != 0;
    }
    for (size_t q = 0; q < c->n_vms && !violence; q++) {
        int r = code_root(c->d->verbs[c->vms[q].entry].code);
        violence = &c->vms[q] != v && r >= 18 && r <= 20;
    }
    if (disaster && !violence)
        return NULL;
    for (size_t q = 0; q < c->n_vms; q++) {
        const vmatch *w = &c->vms[q];
        int r = code_root(c->d->verbs[w->entry].code);
        if (w->tb < v->te || w->tb > v->te + 8 || r < 18 || r > 20)
            continue;
        for (size_t k = 0; k < c->n_ments; k++)
            if (c->ments[k].te == w->tb && c->ments[k].tb >= v->te && c->ments[k].n)
                return &c->ments[k];
        /* "killed in a clash with Chinese troops": the other side */
        for (size_t k = 0; k < c->n_ments; k++) {
            const mention *m = &c->ments[k];
            if (m->tb < w->te || m->tb > w->te + 3 || !m->n || m->pronoun ||
                (victim && victim->n &&
                 strcmp(c->mem[m->first].root, c->mem[victim->first].root) == 0))
                continue;
            size_t pp = coder_prep_before(c, m->tb, w->te);
            if (pp == w->te && tok_any(c, pp, W_S_WITH))
                return m;
        }
    }
    const mention *place = place_after(c, v->te);
    /* "tore through the U.N. headquarters in Baghdad": past a place that
     * is no state's, the next one in the clause */
    for (int hop = 0; place && hop < 2 && (strlen(c->mem[place->first].root) != 3 ||
                                           strcmp(c->mem[place->first].root, "EUR") == 0);
         hop++) {
        const mention *next = place_after(c, place->te);
        if (!next || next->tb > place->te + 4)
            break;
        place = next;
    }
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

/* "Protesters stormed Kenya's parliament": the institution a protest (14)
 * acts on, inside the verb match or right after it (not "of"), tells the
 * protesters' country when no place follows. */
static const mention *protest_object(const ent_coder *c, const vmatch *v)
{
    if (code_root(c->d->verbs[v->entry].code) != 14)
        return NULL;
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        if (m->tb > v->tb && m->n && !m->pronoun &&
            (m->tb <= v->te || (m->tb == v->te + 1 && !tok_is(c, v->te, "of"))))
            return m;
    }
    return NULL;
}

/* "Police used tear gas to disperse protesters in Nairobi", "The army
 * imposed martial law in Thailand": a bare agent as subject, with no actor
 * before it, belongs to the country of the place of the event (a minimal
 * fallback of the actor side). Returns the made-up mention or NULL. */
static const mention *agent_of_place(ent_coder *c, const vmatch *v, mention *buf)
{
    const char *suf = subject_agent(c, v->tb);
    /* "Thousands protested in Caracas": a crowd named by its number
     * protests as the place's people */
    bool crowd_ = false;
    if (!suf && code_root(c->d->verbs[v->entry].code) == 14 && v->tb > 0) {
        static const char *const crowd[] = {"thousands", "hundreds", "dozens", "millions", NULL};
        size_t j = v->tb;
        while (j > 0 && tok_any(c, j - 1, W_AUX_WORDS))
            j--;
        for (size_t k = 0; j > 0 && crowd[k]; k++)
            if (tok_is(c, j - 1, crowd[k]))
                suf = "CVL", crowd_ = true;
    }
    /* "Students began a hunger strike", "fundamentalists continued their
     * hunger strike": a protest named by a noun after a light verb */
    if (!suf && code_root(c->d->verbs[v->entry].code) == 14) {
        static const char *const light[] = {"began", "begin", "begun", "launched", "staged",
                                            "started", "continued", "continuing", "held",
                                            "are", "were", "went", "on", "a", "an", "the",
                                            "their", "its", "his", "her", NULL};
        for (size_t k = 0; k < c->n_atoms && !suf; k++) {
            const atom *a = &c->atoms[k];
            if (a->type != PH_AGENT || a->te > v->tb || a->te + 4 < v->tb || a->te == v->tb)
                continue;
            bool ok = true;
            for (size_t j = a->te; j < v->tb && ok; j++) {
                ok = false;
                for (size_t w = 0; light[w] && !ok; w++)
                    ok = tok_is(c, j, light[w]);
            }
            if (ok)
                suf = c->d->agents[a->entry].suffix;
        }
    }
    /* "Protests broke out across Venezuela": protests named as the
     * subject of breaking out or spreading are the place's people's */
    if (!suf && code_root(c->d->verbs[v->entry].code) == 14 && v->te < c->toks.n) {
        static const char *const spread[] = {"broke", "erupted", "spread", "swept", "flared",
                                             "continued", "raged", NULL};
        /* "rioting and looting spread", "Rioting, looting and arson
         * erupted": past a list of such nouns */
        /* ... or past what they are about ("Protests over the death in
         * police custody of Mahsa Amini spread") */
        for (size_t j = v->te; j < c->toks.n && j <= v->te + 10 && !suf; j++) {
            for (size_t k = 0; spread[k] && !suf; k++)
                if (tok_is(c, j, spread[k]))
                    suf = "CVL", crowd_ = true;
            bool agent = false;
            for (size_t q = 0; q < c->n_atoms && !agent; q++)
                agent = c->atoms[q].type == PH_AGENT && c->atoms[q].tb <= j && j < c->atoms[q].te;
            if (!suf && !tok_any(c, j, W_S_AND) && c->text[c->toks.v[j].start] != ',' &&
                (!(c->toks.v[j].flags & ENT_TOK_WORD) || (in_atom(c, j) && !agent) ||
                 (is_verb_tok(c, j) && !(c->tflag[j] & TF_VERB))))
                break;
        }
    }
    /* "people killed in last week's collapse": a participle after its
     * noun, followed by a preposition, is no act of that noun */
    bool protest = code_root(c->d->verbs[v->entry].code) == 14; /* "protesters rallied near" */
    if (!crowd_ && !protest && v->te == v->tb + 1 && v->te < c->toks.n && tok_any(c, v->te, W_PREPS))
        return NULL;
    /* "marched through the streets of Hong Kong": the pattern's own last
     * word may be the locative */
    const mention *place = suf ? place_after(c, protest ? v->te - 1 : v->te) : NULL;
    if (suf && (!place || !place->n))
        place = protest_object(c, v);
    /* "Students began a hunger strike to demand the resignation of the
     * Algerian president", "workers went on strike to protest against the
     * Kenyan government's wage freeze": protesters with no country of
     * their own protest against their own state's organs */
    for (size_t q = 0; protest && suf && (!place || !place->n) && q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb < v->te || !m->n || m->pronoun)
            continue;
        bool stop = m->tb > v->te + 15;
        for (size_t j = v->te; j < m->tb && !stop; j++)
            stop = (c->toks.v[j].flags & ENT_TOK_PUNCT) &&
                   strchr(";.", c->text[c->toks.v[j].start]) != NULL;
        if (stop)
            break;
        bool cue = false; /* "to demand", "to protest against" */
        for (size_t j = v->tb; j < m->tb && !cue; j++)
            cue = tok_is(c, j, "demand") || tok_is(c, j, "demanding") ||
                  tok_is(c, j, "protest") || tok_is(c, j, "protesting") ||
                  tok_is(c, j, "against") || tok_is(c, j, "over");
        const amem *o = &c->mem[m->first];
        if (cue && coder_state_organ(o) && strcmp(o->code, o->root) != 0)
            place = m;
        break;
    }
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
        {"0355", "1245"}, {"0356", "1246"}, {"054", "120"},   {"055", "120"},
        {NULL, NULL}};
    for (size_t i = 0; map[i][0]; i++)
        if (strcmp(map[i][0], code) == 0)
            return map[i][1];
    return NULL;
}

/* "Netanyahu met Sultan Qaboos in Muscat", "Blinken held talks in
 * Beijing": a meeting with no partner the dictionaries know, in a place of
 * another state, is a visit to that state (the host): the first actor
 * after the verb in its clause, governed by "in" or "at", a single state
 * other than the source's. NULL if there is none. */
static const mention *visit_host(const ent_coder *c, const vmatch *v, const mention *src,
                                 size_t se)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb < v->te || m->tb >= se)
            continue;
        for (size_t j = v->te; j < m->tb; j++)
            if (tok_any(c, j, W_CLAUSE_WORDS) || ((c->toks.v[j].flags & ENT_TOK_PUNCT) &&
                                                  strchr(",;:(", c->text[c->toks.v[j].start])))
                return NULL;
        size_t pp = coder_prep_before(c, m->tb, v->tb);
        if (!m->n || m->n != 1 || m->pronoun || pp == SIZE_MAX ||
            !(tok_is(c, pp, "in") || tok_is(c, pp, "at")))
            return NULL;
        const amem *h = &c->mem[m->first], *s0 = &c->mem[src->first];
        if (strlen(h->root) != 3 || strcmp(h->root, "EUR") == 0 || strcmp(h->root, s0->root) == 0)
            return NULL;
        return m;
    }
    return NULL;
}

/* The victims of a violent act named in its consequence: the first actor
 * within eight words after ", killing / wounding / injuring" (across
 * numbers and "dozens of", "at least"), other than the source; NULL if
 * none. */
static const mention *victims_after(const ent_coder *c, const vmatch *v, const mention *src,
                                    size_t se)
{
    for (size_t j = v->te; j + 1 < se; j++) {
        if (!(c->toks.v[j].flags & ENT_TOK_PUNCT) || c->text[c->toks.v[j].start] != ',')
            continue;
        size_t k = j + 1;
        if (!(tok_is(c, k, "killing") || tok_is(c, k, "wounding") || tok_is(c, k, "injuring")))
            continue;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->tb <= k || m->tb > k + 8 || !m->n || m == src)
                continue;
            if (strlen(c->mem[m->first].root) != 3)
                return NULL;
            return m;
        }
        return NULL;
    }
    return NULL;
}

/* The recipient or destination of an act of giving or of force posture
 * (roots 03, 06, 07, 15) whose object is a list: the first actor after the
 * verb governed by "to", "into", "toward(s)" (or "for" for pledges and
 * aid), or after "border with", in the same clause (a clause word, a
 * semicolon or a later verb match ends it; commas do not); NULL if none. */
static bool amount_in(const ent_coder *c, size_t tb, size_t sb);

static const mention *destination_after(const ent_coder *c, const vmatch *v,
                                        const mention *src, size_t se)
{
    int r = code_root(c->d->verbs[v->entry].code);
    if ((r != 3 && r != 6 && r != 7 && r != 15) ||
        (src->n >= 2 && mutual_code(c->d->verbs[v->entry].code)))
        return NULL; /* a joint act of a compound subject has no target */
    size_t lim = se;
    for (size_t j = v->te; j < se && lim == se; j++)
        if (tok_any(c, j, W_CLAUSE_WORDS) ||
            ((c->toks.v[j].flags & ENT_TOK_PUNCT) && strchr(";:(", c->text[c->toks.v[j].start])))
            lim = j;
    for (size_t q = 0; q < c->n_vms; q++)
        if (c->vms[q].tb >= v->te && c->vms[q].tb < lim &&
            !amount_in(c, c->vms[q].tb, v->te > 2 ? v->te - 2 : 0))
            lim = c->vms[q].tb; /* "pledged $1 billion in aid ... to": past the object */
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb < v->te || m->tb >= lim || !m->n || m == src || m->pronoun)
            continue;
        if (strcmp(c->mem[m->first].root, c->mem[src->first].root) == 0)
            continue;
        size_t pp = coder_prep_before(c, m->tb, v->te);
        /* "police officers arrived in Haiti", "landed in Port-au-Prince":
         * after an arrival the place is where they deploy */
        bool arrival = tok_is(c, v->te - 1, "arrived") || tok_is(c, v->te - 1, "landed");
        bool to = pp != SIZE_MAX &&
                  (tok_is(c, pp, "to") || tok_is(c, pp, "into") || tok_is(c, pp, "toward") ||
                   tok_is(c, pp, "towards") || (r != 15 && tok_is(c, pp, "for")) ||
                   (arrival && pp == v->te && tok_is(c, pp, "in")));
        bool border = pp != SIZE_MAX && pp >= 1 && tok_is(c, pp, "with") &&
                      tok_is(c, pp - 1, "border");
        /* "ordered * troops to": the pattern's own last word sends them */
        if (m->tb == v->te && (tok_is(c, v->te - 1, "to") || tok_is(c, v->te - 1, "into")))
            to = true;
        if (to || (r == 15 && border))
            return m;
    }
    return NULL;
}

/* "declared a ceasefire as Tigrayan forces recaptured Mekelle": "as"
 * opening a clause of its own (an actor, then its verb after at most
 * auxiliaries) ends the main clause. */
static bool as_clause(const ent_coder *c, size_t j, size_t lim)
{
    if (!tok_is(c, j, "as"))
        return false;
    /* "as fighting raged around Osijek": an event noun and its verb */
    for (size_t k = 0; k < c->n_vms; k++) {
        const vmatch *w = &c->vms[k];
        if ((w->tb == j + 1 || (w->tb == j + 2 && tok_any(c, j + 1, W_DET))) && w->te < lim &&
            coder_past_form(c, w->te))
            return true;
    }
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb < j + 1 || m->tb > j + 2 || m->tb >= lim)
            continue;
        if (m->tb == j + 2 && !tok_any(c, j + 1, W_DET))
            continue;
        for (size_t k = 0; k < c->n_vms; k++)
            if (c->vms[k].tb >= m->te && c->vms[k].tb <= m->te + 2 &&
                coder_only_aux(c, m->te, c->vms[k].tb))
                return true;
    }
    return false;
}

/* "brokered", "mediated", "hosted": a participle that names the go-between
 * of a deal or meeting (before "by"). */
static bool go_between(const ent_coder *c, size_t i)
{
    static const char *const w[] = {"brokered", "mediated", "hosted", "facilitated",
                                    "sponsored", "chaired", "convened", "overseen", NULL};
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, i, w[k]))
            return true;
    return false;
}

/* Token i is a word in -ly of five letters or more ("summarily"). */
static bool ly_word(const ent_coder *c, size_t i)
{
    const ent_token *t = &c->toks.v[i];
    return (t->flags & ENT_TOK_WORD) && t->end - t->start > 4 &&
           memcmp(c->text + t->end - 2, "ly", 2) == 0;
}

/* "accused Iraq of torturing and summarily executing civilians": a
 * gerund joined by "and", "or" or a comma (across an adverb in -ly) to a
 * gerund right after a preposition (not "by") is part of the same
 * prepositional phrase, no event. */
static bool gerund_after_prep_list(const ent_coder *c, size_t i, size_t sb)
{
    if (!gerund(c, i) && !(i + 1 < c->toks.n && gerund(c, i + 1) && ly_word(c, i)))
        return false;
    if (!gerund(c, i))
        i++; /* the match starts with the adverb: "summarily executing" */
    size_t j = i;
    if (j > sb + 1 && ly_word(c, j - 1)) /* an adverb in -ly: "summarily" */
        j--;
    if (j <= sb + 2 || !(tok_is(c, j - 1, "and") || tok_is(c, j - 1, "or") ||
                         (c->toks.v[j - 1].flags & ENT_TOK_PUNCT && c->text[c->toks.v[j - 1].start] == ',')))
        return false;
    /* the gerund before: up to six words back, no clause boundary */
    for (size_t k = j - 1, hop = 0; k > sb && hop < 6; k--, hop++) {
        size_t g = k - 1;
        if (tok_any(c, g, W_CLAUSE_WORDS))
            return false;
        if (gerund(c, g))
            return g > sb && tok_any(c, g - 1, W_PREPS) && !tok_any(c, g - 1, W_S_BY);
    }
    return false;
}



/* m names a city or region of a state (a dictionary actor that is not a
 * state, coded as the bare state: "Grozny", "Jaffna", "Chechen"). */
static bool place_of_state(const ent_coder *c, const mention *m)
{
    if (m->n != 1 || m->pronoun || m->person)
        return false;
    const amem *g = &c->mem[m->first];
    if (strlen(g->root) != 3 || strcmp(g->code, g->root) != 0)
        return false;
    for (size_t a = 0; a < c->n_atoms; a++) {
        const atom *at = &c->atoms[a];
        if (at->tb >= m->tb && at->te <= m->te && at->type == PH_ACTOR)
            return c->d->actors[at->entry].kind != AK_STATE;
    }
    return false;
}

/* Force (roots 18-20) of a state's organ (its military, police,
 * government) against a place of its own state that is the act's object
 * (no preposition, or of, on, into, against): see place_of_state. */
static bool own_place_target(const ent_coder *c, const mention *src, const mention *m,
                             const vmatch *v, size_t pp)
{
    int r = code_root(c->d->verbs[v->entry].code);
    const amem *s0 = &c->mem[src->first];
    if (r < 18 || r > 20 || !coder_state_organ(s0) || strcmp(s0->code, s0->root) == 0 ||
        strcmp(c->mem[m->first].root, s0->root) != 0 || !place_of_state(c, m))
        return false;
    return pp == SIZE_MAX || tok_any(c, pp, W_S_OF) || tok_is(c, pp, "on") ||
           tok_is(c, pp, "into") || tok_is(c, pp, "against");
}

/* "declined to comment on a Washington Post report", "claimed
 * responsibility for the attacks in Paris": declining comment (011) and
 * claiming responsibility (015) have no target but an addressee ("to",
 * "with"); an actor only named in what they are about is none. */
static bool unaddressed(const ent_coder *c, const char *code, const mention *tgt, size_t sb)
{
    if (!tgt)
        return false;
    size_t pp = coder_prep_before(c, tgt->tb, sb);
    if (strcmp(code, "012") == 0 || strcmp(code, "013") == 0)
        return pp == SIZE_MAX || !(tok_is(c, pp, "to") || tok_is(c, pp, "with") ||
                                   tok_is(c, pp, "about") || tok_is(c, pp, "over") ||
                                   tok_is(c, pp, "between") || tok_is(c, pp, "for"));
    if (strcmp(code, "011") != 0 && strcmp(code, "015") != 0)
        return false;
    return pp == SIZE_MAX || !(tok_is(c, pp, "to") || tok_is(c, pp, "with"));
}

/* "... during a four-day state visit to Beijing", "on a visit to India",
 * "for talks": a visit noun (042) in a phrase of time or purpose (during,
 * on, for, at the end of) after the main clause is a visit its subject
 * makes, an event of its own (not a second act the one-event-per-clause
 * rule drops). Only determiners, numbers and modifiers between the
 * preposition and the noun. */
static bool visit_phrase(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (strcmp(c->d->verbs[v->entry].code, "042") != 0 || v->te != v->tb + 1 ||
        !(tok_is(c, v->tb, "visit") || tok_is(c, v->tb, "trip") || tok_is(c, v->tb, "tour")))
        return false;
    for (size_t q = 0; q < c->n_sent_codes; q++)
        if (code_root(c->sent_codes[q]) == 4)
            return false; /* "arrived in Delhi on the first visit to India": one visit */
    for (size_t j = v->tb, hop = 0; j > sb && hop < 7; hop++) {
        j--;
        if (tok_is(c, j, "during") || tok_is(c, j, "on"))
            return true;
        const ent_token *t = &c->toks.v[j];
        if ((t->flags & ENT_TOK_PUNCT) && c->text[t->start] != '-')
            return false;
        if (c->cls[j] && !tok_any(c, j, W_DET))
            return false; /* a function word other than an article */
        if (c->tflag[j] & (TF_VERB | TF_ATOM))
            return false;
    }
    return false;
}

/* "upheld former President X's conviction", "demanded Y's release": a
 * one-word noun of what is done to someone (see the list) right after a
 * possessor (at most two modifiers between: "X's corruption conviction")
 * and not followed by "of" ("Turkey's release of prisoners": the
 * possessor does it) names its patient: returns that mention, or NULL. */
static const mention *possessed_patient(const ent_coder *c, const vmatch *v,
                                        const mention *src)
{
    static const char *const nouns[] = {
        "conviction", "arrest", "detention", "trial", "impeachment", "release",
        "execution", "extradition", "ouster", "removal", "indictment", "prosecution",
        "sentencing", "jailing", "abduction", "kidnapping", "assassination", "imprisonment",
        "acquittal", "pardon", NULL};
    if (!src || !src->n || src->pronoun || v->te != v->tb + 1 || src->te >= v->tb ||
        v->tb - src->te > 3 || !tok_poss(c, src->te) ||
        (v->te < c->toks.n && tok_any(c, v->te, W_S_OF)))
        return NULL;
    for (size_t j = src->te + 1; j < v->tb; j++)
        if (c->toks.v[j].flags & ENT_TOK_PUNCT)
            return NULL;
    for (size_t k = 0; nouns[k]; k++)
        if (tok_is(c, v->tb, nouns[k]))
            return src;
    return NULL;
}

/* "by National Guard troops", "by the elite Republican Guard": between
 * "by" at j and an agent mention at tb, two or three words that name or
 * modify it (capitalised words, determiners, adjectives; no punctuation,
 * verb or function word but an article). */
static bool by_modifiers(const ent_coder *c, size_t j, size_t tb)
{
    if (tb < j + 3 || tb > j + 6)
        return false;
    size_t words = 0; /* ("by an off-duty Turkish police officer") */
    for (size_t k = j + 1; k < tb; k++) {
        const ent_token *t = &c->toks.v[k];
        bool hyph = (t->flags & ENT_TOK_PUNCT) && c->text[t->start] == '-' && t->end == t->start + 1 &&
                    k > j + 1 && c->toks.v[k - 1].end == t->start && k + 1 < tb &&
                    c->toks.v[k + 1].start == t->end;
        if (hyph)
            continue;
        if ((t->flags & ENT_TOK_PUNCT) || is_verb_tok(c, k) ||
            (c->cls[k] && !tok_any(c, k, W_DET)))
            return false;
        words++;
    }
    return words <= 3;
}

/* The verb match v is the participle that opens the act after the
 * closing attribution (", accusing Kyiv of ...": c->speaker_act). */
static bool speaker_act_of(const ent_coder *c, const vmatch *v)
{
    return c->speaker_act != SIZE_MAX && v->tb == c->speaker_act + 1;
}

/* The speaker of the closing attribution: the first actor mention after
 * its comma and before the participle's, or NULL. */
static const mention *speaker_mention(const ent_coder *c)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb > c->speaker && m->te <= c->speaker_act && m->n)
            return m;
    }
    return NULL;
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

/* After the verb: "bowing to / despite / amid ... protests", or "after /
 * following / in the face of" protests named within seven words (no
 * relative clause between: "after a debate that ended with calls for
 * protests" is time, not cause). */
static bool yields_to_protest(const ent_coder *c, size_t vb, size_t se)
{
    bool cued = false;
    size_t near_end = 0;
    /* from the verb's first word: "..., bowing to mass protests" may be
     * the yield itself */
    for (size_t j = vb; j < se; j++) {
        if ((cued || j < near_end) && (c->kw[j] & K_PROTEST))
            return true;
        cued = cued || (c->kw[j] & K_YIELD);
        if (c->kw[j] & K_YIELD_NEAR)
            near_end = j + 8;
        if (tok_any(c, j, W_RELPRON))
            near_end = 0;
    }
    return false;
}

/* "would withdraw all U.S. troops from Afghanistan", "pulled its forces
 * out of Syria": a state withdrawing its own forces (0874, or 0356 when
 * promised) withdraws them from the state named right after "from" or
 * "out of"; that state is the target, not the forces. */
static const mention *withdrawn_from(const ent_coder *c, const vmatch *iv, const mention *src,
                                     const mention *tgt, size_t se)
{
    const char *code = c->d->verbs[iv->entry].code;
    if (!src || !src->n || !tgt || !tgt->n || tgt->tb < iv->te ||
        (strcmp(code, "0874") != 0 && strcmp(code, "0356") != 0) ||
        !mentions_share_root(c, src, tgt))
        return tgt;
    size_t j = tgt->te;
    if (j + 1 < se && tok_is(c, j, "out") && tok_is(c, j + 1, "of"))
        j += 2;
    else if (j < se && tok_is(c, j, "from"))
        j++;
    else
        return tgt;
    if (j < se && tok_any(c, j, W_S_THE))
        j++;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb == j && m->n && !m->pronoun && coder_state_root(c, c->mem[m->first].root) &&
            !mentions_share_root(c, src, m))
            return m;
    }
    return tgt;
}

/* "resigned, bowing to pressure from the European Union", "under pressure
 * from Washington", "after demands from X": a concession (08) or a
 * defiance (12) answers the party that pressed for it: the first actor
 * after "from", at most two words after "pressure" or "demands", itself
 * at most three words after the cue. Not for a ceasefire (087), which
 * answers the enemy, nor for the joint act of a compound subject. NULL if
 * none. */
static const mention *pressure_from(const ent_coder *c, const char *code, size_t vte,
                                    size_t se, const mention *src)
{
    int r = code_root(code);
    if ((r != 8 && r != 12) || strncmp(code, "087", 3) == 0 ||
        (src->n >= 2 && mutual_code(code)))
        return NULL; /* a ceasefire answers the enemy; a joint act has no target */
    for (size_t j = vte; j < se; j++) {
        if (!(c->kw[j] & (K_YIELD | K_YIELD_NEAR)))
            continue;
        /* "bowing to opposition leader Nawaz Sharif", "bowing to 19 days
         * of protests led by the opposition alliance" */
        if ((tok_is(c, j, "bowing") || tok_is(c, j, "bowed")) && j + 2 < se &&
            tok_is(c, j + 1, "to")) {
            size_t led = SIZE_MAX;
            for (size_t p = j + 2; p + 1 < se && p < j + 9 && led == SIZE_MAX; p++) {
                if (c->toks.v[p].flags & ENT_TOK_PUNCT)
                    break;
                if (tok_is(c, p, "led") && tok_is(c, p + 1, "by"))
                    led = p + 2;
            }
            for (size_t q = 0; q < c->n_ments; q++) {
                const mention *m = &c->ments[q];
                if (m->n && m != src && !m->pronoun &&
                    (m->tb == j + 2 || (led != SIZE_MAX && m->tb >= led && m->tb <= led + 1)))
                    return m;
            }
        }
        for (size_t p = j + 1; p < se && p <= j + 4; p++) {
            if (!(c->kw[p] & K_PRESSURE))
                continue;
            for (size_t f = p + 1; f < se && f <= p + 2; f++) {
                if (!tok_is(c, f, "from"))
                    continue;
                for (size_t q = 0; q < c->n_ments; q++) {
                    const mention *m = &c->ments[q];
                    if (m->tb > f && m->tb <= f + 3 && m->n && m != src && !m->pronoun)
                        return m;
                }
                return NULL;
            }
        }
    }
    return NULL;
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
static bool implied_target(const ent_coder *c, const char *code, bool agreed,
                           const mention *src, const mention **tgt, size_t vb, size_t vte,
                           size_t sb, size_t se, amem *out)
{
    static const char *const curfew[] = {"0811", "0813", "0814", "1721", "1723", "1724",
                                         "1323", "1324", NULL};
    if (!src || !src->n)
        return false;
    const amem *s0 = &c->mem[src->first];
    if (coder_str_in(code, curfew)) {
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
    if (!*tgt && (r == 8 || r == 12) && coder_state_organ(s0) && yields_to_protest(c, vb, se))
        return implied_of(s0, "CVL", out);
    /* "the Tamil Tigers admitted defeat", "M23 rebels said they were
     * ending their insurgency", "agreed to disarm": rebels who retreat,
     * surrender or disarm (0873, 0874) with no one named yield to the
     * state they fight (a ceasefire or a release of captives does not
     * say to whom) */
    size_t rl = strlen(s0->root);
    if (!*tgt && (strcmp(code, "0873") == 0 || strcmp(code, "0874") == 0) && rl == 3 &&
        strcmp(s0->code + rl, "REB") == 0 &&
        coder_state_root(c, s0->root))
        return implied_of(s0, "GOV", out);
    /* "Peruvian President Pedro Pablo Kuczynski resigned", "Milosevic
     * conceded defeat": a leader who yields office (083) with no one
     * named yields it to his own country ("agreed to resign" is an
     * agreement, PLOVER's AGREE, with whoever it was agreed with) */
    if (!*tgt && !agreed && strncmp(code, "083", 3) == 0 && coder_state_organ(s0) &&
        strcmp(s0->code, s0->root) != 0 && coder_state_root(c, s0->root)) {
        text_copy(out->code, sizeof out->code, s0->root);
        text_copy(out->root, sizeof out->root, s0->root);
        return true;
    }
    /* protests by a state's people, not by its organs; a state as a whole
     * that "protested" (140) protests diplomatically, but one that
     * demonstrates, strikes or riots (141-145) stands for its people */
    if (code[0] == '1' && code[1] == '4' && !*tgt) {
        /* "Rioters looted stores across Los Angeles", "mobs rioted": a
         * riot aims at nobody in particular */
        static const char *const riot[] = {"rioters", "rioter", "looters", "mob", "mobs",
                                           "rioted", "looted", NULL};
        for (size_t k = 0; riot[k]; k++)
            if ((src->te > src->tb && tok_is(c, src->te - 1, riot[k])) || tok_is(c, vb, riot[k]))
                return false;
        bool whole = strcmp(s0->code, s0->root) == 0;
        if (coder_state_organ(s0) && !(whole && code[2] != '0'))
            return false;
        return implied_of(s0, "GOV", out);
    }
    /* "Malian soldiers executed some 300 men", "Al-Shabaab fighters set off
     * two car bombs outside the Hayat Hotel", "the junta banned the
     * party", "Baku demanded that separatist fighters lay down their
     * arms": coercion, assault or mass violence (17, 18, 20), a demand
     * (10) or a rejection (12) with no actor named as its target is done
     * to the source's own country (its root) */
    /* "Israeli tanks fired four shells at targets in Jericho": force (18-20)
     * with no actor named as its target falls on the state of another
     * state's place where it strikes */
    bool one_root = true; /* not a pair's joint act: "each accused the other" */
    for (size_t a = 1; a < src->n; a++)
        one_root = one_root && strcmp(c->mem[src->first + a].root, s0->root) == 0;
    if (!*tgt && r >= 18 && r <= 20 && one_root && coder_state_root(c, s0->root)) {
        const mention *place = place_after(c, vte);
        if (place && place->tb < se && coder_state_root(c, c->mem[place->first].root) &&
            strcmp(c->mem[place->first].root, s0->root) != 0) {
            text_copy(out->code, sizeof out->code, c->mem[place->first].root);
            text_copy(out->root, sizeof out->root, c->mem[place->first].root);
            return true;
        }
    }
    bool verbal = r >= 10 && r <= 13, physical = r == 17 || r == 18 || r == 20;
    /* a state as a whole that demands or rejects ("The U.S. said it would
     * not meet the hostage-takers' demands") addresses others; its
     * organs and people (government, courts, opposition) their own */
    /* (a seizure of property, 171, has an owner the sentence may not name:
     * "Iran seized an oil tanker in the Gulf of Oman") */
    /* (a nuclear detonation with no target named is a test: "conducted
     * its sixth nuclear test", none; hackers attack whomever they hack) */
    if (!*tgt && one_root && (physical || (verbal && strcmp(s0->code, s0->root) != 0)) &&
        strncmp(code, "171", 3) != 0 && strcmp(code, "2042") != 0 && strcmp(code, "176") != 0 &&
        coder_state_root(c, s0->root)) {
        const char *root = s0->root;
        /* "hijacked the Galaxy Leader, a cargo ship linked to an Israeli
         * businessman", "detained Wall Street Journal reporter Evan
         * Gershkovich": another state named after the act, even as a
         * modifier, is whom it is done to */
        size_t lim = se; /* the act's clause: up to the attribution or a
                          * comma that opens no apposition (", a ...") */
        for (size_t j = vte; j < lim; j++) {
            const char ch = c->text[c->toks.v[j].start];
            if ((c->toks.v[j].flags & ENT_TOK_PUNCT) &&
                (ch == ';' || (ch == ',' && !(j + 1 < se && tok_any(c, j + 1, W_DET)))))
                lim = j;
        }
        if (c->speaker != SIZE_MAX && c->speaker < lim)
            lim = c->speaker;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->tb < vte || m->tb >= lim || !m->n || m->pronoun)
                continue;
            const char *mr = c->mem[m->first].root;
            if (coder_state_root(c, mr) && strcmp(mr, s0->root) != 0) {
                root = mr;
                break;
            }
        }
        /* "Hamas gunmen stormed into southern Israel ..., seizing dozens
         * of hostages": with no other state after the act, a place of
         * another state the source went into or acts in earlier in the
         * sentence is where its victims are */
        if (root == s0->root && !coder_state_organ(s0))
            for (size_t q = 0; q < c->n_ments; q++) {
                const mention *m = &c->ments[q];
                if (m->te > vb)
                    break;
                if (m->tb < sb || m->n != 1 || m->pronoun || m == src)
                    continue;
                const char *mr = c->mem[m->first].root;
                size_t pp = coder_prep_before(c, m->tb, sb);
                if (pp != SIZE_MAX && pp > src->tb &&
                    (tok_is(c, pp, "into") || tok_is(c, pp, "in") || tok_is(c, pp, "inside") ||
                     tok_is(c, pp, "across")) &&
                    coder_state_root(c, mr) && strcmp(mr, s0->root) != 0 &&
                    coder_state_organ(&c->mem[m->first]))
                    root = mr;
            }
        text_copy(out->code, sizeof out->code, root);
        text_copy(out->root, sizeof out->root, root);
        return true;
    }
    return false;
}

/* Is `fine` a more specific code of the same root than `coarse` ("091"
 * than "090", "1721" than "172")? */
bool coder_more_specific(const char *fine, const char *coarse)
{
    /* codes of different roots first, without measuring them */
    if (!fine[0] || fine[0] != coarse[0] || !fine[1] || fine[1] != coarse[1])
        return false;
    /* (called for every pair of competing verb patterns: codes are a few
     * bytes, measured here without calls into libc) */
    size_t lf = 0, lc = 2;
    for (; fine[lf]; lf++) /* CAMEO digits only (not "023?") */
        if (fine[lf] < '0' || fine[lf] > '9')
            return false;
    while (coarse[lc])
        lc++;
    if (lf < 3 || lc < 3 || (lf == lc && memcmp(fine, coarse, lf) == 0))
        return false;
    if (lf > lc && memcmp(fine, coarse, lc) == 0)
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
                coder_more_specific(c->d->verbs[bi->entry[PH_VERB]].code, c->d->verbs[m->entry].code)) {
                m->entry = bi->entry[PH_VERB];
                return;
            }
        }
        return;
    }
    if (coder_more_specific(c->d->verbs[b->entry[PH_VERB]].code, c->d->verbs[m->entry].code)) {
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
    if (vb <= sb || v->te >= se || v->te != vb + 1)
        return false;
    /* "Five Americans detained in Iran were freed": a participle right
     * after a noun phrase whose own verb ("were freed") follows within
     * eight words, with no comma between, qualifies the noun */
    if (!tok_any(c, v->te, W_S_BY)) {
        bool own_verb = false;
        for (size_t j = v->te; j + 1 < se && j < v->te + 8 && !own_verb; j++) {
            if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_S_AND))
                return false;
            /* (a finite "were", "was": not "after being summoned") */
            own_verb = tok_any(c, j, W_BE_FORMS) && !tok_is(c, j, "being") &&
                       !tok_is(c, j, "been") && !tok_is(c, j, "be") && is_verb_tok(c, j + 1) &&
                       coder_past_form(c, j + 1);
        }
        if (!own_verb || !coder_past_form(c, vb) || !tok_any(c, v->te, W_PREPS))
            return false;
        for (size_t k = 0; k < c->n_ments; k++)
            if (c->ments[k].te == vb && c->ments[k].n && !c->ments[k].pronoun)
                return true;
        return false;
    }
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

/* ", a move swiftly condemned by Washington and London", "in a coup
 * condemned by the African Union": a disapproval or rejection (11, 12) in
 * a reduced passive after a noun that names the act just reported is by
 * the one named after "by"; returns that mention or NULL. */
static const mention *reduced_reaction(const ent_coder *c, const vmatch *v, size_t sb, size_t se)
{
    int r = code_root(c->d->verbs[v->entry].code);
    size_t n = v->tb;
    if ((r != 11 && r != 12) || n < sb + 2 || v->te >= se || !coder_past_form(c, v->tb))
        return NULL;
    const ent_token *a = &c->toks.v[n - 1]; /* "swiftly", "sharply" */
    if ((a->flags & ENT_TOK_WORD) && a->end - a->start > 4 &&
        memcmp(c->text + a->end - 2, "ly", 2) == 0)
        n--;
    if (n < sb + 2 || !(c->kw[n - 1] & (K_ACT | K_ACT_NOUN)) ||
        !tok_any(c, n - 2, W_DET | W_DETERMINER | W_S_THE))
        return NULL;
    size_t j = v->te;
    if (!tok_any(c, j, W_S_BY))
        return NULL;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->n && !m->pronoun &&
            (m->tb == j + 1 || (m->tb == j + 2 && tok_any(c, j + 1, W_S_THE | W_DET))))
            return m;
    }
    return NULL;
}

/* "Jailed IRA guerrilla X began ...", "led by jailed Fatah leader X": a
 * one-word "-ed" participle opening the sentence or following a
 * preposition, right before an actor, qualifies that actor's noun. */
static bool title_participle(const ent_coder *c, size_t vb, size_t sb)
{
    const ent_token *t = &c->toks.v[vb];
    if (t->end - t->start <= 4 || memcmp(c->text + t->end - 2, "ed", 2) != 0 ||
        (vb > sb && !tok_any(c, vb - 1, W_PREPS)))
        return false;
    for (size_t k = 0; k < c->n_ments; k++)
        if (c->ments[k].tb == vb + 1 && c->ments[k].n && !c->ments[k].pronoun)
            return true;
    return false;
}

/* "Gang members armed with guns, machetes and explosives massacred ...",
 * "militiamen wielding machetes, clubs and grenades": a weapon noun in
 * the list after "armed with", "wielding" or "brandishing" names the
 * attackers' arms, not an act of its own. */
static bool weapon_list(const ent_coder *c, const vmatch *v, size_t sb)
{
    int r = code_root(c->d->verbs[v->entry].code);
    if (r < 18 || r > 20 || coder_past_form(c, v->tb))
        return false;
    /* "armed with rifles and grenades attacked two hotels": a match that
     * runs from the last weapon into the verb ("grenade attack" on the
     * stems) is the attack */
    if (v->te > v->tb + 1 && coder_past_form(c, v->te - 1) && is_verb_tok(c, v->te - 1))
        return false;
    for (size_t j = v->tb; j-- > sb && j + 9 > v->tb;) {
        if (tok_is(c, j, "wielding") || tok_is(c, j, "brandishing") ||
            (tok_is(c, j, "with") && j > sb && tok_is(c, j - 1, "armed")))
            return true;
        if (in_atom(c, j) || is_verb_tok(c, j) ||
            ((c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] != ','))
            return false;
    }
    return false;
}

static bool agent_inside(const ent_coder *c, const mention *m);

/* "a powerful storm burst two dams": a disaster's noun that a verb
 * pattern shares ("storm") after an article and its adjectives is the
 * disaster, no act. */
static bool nature_noun(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (v->te != v->tb + 1 || !tok_any(c, v->tb, W_NATURE))
        return false;
    for (size_t j = v->tb; j-- > sb && j + 4 > v->tb;) {
        if (tok_any(c, j, W_DET) || tok_poss(c, j))
            return true;
        const ent_token *t = &c->toks.v[j];
        if (!(t->flags & ENT_TOK_WORD) || is_verb_tok(c, j) || in_atom(c, j) ||
            coder_past_form(c, j))
            return false;
    }
    return false;
}

/* "Russian military forces withdrew from Kherson", "U.S. military forces
 * were placed on alert": a verb match (the k-th) made only of the words
 * of an actor's name ("military forces" of "use military force") names
 * the actor when another verb match follows it in the clause. */
static bool actor_words_act(const ent_coder *c, size_t k)
{
    const vmatch *v = &c->vms[k];
    int r = code_root(c->d->verbs[v->entry].code);
    if (k + 1 >= c->n_vms || r < 18) /* ("a peacekeeping force landed": a deployment) */
        return false;
    for (size_t j = v->tb; j < v->te; j++)
        if (!(c->tflag[j] & TF_ATOM))
            return false;
    const vmatch *w = &c->vms[k + 1];
    if (w->tb < v->te || w->tb > v->te + 6)
        return false;
    for (size_t j = v->te; j < w->tb; j++)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_CLAUSE_WORDS | W_BOUNDARY))
            return false;
    return true;
}

/* "the impeached president", "a captured pilot": a participle right after
 * an article or an owner qualifies the noun after it; it reports no act. */
static bool attributive_participle(const ent_coder *c, const vmatch *v, size_t sb)
{
    size_t vb = v->tb;
    if (v->te == vb + 1 && title_participle(c, vb, sb))
        return true;
    /* "told visiting Japanese Prime Minister Shinzo Abe", "met the
     * visiting Chinese foreign minister": "visiting" right before the
     * visitor's name describes him; the visit is no event of its own */
    /* (not "was visiting Tehran": a visit going on, to a place) */
    if (v->te == vb + 1 && tok_is(c, vb, "visiting") && vb > sb &&
        !tok_any(c, vb - 1, W_BE_FORMS))
        for (size_t q = 0; q < c->n_ments; q++)
            if (c->ments[q].tb == vb + 1 && c->ments[q].n && !c->ments[q].pronoun &&
                (c->ments[q].person || agent_inside(c, &c->ments[q])))
                return true;
    /* "across Iraq and occupied Kuwait", "in occupied Kuwait": a
     * participle of seizure after a preposition, or after "and" that
     * follows no verb ("invaded and occupied Kuwait" stays), names the
     * place after it */
    if (v->te == vb + 1 && vb > sb + 1 &&
        (tok_is(c, vb, "occupied") || tok_is(c, vb, "annexed") || tok_is(c, vb, "besieged")) &&
        (tok_any(c, vb - 1, W_PREPS) ||
         ((tok_is(c, vb - 1, "and") || tok_is(c, vb - 1, "or")) && !is_verb_tok(c, vb - 2))))
        for (size_t q = 0; q < c->n_ments; q++)
            if (c->ments[q].tb == vb + 1 && c->ments[q].n && !c->ments[q].pronoun)
                return true;
    /* "Tibet's exiled spiritual leader": after a possessive too */
    if (vb <= sb || !(tok_any(c, vb - 1, W_DET) || tok_poss(c, vb - 1)) ||
        tok_any(c, vb - 1, W_S_THAT | W_PRON_PERSON))
        return false;
    const ent_token *t = &c->toks.v[vb];
    return t->end - t->start > 4 && memcmp(c->text + t->end - 2, "ed", 2) == 0;
}

/* ", insisting its move was not a military takeover", "insisting the
 * former ruler enjoyed diplomatic immunity": insisting that something is
 * so is a claim, no demand; "insisted that Assad must step down",
 * "insisted on direct negotiations" stay demands. */
static bool insisted_claim(const ent_coder *c, const vmatch *v, size_t se)
{
    size_t j = v->tb;
    if (v->te != j + 1 || !(tok_is(c, j, "insisted") || tok_is(c, j, "insisting") ||
                            tok_is(c, j, "insists") || tok_is(c, j, "insist")))
        return false;
    for (size_t k = v->te; k < se && k < v->te + 10; k++) {
        if ((k == v->te && tok_is(c, k, "on")) || tok_any(c, k, W_MUST))
            return false;
        if ((c->toks.v[k].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[k].start] != '\'')
            return false;
        if (tok_any(c, k, W_BE_FORMS) || (coder_past_form(c, k) && !is_verb_tok(c, k)))
            return true;
    }
    return false;
}

/* "Morocco beat Portugal 1-0": a match score after the verb is sport. */
static bool sports_score(const ent_coder *c, const vmatch *v, size_t se)
{
    /* "won the World Cup, beating France on penalties", "beating American
     * challenger Fabiano Caruana in tiebreak games": a contest's words
     * within ten words */
    static const char *const sport[] = {"penalties", "penalty", "shootout", "final",
                                        "semi-final", "quarter-final", "tournament",
                                        "championship", "match", "goals", "challenger",
                                        "tiebreak", "tiebreaks", "games", "sets", "title",
                                        "medal", "race", "runoff", "election", NULL};
    if (tok_is(c, v->tb, "beat") || tok_is(c, v->tb, "beating") || tok_is(c, v->tb, "beats") ||
        tok_is(c, v->tb, "defeated") || tok_is(c, v->tb, "defeating"))
        for (size_t k = v->te; k < se && k < v->te + 10; k++)
            for (size_t q = 0; sport[q]; q++)
                if (tok_is(c, k, sport[q]))
                    return true;
    for (size_t k = v->te; k + 2 < se && k < v->te + 5; k++)
        if ((c->toks.v[k].flags & ENT_TOK_NUM) && (c->toks.v[k + 1].flags & ENT_TOK_PUNCT) &&
            c->text[c->toks.v[k + 1].start] == '-' && (c->toks.v[k + 2].flags & ENT_TOK_NUM) &&
            c->toks.v[k + 1].start == c->toks.v[k].end)
            return true;
    return false;
}

/* "won the French presidency on Sunday, beating far-right leader Marine
 * Le Pen": beating a rival where a win and an election (a vote, a runoff,
 * the presidency) are named defeats, assaults no one. */
static bool electoral_beat(const ent_coder *c, const vmatch *v, size_t sb, size_t se)
{
    if (code_root(c->d->verbs[v->entry].code) != 18 ||
        !(tok_is(c, v->tb, "beating") || tok_is(c, v->tb, "beat") || tok_is(c, v->tb, "beats")))
        return false;
    bool won = false, poll = false;
    for (size_t j = sb; j < se; j++) {
        won = won || tok_is(c, j, "won") || tok_is(c, j, "wins") || tok_is(c, j, "winning");
        poll = poll || tok_is(c, j, "election") || tok_is(c, j, "elections") ||
               tok_is(c, j, "presidency") || tok_is(c, j, "runoff") || tok_is(c, j, "vote") ||
               tok_is(c, j, "votes") || tok_is(c, j, "ballot");
    }
    return won && poll;
}

/* "Brazil won a record fourth World Cup on Sunday, beating Italy 3-2 in a
 * penalty shootout", "Italy beat Turkey 3-0 in the opening match of Euro
 * 2020 ... despite COVID-19 restrictions": a sentence that reports a win
 * (beat, won, winning) in a contest (a cup, the Olympics, a semi-final,
 * a tournament, a medal, a trophy, a marathon, Eurovision; not "final",
 * "title" or "match", which politics uses too) is a sports result;
 * none of its verb matches is a political event. (No development gold
 * has an event in such a sentence.) */
static bool sports_result(const ent_coder *c, size_t sb, size_t se)
{
    uint32_t seen = 0; /* the words: K_WIN, K_CONTEST (coder.c) */
    for (size_t j = sb; j < se; j++)
        seen |= c->kw[j];
    return (seen & K_WIN) && (seen & K_CONTEST);
}

/* "Navalny returned to Moscow", "the envoy returned home": "returned"
 * with no object is going back, not returning something (084). */
static bool going_back(const ent_coder *c, const vmatch *v)
{
    size_t j = v->tb;
    /* "Chileans went to the polls": voting */
    if (v->te == j + 2 && tok_is(c, j + 1, "to") && j + 3 < c->toks.n &&
        tok_is(c, j + 2, "the") && tok_is(c, j + 3, "polls"))
        return true;
    if (v->te != j + 1 || j + 1 >= c->toks.n)
        return false;
    /* "in return for", "a return to power", "to return to negotiations" */
    if (tok_is(c, j, "return"))
        return tok_is(c, j + 1, "to") || (j > 0 && tok_is(c, j - 1, "in"));
    return (tok_is(c, j, "returned") || tok_is(c, j, "returns")) &&
           (tok_is(c, j + 1, "to") || tok_is(c, j + 1, "home") || tok_is(c, j + 1, "from"));
}

/* "flew rescue teams, doctors and tonnes of relief supplies to Nepal":
 * the comma at j continues a list of things given, closed by "and" and
 * followed by the recipient's "to" or "into"; it ends no target search. */
static bool object_list_comma(const ent_coder *c, size_t j, size_t se)
{
    if (!(c->toks.v[j].flags & ENT_TOK_PUNCT) || c->text[c->toks.v[j].start] != ',')
        return false;
    bool and_ = false;
    for (size_t k = j + 1; k < se && k < j + 14; k++) {
        const ent_token *t = &c->toks.v[k];
        if (and_ && (tok_is(c, k, "to") || tok_is(c, k, "into")))
            return k > j + 2;
        if (tok_any(c, k, W_S_AND)) {
            and_ = true;
            continue;
        }
        if ((t->flags & ENT_TOK_PUNCT) && c->text[t->start] == ',')
            continue;
        if ((t->flags & ENT_TOK_PUNCT) || coder_past_form(c, k) || gerund(c, k) ||
            tok_any(c, k, W_CLAUSE_WORDS | W_AUX_WORDS | W_BE_FORMS | W_REPORTING))
            return false;
    }
    return false;
}

/* The parties of a joint act named after "between" ("talks between X and
 * Y resumed", "fighting erupted in Khartoum between the army and the
 * RSF"): a mention of two or more members, or a list of two, right after
 * "between", itself right after the event noun (a joint act) or up to
 * eight words after a noun of fighting; NULL if none. */
static const mention *between_parties(const ent_coder *c, const vmatch *v, size_t se, mention *buf)
{
    const char *code = c->d->verbs[v->entry].code;
    bool fight = code_root(code) == 19 && !coder_past_form(c, v->tb) && v->te == v->tb + 1;
    if (!mutual_code(code) && !fight)
        return NULL;
    /* "as street battles raged between insurgents and security forces",
     * "amid fighting between ...": background, no act of its own */
    for (size_t j = v->tb; fight && j > 0 && j + 4 > v->tb; j--)
        if (tok_is(c, j - 1, "as") || tok_is(c, j - 1, "amid") || tok_is(c, j - 1, "after") ||
            tok_is(c, j - 1, "despite") || tok_is(c, j - 1, "following"))
            return NULL;
    size_t lim = fight ? v->te + 8 : v->tb + 2;
    for (size_t j = v->tb + 1; j < se && j < lim; j++) {
        if (c->toks.v[j].flags & ENT_TOK_PUNCT)
            return NULL;
        if (!tok_any(c, j, W_S_BETWEEN))
            continue;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->tb != j + 1 && !(m->tb == j + 2 && tok_any(c, j + 1, W_DET)))
                continue;
            if (m->n >= 2)
                return m;
            const mention *l = target_list(c, m, se, buf);
            return l != m && l->n >= 2 ? l : NULL;
        }
        return NULL;
    }
    return NULL;
}

/* "gave military aid to rebels fighting the Sandinista government",
 * "sent weapons to Kurdish fighters battling Islamic State": an -ing
 * participle right after the object of a preposition describes that
 * object; it is no event of its own (", with X urging ..." is). */
static bool object_participle(const ent_coder *c, const vmatch *v, size_t sb)
{
    size_t vb = v->tb;
    if (vb <= sb || !gerund(c, vb))
        return false;
    /* "NATO peacekeeping troops have arrived": an adjective in a longer
     * pattern with its own finite verb */
    for (size_t j = vb + 1; j < v->te; j++)
        if (tok_any(c, j, W_AUX_WORDS) || coder_past_form(c, j))
            return false;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->te != vb || !m->n)
            continue;
        size_t pp = coder_prep_before(c, m->tb, sb);
        return pp != SIZE_MAX && !with_absolute(c, m, vb, sb);
    }
    return false;
}

/* ", drawing condemnation from X", ", prompting X to ...": the index of
 * the participle opening a consequence clause, or SIZE_MAX; *from is set
 * when its actor follows "from". */
static size_t consequence_clause(const ent_coder *c, size_t sb, size_t se, bool *from)
{
    for (size_t j = sb + 1; j + 1 < se; j++) {
        /* ", a move that drew swift condemnation from X": the relative
         * clause of a noun in apposition to the act */
        if (j >= sb + 2 && (tok_is(c, j, "drew") || tok_is(c, j, "draws")) &&
            tok_any(c, j - 1, W_S_THAT | W_WHO_WHICH) && (c->kw[j - 2] & (K_ACT | K_ACT_NOUN))) {
            *from = true;
            return j;
        }
        if (!((c->toks.v[j - 1].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j - 1].start] == ','))
            continue;
        if (c->kw[j] & (K_CONSEQ_FROM | K_CONSEQ_SUBJ)) { /* "drawing", "prompting" */
            *from = (c->kw[j] & K_CONSEQ_FROM) != 0;
            /* ", prompting condemnation from X": a reaction from X */
            for (size_t q = j + 1; q < se && q < j + 5 && !*from; q++) {
                if (in_atom(c, q))
                    break;
                *from = tok_is(c, q, "from");
            }
            return j;
        }
    }
    return SIZE_MAX;
}

/* "... or face the threat of sanctions", "or face air strikes" after a
 * demand (from token a on, in the sentence before se): the threat's code
 * (1312 for sanctions or penalties, 1384 for force, 130 otherwise), or
 * NULL when the demand names none. */
static const char *or_face(const ent_coder *c, size_t a, size_t se)
{
    for (size_t j = a; j + 2 < se && j < a + 30; j++) {
        if (c->text[c->toks.v[j].start] == ';')
            return NULL;
        if (!tok_is(c, j, "or") || !tok_is(c, j + 1, "face"))
            continue;
        for (size_t k = j + 2; k < se && k < j + 10; k++) {
            if (c->toks.v[k].flags & ENT_TOK_PUNCT)
                break;
            if (tok_is(c, k, "sanctions") || tok_is(c, k, "penalties") || tok_is(c, k, "tariffs") ||
                tok_is(c, k, "embargo"))
                return "1312";
            if (tok_is(c, k, "strikes") || tok_is(c, k, "force") || tok_is(c, k, "attack") ||
                tok_is(c, k, "war") || tok_is(c, k, "invasion") || tok_is(c, k, "military"))
                return "1384";
        }
        return "130";
    }
    return NULL;
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
    /* "demanded that Japan retract the remarks and summoned its
     * ambassador": a past tense after "and" is the subject's next act,
     * not what the demand asks for */
    if (!demand && !participle && v->tb > sb && tok_any(c, v->tb - 1, W_S_AND) &&
        coder_past_form(c, v->tb))
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

/* The verb match at token tb is an order ("ordered", "orders", "order"). */
static bool order_verb(const ent_coder *c, size_t tb)
{
    return tok_is(c, tb, "ordered") || tok_is(c, tb, "orders") || tok_is(c, tb, "order");
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
 * ("agreed to pause its offensive" 0871, as "agreed to a ceasefire"), and
 * agreeing to diplomatic cooperation (05) is the agreement reached
 * ("agreed to restore diplomatic relations", as the real-news and
 * development golds code it); so is agreeing to yield ("agreed to step
 * down" 0831, "agreed to lift the ban" 0812: what is agreed is decided),
 * except to release or swap persons (0353, the codebook's "agree to"
 * under 035); agreeing to give aid ("agreed to send tanks" 0332,
 * "agreed to lend Pakistan $3 billion" 0331) and to material cooperation
 * (06) stays intent (033x, 031x), as the codebook's root 03 ("offer,
 * promise, agree to") asks.
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
    /* "warned Putin ... that Washington would impose severe sanctions":
     * what the warning says will be done makes it a threat of that (the
     * announced act itself is the warning's content) */
    for (size_t k2 = k + 1; head_threat && k2 < c->n_vms && k2 < k + 4; k2++) {
        const vmatch *w = &c->vms[k2];
        if (w->tb <= v->te + 1 || w->tb >= v->te + 16)
            break;
        if (!tok_any(c, w->tb - 1, W_FUT_WORDS | W_HYP_WORDS))
            continue;
        bool that = false, stop = false;
        for (size_t j = v->te; j + 1 < w->tb && !stop; j++) {
            that = that || tok_any(c, j, W_S_THAT);
            stop = tok_any(c, j, W_COND_WORDS);
        }
        const char *ic = intent_code(d->verbs[w->entry].code);
        if (that && !stop && ic[0] == '1' && ic[1] == '3' && strcmp(ic, hc) != 0)
            for (size_t q = 0; q < d->n_verbs; q++)
                if (strcmp(d->verbs[q].code, ic) == 0) {
                    iv->entry = (uint32_t)q;
                    return;
                }
        break;
    }
    /* "ordered its troops to withdraw", "ordered troops to pull out of
     * Avdiivka": an order to one's forces is coded as what they are
     * ordered to do, when that is a military move (08, 15, 19) */
    bool order = order_verb(c, v->tb);
    if (code_root(hc) == 15 && order && nx->tb >= v->te && tok_any(c, nx->tb - 1, W_S_TO) &&
        (nx->tb == v->te || adverbial_gap(c, v->te, nx->tb - 1)) &&
        (code_root(nc) == 8 || code_root(nc) == 15 || code_root(nc) == 19)) {
        iv->entry = nx->entry;
        iv->te = nx->te;
        return;
    }
    /* "ordered police to expel the French ambassador": an order (10) to
     * one's police or armed forces is the act they are ordered to do */
    /* "ordered some 30 foreign aid agencies to leave Kabul", "ordered
     * internet providers to block social media", "ordered intelligence
     * agencies to step up their investigation": an order is coded as the
     * act ordered, as the golds code it (any act but an appeal or
     * another demand) */
    if (code_root(hc) == 10 && order && nx->tb >= v->te && nx->tb <= v->te + 6 &&
        tok_any(c, nx->tb - 1, W_S_TO) && code_root(nc) >= 8 && code_root(nc) != 10) {
        /* "ordered a halt to offensive combat operations": the fighting
         * is what is halted (0871) */
        bool halt = false;
        for (size_t j = v->tb; j < nx->tb && !halt; j++)
            halt = tok_is(c, j, "halt") || tok_is(c, j, "end") || tok_is(c, j, "stop");
        uint32_t e0871, e174;
        /* "ordered seven senior United Nations officials to leave": a bare
         * "leave" (0874 only for armed forces, stray_left) ordered to
         * officials is their expulsion (174); to others it stays the
         * order */
        bool leave = nx->te == nx->tb + 1 && strcmp(nc, "0874") == 0 &&
                     (tok_is(c, nx->tb, "leave") || tok_is(c, nx->tb, "left"));
        if (leave) {
            bool officials = false;
            for (size_t q = 0; q < c->n_ments; q++) {
                const mention *m = &c->ments[q];
                if (m->tb <= v->tb || m->te > nx->tb || !m->n || m->pronoun)
                    continue;
                const amem *a = &c->mem[m->first];
                officials = officials || strcmp(amem_suffix(a), "GOV") == 0 ||
                            !coder_state_root(c, a->root);
            }
            if (officials && code_entry(d, "174", &e174)) {
                iv->entry = e174;
                iv->te = nx->te;
            }
        } else if (!halt) {
            iv->entry = nx->entry;
            iv->te = nx->te;
        } else if (code_root(nc) == 19 && code_entry(d, "0871", &e0871)) {
            iv->entry = e0871;
            iv->te = nx->te;
        }
        return;
    }
    /* "vowed not to" (a refusal, 120, before most acts) */
    bool vow_not = strcmp(hc, "120") == 0 && v->te == v->tb + 3 && tok_is(c, v->tb + 1, "not") &&
                   (tok_is(c, v->tb, "vowed") || tok_is(c, v->tb, "pledged") ||
                    tok_is(c, v->tb, "promised") || tok_is(c, v->tb, "swore"));
    if (!(head_intent || head_threat || vow_not) || nx->tb <= v->te - 1 ||
        !tok_any(c, nx->tb - 1, W_S_TO) || !adverbial_gap(c, v->te, nx->tb - 1))
        return;
    /* "pledged not to use force against each other", "agreed not to
     * attack", "vowed not to strike": a promise not to fight or threaten
     * is an intent to de-escalate (0356), not the act */
    if ((head_intent || vow_not) && code_root(nc) >= 13 && code_root(nc) != 14 &&
        code_root(nc) != 16) {
        bool not = vow_not;
        for (size_t j = v->te; j + 1 < nx->tb && !not; j++)
            not = tok_is(c, j, "not") || tok_is(c, j, "never");
        if (not) {
            uint32_t e0356;
            if (code_entry(d, "0356", &e0356)) {
                iv->entry = e0356;
                iv->te = nx->te;
            }
            return;
        }
    }
    if (vow_not)
        return;
    /* "agreed to exchange 1,000 prisoners each", "agreed to release the
     * 24 crew members": an agreement to release persons is the intent to
     * do so (0353), as the codebook lists "agree to" under 035 and the
     * golds code it (7 of 7); what else is agreed to be yielded (to hand
     * back villages, to step down) stays the act, below */
    if (strcmp(hc, "037") == 0 && (strcmp(nc, "084") == 0 || strcmp(nc, "0841") == 0) &&
        (tok_is(c, nx->tb, "release") || tok_is(c, nx->tb, "free") ||
         tok_is(c, nx->tb, "exchange") || tok_is(c, nx->tb, "swap") ||
         tok_is(c, nx->tb, "repatriate"))) {
        uint32_t e0353;
        if (code_entry(d, "0353", &e0353)) {
            iv->entry = e0353;
            iv->te = nx->te;
        }
        return;
    }
    /* "agreed to deploy four battalions to Poland", "agreed to offer
     * Greece a third bailout": agreeing to give aid is the codebook's
     * "agree to" under 03 (033x; development golds 7 of 8, in four
     * stories); granting asylum or protection (075) is the decision
     * itself and stays the act */
    bool aid_intent = code_root(nc) == 7 && strcmp(nc, "075") != 0;
    if (strcmp(hc, "037") == 0 && !aid_intent &&
        (code_root(nc) >= 11 || code_root(nc) == 5 || code_root(nc) == 7 || code_root(nc) == 8)) {
        if (code_root(nc) <= 8) /* PLOVER: AGREE to cooperate; a decision to sanction is SANCTION */
            iv->plover_entry = v->entry + 1;
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

/* "..., and Hamas vowed revenge", "Tehran warned of a harsh response",
 * "Iranian forces seized 15 British sailors, and Britain demanded their
 * release": a demand, disapproval, rejection or threat (roots 10-13) with
 * no target of its own, by another state than the one that acted just
 * before, answers that act. */
static bool answers_act(const ent_coder *c, const vmatch *v, const mention *src,
                        const mention *last)
{
    int r = code_root(c->d->verbs[v->entry].code);
    return r >= 10 && r <= 13 && last->te <= src->tb &&
           strcmp(c->mem[last->first].root, c->mem[src->first].root) != 0;
}

/* "killed at least 184 people", "executed some 300 men", "killed
 * hundreds": a killing (18x) of twenty people or more is a mass killing
 * (202), as CAMEO codes massacres; the killing of protesters is the
 * violent repression of a protest (175); an expulsion (166, 174) of a
 * thousand people or more ("expelled about 40,000 Palestinians",
 * "thousands of") is a mass expulsion (201). Updates *iv. */
/* Token i names armed people ("soldiers", "militants", "gunmen"): victims
 * of fighting, not of a massacre. */
static bool armed_word(const ent_coder *c, size_t i)
{
    static const char *const armed[] = {"soldiers", "troops", "fighters", "militants",
                                        "rebels", "mercenaries", "guerrillas", "insurgents",
                                        "policemen", "servicemen", "jihadists", "gunmen",
                                        "marines", "paratroopers", "militiamen", "attackers",
                                        "hostage-takers", NULL};
    for (size_t k = 0; armed[k]; k++)
        if (tok_is(c, i, armed[k]))
            return true;
    return false;
}

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
    /* after the match, or inside it ("killed * civilians" over "killed at
     * least 132 civilians") */
    size_t j = iv->te;
    for (int pass = 0; pass < 2 && !mass; pass++) {
        j = pass == 0 ? iv->te : iv->tb + 1;
        for (; j < se && j < (pass == 0 ? iv->te + 4 : iv->te) && !mass; j++) {
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
    }
    if (!mass)
        return;
    const char *to = expel ? "201" : "202";
    for (size_t q = j; !expel && q < se && q < j + 4; q++) {
        for (size_t k = 0; crowd[k]; k++)
            if (tok_is(c, q, crowd[k]))
                to = "175";
        /* "killed dozens of Malian soldiers": fighting (190), not a
         * massacre of the defenceless */
        if (armed_word(c, q))
            to = "190";
    }
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

/* "agreed to reinstate the dissolved parliament, bowing to 19 days of
 * protests", "bowed to pressure from Western donors and agreed to scrap
 * the one-party state": an agreement whose sentence says it yields to
 * pressure or protest is a concession (083), not an intent to cooperate.
 * Only for the bare "agreed" (037), whose act the dictionaries do not
 * name. Updates *iv. */
static void agreed_yielding(const ent_coder *c, vmatch *iv, size_t sb, size_t se)
{
    if (strcmp(c->d->verbs[iv->entry].code, "037") != 0)
        return;
    for (size_t j = sb; j + 1 < se; j++)
        if ((tok_is(c, j, "bowing") || tok_is(c, j, "bowed") || tok_is(c, j, "yielding") ||
             tok_is(c, j, "caving") || tok_is(c, j, "caved")) &&
            (tok_is(c, j + 1, "to") || tok_is(c, j + 1, "in"))) {
            recode(c->d, iv, "083");
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
        made = coder_past_form(c, j) && !tok_any(c, j, W_PLAN | W_REFUSAL | W_ADJ_PART) &&
               !(j > sb && tok_any(c, j - 1, W_BE_FORMS | W_AUX_WORDS));
    }
    for (size_t q = 0; made && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, "042") == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

/* "described the talks with Ukraine in Istanbul as constructive",
 * "said that talks with the Taliban had made significant progress":
 * talks named as what a speaker judges are the judgement, optimism (013)
 * about them and with the same partner, not a meeting of their own.
 * Updates *iv. */
static void judged_talks(const ent_coder *c, vmatch *iv, size_t sb, size_t se)
{
    static const char *const good[] = {"constructive", "productive", "positive", "useful",
                                       "fruitful", "successful", "substantive", "encouraging",
                                       "good", NULL};
    const char *code = c->d->verbs[iv->entry].code;
    if ((strcmp(code, "040") != 0 && strcmp(code, "046") != 0) ||
        !(tok_is(c, iv->tb, "talks") || tok_is(c, iv->tb, "negotiations") ||
          tok_is(c, iv->tb, "discussions")))
        return;
    bool judged = false;
    /* "described (the|his) talks ... as constructive" */
    size_t j = iv->tb;
    while (j > sb && (tok_any(c, j - 1, W_DET) || tok_poss(c, j - 1)))
        j--;
    if (j > sb && (tok_is(c, j - 1, "described") || tok_is(c, j - 1, "called") ||
                   tok_is(c, j - 1, "termed")))
        for (size_t k = iv->te; k + 1 < se && k < iv->te + 12 && !judged; k++) {
            if (!tok_is(c, k, "as")) {
                if (tok_any(c, k, W_CLAUSE_WORDS) || (c->tflag[k] & TF_VERB))
                    break;
                continue;
            }
            for (size_t g = 0; good[g] && !judged; g++)
                judged = tok_is(c, k + 1, good[g]) ||
                         (k + 2 < se && tok_is(c, k + 2, good[g]) &&
                          (tok_is(c, k + 1, "very") || tok_is(c, k + 1, "highly")));
        }
    /* "talks with X had made (significant) progress" */
    for (size_t k = iv->te; k + 1 < se && k < iv->te + 10 && !judged; k++) {
        if (tok_any(c, k, W_CLAUSE_WORDS) || c->text[c->toks.v[k].start] == ',')
            break;
        if (!(tok_is(c, k, "made") || tok_is(c, k, "making")))
            continue;
        size_t m = k + 1;
        if (m < se && !tok_is(c, m, "progress") && !tok_is(c, m, "no") && !tok_is(c, m, "little"))
            m++; /* "made significant progress" */
        judged = m < se && tok_is(c, m, "progress");
    }
    uint32_t e;
    if (judged && code_entry(c->d, "013", &e))
        iv->entry = e;
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
    const char *code = c->d->verbs[iv->entry].code;
    /* "Saudi troops rolled into Bahrain at the government's request":
     * an armed entry by invitation deploys */
    /* "U.S. Marines stormed ashore in Somalia ..., leading a force sent
     * to protect relief supplies", "French troops crossed into Rwanda on
     * what Paris called a humanitarian mission to protect civilians": an
     * armed entry to protect relief or civilians is protection (074) */
    if (strcmp(code, "190") == 0 && iv->te < se &&
        ((iv->te > iv->tb + 1 &&
          (tok_is(c, iv->te - 1, "into") || tok_is(c, iv->te - 1, "across"))) ||
         tok_is(c, iv->te, "ashore") || tok_is(c, iv->te, "into"))) {
        for (size_t j = iv->te; j < se && j < iv->te + 22; j++) {
            bool invited = j < iv->te + 16 && (tok_is(c, j, "request") ||
                                               tok_is(c, j, "invitation") ||
                                               tok_is(c, j, "invited"));
            bool relief = j + 1 < se && tok_is(c, j, "protect") &&
                          (tok_is(c, j + 1, "relief") || tok_is(c, j + 1, "civilians") ||
                           tok_is(c, j + 1, "aid") || tok_is(c, j + 1, "refugees"));
            if (invited || relief) {
                uint32_t e;
                if (code_entry(c->d, "074", &e))
                    iv->entry = e;
                return;
            }
        }
        return;
    }
    if (code_root(code) != 15)
        return;
    bool to_help = false;
    /* (", to help ...": the purpose after a comma too) */
    for (size_t j = iv->te; j + 1 < se && j < iv->te + 20 && !to_help; j++) {
        const char ch = c->text[c->toks.v[j].start];
        if (ch == ';' || ch == '.' || (ch == ',' && !tok_any(c, j + 1, W_S_TO)) ||
            (is_verb_tok(c, j) && coder_past_form(c, j)))
            break; /* (not past another verb: "and warned that ... to defend itself") */
        if (!tok_any(c, j, W_S_TO))
            continue;
        for (size_t k = 0; help[k] && !to_help; k++)
            to_help = tok_is(c, j + 1, help[k]);
    }
    /* "to send 26,000 troops and police to Darfur in a joint
     * peacekeeping force", "to deploy battalions to Poland ..., the
     * alliance's biggest reinforcement": a force sent to keep the peace
     * or to reinforce another's defence (not "on what he called a
     * peacekeeping mission") */
    /* ("send peacekeeping troops": inside the match too; "as part of a
     * NATO peace force") */
    for (size_t j = iv->tb + 1; j < se && j < iv->te + 20 && !to_help; j++) {
        const char ch = c->text[c->toks.v[j].start];
        if (ch == ';' || ch == '.')
            break;
        if (tok_is(c, j, "peacekeepers") || tok_is(c, j, "peacekeeping") ||
            tok_is(c, j, "reinforcement") || tok_is(c, j, "reassure") ||
            (j + 1 < se && tok_is(c, j, "peace") && tok_is(c, j + 1, "force"))) {
            to_help = !(tok_is(c, j - 1, "called") ||
                        (j >= 2 && tok_any(c, j - 1, W_DET) && tok_is(c, j - 2, "called")));
            break;
        }
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
 * So is any such warning by the United Nations, its agencies and the
 * other bodies that hold no force to threaten with ("the U.N. envoy
 * warned that Syria could descend into hell"). Updates *iv. */
static void pessimistic_warning(const ent_coder *c, vmatch *iv, const mention *src, size_t se)
{
    if (code_root(c->d->verbs[iv->entry].code) != 13 || !tok_any(c, iv->tb, W_WARN))
        return;
    static const char *const unarmed[] = {"UN",     "IAEA",   "IMF",  "WHO", "WB", "WFP",
                                          "UNHCR",  "UNICEF", "ICRC", NULL};
    bool bad = false;
    /* (", warning that ..." after another act only explains that act) */
    if (src && src->n && !src->pronoun && strcmp(c->d->verbs[iv->entry].code, "130") == 0 &&
        !tok_is(c, iv->tb, "warning"))
        for (size_t k = 0; unarmed[k] && !bad; k++)
            bad = strcmp(c->mem[src->first].root, unarmed[k]) == 0;
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

/* "warned North Korea that it would face fire and fury", "warned that
 * Russia could aim its missiles at Ukraine if ...", "warned the West would
 * impose strong economic measures": a general warning (130) whose content
 * says, after "would / could / will", what force or penalty will come
 * (before any "if" or "unless") is a threat of that: military force
 * (138) or sanctions (1312). Updates *iv. */
static void threat_content(const ent_coder *c, vmatch *iv, size_t se)
{
    if (strcmp(c->d->verbs[iv->entry].code, "130") != 0 || !tok_any(c, iv->tb, W_WARN))
        return;
    static const char *const force[] = {"fury",   "missile", "missiles",  "military",
                                        "militarily", "troops", "airstrikes", "bomb",
                                        "target", "strike",  "strikes",   "war", NULL};
    static const char *const penalty[] = {"sanctions", "tariffs", "economic", NULL};
    bool modal = false;
    const char *code = NULL;
    for (size_t j = iv->te; j < se && j < iv->te + 25 && !code; j++) {
        const char ch = c->text[c->toks.v[j].start];
        if (ch == ';' || ch == '.' || tok_any(c, j, W_COND_WORDS))
            break;
        if (tok_any(c, j, W_FUT_WORDS | W_HYP_WORDS)) {
            modal = true;
            continue;
        }
        if (!modal || !(c->toks.v[j].flags & ENT_TOK_WORD))
            continue;
        /* "the world could not afford a military confrontation" */
        if (tok_is(c, j, "not") || tok_is(c, j, "n't") || tok_is(c, j, "never"))
            return;
        for (size_t k = 0; force[k] && !code; k++)
            if (tok_is(c, j, force[k]))
                code = "138";
        if (tok_is(c, j, "force") && j > 0 &&
            (tok_is(c, j - 1, "use") || tok_is(c, j - 1, "military") || tok_is(c, j - 1, "by")))
            code = "138";
        for (size_t k = 0; penalty[k] && !code; k++)
            if (tok_is(c, j, penalty[k]))
                code = "1312";
    }
    if (code)
        recode(c->d, iv, code);
}

/* "would delay the next release of hostages", "postponed the withdrawal":
 * a cooperative act put off by its actor is refused, for now: the
 * rejection refusal_code gives it (1243 for a release). The delay word
 * stands right before the act, past an article and "next", "planned" or
 * "scheduled". Updates *iv. */
static void delayed_act(const ent_coder *c, vmatch *iv, size_t sb)
{
    static const char *const delay[] = {"delay",     "delayed",  "delays",    "delaying",
                                        "postpone", "postponed", "postpones", "postponing",
                                        NULL};
    size_t j = iv->tb;
    for (int hop = 0; hop < 3 && j > sb; hop++) {
        if (tok_any(c, j - 1, W_DET) || tok_is(c, j - 1, "next") ||
            tok_is(c, j - 1, "planned") || tok_is(c, j - 1, "scheduled"))
            j--;
        else
            break;
    }
    if (j == sb)
        return;
    bool put_off = false;
    for (size_t k = 0; delay[k] && !put_off; k++)
        put_off = tok_is(c, j - 1, delay[k]);
    const char *rc = put_off ? refusal_code(c->d->verbs[iv->entry].code) : NULL;
    if (rc)
        recode(c->d, iv, rc);
}

/* "called on militant groups to stop firing rockets", "urged both sides
 * to immediately cease hostilities", "called for an end to the violence":
 * an appeal (020) whose content, in its clause, is to stop, halt, cease or
 * end fighting, firing, hostilities, violence or attacks is an appeal to
 * de-escalate (0256), as "urged * stop * fighting" codes it in the
 * dictionary. Updates *iv. */
static void deescalation_appeal(const ent_coder *c, vmatch *iv, size_t se)
{
    if (strcmp(c->d->verbs[iv->entry].code, "020") != 0)
        return;
    static const char *const stop[] = {"stop", "halt", "cease", "end", "stopping", NULL};
    static const char *const what[] = {"fighting", "firing", "hostilities", "violence",
                                       "attacks",  "bloodshed", "shelling", "clashes", NULL};
    size_t cue = SIZE_MAX;
    for (size_t j = iv->te; j < se && j < iv->te + 12; j++) {
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_CLAUSE_WORDS))
            return;
        /* "to stop", "an end"; one word between: "to immediately stop",
         * "an immediate end" */
        if (cue == SIZE_MAX) {
            for (size_t k = 0; stop[k]; k++)
                if (tok_is(c, j, stop[k]) &&
                    (tok_any(c, j - 1, W_S_TO | W_DET) ||
                     (j >= iv->tb + 2 && tok_any(c, j - 2, W_S_TO | W_DET))))
                    cue = j;
            continue;
        }
        if (j > cue + 4)
            return;
        for (size_t k = 0; what[k]; k++)
            if (tok_is(c, j, what[k])) {
                recode(c->d, iv, "0256");
                return;
            }
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

/* "Gunmen attacked two luxury hotels ..., killing at least 80 people",
 * "militants stormed an army-run school": armed men of no state who
 * attack civilians (students, worshippers, journalists, refugees) use
 * unconventional violence (180), not a military attack (190), as the
 * development golds code it (an attack on troops or police stays 190).
 * Updates *iv. */
static void attack_on_people(const ent_coder *c, vmatch *iv, const mention *src,
                             const mention *tgt)
{
    if (strcmp(c->d->verbs[iv->entry].code, "190") != 0 || !src || !src->n || !tgt || !tgt->n ||
        tok_any(c, tgt->tb, W_PRON_PERSON | W_PRON_OTHER) || iv->te != iv->tb + 1 ||
        !(tok_is(c, iv->tb, "attacked") || tok_is(c, iv->tb, "stormed") ||
          tok_is(c, iv->tb, "raided") || tok_is(c, iv->tb, "assaulted") ||
          tok_is(c, iv->tb, "killed"))) /* "killed 12 people in an attack" (killing_manner) */
        return;
    static const char *const armed[] = {"REB", "UAF", "CRM", NULL};
    static const char *const people[] = {"CVL", "EDU", "REL", "MED", "REF", "LAB", "NGO", NULL};
    if (coder_str_in(amem_suffix(&c->mem[src->first]), armed) &&
        coder_str_in(amem_suffix(&c->mem[tgt->first]), people))
        recode(c->d, iv, "180");
}

/* "Myanmar security forces killed at least 114 people ... in the bloodiest
 * day of protests", "troops ... crushing the pro-democracy protest and
 * killing hundreds": a state's police or troops who kill or massacre
 * their own civilians in a protest or a crackdown repress it (175), as
 * the golds code it, not an assault (18x) or a massacre (202). Updates
 * *iv. */
static void protest_killing(const ent_coder *c, vmatch *iv, const mention *src,
                            const mention *tgt, size_t sb, size_t se)
{
    static const char *const killings[] = {"202", "1823", "180", NULL};
    if (!src || !src->n || !tgt || !tgt->n || !coder_str_in(c->d->verbs[iv->entry].code, killings))
        return;
    static const char *const forces[] = {"COP", "MIL", NULL};
    const amem *s0 = &c->mem[src->first], *t0 = &c->mem[tgt->first];
    if (!coder_str_in(amem_suffix(s0), forces) || strcmp(amem_suffix(t0), "CVL") != 0 ||
        strcmp(s0->root, t0->root) != 0)
        return;
    static const char *const w[] = {"protest", "protests", "protesters", "demonstrators",
                                    "demonstration", "demonstrations", "crackdown",
                                    "pro-democracy", "rally", "marchers", "sit-in", NULL};
    for (size_t j = sb; j < se; j++)
        for (size_t k = 0; w[k]; k++)
            if (tok_is(c, j, w[k])) {
                recode(c->d, iv, "175");
                return;
            }
}

/* "would pull out of a 2002 ceasefire pact with the Tamil Tiger rebels":
 * leaving a deal named as settling a conflict (a ceasefire, truce,
 * armistice or peace deal) rejects that settlement (127, the codebook's
 * "reject plan, agreement to settle dispute"); leaving a treaty, an
 * organisation or a grain deal stays a cut in relations (160). The Iran
 * nuclear deal is left at 160: the golds split on it (8 development
 * golds 127, the real-news set and one development gold 160). Updates
 * *iv. */
static void settlement_withdrawal(const ent_coder *c, vmatch *iv)
{
    if (strcmp(c->d->verbs[iv->entry].code, "160") != 0)
        return;
    for (size_t j = iv->tb; j < iv->te; j++)
        if (tok_is(c, j, "ceasefire") || tok_is(c, j, "cease-fire") || tok_is(c, j, "truce") ||
            tok_is(c, j, "armistice") || tok_is(c, j, "peace")) {
            recode(c->d, iv, "127");
            return;
        }
}

/* "Suicide bombers attacked crowds outside Kabul airport", "a settler
 * opened fire on worshippers at dawn prayers": armed men or civilians of
 * no state who attack a crowd do not repress it (175, what police and
 * troops do) but assault it (180). A dispersal ("fired into the air to
 * disperse protesters") stays repression, whoever does it. Updates *iv. */
static void crowd_attack_by_nonstate(const ent_coder *c, vmatch *iv, const mention *src)
{
    if (strcmp(c->d->verbs[iv->entry].code, "175") != 0 || !src || !src->n || src->pronoun)
        return;
    static const char *const nonstate[] = {"REB", "UAF", "CRM", "CVL", NULL};
    if (!coder_str_in(amem_suffix(&c->mem[src->first]), nonstate))
        return;
    for (size_t j = iv->tb; j < iv->te; j++)
        if (tok_is(c, j, "disperse") || tok_is(c, j, "dispersed") || tok_is(c, j, "tear") ||
            tok_is(c, j, "teargas") || tok_is(c, j, "water") || tok_is(c, j, "crushed") ||
            tok_is(c, j, "cracked"))
            return;
    recode(c->d, iv, "180");
}

/* "North Korea fired a ballistic missile over Japan into the Pacific": a
 * missile or rocket fired over a state, not at it, is a show of force
 * (150), as the golds code it. Updates *iv. */
static void missile_over(const ent_coder *c, vmatch *iv, const mention *tgt)
{
    int r = code_root(c->d->verbs[iv->entry].code);
    if (r != 19 || !tgt || !tgt->n || tgt->tb <= iv->tb || !tok_is(c, tgt->tb - 1, "over") ||
        strcmp(c->mem[tgt->first].code, c->mem[tgt->first].root) != 0) /* a state, not a city */
        return;
    bool missile = false;
    for (size_t j = iv->tb; j < tgt->tb && !missile; j++)
        missile = tok_is(c, j, "missile") || tok_is(c, j, "missiles") || tok_is(c, j, "rocket") ||
                  tok_is(c, j, "rockets");
    if (missile)
        recode(c->d, iv, "150");
}

/* "Gunmen opened fire on tourists at a meadow", "opened fire on
 * concertgoers": firing on unarmed people is no exchange of fire (193)
 * but an assault (180); by police or troops on a crowd, the violent
 * repression of it (175). Updates *iv. */
static void fire_on_people(const ent_coder *c, vmatch *iv, const mention *src, const mention *tgt)
{
    if (strcmp(c->d->verbs[iv->entry].code, "193") != 0 || !src || !src->n || !tgt || !tgt->n ||
        tgt->pronoun || !tok_is(c, iv->tb, "opened") || iv->tb + 1 >= c->toks.n ||
        !tok_is(c, iv->tb + 1, "fire"))
        return;
    const amem *s = &c->mem[src->first], *t = &c->mem[tgt->first];
    const char *ss = amem_suffix(s), *ts = amem_suffix(t);
    if (strcmp(ts, "CVL") != 0 && strcmp(ts, "EDU") != 0 && strcmp(ts, "REL") != 0 &&
        strcmp(ts, "MED") != 0 && strcmp(ts, "REF") != 0 && strcmp(ts, "LAB") != 0)
        return;
    bool state = !strcmp(ss, "COP") || !strcmp(ss, "MIL") || !strcmp(ss, "GOV");
    recode(c->d, iv, state ? "175" : "180");
}

/* "Israeli troops killed six Hamas gunmen", "Colombian forces killed
 * Raul Reyes, a top FARC commander, in a bombing raid": a state's forces
 * killing members of an armed group or of another army fight (190; by an
 * air or drone strike 195), they do not kill by assault (1823). The
 * killing of a leader named as such stays an assassination (186, as the
 * real-news gold codes Nasrallah's). Updates *iv. */
static void combat_killing(const ent_coder *c, vmatch *iv, const mention *src,
                           const mention *tgt, size_t sb, size_t se)
{
    const char *vc = c->d->verbs[iv->entry].code;
    /* ("its troops killed 10 militants": an agent word owned by a
     * pronoun names the forces) */
    if (strcmp(vc, "1823") != 0 || !src || !src->n || !tgt || !tgt->n ||
        (src->pronoun && !agent_inside(c, src)))
        return;
    const amem *s = &c->mem[src->first], *t = &c->mem[tgt->first];
    const char *ss = amem_suffix(s), *ts = amem_suffix(t);
    if ((ss[0] && strcmp(ss, "MIL") != 0) || !coder_state_root(c, s->root) ||
        (strcmp(ts, "REB") != 0 && strcmp(ts, "MIL") != 0))
        return;
    const char *code = "190";
    for (size_t j = sb; j < se; j++)
        if (tok_is(c, j, "drone") || tok_is(c, j, "airstrike") || tok_is(c, j, "air") ||
            tok_is(c, j, "missile") || tok_is(c, j, "bombing")) {
            if (!tok_is(c, j, "air") || (j + 1 < se && (tok_is(c, j + 1, "strike") ||
                                                        tok_is(c, j + 1, "raid"))))
                code = "195";
        }
    recode(c->d, iv, code);
}

/* The code of a violent act by the kind of its actor: a state's
 * military does not use "unconventional violence" (180) but conventional
 * force ("troops began ground raids", "tanks stormed": 190); people
 * (civilians, students, workers, the opposition) who storm a building
 * riot (145: "protesters stormed government buildings"), where armed men
 * storming a place attack it (190); prosecutors and judges who raid a
 * place search it for an investigation (091). Updates *iv. */
static void force_by_kind(const ent_coder *c, vmatch *iv, const mention *src)
{
    const char *code = c->d->verbs[iv->entry].code, *to = NULL;
    if (!src || !src->n || src->te > iv->tb)
        return;
    const amem *s = &c->mem[src->first];
    const char *suf = amem_suffix(s);
    /* "Tens of thousands of Filipinos massed outside two military camps":
     * people massing demonstrate (141); only armed forces mass as a
     * show of force (15) */
    bool people = coder_people_agent(suf) && strcmp(suf, "REB") != 0 && strcmp(suf, "REF") != 0;
    if (!suf[0] && iv->te == iv->tb + 1 && src->te > src->tb) {
        /* "Filipinos massed": a people named by its plural demonym */
        const ent_token *w = &c->toks.v[src->te - 1];
        people = w->end > w->start + 3 && c->text[w->end - 1] == 's' &&
                 (c->text[w->end - 2] == 'n' || c->text[w->end - 2] == 'o' ||
                  c->text[w->end - 2] == 'i');
    }
    if (code_root(code) == 15 &&
        (tok_is(c, iv->tb, "massed") || tok_is(c, iv->tb, "massing") || tok_is(c, iv->tb, "mass")) &&
        people) {
        uint32_t e;
        if (code_entry(c->d, "141", &e))
            iv->entry = e;
        return;
    }
    /* "truck drivers blockaded fuel depots", "students occupied the
     * parliament": a blockade or occupation by unarmed people obstructs
     * as a protest (144) */
    if ((strcmp(code, "191") == 0 || strcmp(code, "192") == 0) && coder_people_agent(suf) &&
        strcmp(suf, "REB") != 0) {
        uint32_t e;
        if (code_entry(c->d, "144", &e))
            iv->entry = e;
        return;
    }
    /* "Protesters seized the main government building": people taking a
     * building riot (145), as when they storm it */
    if (strcmp(code, "171") == 0 && coder_people_agent(suf) && strcmp(suf, "REB") != 0 &&
        (tok_is(c, iv->tb, "seized") || tok_is(c, iv->tb, "seize") ||
         tok_is(c, iv->tb, "seizing") || tok_is(c, iv->tb, "occupied"))) {
        static const char *const places[] = {"building", "buildings", "headquarters", "office",
                                             "offices", "parliament", "ministry", "palace",
                                             "administration", "airport", "station", "city",
                                             "hall", NULL};
        for (size_t j = iv->te; j < c->toks.n && j < iv->te + 6; j++) {
            if (c->toks.v[j].flags & ENT_TOK_PUNCT)
                break;
            for (size_t k = 0; places[k]; k++)
                if (tok_is(c, j, places[k])) {
                    recode(c->d, iv, "145");
                    return;
                }
        }
        return;
    }
    if (code[0] != '1' || (code[1] != '8' && code[1] != '9') || code[2] != '0' || code[3])
        return; /* 180 or 190 only */
    if (code[1] == '8' && strcmp(suf, "MIL") == 0)
        to = "190";
    else if (code[1] == '8' && strcmp(suf, "JUD") == 0 &&
             (tok_is(c, iv->tb, "raided") || tok_is(c, iv->tb, "raid") ||
              tok_is(c, iv->tb, "raids") || tok_is(c, iv->tb, "searched")))
        to = "091"; /* "prosecutors raided the offices of": a search */
    else if (code[1] == '9' && coder_people_agent(suf) && strcmp(suf, "REB") != 0 &&
             (tok_is(c, iv->tb, "stormed") || tok_is(c, iv->tb, "storm") ||
              tok_is(c, iv->tb, "storming")))
        to = "145";
    else if (code[1] == '9' &&
             (!strcmp(suf, "CVL") || !strcmp(suf, "EDU") || !strcmp(suf, "LAB")) &&
             (tok_is(c, iv->tb, "attacked") || tok_is(c, iv->tb, "attacking")))
        to = "145"; /* "Serb protesters attacked NATO-led peacekeepers" */
    for (size_t q = 0; to && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, to) == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}

static bool fight_word(const ent_coder *c, size_t i);

/* A mention of people by a word of protest ("Serb protesters",
 * "student demonstrators", "rioters"). */
static bool protest_crowd(const ent_coder *c, const mention *m)
{
    static const char *const w[] = {"protesters", "protester", "demonstrators", "demonstrator",
                                    "rioters", "protesting", NULL};
    if (!m || !m->n || m->pronoun)
        return false;
    const amem *s = &c->mem[m->first];
    const char *suf = amem_suffix(s);
    if (strcmp(suf, "CVL") != 0 && strcmp(suf, "EDU") != 0 && strcmp(suf, "LAB") != 0)
        return false;
    for (size_t j = m->tb; j < m->te; j++)
        for (size_t k = 0; w[k]; k++)
            if (tok_is(c, j, w[k]))
                return true;
    return false;
}

/* "Protesters stormed parliament ..., and police opened fire, killing at
 * least five people": fire opened (193) with no target, or only a
 * reference such as "killing several people", in a sentence about
 * protesters is fired on them (then fire_on_people codes it); protesters
 * named with no country are the shooters' people (made up in *buf).
 * Returns the crowd or NULL. */
static const mention *fire_on_crowd(ent_coder *c, const vmatch *iv, const mention *src,
                                    size_t sb, mention *buf)
{
    if (strcmp(c->d->verbs[iv->entry].code, "193") != 0 || !tok_is(c, iv->tb, "opened"))
        return NULL;
    for (size_t q = 0; q < c->n_ments; q++)
        if (&c->ments[q] != src && c->ments[q].tb >= sb && protest_crowd(c, &c->ments[q]))
            return &c->ments[q];
    for (size_t j = sb; j < iv->tb; j++)
        if ((tok_is(c, j, "protesters") || tok_is(c, j, "demonstrators")) &&
            coder_state_root(c, c->mem[src->first].root))
            return made_mention(c, c->mem[src->first].root, "CVL", iv, buf);
    return NULL;
}

/* "Student protesters fought running battles with riot police",
 * "peacekeepers were injured in clashes with Serb protesters": a fight
 * between protesters and the police, troops or peacekeepers is the
 * protesters' riot (145) against them, whichever side the sentence names
 * first. Updates *iv, *src and *tgt. */
static void protest_clash(const ent_coder *c, vmatch *iv, const mention **src,
                          const mention **tgt)
{
    const char *code = c->d->verbs[iv->entry].code;
    /* "Soviet troops stormed the parliament building": a state's troops
     * or police do not riot or protest (14; the dev golds never code
     * them so); storming is their assault (190) */
    if (code[0] == '1' && code[1] == '4' && *src && (*src)->n) {
        const amem *s0 = &c->mem[(*src)->first];
        const char *ss = amem_suffix(s0);
        if ((strcmp(ss, "MIL") == 0 || strcmp(ss, "COP") == 0) &&
            (tok_is(c, iv->tb, "stormed") || tok_is(c, iv->tb, "storming")))
            recode(c->d, iv, "190");
        return;
    }
    /* "Protesters attacked the embassies of Rwanda and France": an attack
     * (19, 180) by protesters on a target they name is their riot too
     * ("beat up the speaker of parliament" stays an assault) */
    if (strcmp(code, "190") != 0 || !(fight_word(c, iv->tb) || tok_is(c, iv->tb, "clashes"))) {
        if ((code_root(code) == 19 || strcmp(code, "180") == 0) && protest_crowd(c, *src) &&
            *tgt && (*tgt)->n && !protest_crowd(c, *tgt))
            recode(c->d, iv, "145");
        return;
    }
    if (protest_crowd(c, *src) && !protest_crowd(c, *tgt)) {
        recode(c->d, iv, "145");
    } else if (protest_crowd(c, *tgt) && *src && (*src)->n) {
        const mention *m = *src;
        *src = *tgt;
        *tgt = m;
        recode(c->d, iv, "145");
    }
}

/* "The first contingent of Kenyan police officers landed in Haiti",
 * "Australian troops landed in East Timor": armed forces or police
 * arriving in another state deploy there (074), they do not visit. */
static void armed_arrival(const ent_coder *c, vmatch *iv, const mention *src, const mention *tgt)
{
    if (strcmp(c->d->verbs[iv->entry].code, "042") != 0 || !src || !src->n || !tgt || !tgt->n ||
        !(tok_is(c, iv->tb, "landed") || tok_is(c, iv->tb, "arrived") ||
          tok_is(c, iv->tb, "arriving") || tok_is(c, iv->tb, "arrive") ||
          tok_is(c, iv->tb, "arrives") || tok_is(c, iv->tb, "landing")))
        return;
    const amem *s = &c->mem[src->first];
    const char *suf = amem_suffix(s);
    if ((strcmp(suf, "MIL") != 0 && strcmp(suf, "COP") != 0) ||
        strcmp(c->mem[tgt->first].root, s->root) == 0)
        return;
    uint32_t e;
    if (code_entry(c->d, "074", &e))
        iv->entry = e;
}

/* "Russia sent tanks and troops into South Ossetia", "the army moved
 * tanks and troops into Slovenia": troops or weapons sent or moved
 * "into" another state's territory use force (190); a mobilisation (15)
 * or arms delivery (072) is what they do at home or give. Updates *iv. */
static void troops_into(const ent_coder *c, vmatch *iv, const mention *src, const mention *tgt,
                        size_t sb)
{
    static const char *const armed[] = {"troops", "tanks", "soldiers", "forces", "armour",
                                        "armor", "paratroopers", NULL};
    const char *code = c->d->verbs[iv->entry].code;
    if ((code_root(code) != 15 && strcmp(code, "072") != 0) || !src || !src->n || !tgt ||
        !tgt->n || tgt->tb <= iv->tb || strcmp(c->mem[tgt->first].root, c->mem[src->first].root) == 0 ||
        strlen(c->mem[tgt->first].root) != 3)
        return;
    size_t pp = coder_prep_before(c, tgt->tb, sb);
    if (pp == SIZE_MAX || !tok_is(c, pp, "into") || pp < iv->tb || pp > iv->te + 8)
        return;
    bool troops = false;
    for (size_t j = iv->tb; j < pp && !troops; j++)
        for (size_t k = 0; armed[k] && !troops; k++)
            troops = tok_is(c, j, armed[k]);
    uint32_t e;
    if (troops && code_entry(c->d, "190", &e))
        iv->entry = e;
}

/* "Russian tanks rolled into Chechnya", "Taliban fighters swept into
 * Kabul": a movement into a place is force (190) only when armed forces
 * make it ("refugees poured into Turkey" is none); true to drop it. */
static bool unarmed_entry(const ent_coder *c, const vmatch *iv, const mention *src)
{
    static const char *const w[] = {"rolled", "swept", "pushed", "poured", "marched",
                                    "advanced", "moved", "crossed", "thrust", "drove", NULL};
    /* "Taliban insurgents entered Kabul": entering a place is taking it
     * (192) only for armed forces ("inspectors entered Douma" is none) */
    if (strcmp(c->d->verbs[iv->entry].code, "192") == 0 && tok_is(c, iv->tb, "entered")) {
        if (!src || !src->n)
            return true;
        const amem *s0 = &c->mem[src->first];
        const char *suf0 = amem_suffix(s0);
        return strcmp(suf0, "MIL") != 0 && strcmp(suf0, "REB") != 0;
    }
    if (strcmp(c->d->verbs[iv->entry].code, "190") != 0 || iv->te < iv->tb + 2 ||
        !(tok_is(c, iv->te - 1, "into") || tok_is(c, iv->te - 1, "across")))
        return false;
    bool moving = false;
    for (size_t k = 0; w[k] && !moving; k++)
        moving = tok_is(c, iv->tb, w[k]);
    if (!moving)
        return false;
    if (!src || !src->n)
        return true;
    const amem *s = &c->mem[src->first];
    const char *suf = amem_suffix(s);
    return strcmp(suf, "MIL") != 0 && strcmp(suf, "REB") != 0;
}

/* Mention m holds an agent word ("the opposition leader", "a minister"),
 * not only a name (a capital as seat of government: "Ankara"). */
static bool agent_inside(const ent_coder *c, const mention *m)
{
    for (size_t k = 0; k < c->n_atoms; k++)
        if (c->atoms[k].type == PH_AGENT && c->atoms[k].tb >= m->tb && c->atoms[k].te <= m->te)
            return true;
    return false;
}

/* The last word of mention m is a plural noun ("priests", "officials"):
 * several people, not one leader. */
static bool plural_head(const ent_coder *c, const mention *m)
{
    if (!m || m->te <= m->tb)
        return false;
    const ent_token *w = &c->toks.v[m->te - 1];
    size_t n = w->end - w->start;
    const char *t = c->text + w->start;
    return n > 3 && t[n - 1] == 's' && t[n - 2] != 's' && t[n - 2] != '\'';
}

/* The target of a shooting is a leader or official: a person of the
 * dictionary or a state agent whose members are individuals in office
 * (government, opposition, legislature, elites, clergy, judges). */
static bool leader_target(const ent_coder *c, const mention *tgt)
{
    static const char *const sufs[] = {"GOV", "OPP", "LEG", "ELI", "REL", "JUD", NULL};
    /* a reference by an agent word takes its country from the context
     * ("X, a former deputy prime minister, was shot dead"); a pronoun
     * ("they were shot dead") names no office */
    if (!tgt || !tgt->n || (tgt->pronoun && !agent_inside(c, tgt)))
        return false;
    if (tgt->person)
        return true;
    const amem *m = &c->mem[tgt->first];
    const char *suf = amem_suffix(m);
    for (size_t k = 0; sufs[k]; k++)
        if (strcmp(suf, sufs[k]) == 0)
            return true;
    return false;
}

/* "apologised to the nation", "apologised to the civilian victims": an
 * apology (055) with no actor
 * for its recipient goes to the apologiser's own country (the nation,
 * the country) or its people (victims, families, citizens), as the
 * development golds code it. Returns NULL if the clause names neither. */
static const mention *apology_recipient(ent_coder *c, const vmatch *iv, const mention *src,
                                        size_t se, mention *buf)
{
    static const char *const people[] = {"victims", "families", "citizens", "people",
                                         "survivors", NULL};
    if (!src || !src->n || src->pronoun)
        return NULL;
    const amem *s = &c->mem[src->first];
    if (!coder_state_root(c, s->root))
        return NULL;
    for (size_t j = iv->te; j + 1 < se && j < iv->te + 10; j++) {
        const ent_token *t = &c->toks.v[j];
        if (((t->flags & ENT_TOK_PUNCT) && c->text[t->start] != '\'') ||
            tok_any(c, j, W_CLAUSE_WORDS) || is_verb_tok(c, j))
            return NULL;
        if (!tok_is(c, j, "the"))
            continue;
        size_t w = j + 1;
        if (w + 1 < se && (tok_is(c, w, "civilian") || tok_is(c, w, "innocent")))
            w++;
        if (tok_is(c, w, "nation") || tok_is(c, w, "country"))
            return made_mention(c, s->root, "", iv, buf);
        for (size_t k = 0; people[k]; k++)
            if (tok_is(c, w, people[k]))
                return made_mention(c, s->root, "CVL", iv, buf);
    }
    return NULL;
}

/* "A gunman shot and wounded the prime minister", "X was shot in the
 * leg": shooting a leader or official is an attempt on his life (185,
 * not the armed clash 193); "shot dead" the killing of one the
 * assassination (186, not 1823). Not "shot at", "shot down". */
static void shot_leader(const ent_coder *c, vmatch *iv, const mention *tgt)
{
    const char *code = c->d->verbs[iv->entry].code, *to = NULL;
    /* "Gunmen opened fire on the motorcade of President Hosni Mubarak",
     * "opened fire on Donald Trump at a campaign rally": firing on a
     * person named is an attempt on his life, not a clash or repression */
    if (tok_is(c, iv->tb, "opened") && iv->tb + 1 < iv->te && tok_is(c, iv->tb + 1, "fire") &&
        leader_target(c, tgt) && tgt->person &&
        (code_root(code) == 19 || strcmp(code, "175") == 0 || strcmp(code, "180") == 0))
        to = "185";
    else if (!leader_target(c, tgt))
        return;
    /* "Former Prime Minister Rafik al-Hariri was killed when a bomb ripped
     * through his motorcade", "a gunman killed the opposition leader":
     * the killing of one leader is his assassination (186); a hanging, a
     * beheading, an execution and the killing of several priests or
     * officials stay killings (1823), as the development golds code them */
    else if (strcmp(code, "1823") == 0 && iv->te == iv->tb + 1 &&
             (tgt->person || !plural_head(c, tgt)) &&
             strcmp(amem_suffix(&c->mem[tgt->first]), "REB") != 0 && /* combat_killing's */
             (tok_is(c, iv->tb, "killed") || tok_is(c, iv->tb, "murdered") ||
              tok_is(c, iv->tb, "slain")))
        to = "186";
    else if (!tok_is(c, iv->tb, "shot"))
        return;
    else if (strcmp(code, "193") == 0 && iv->te == iv->tb + 1 && iv->te < c->toks.n &&
        !tok_is(c, iv->te, "at") && !tok_is(c, iv->te, "down"))
        to = "185";
    else if (strcmp(code, "1823") == 0 && iv->te == iv->tb + 2 && tok_is(c, iv->tb + 1, "dead"))
        to = "186";
    for (size_t q = 0; to && q < c->d->n_verbs; q++)
        if (strcmp(c->d->verbs[q].code, to) == 0) {
            iv->entry = (uint32_t)q;
            return;
        }
}


/* An act announced for the future, on a condition or as a possibility
 * is coded as intent or threat (intent_code), except a stated withdrawal
 * from an agreement or organisation with no condition attached ("Russia
 * will withdraw from the treaty", "said it would leave the ICC"): that is
 * the withdrawal itself (160, modality future), as the dev golds code it;
 * "threatened to withdraw" and "will withdraw if ..." stay threats.
 * Updates *iv. */
static void future_act(const ent_coder *c, vmatch *iv, ent_modality mod, size_t se)
{
    const char *code = c->d->verbs[iv->entry].code;
    if (mod != ENT_MOD_FUTURE && mod != ENT_MOD_CONDITIONAL && mod != ENT_MOD_HYPOTHETICAL)
        return;
    /* "will withdraw from the treaty", "Britain would expel 23 Russian
     * diplomats", "France will withdraw its ambassador": an announced
     * withdrawal, expulsion or cut in relations (160, 174, 166, 161) is
     * the decision itself, as the dev golds code it */
    if (mod != ENT_MOD_CONDITIONAL &&
        (strcmp(code, "160") == 0 || strcmp(code, "161") == 0 || strcmp(code, "166") == 0 ||
         strcmp(code, "174") == 0)) {
        bool cond = false; /* "... if the US deploys missiles" */
        for (size_t j = iv->te; j < se && !cond; j++)
            cond = tok_any(c, j, W_COND_WORDS);
        /* "could suspend relations" is a possibility held out: a threat
         * (a modal in lower case: not "Theresa May said Britain would") */
        for (size_t j = iv->tb; j > 0 && j + 4 > iv->tb && !cond; j--)
            cond = !(c->toks.v[j - 1].flags & ENT_TOK_CAP) &&
                   (tok_is(c, j - 1, "could") || tok_is(c, j - 1, "might") ||
                    tok_is(c, j - 1, "may") || tok_is(c, j - 1, "can"));
        if (!cond)
            return;
    }
    const char *ic = intent_code(code);
    uint32_t e;
    if (strcmp(ic, code) != 0 && code_entry(c->d, ic, &e))
        iv->entry = e;
}

/* "troops captured rebel leader X", "police captured the suspects",
 * "captured him": capturing a person is an arrest (173, the codebook's
 * "arrest, detain"; the dev golds code captured pilots, suspects and
 * guerrilla leaders so, by soldiers as by police), or an abduction (181)
 * by rebels, criminals or unidentified attackers, where a bare
 * "captured" defaults to occupying territory (192). The police capture no
 * territory. Updates *iv. */
static void captured_person(const ent_coder *c, vmatch *iv, const mention *src,
                            const mention *tgt)
{
    if (strcmp(c->d->verbs[iv->entry].code, "192") != 0 || iv->te != iv->tb + 1 ||
        !(tok_is(c, iv->tb, "captured") || tok_is(c, iv->tb, "capturing") ||
                                     tok_is(c, iv->tb, "capture")))
        return;
    bool person = tgt && tgt->tb >= iv->te && tgt->tb <= iv->te + 3 &&
                  ((leader_target(c, tgt) && (tgt->person || agent_inside(c, tgt))) ||
                   (tgt->pronoun && (tok_is(c, tgt->tb, "him") || tok_is(c, tgt->tb, "her") ||
                                     tok_is(c, tgt->tb, "them"))));
    if (!person && src && src->n) {
        const amem *s = &c->mem[src->first];
        person = strcmp(amem_suffix(s), "COP") == 0;
    }
    /* "rebels captured President Samuel Doe": taken by an armed group or
     * unidentified attackers, a person is abducted (181), as seized_place
     * codes it */
    const char *to = "173";
    if (person && src && src->n) {
        const amem *s = &c->mem[src->first];
        const char *ss = amem_suffix(s);
        if (strcmp(ss, "REB") == 0 || strcmp(ss, "UAF") == 0 || strcmp(ss, "CRM") == 0)
            to = "181";
    }
    uint32_t e;
    if (person && code_entry(c->d, to, &e))
        iv->entry = e;
}

/* "Pro-Russian separatists detained a bus carrying observers": rebels,
 * criminals and unidentified attackers do not arrest (173), they abduct
 * or take hostages (181), as every dev gold codes them. Updates *iv. */
static void rebel_detention(const ent_coder *c, vmatch *iv, const mention *src)
{
    if (strcmp(c->d->verbs[iv->entry].code, "173") != 0 || !src || !src->n)
        return;
    const char *ss = amem_suffix(&c->mem[src->first]);
    if (strcmp(ss, "REB") == 0 || strcmp(ss, "UAF") == 0 || strcmp(ss, "CRM") == 0)
        recode(c->d, iv, "181");
}

/* "The U.N. Human Rights Council agreed on Friday to send a fact-finding
 * mission", "OPEC+ agreed to cut output": an organisation's bare "agreed"
 * (037) with no one named is a decision among its members, no agreement
 * with anyone (the dev golds code none); "Britain's parliament voted
 * against military action": a legislature or a court uses no force
 * (18-20). True when the source cannot do the act so coded. */
static bool no_act_of(const ent_coder *c, const char *code, const mention *src,
                      const mention *tgt)
{
    if (!src || !src->n)
        return false;
    const amem *s0 = &c->mem[src->first];
    if (!tgt && strcmp(code, "037") == 0 && !coder_state_root(c, s0->root))
        return true;
    int r = code_root(code);
    const char *ss = amem_suffix(s0);
    return r >= 18 && r <= 20 && (strcmp(ss, "LEG") == 0 || strcmp(ss, "JUD") == 0);
}

/* "Ocalan had been captured by Turkish special forces", "two French
 * journalists were seized by gunmen": a person or people captured or
 * seized are arrested (173), or abducted (181) when the captors are
 * rebels, criminals or unidentified attackers, as captured_person codes
 * the active voice; a town captured is occupied (192), goods seized
 * stay seized (171). */
static void captured_passive(const ent_coder *c, vmatch *iv, const mention *src,
                             const mention *tgt)
{
    const char *vc = c->d->verbs[iv->entry].code;
    /* ("was captured by rebels" may have matched "captured * rebels",
     * 173, with the captors for its object) */
    if ((strcmp(vc, "192") != 0 && strcmp(vc, "171") != 0 && strcmp(vc, "173") != 0) ||
        !tgt || !tgt->n ||
        !(tok_is(c, iv->tb, "captured") || tok_is(c, iv->tb, "seized")))
        return;
    const amem *g = &c->mem[tgt->first];
    const char *gs = strlen(g->root) == 3 && strlen(g->code) == 6 ? g->code + 3 : "";
    if (!tgt->person && !coder_people_agent(gs) && strcmp(gs, "MIL") != 0 &&
        strcmp(gs, "MED") != 0)
        return;
    const char *to = "173";
    if (src && src->n) {
        const amem *s = &c->mem[src->first];
        const char *ss = amem_suffix(s);
        if (strcmp(ss, "REB") == 0 || strcmp(ss, "UAF") == 0 || strcmp(ss, "CRM") == 0)
            to = "181";
    }
    uint32_t e;
    if (code_entry(c->d, to, &e))
        iv->entry = e;
}

/* The verb match v is "each [side|one|government|...] V the other": a
 * reciprocal act of the compound subject ("each side accused the other of
 * violating the truce"; "accused each other" stays a joint act). */
static bool each_other(const ent_coder *c, const vmatch *v, size_t sb, size_t se)
{
    size_t j = v->tb;
    if (j > sb && tok_any(c, j - 1, W_AUX_WORDS))
        j--;
    bool each = (j > sb && tok_is(c, j - 1, "each")) ||
                (j > sb + 1 && tok_is(c, j - 2, "each") &&
                 (c->toks.v[j - 1].flags & ENT_TOK_WORD) && !is_verb_tok(c, j - 1));
    if (!each)
        return false;
    /* ("blamed the other for": inside the pattern "blamed * for") */
    for (size_t k = v->tb + 1; k + 1 < se && k < v->te + 2; k++)
        if (tok_is(c, k, "the") && tok_is(c, k + 1, "other"))
            return true;
    return false;
}

/* "Islamic State militants seized Mosul", "the Taliban seized Kabul":
 * seizing a place (a state, city or region, or a capital named as a
 * seat) is occupying territory (192), not seizing property (171); a
 * demonym before a noun ("seized Ukrainian ships") is no place. */
static void seized_place(const ent_coder *c, vmatch *iv, const mention *src)
{
    if (strcmp(c->d->verbs[iv->entry].code, "171") != 0 || iv->te != iv->tb + 1 ||
        !(tok_is(c, iv->tb, "seized") || tok_is(c, iv->tb, "seize") ||
          tok_is(c, iv->tb, "seizing") || tok_is(c, iv->tb, "seizes")))
        return;
    size_t j = iv->te;
    if (j < c->toks.n && tok_any(c, j, W_DET))
        j++;
    /* "seized the capital", "seized the emir's palace", "seized the
     * British colony", "seized four towns": territory taken is occupied
     * (192); "seized about 90 hostages", "seized scores of U.N.
     * peacekeepers" are abducted (181) */
    {
        static const char *const land[] = {
            "capital", "town", "towns", "city", "cities", "village", "villages", "palace",
            "colony", "island", "islands", "province", "region", "territory", "airport",
            "port", "base", "border", "crossing", "parliament", "headquarters", "district", NULL};
        static const char *const people[] = {"hostages", "hostage", "peacekeepers", "soldiers",
                                             "passengers", "crew", "tourists", "people", NULL};
        for (size_t k = j; k < c->toks.n && k < j + 8; k++) {
            if ((c->toks.v[k].flags & ENT_TOK_PUNCT) ||
                (tok_any(c, k, W_PREPS) && !tok_any(c, k, W_S_OF)) || (k > j && is_verb_tok(c, k)))
                break; /* "scores of U.N. peacekeepers": past "of" */
            const char *to = NULL;
            for (size_t w = 0; land[w] && !to; w++)
                if (tok_is(c, k, land[w]))
                    to = "192";
            for (size_t w = 0; people[w] && !to; w++)
                if (tok_is(c, k, people[w]))
                    to = "181";
            uint32_t e;
            if (to && code_entry(c->d, to, &e)) {
                iv->entry = e;
                return;
            }
        }
    }
    /* "seized 15 British sailors" */
    while (j < c->toks.n && (c->toks.v[j].flags & ENT_TOK_NUM))
        j++;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb != j || m->n != 1 || m->pronoun)
            continue;
        /* "seized President Samuel Doe", "seized 15 British sailors and
         * marines": taking a person or people is an abduction (181), or
         * an arrest (173) by a state's police or armed forces */
        const amem *g = &c->mem[m->first];
        const char *gs = strlen(g->root) == 3 && strlen(g->code) == 6 ? g->code + 3 : "";
        bool people = m->person || coder_people_agent(gs) || strcmp(gs, "MIL") == 0;
        if (people) {
            const amem *s0 = src && src->n ? &c->mem[src->first] : NULL;
            const char *ss = s0 ? amem_suffix(s0) : "";
            bool state = strcmp(ss, "COP") == 0 || strcmp(ss, "MIL") == 0;
            uint32_t e;
            if (code_entry(c->d, state ? "173" : "181", &e))
                iv->entry = e;
            return;
        }
        if (m->te < c->toks.n && (c->toks.v[m->te].flags & ENT_TOK_WORD) &&
            !(c->toks.v[m->te].flags & ENT_TOK_CAP) && !tok_any(c, m->te, W_PREPS | W_CONNECTORS))
            return; /* a modifier: "Ukrainian ships" */
        const amem *a = &c->mem[m->first];
        size_t rl = strlen(a->root);
        if (rl == 3 && (strcmp(a->code, a->root) == 0 || strcmp(a->code + rl, "GOV") == 0)) {
            uint32_t e;
            if (code_entry(c->d, "192", &e))
                iv->entry = e;
        }
        return;
    }
}

/* "moved to seize control of the oil company YPF", "seized temporary
 * control of the local assets of French food group Danone": control of a
 * business taken is property seized (1711), not territory occupied. */
static void seized_business(const ent_coder *c, vmatch *iv)
{
    static const char *const biz[] = {"company", "companies", "firm", "firms", "factory",
                                      "factories", "plant", "plants", "assets", "refinery",
                                      "subsidiary", "subsidiaries", "corporation", "mine",
                                      "mines", "business", "businesses", "oilfield", NULL};
    if (strcmp(c->d->verbs[iv->entry].code, "192") != 0)
        return;
    bool control = false;
    for (size_t j = iv->tb; j < iv->te && !control; j++)
        control = tok_is(c, j, "control");
    if (!control)
        return;
    for (size_t j = iv->te; j < c->toks.n && j < iv->te + 8; j++) {
        bool hyph = j > 0 && c->text[c->toks.v[j - 1].start] == '-'; /* "Spanish-owned" */
        if (c->text[c->toks.v[j].start] == '-')
            continue;
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || (is_verb_tok(c, j) && !hyph))
            return;
        for (size_t k = 0; biz[k]; k++)
            if (tok_is(c, j, biz[k])) {
                uint32_t e;
                if (code_entry(c->d, "1711", &e))
                    iv->entry = e;
                return;
            }
    }
}

/* "The last Syrian troops left Lebanon", "U.S. forces leaving
 * Afghanistan": "left" is a withdrawal (0874) only with armed forces as its
 * subject right before it and a state named right after it; any other
 * "left" (a person who left a meeting, "left 20 dead") is no event. */
static bool stray_left(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (v->te != v->tb + 1 ||
        !(tok_is(c, v->tb, "left") || tok_is(c, v->tb, "leaving") || tok_is(c, v->tb, "leave")) ||
        strcmp(c->d->verbs[v->entry].code, "0874") != 0)
        return false;
    bool forces = false, state = false;
    size_t after = v->te < c->toks.n && tok_any(c, v->te, W_S_THE) ? v->te + 1 : v->te;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (!m->n || m->tb < sb)
            continue;
        const amem *a = &c->mem[m->first];
        /* ("Soviet troops would begin leaving", "began to leave") */
        size_t g = m->te;
        while (g < v->tb && g < m->te + 3 &&
               (tok_is(c, g, "would") || tok_is(c, g, "will") || tok_is(c, g, "begin") ||
                tok_is(c, g, "began") || tok_is(c, g, "start") || tok_is(c, g, "started") ||
                tok_is(c, g, "could") || tok_is(c, g, "to") || tok_is(c, g, "had")))
            g++;
        if (g == v->tb && strcmp(amem_suffix(a), "MIL") == 0)
            forces = true;
        if (m->tb == after && !m->pronoun && strlen(a->root) == 3 && coder_state_organ(a))
            state = true;
    }
    return !(forces && state);
}

/* "U.N. weapons inspectors pulled out of Iraq", "the observers withdrew
 * from the town", "foreign aid workers left the country": a withdrawal
 * (0874) by inspectors or observers is CAMEO's 1662, by peacekeepers 1661,
 * by aid agencies 1663, whose names say who withdraws; 0874 is the retreat
 * of fighting forces. The word must name the subject: it stands between
 * the subject's first word and the verb. Updates *iv. */
static void withdrawing_mission(const ent_coder *c, vmatch *iv, const mention *src)
{
    if (strcmp(c->d->verbs[iv->entry].code, "0874") != 0 || !src || !src->n ||
        src->tb >= iv->tb || iv->tb - src->tb > 8)
        return;
    const char *to = NULL;
    /* also "Monitors from the OSCE": the head before "from" or "of" */
    size_t from = src->tb;
    for (size_t j = src->tb; j > 0 && j + 4 > src->tb; j--)
        if (tok_is(c, j - 1, "from") || tok_is(c, j - 1, "of")) {
            from = j >= 2 ? j - 2 : j - 1;
            break;
        }
    for (size_t j = from; j < iv->tb && !to; j++) {
        if (tok_is(c, j, "inspectors") || tok_is(c, j, "observers") || tok_is(c, j, "monitors"))
            to = "1662";
        else if (tok_is(c, j, "peacekeepers") || tok_is(c, j, "peacekeeping"))
            to = "1661";
        else if (j + 1 < iv->tb && tok_is(c, j, "aid") &&
                 (tok_is(c, j + 1, "workers") || tok_is(c, j + 1, "agencies") ||
                  tok_is(c, j + 1, "groups") || tok_is(c, j + 1, "organisations") ||
                  tok_is(c, j + 1, "organizations")))
            to = "1663";
    }
    uint32_t e;
    if (to && code_entry(c->d, to, &e))
        iv->entry = e;
}

/* "Iraqi troops rolled into Kuwait and seized the capital", "Israeli
 * tanks rolled into Rafah and took control of the crossing": an armed
 * entry followed in the sentence by the seizure it made is one act, the
 * occupation (192), on the state entered. */
static bool entry_then_seizure(const ent_coder *c, const vmatch *iv, size_t se)
{
    if (strcmp(c->d->verbs[iv->entry].code, "190") != 0 || iv->te <= iv->tb + 1 ||
        !tok_is(c, iv->te - 1, "into"))
        return false;
    for (size_t j = iv->te; j < se && j < iv->te + 20; j++) {
        if (c->text[c->toks.v[j].start] == ';')
            return false;
        if (tok_is(c, j, "seized") || tok_is(c, j, "seizing") || tok_is(c, j, "captured") ||
            tok_is(c, j, "capturing") || tok_is(c, j, "occupied") ||
            (j + 1 < se && (tok_is(c, j, "took") || tok_is(c, j, "taking")) &&
             tok_is(c, j + 1, "control")))
            return true;
    }
    return false;
}

/* "Masked gunmen stormed the offices of Charlie Hebdo, killing 12
 * people", "Taliban gunmen stormed an army-run school and killed 132
 * children": a storming whose consequence is the killing of the people
 * inside is that killing, on the victims: a massacre (202) when many are
 * killed (20 or more, dozens, hundreds), an assault (180) otherwise; a
 * storming that kills fighters ("killing all 14 rebels") stays fighting.
 * Updates *iv and *tgt. */
static void storming_killing(const ent_coder *c, vmatch *iv, const mention *src,
                             const mention **tgt, size_t se)
{
    if (strcmp(c->d->verbs[iv->entry].code, "190") != 0 ||
        !(tok_is(c, iv->tb, "stormed") || tok_is(c, iv->tb, "storming")))
        return;
    size_t kp = SIZE_MAX;
    for (size_t j = iv->te; j + 1 < se && j < iv->te + 16 && kp == SIZE_MAX; j++) {
        if (c->text[c->toks.v[j].start] == ';')
            return;
        if ((tok_is(c, j, "killing") &&
             (c->text[c->toks.v[j - 1].start] == ',' || tok_is(c, j - 1, "and"))) ||
            ((tok_is(c, j, "killed") || tok_is(c, j, "massacred")) && tok_is(c, j - 1, "and")))
            kp = j;
    }
    uint32_t e;
    if (kp == SIZE_MAX || !code_entry(c->d, "1823", &e))
        return;
    const mention *victims = NULL;
    for (size_t q = 0; q < c->n_ments && !victims; q++) {
        const mention *m = &c->ments[q];
        if (m->tb > kp && m->tb <= kp + 8 && m->n && strlen(c->mem[m->first].root) == 3)
            victims = m;
    }
    /* "killing all 14 rebels": fighting, the storming stays, on them */
    bool armed = false;
    for (size_t j = kp + 1; j < se && j < kp + 8 && !armed; j++)
        armed = armed_word(c, j);
    if (armed) {
        if (victims && victims != src)
            *tgt = victims;
        return;
    }
    /* the killing read as mass_killing reads "killed ...": many victims a
     * massacre (202), else an assault (180) */
    vmatch kv = *iv;
    kv.entry = e;
    kv.tb = kp;
    kv.te = kp + 1;
    mass_killing(c, &kv, se);
    const char *kc = c->d->verbs[kv.entry].code;
    if (strcmp(kc, "190") == 0)
        return;
    if (strcmp(kc, "1823") == 0 && !code_entry(c->d, "180", &kv.entry))
        return;
    /* "Soviet troops stormed the television tower, killing 13 unarmed
     * civilians": a state's forces who storm and kill civilians repress
     * with violence (175); killing others they fight (the storming, 190):
     * they commit no assault (180) */
    if (src && src->n) {
        const amem *s0 = &c->mem[src->first];
        const char *ss = amem_suffix(s0);
        if (strcmp(ss, "MIL") == 0 || strcmp(ss, "COP") == 0) {
            const amem *v0 = victims ? &c->mem[victims->first] : NULL;
            if (!v0 || strcmp(amem_suffix(v0), "CVL") != 0)
                return;
            if (!code_entry(c->d, "175", &kv.entry))
                return;
        }
    }
    iv->entry = kv.entry;
    if (victims)
        *tgt = victims;
}

/* "gunmen stormed a television studio and took staff hostage", "seized a
 * school, taking hundreds of children hostage": storming a building to
 * take the people in it hostage is one act, the hostage-taking (181), as
 * the golds code it: the storming (190, 192, 171, 145) is coded 181, on
 * the building's owner ("stormed the Japanese ambassador's residence"),
 * whether or not the hostage clause gives an event of its own (a
 * participle "taking ... hostage" often gives none). Only a building named as the object (a residence, embassy,
 * theatre, school, ship ...) counts: "stormed across the border, seizing
 * hostages" is an attack of its own. */
static bool storming_for_hostages(const ent_coder *c, const vmatch *iv, size_t se)
{
    static const char *const building[] = {
        "residence", "embassy", "consulate", "theatre", "theater", "school", "hospital",
        "hotel", "mall", "studio", "station", "parliament", "plant", "ship", "vessel",
        "tanker", "train", "plane", "airliner", "jet", "church", "mosque", "synagogue",
        "compound", "office", "offices", "building", "palace", "bank", "university",
        "headquarters", "factory", "facility", "complex", NULL};
    const char *code = c->d->verbs[iv->entry].code;
    int r = code_root(code);
    if (!(r == 19 || r == 17 || strcmp(code, "145") == 0 || strcmp(code, "180") == 0))
        return false;
    if (!(tok_is(c, iv->tb, "stormed") || tok_is(c, iv->tb, "storming") ||
          tok_is(c, iv->tb, "seized") || tok_is(c, iv->tb, "seizing") ||
          tok_is(c, iv->tb, "burst") || tok_is(c, iv->tb, "raided")))
        return false;
    bool bld = false;
    for (size_t j = iv->tb + 1; j < se && j < iv->tb + 30; j++) {
        for (size_t k = 0; building[k] && !bld; k++)
            bld = tok_is(c, j, building[k]);
        if (!bld)
            continue;
        /* "... and took staff hostage", ", taking hundreds ... hostage" */
        for (size_t h = j + 1; h < se && h < j + 25; h++) {
            if (!(tok_is(c, h, "took") || tok_is(c, h, "taking") || tok_is(c, h, "holding") ||
                  tok_is(c, h, "held") || tok_is(c, h, "seized") || tok_is(c, h, "seizing")))
                continue;
            for (size_t g = h + 1; g < se && g < h + 12; g++)
                if (tok_is(c, g, "hostage") || tok_is(c, g, "hostages"))
                    return true;
        }
        return false;
    }
    return false;
}

/* "demonstrators demanded jobs and an end to corruption", "200,000
 * people jammed Wenceslas Square demanding the resignation of the
 * leadership": what a crowd demands in a protest is demonstrated for
 * (141x: 1041 -> 1411 leadership change, 1042 -> 1412 policy, 1043 -> 1413
 * rights, 1044 -> 1414 institutions), as the golds code it, and so is
 * what it calls for ("protesters calling for early elections": 0244 ->
 * 1414); a crowd's demand with no protest named stays a demand. Updates
 * *iv. */
static void crowd_demand(const ent_coder *c, vmatch *iv, const mention *src, size_t sb,
                         size_t se)
{
    static const char *const map[][2] = {{"1041", "1411"}, {"1042", "1412"},
                                         {"1043", "1413"}, {"1044", "1414"},
                                         {"0241", "1411"}, {"0242", "1412"},
                                         {"0243", "1413"}, {"0244", "1414"}};
    static const char *const cue[] = {"marched", "rallied", "rally", "demonstrated",
                                      "protested", "thronged", "jammed", "streets", NULL};
    const char *code = c->d->verbs[iv->entry].code;
    if ((code_root(code) != 10 && code_root(code) != 2) || !src || !src->n)
        return;
    const amem *a = &c->mem[src->first];
    const char *suf = amem_suffix(a);
    if (strcmp(suf, "CVL") != 0 && strcmp(suf, "LAB") != 0 && strcmp(suf, "EDU") != 0)
        return; /* (an opposition party's demand is its own: 104x) */
    bool protest = false;
    for (size_t j = sb; j < se && !protest; j++) {
        protest = (c->kw[j] & K_PROTEST) != 0;
        for (size_t k = 0; cue[k] && !protest; k++)
            protest = tok_is(c, j, cue[k]);
    }
    if (!protest)
        return;
    const char *to = "141";
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
        if (strcmp(code, map[k][0]) == 0)
            to = map[k][1];
    uint32_t e;
    if (code_entry(c->d, to, &e))
        iv->entry = e;
}

/* "Mali, Burkina Faso and Niger said they were withdrawing from ECOWAS",
 * "pulled out of the alliance": withdrawing from an organisation (named
 * right after "from" or "out of") leaves it, reducing relations (160),
 * whoever withdraws; from a state it is a military withdrawal (0874). */
static void left_organisation(const ent_coder *c, vmatch *iv, const mention *tgt)
{
    if (strcmp(c->d->verbs[iv->entry].code, "0874") != 0 || !tgt || !tgt->n || tgt->pronoun ||
        tgt->tb == 0)
        return;
    const char *r = c->mem[tgt->first].root;
    if (coder_state_root(c, r) || strcmp(r, "EUR") == 0 || strcmp(r, "NGO") == 0)
        return;
    size_t j = tgt->tb - 1;
    if (tok_any(c, j, W_S_THE) && j > 0)
        j--;
    if (j + 1 < iv->te || !(tok_is(c, j, "from") || tok_is(c, j, "of")))
        return;
    uint32_t e;
    if (code_entry(c->d, "160", &e))
        iv->entry = e;
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
    /* "Talks between Israel and Syria would move forward only if ...",
     * "Formal negotiations ... could begin within months if ...": an act
     * named as the subject of a modal, opening the sentence, whose clause
     * sets a condition */
    for (size_t j = v->te, modal = 0; v->tb <= sb + 2 && j < c->toks.n && j < v->te + 16; j++) {
        if (c->text[c->toks.v[j].start] == ',' || c->text[c->toks.v[j].start] == '.' ||
            (!modal && (c->tflag[j] & TF_VERB)))
            break;
        if (!modal && (tok_is(c, j, "would") || tok_is(c, j, "could")))
            modal = j;
        else if (modal && j > modal + 1 && tok_any(c, j, W_COND_WORDS))
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

/* "... after rioters torched buildings", "after a three-hour battle",
 * "two decades after they were ousted by a U.S.-led invasion": a verb or
 * event noun inside a clause or phrase opened by after, before, since or
 * until (nothing but words between: no comma, semicolon or boundary)
 * reports background, not an event of the sentence, whoever its subject,
 * once the main clause has reported one ("retook the village after fierce
 * fighting with guerrillas", with no event of its own, is about the
 * fighting). A sentence-initial "After talks, ..." ends at its comma. */
static bool in_background(const ent_coder *c, size_t vb, size_t sb)
{
    for (size_t j = vb; j-- > sb + 1;) {
        const char ch = c->text[c->toks.v[j].start];
        if (((c->toks.v[j].flags & ENT_TOK_PUNCT) && (ch == ',' || ch == ';' || ch == ':' ||
                                                      ch == '(' || ch == '"')) ||
            tok_any(c, j, W_BOUNDARY))
            return false;
        if (tok_any(c, j, W_BG))
            return true;
        /* "prompted by Russia's invasion", "in retaliation for the
         * bombing", "in response to the attack": the cause of the act */
        if (j > sb && ((tok_is(c, j, "by") && tok_is(c, j - 1, "prompted")) ||
                       (tok_is(c, j, "for") && (tok_is(c, j - 1, "retaliation") ||
                                               tok_is(c, j - 1, "reprisal") ||
                                               tok_is(c, j - 1, "revenge"))) ||
                       (tok_is(c, j, "to") && tok_is(c, j - 1, "response"))))
            return true;
    }
    return false;
}

/* "Turkish F-16 jets shot down a Russian warplane ..., the first time a
 * NATO member has downed a Russian aircraft in half a century", "...,
 * marking the first time ...": an apposition opened by "the first time"
 * or "the first such" says how rare the reported act is; its verbs report
 * no event of their own (no development gold codes one, 17 of 17). */
static bool first_time_clause(const ent_coder *c, size_t vb, size_t sb)
{
    for (size_t j = vb; j-- > sb + 1;) {
        const char ch = c->text[c->toks.v[j].start];
        if (ch != ',') {
            if (tok_any(c, j, W_BOUNDARY) || ch == ';' || ch == '(')
                return false;
            continue;
        }
        size_t k = j + 1;
        if (k < vb && tok_is(c, k, "marking"))
            k++;
        return k + 2 < vb && tok_is(c, k, "the") && tok_is(c, k + 1, "first") &&
               (tok_is(c, k + 2, "time") || tok_is(c, k + 2, "such"));
    }
    return false;
}

/* "..., a day after a court dissolved the ruling party", "hours after
 * Iraqi Scud missiles struck Tel Aviv": the verb vb is in a clause opened
 * by a span of time and "after" or "before", with a subject of its own
 * (a word between "after" and the verb): what happened then is
 * background even when the main clause codes nothing. */
static bool dated_background(const ent_coder *c, size_t vb, size_t sb)
{
    for (size_t j = vb; j-- > sb + 1;) {
        const char ch = c->text[c->toks.v[j].start];
        if (((c->toks.v[j].flags & ENT_TOK_PUNCT) && ch != '-' && ch != '\'') ||
            (tok_any(c, j, W_BOUNDARY) && !tok_is(c, j, "and")))
            return false;
        if (!(tok_is(c, j, "after") || tok_is(c, j, "before")))
            continue;
        return j + 1 < vb &&
               (tok_is(c, j - 1, "day") || tok_is(c, j - 1, "days") ||
                tok_is(c, j - 1, "hours") || tok_is(c, j - 1, "hour") ||
                tok_is(c, j - 1, "weeks") || tok_is(c, j - 1, "week") ||
                tok_is(c, j - 1, "months") || tok_is(c, j - 1, "minutes"));
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
    /* "Russia, which annexed Crimea in 2014, launched ...": a relative
     * clause set off by commas whose clause names an earlier year is
     * background too */
    if (vb > sb + 2 && tok_any(c, vb - 1, W_RELPRON) && !tok_any(c, vb - 1, W_S_THAT) &&
        c->text[c->toks.v[vb - 2].start] == ',' && c->date) {
        int y0, m0, d0;
        ent_date_to_ymd(c->date, &y0, &m0, &d0);
        for (size_t q = vb + 1; q < c->toks.n && q < vb + 14; q++) {
            const ent_token *t = &c->toks.v[q];
            if ((t->flags & ENT_TOK_PUNCT) && strchr(",;.", c->text[t->start]))
                break;
            if (t->end - t->start == 4 && (t->flags & ENT_TOK_NUM)) {
                int y = atoi(c->text + t->start);
                if (y > 1900 && y < y0)
                    return true;
            }
        }
    }
    size_t j = vb;
    bool had = false;
    if (j > sb + 2 && tok_any(c, j - 1, W_S_TO) && coder_past_form(c, j - 2))
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

/* "Syrian rebels who seized the town attacked government troops",
 * "protesters who oppose the government stormed the parliament": the
 * finite verb at vb follows a restrictive relative clause (no comma) on
 * its subject. The clause opens with "who", "which" or "that" right after
 * a noun phrase and goes on with its own verb (a subject relative: "the
 * deal that Russia signed" has a subject of its own and is left alone).
 * Returns that noun phrase, or NULL. */
static const mention *relative_antecedent(const ent_coder *c, size_t vb, size_t sb)
{
    size_t j = vb;
    while (j > sb && tok_any(c, j - 1, W_AUX_WORDS))
        j--;
    if (j == vb && !coder_past_form(c, vb))
        return NULL;
    if (j < sb + 4 || tok_any(c, j - 1, W_S_TO | W_COORD | W_S_AND | W_PREPS | W_WHO_WHICH | W_S_THAT))
        return NULL;
    for (size_t q = j - 1; q-- > sb + 1 && q + 16 > j;) {
        const ent_token *t = &c->toks.v[q];
        if (((t->flags & ENT_TOK_PUNCT) && strchr(",;:", c->text[t->start])) ||
            tok_any(c, q, W_SUBORD | W_REPORTING))
            return NULL;
        if (!tok_any(c, q, W_WHO_WHICH | W_S_THAT))
            continue;
        if (tok_any(c, q, W_S_THAT) && !relative_that(c, q, sb))
            return NULL;
        /* the clause's own verb comes first, and is not the verb at vb */
        if (!(is_verb_tok(c, q + 1) || tok_any(c, q + 1, W_AUX_WORDS | W_BE_FORMS | W_NEG_WORDS)))
            return NULL;
        bool verb = false;
        for (size_t i = q + 1; i < j && !verb; i++)
            verb = is_verb_tok(c, i);
        if (!verb)
            return NULL;
        for (size_t k = 0; k < c->n_ments; k++)
            if (c->ments[k].te == q && c->ments[k].n)
                return &c->ments[k];
        return NULL;
    }
    return NULL;
}

/* Token i is a verb of mutual fighting ("battled", "clashed", "fought"). */
static bool fight_word(const ent_coder *c, size_t i)
{
    static const char *const w[] = {"battled", "battle", "battling", "clashed", "clash",
                                     "clashing", "fought", "fight", "fighting", NULL};
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, i, w[k]))
            return true;
    return false;
}

/* ", a move Israel's foreign ministry condemned", ", a request Pristina
 * dismissed as a provocation", ", a show of force that Nicolas Maduro on
 * Wednesday called an unacceptable threat": an apposition that names the
 * main act ("a" / "an" and at most three words, "that" / "which"
 * optional) and an actor's reaction to it. If the mention m opens the
 * reaction (its verb at vb), returns the index of the apposition's "a",
 * else SIZE_MAX. */
static size_t reaction_apposition(const ent_coder *c, const mention *m, size_t vb, size_t sb)
{
    if (!m || !m->n || m->te > vb || vb > m->te + 3 || m->tb < sb + 3)
        return SIZE_MAX;
    for (size_t j = m->te; j < vb; j++) /* "on Wednesday" */
        if (!(c->toks.v[j].flags & ENT_TOK_WORD) || is_verb_tok(c, j))
            return SIZE_MAX;
    size_t h = m->tb;
    if (tok_any(c, h - 1, W_S_THAT | W_WHO_WHICH))
        h--;
    for (size_t a = h; a-- > sb + 1 && a + 5 > h;) {
        if (!(tok_is(c, a, "a") || tok_is(c, a, "an")))
            continue;
        if (!((c->toks.v[a - 1].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[a - 1].start] == ','))
            return SIZE_MAX;
        for (size_t q = 0; q < c->n_ments; q++)
            if (c->ments[q].tb > a && c->ments[q].tb < m->tb && c->ments[q].n)
                return SIZE_MAX;
        return a;
    }
    return SIZE_MAX;
}

/* Verb match k names the main act inside a reaction apposition (", a
 * request Pristina dismissed"): no event of its own. */
static bool apposition_head(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    if (v->tb < sb + 2 || !(tok_is(c, v->tb - 1, "a") || tok_is(c, v->tb - 1, "an") ||
                            (v->tb >= sb + 3 && tok_any(c, v->tb - 2, W_DET))))
        return false;
    for (size_t q = k + 1; q < c->n_vms; q++) {
        const vmatch *w = &c->vms[q];
        for (size_t i = 0; i < c->n_ments; i++) {
            const mention *m = &c->ments[i];
            if (m->tb >= v->te && m->te <= w->tb) {
                size_t a = reaction_apposition(c, m, w->tb, sb);
                if (a != SIZE_MAX && a < v->tb)
                    return true;
            }
        }
    }
    return false;
}

/* "..., ending their historic summit", "..., ending a six-week
 * crisis": what the main act ends, named by an event noun after ",
 * ending" and at most three words, is no event of its own. */
static bool ended_noun(const ent_coder *c, const vmatch *v, size_t sb)
{
    for (size_t j = v->tb; j-- > sb + 1 && j + 5 > v->tb;) {
        if (tok_is(c, j, "ending") || tok_is(c, j, "concluding"))
            return c->text[c->toks.v[j - 1].start] == ',' && (c->toks.v[j - 1].flags & ENT_TOK_PUNCT);
        if (!(c->toks.v[j].flags & ENT_TOK_WORD) || is_verb_tok(c, j))
            return false;
    }
    return false;
}

/* "launched what it called \"anti-terrorist\" operations", "in what
 * President Luis Arce denounced as an attempted coup": "what X called"
 * names the act in X's words; calling it so is no act of its own. */
static bool what_called(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (!(tok_is(c, v->tb, "called") || tok_is(c, v->tb, "calls") || tok_is(c, v->tb, "termed") ||
          tok_is(c, v->tb, "described")))
        return false;
    for (size_t j = v->tb; j-- > sb && j + 5 > v->tb;) {
        if (tok_is(c, j, "what"))
            return true;
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || is_verb_tok(c, j))
            return false;
    }
    return false;
}

/* "struck what New Delhi said was a militant camp inside Pakistan", "in
 * what the Kremlin called a tragic incident": the actor between "what" and
 * the verb of saying only names the act in its own words; it is neither
 * the act's target nor its subject. */
static bool what_speaker(const ent_coder *c, const mention *m, size_t sb)
{
    size_t j = m->tb;
    if (j > sb && tok_is(c, j - 1, "the"))
        j--;
    if (j <= sb || !tok_is(c, j - 1, "what") || m->te >= c->toks.n)
        return false;
    size_t k = m->te;
    if (k + 1 < c->toks.n && (tok_is(c, k, "has") || tok_is(c, k, "had")))
        k++;
    return tok_is(c, k, "said") || tok_is(c, k, "says") || tok_is(c, k, "called") ||
           tok_is(c, k, "calls") || tok_is(c, k, "described") || tok_is(c, k, "describes") ||
           tok_is(c, k, "termed") || tok_is(c, k, "claimed") || tok_is(c, k, "denounced") ||
           tok_is(c, k, "branded");
}

/* "The Kremlin denied ... that Russia had any involvement ..., dismissing
 * British accusations as nonsense": a participle of disapproval or
 * rejection after a denial (016) is the denial's own wording. */
static bool denial_wording(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    int r = code_root(c->d->verbs[v->entry].code);
    if ((r != 11 && r != 12) || !act_participle(c, v->tb, sb) ||
        !(tok_is(c, v->tb, "dismissing") || tok_is(c, v->tb, "calling") ||
          tok_is(c, v->tb, "rejecting") || tok_is(c, v->tb, "describing")))
        return false; /* (", accusing Hamas of ..." is an accusation of its own) */
    for (size_t q = 0; q < k; q++)
        if (c->vms[q].tb >= sb && strcmp(c->d->verbs[c->vms[q].entry].code, "016") == 0)
            return true;
    return false;
}

/* "signed agreements establishing full diplomatic relations with Israel":
 * a participle right after a signed or agreed instrument (05x) says what
 * the instrument does, no event of its own. */
static bool instrument_content(const ent_coder *c, size_t k)
{
    const vmatch *v = &c->vms[k];
    if (k == 0 || !gerund(c, v->tb))
        return false;
    const vmatch *w = &c->vms[k - 1];
    return w->te == v->tb && code_root(c->d->verbs[w->entry].code) == 5;
}

/* "urged Hamas to renounce violence and recognise Israel", "pressed X to
 * disarm and leave": a bare verb after "and" that continues an infinitive
 * asked for by an appeal or demand (02, 10) earlier in the clause is part
 * of what is asked, no act of its own (as the infinitive right after the
 * appeal is not). */
static bool appeal_conjunct(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    if (k == 0 || v->tb < sb + 4 || !tok_any(c, v->tb - 1, W_S_AND) || coder_past_form(c, v->tb) ||
        gerund(c, v->tb))
        return false;
    size_t to = SIZE_MAX;
    for (size_t j = v->tb - 1; j-- > sb && j + 10 > v->tb;) {
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_CLAUSE_WORDS))
            return false;
        if (tok_any(c, j, W_S_TO)) {
            to = j;
            break;
        }
    }
    if (to == SIZE_MAX)
        return false;
    /* "stepping up pressure on Hamas to ...", "calls for X to ..." */
    for (size_t j = to; j-- > sb && j + 7 > to;)
        if (tok_is(c, j, "pressure") || tok_is(c, j, "calls") || tok_is(c, j, "appeals") ||
            tok_is(c, j, "demands"))
            return true;
    for (size_t q = k; q-- > 0;) {
        const vmatch *w = &c->vms[q];
        if (w->tb >= to)
            continue;
        int r = code_root(c->d->verbs[w->entry].code);
        if (w->te + 8 < to)
            return false;
        for (size_t j = w->te; j < to; j++)
            if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_CLAUSE_WORDS))
                return false;
        /* an order is coded as the acts ordered (intent_of_next) */
        return r == 2 || (r == 10 && !order_verb(c, w->tb));
    }
    return false;
}

/* A verb match or an infinitive starts in tokens [a, b) ("agreed to a
 * ceasefire to end the fighting between X and Y": X and Y are the
 * fighting's). */
static bool verb_between(const ent_coder *c, size_t a, size_t b)
{
    for (size_t q = 0; q < c->n_vms; q++)
        if (c->vms[q].tb >= a && c->vms[q].tb < b && !instrument_content(c, q))
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
    /* (", pulling them closer to the West": a participle after a comma
     * opens a clause of its own) */
    for (size_t j = m->te; j + 1 < lim; j++)
        if (c->text[c->toks.v[j].start] == ',' && gerund(c, j + 1)) {
            lim = j;
            break;
        }
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *x = &c->ments[q];
        if (x->tb < m->te || x->tb >= lim || !x->n)
            continue;
        size_t pp = coder_prep_before(c, x->tb, sb);
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
    /* and property returned: "handed Hong Kong back to China" (0842) */
    const char *code = c->d->verbs[v->entry].code;
    return code_root(code) == 6 || strcmp(code, "0842") == 0;
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
                         !is_verb_tok(c, j + 1) && !gerund(c, j + 1) && !coder_past_form(c, j + 1)));
    /* (not "on Tuesday, state media said": a date is no name to appose) */
    if (c->text[c->toks.v[j].start] != ',' || j <= from || j + 2 >= lim || !opens ||
        tok_any(c, j + 1, W_S_THAT) || (c->tflag[j - 1] & TF_DATE) ||
        !(c->toks.v[j - 1].flags & ENT_TOK_CAP) || in_atom(c, j - 1) || c->cls[j - 1])
        return false;
    for (size_t q = 0; q < c->n_ments; q++)
        if (c->ments[q].tb >= from && c->ments[q].tb < j && c->ments[q].n)
            return false;
    return true;
}

/* Token j is a word of one of the person's own names in the dictionaries
 * ("Volodymyr" of "Volodymyr Zelensky", "Tayyip" of "Recep Tayyip
 * Erdogan"). */
static bool own_first_name(const ent_coder *c, size_t j, uint32_t person)
{
    return text_person_word(c->d, c->toks.v[j].stem, person);
}

/* Token i (a one-word person name) follows a capitalised word that is no
 * name the dictionaries know (the atoms found so far end before it), no
 * honorific and not the sentence's first word. */
static bool other_first_name(const ent_coder *c, size_t i, size_t sb, uint32_t person)
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
    /* "Volodymyr Zelenskiy": the first name of one of the person's own
     * names, the surname spelled another way, is the person */
    return !own_first_name(c, i - 1, person);
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
    if (t->end - t->start < 4 || c->text[t->end - 1] != 's' || coder_past_form(c, v->te - 1))
        return false; /* a plural noun ends the first: "air strikes" */
    return !coder_past_form(c, qb) && !gerund(c, qb) && !tok_any(c, qb, W_IRREG_PART) &&
           w->te - w->tb >= 2 &&
           !coder_past_form(c, w->te - 1) && !gerund(c, w->te - 1);
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
        if (coder_past_form(c, q))
            return false; /* "of NATO troops have arrived": a clause */
    if (tok_any(c, j - 1, W_KIND)) {
        size_t d = j - 1;
        while (d > sb && tok_any(c, d - 1, W_DET))
            d--;
        return d > sb && tok_any(c, d - 1, W_PREPS);
    }
    return true;
}

/* "Turkey would not approve Finland and Sweden's bids to join NATO",
 * "approved Sweden's bid to join": a bid or application named with its
 * owner's possessive is the matter of another act, no appeal of its own. */
static bool possessed_bid(const ent_coder *c, const vmatch *v, size_t sb)
{
    size_t i = v->tb;
    return i > sb + 1 && tok_poss(c, i - 1) &&
           (tok_is(c, i, "bid") || tok_is(c, i, "bids") || tok_is(c, i, "application") ||
            tok_is(c, i, "applications"));
}

/* "Myanmar's military operation against Rohingya Muslims appeared to be
 * a textbook example of ethnic cleansing", "a Chinese invasion of Taiwan
 * remained unlikely": force named by a noun that is the subject of a
 * judgement ("appeared", "seemed", "remained") is what is judged, not an
 * act reported. */
static bool judged_act(const ent_coder *c, const vmatch *v, size_t se)
{
    static const char *const nouns[] = {"operation", "operations", "action", "invasion",
                                        "incursion", "offensive", "attack", "attacks",
                                        "campaign", NULL};
    static const char *const judge[] = {"appeared", "appears", "seemed", "seems", "remained",
                                        "remains", NULL};
    int r = code_root(c->d->verbs[v->entry].code);
    if (r < 18 || r > 20)
        return false;
    bool noun = false;
    for (size_t k = 0; nouns[k] && !noun; k++)
        noun = tok_is(c, v->te - 1, nouns[k]);
    if (!noun)
        return false;
    for (size_t j = v->te; j < se && j < v->te + 12; j++) {
        for (size_t k = 0; judge[k]; k++)
            if (tok_is(c, j, judge[k]))
                return true;
        if (is_verb_tok(c, j) || ((c->toks.v[j].flags & ENT_TOK_PUNCT) &&
                                  c->text[c->toks.v[j].start] != '-'))
            return false;
    }
    return false;
}

/* Nouns that name an act as the background or the content of the news,
 * not as an act it reports (each matched alone, one word):
 * - "genocide" judged, claimed or acknowledged ("said China was
 *   committing genocide", "determined that the RSF had committed
 *   genocide", "its genocide case against Israel"): the judgement or
 *   accusation is the event;
 * - "charges" faced, dropped or pleaded to ("where he faces espionage
 *   charges", "pleaded not guilty to 34 felony charges"), unless brought,
 *   filed, pressed or laid;
 * - "into exile" ("flew him into exile in Costa Rica", "flew into
 *   exile"): whoever went into exile is not expelling the place;
 * - explosions heard or that rocked a place: the sound of an attack;
 * - a protest naming a thing or body ("protest camps", "protest group");
 * - a rally one leaves or addresses ("shot dead as he left a peace
 *   rally"): where the news happened, no protest of the one who left. */
static bool noun_background(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (v->te != v->tb + 1)
        return false;
    size_t i = v->tb;
    if (tok_is(c, i, "rally") || tok_is(c, i, "rallies")) {
        for (size_t j = i; j > sb && j + 5 > i; j--)
            if (tok_is(c, j - 1, "left") || tok_is(c, j - 1, "leaving") ||
                tok_is(c, j - 1, "addressed") || tok_is(c, j - 1, "addressing"))
                return true;
        return false;
    }
    if (tok_is(c, i, "exile"))
        return i > sb && tok_is(c, i - 1, "into");
    /* "and explosions were heard in Belgrade", "explosions rocked Kabul":
     * the sound of an attack already reported */
    if (tok_is(c, i, "explosions") || tok_is(c, i, "explosion")) {
        for (size_t j = i + 1; j < c->toks.n && j < i + 4; j++)
            if (tok_is(c, j, "heard") || tok_is(c, j, "rocked") || tok_is(c, j, "shook") ||
                tok_is(c, j, "echoed") || tok_is(c, j, "rang"))
                return true;
        return false;
    }
    /* "protest camps", "the protest ship", "the main protest group": a
     * protest naming a thing or a body, no protest act */
    if (tok_is(c, i, "protest") && i + 1 < c->toks.n) {
        static const char *const things[] = {"camp", "camps", "ship", "group", "groups",
                                             "movement", "movements", "leader", "leaders",
                                             "organisers", "organizers", "site", "sites",
                                             "vote", "song", "songs", "party", NULL};
        for (size_t k = 0; things[k]; k++)
            if (tok_is(c, i + 1, things[k]))
                return true;
        return false;
    }
    if (tok_is(c, i, "charges") || tok_is(c, i, "charge")) {
        for (size_t j = i; j > sb && j + 5 > i; j--)
            if (tok_is(c, j - 1, "brought") || tok_is(c, j - 1, "filed") ||
                tok_is(c, j - 1, "pressed") || tok_is(c, j - 1, "laid") ||
                tok_is(c, j - 1, "levelled") || tok_is(c, j - 1, "leveled") ||
                tok_is(c, j - 1, "announced") || tok_is(c, j - 1, "bring") ||
                tok_is(c, j - 1, "file"))
                return false;
        return true;
    }
    /* "to investigate allegations of killings, rape and torture", "an
     * investigation into killings and rapes", "crimes including murder":
     * violence named as the matter of an inquiry or an allegation */
    static const char *const harms[] = {"killings", "killing", "rape", "rapes", "torture",
                                        "murder", "murders", "massacre", "massacres",
                                        "atrocities", "abuses", "executions", "disappearances",
                                        NULL};
    static const char *const inquiry[] = {"allegations", "alleged", "investigate", "investigating",
                                          "investigation", "investigations", "probe", "inquiry",
                                          "into", "including", "accusations", NULL};
    for (size_t k = 0; harms[k]; k++)
        if (tok_is(c, i, harms[k])) {
            for (size_t j = i; j > sb && j + 7 > i; j--) {
                const ent_token *t = &c->toks.v[j - 1];
                if ((t->flags & ENT_TOK_PUNCT) && c->text[t->start] != ',')
                    break;
                for (size_t q = 0; inquiry[q]; q++)
                    if (tok_is(c, j - 1, inquiry[q]))
                        return true;
            }
            break;
        }
    if (tok_is(c, i, "genocide")) {
        if (i + 1 < c->toks.n && tok_is(c, i + 1, "case"))
            return true;
        for (size_t j = i; j > sb && j + 12 > i; j--)
            if (tok_is(c, j - 1, "said") || tok_is(c, j - 1, "says") ||
                tok_is(c, j - 1, "determined") || tok_is(c, j - 1, "declared") ||
                tok_is(c, j - 1, "acknowledged") || tok_is(c, j - 1, "accused") ||
                tok_is(c, j - 1, "ruled") || tok_is(c, j - 1, "found") ||
                tok_is(c, j - 1, "concluded") || tok_is(c, j - 1, "recognised") ||
                tok_is(c, j - 1, "recognized") || tok_is(c, j - 1, "admitted") ||
                tok_is(c, j - 1, "alleged") || tok_is(c, j - 1, "charged") ||
                tok_is(c, j - 1, "convicted"))
                return true;
    }
    return false;
}


/* "raised the terrorism alert ..., citing intelligence that al Qaeda could
 * be planning attacks": what a reason given with ", citing" says is the
 * ground of the act, not an event of the news (up to 12 words after
 * "citing", no clause punctuation between). */
static bool cited_content(const ent_coder *c, const vmatch *v, size_t sb)
{
    for (size_t j = v->tb; j > sb + 1 && j + 12 > v->tb; j--) {
        const ent_token *t = &c->toks.v[j - 1];
        if ((t->flags & ENT_TOK_PUNCT) && c->text[t->start] != '"' && c->text[t->start] != '\'')
            return false;
        if (tok_is(c, j - 1, "citing") && c->text[c->toks.v[j - 2].start] == ',')
            return true;
    }
    return false;
}

/* "Monitors from the OSCE pulled out", "Inspectors of the IAEA left": a
 * one-word match that opens the sentence, ends in -s and is followed by
 * "from" or "of" is a plural noun, the subject's head, not a verb. */
static bool opening_plural(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (v->tb != sb || v->te != v->tb + 1 || v->te >= c->toks.n)
        return false;
    const ent_token *t = &c->toks.v[v->tb];
    return t->end > t->start + 3 && c->text[t->end - 1] == 's' &&
           (tok_is(c, v->te, "from") || tok_is(c, v->te, "of"));
}

/* "$12 billion in aid and investment", "100 million yuan in emergency
 * aid": the event noun at tb names the form an amount takes (an amount,
 * then "in", then at most three words: no punctuation or actor; "in aid
 * and investment" names two forms). */
static bool amount_in(const ent_coder *c, size_t tb, size_t sb)
{
    static const char *const units[] = {"billion", "million", "trillion", "thousand",
                                        "dollars", "euros",   "yuan",     "pounds",
                                        "tonnes",  "tons",    "rupees",   "yen",
                                        NULL};
    for (size_t j = tb, hop = 0; j > sb + 1 && hop < 4; hop++) {
        j--;
        if (c->toks.v[j].flags & ENT_TOK_PUNCT)
            return false;
        for (size_t q = 0; q < c->n_ments; q++)
            if (c->ments[q].n && j >= c->ments[q].tb && j < c->ments[q].te)
                return false;
        if (!tok_is(c, j, "in"))
            continue;
        if (c->toks.v[j - 1].flags & ENT_TOK_NUM)
            return true;
        for (size_t k = 0; units[k]; k++)
            if (tok_is(c, j - 1, units[k]))
                return true;
        return false;
    }
    return false;
}

/* The k-th verb match is an amount's form ("in aid", see amount_in) after
 * a pledge, grant or deployment of the same clause (roots 03, 06, 07):
 * that act's object, not an event of its own. */
static bool object_of_giving(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    if (k == 0 || !amount_in(c, v->tb, sb))
        return false;
    size_t q = k - 1; /* "in aid and investment": past the earlier forms */
    while (q > 0 && c->vms[q].tb > sb && amount_in(c, c->vms[q].tb, sb))
        q--;
    const vmatch *p = &c->vms[q];
    size_t first = q + 1 < k ? c->vms[q + 1].tb : v->tb;
    int r = code_root(c->d->verbs[p->entry].code);
    if (p->te > first || p->tb < sb || (r != 3 && r != 6 && r != 7))
        return false;
    for (size_t j = p->te; j < first; j++)
        if (tok_any(c, j, W_CLAUSE_WORDS) || c->text[c->toks.v[j].start] == ';')
            return false;
    return true;
}

/* "extradited X to face drug trafficking charges", "scrambled to head off
 * sweeping tariffs", "to avert a new war": what an act is meant to meet
 * or prevent is not reported as done: a match within four words after
 * "to face / avoid / avert / prevent / forestall", "head / stave / ward
 * off" or "in (the) event / case of" (no punctuation between). */
static bool averted_act(const ent_coder *c, const vmatch *v, size_t sb)
{
    static const char *const verbs[] = {"face", "avoid", "avert", "prevent", "forestall", NULL};
    static const char *const offs[] = {"head", "stave", "ward", NULL};
    for (size_t j = v->tb, hop = 0; j > sb + 1 && hop < 5; hop++) {
        j--;
        if (c->toks.v[j].flags & ENT_TOK_PUNCT)
            return false;
        /* "in the event of an armed attack", "in case of war" */
        if (tok_any(c, j, W_S_OF) && j >= sb + 2 &&
            (tok_is(c, j - 1, "event") || tok_is(c, j - 1, "case")) &&
            (tok_is(c, j - 2, "in") || (j >= sb + 3 && tok_is(c, j - 3, "in"))))
            return true;
        for (size_t k = 0; verbs[k]; k++)
            if (tok_is(c, j, verbs[k]) && tok_any(c, j - 1, W_S_TO))
                return true;
        if (tok_is(c, j, "off"))
            for (size_t k = 0; offs[k]; k++)
                if (tok_is(c, j - 1, offs[k]))
                    return true;
    }
    return false;
}

/* "filed a case against Venezuela at the ICJ, asking the court to uphold
 * ...": the request a lawsuit (115) makes of the court is the lawsuit,
 * not an appeal of its own (", asking / urging" right after it). */
static bool suit_request(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    if (k == 0 || code_root(c->d->verbs[v->entry].code) != 2 || v->tb < sb + 2 ||
        c->text[c->toks.v[v->tb - 1].start] != ',' || !gerund(c, v->tb))
        return false;
    for (size_t q = k; q-- > 0;) /* the lawsuit earlier in the sentence */
        if (c->vms[q].te <= v->tb && c->vms[q].tb >= sb &&
            strcmp(c->d->verbs[c->vms[q].entry].code, "115") == 0)
            return true;
    return false;
}

/* "claimed responsibility for the coordinated gun and bomb attacks in
 * Paris": the act claimed, named after the claim's "for" in its clause,
 * is what the claim is about, no event of its own. */
static bool claimed_act(const ent_coder *c, size_t k, size_t sb)
{
    const vmatch *v = &c->vms[k];
    for (size_t q = k; q-- > 0;) {
        const vmatch *w = &c->vms[q];
        if (w->tb < sb || w->te > v->tb || strcmp(c->d->verbs[w->entry].code, "015") != 0)
            continue;
        /* "admitted on Saturday that it had shot down a Ukrainian airliner
         * by mistake, killing all 176", "confessed to killing 43 trainee
         * teachers": what is admitted is the admission's content, up to
         * a new clause (", and President Rouhani apologised") */
        if (tok_is(c, w->tb, "admitted") || tok_is(c, w->tb, "admits") ||
            tok_is(c, w->tb, "confessed") || tok_is(c, w->tb, "acknowledged") ||
            tok_is(c, w->tb, "acknowledges")) {
            for (size_t j = w->te; j < v->tb; j++) {
                const ent_token *t = &c->toks.v[j];
                if ((t->flags & ENT_TOK_PUNCT) && (c->text[t->start] == ';' ||
                                                   (c->text[t->start] == ',' && j + 1 < v->tb &&
                                                    tok_any(c, j + 1, W_COORD))))
                    return false;
            }
            /* "... had abducted Japanese citizens and apologised": a past
             * verb right after "and" is the admitter's own next act */
            if (v->tb > w->te + 1 && tok_any(c, v->tb - 1, W_S_AND) && !gerund(c, v->tb) &&
                coder_past_form(c, v->tb))
                return false;
            return true;
        }
        bool for_ = false;
        for (size_t j = w->te; j < v->tb; j++) {
            if (((c->toks.v[j].flags & ENT_TOK_PUNCT) && strchr(",;:", c->text[c->toks.v[j].start])) ||
                tok_any(c, j, W_CLAUSE_WORDS))
                return false;
            for_ = for_ || tok_is(c, j, "for");
        }
        return for_;
    }
    return false;
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

/* "telephoned President Bush on Tuesday to express his condolences",
 * "phoned Trump to thank him": a courtesy (condolences 018, thanks or
 * congratulations 051, an apology 055) whose purpose infinitive follows
 * a call or visit (04x, verb match k - 1) is an act of its own, by the
 * caller on the one called. */
static bool courtesy_purpose(const ent_coder *c, size_t k, size_t sb)
{
    if (k == 0)
        return false;
    const vmatch *v = &c->vms[k], *p = &c->vms[k - 1];
    const char *vc = c->d->verbs[v->entry].code, *pc = c->d->verbs[p->entry].code;
    if (strcmp(vc, "018") != 0 && strcmp(vc, "051") != 0 && strcmp(vc, "055") != 0)
        return false;
    if (code_root(pc) != 4 || v->tb < sb + 2 || v->tb <= p->te || !tok_any(c, v->tb - 1, W_S_TO) ||
        v->tb > p->te + 12)
        return false;
    for (size_t j = p->te; j + 1 < v->tb; j++)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_CLAUSE_WORDS | W_COORD) ||
            is_verb_tok(c, j))
            return false;
    return true;
}

/* "in attacks claimed by Islamic State", "an attack claimed by Yemen's
 * Houthi movement": the actor named right after "claimed by" in the
 * sentence, or NULL. */
static const mention *claimed_by(const ent_coder *c, size_t sb, size_t se)
{
    for (size_t j = sb; j + 2 < se; j++) {
        if (!tok_is(c, j, "claimed") || !tok_is(c, j + 1, "by"))
            continue;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (!m->n || m->pronoun || m->tb < j + 2 || m->tb > j + 3)
                continue;
            /* "claimed by Yemen's Houthi movement": the possessed group */
            if (m->te < se && tok_poss(c, m->te) && q + 1 < c->n_ments &&
                c->ments[q + 1].tb == m->te + 1 && c->ments[q + 1].n)
                return &c->ments[q + 1];
            return m;
        }
    }
    return NULL;
}

/* "in a telephone call", "in a phone call", "by telephone", "in a phone
 * conversation", "in a video call" within eight words after token vte, in
 * the same clause. */
static bool phone_call_after(const ent_coder *c, size_t vte, size_t se)
{
    for (size_t j = vte; j + 1 < se && j < vte + 8; j++) {
        const ent_token *t = &c->toks.v[j];
        if ((t->flags & ENT_TOK_PUNCT) || tok_any(c, j, W_CLAUSE_WORDS))
            return false;
        if (tok_is(c, j, "by") && (tok_is(c, j + 1, "telephone") || tok_is(c, j + 1, "phone")))
            return true;
        /* "in a telephone call", "in a two-hour video call", "in a
         * videoconference" */
        if (tok_is(c, j, "in") && j + 2 < se && tok_any(c, j + 1, W_DET))
            for (size_t k = j + 2; k < se && k < j + 7; k++) {
                if (tok_is(c, k, "videoconference"))
                    return true;
                if ((tok_is(c, k, "call") || tok_is(c, k, "conversation") ||
                     tok_is(c, k, "conference")) &&
                    (tok_is(c, k - 1, "telephone") || tok_is(c, k - 1, "phone") ||
                     tok_is(c, k - 1, "video")))
                    return true;
                if (c->toks.v[k].flags & ENT_TOK_PUNCT && c->text[c->toks.v[k].start] != '-')
                    break;
            }
    }
    return false;
}

/* "Biden and Putin agreed at their first summit in Geneva to ...",
 * "agreed in talks in Riyadh on Tuesday to ...": an agreement or pledge
 * (the verb match begins at vtb) made at a meeting of the parties named
 * says they met. Returns the meeting's code (046 talks or negotiations,
 * 040 a summit or meeting) when a phrase "at/in/during [det] [up to four
 * words] summit/talks/meeting" follows the verb with no clause
 * punctuation between, else NULL. */
static const char *meeting_phrase(const ent_coder *c, size_t vtb, size_t se)
{
    size_t j = vtb + 1; /* ("agreed on Tuesday at talks": two words more) */
    while (j < se && j < vtb + 4 && !(c->toks.v[j].flags & ENT_TOK_PUNCT) &&
           !(tok_is(c, j, "at") || tok_is(c, j, "in") || tok_is(c, j, "during")))
        j++;
    if (j + 1 >= se || !(tok_is(c, j, "at") || tok_is(c, j, "in") || tok_is(c, j, "during")))
        return NULL;
    for (size_t k = j + 1; k < se && k < j + 7; k++) {
        if ((c->toks.v[k].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[k].start] != '-')
            return NULL;
        if (tok_is(c, k, "talks") || tok_is(c, k, "negotiations"))
            return "046";
        if (tok_is(c, k, "summit") || tok_is(c, k, "meeting"))
            return "040";
        if (tok_any(c, k, W_CLAUSE_WORDS | W_S_TO))
            return NULL;
    }
    return NULL;
}

/* Emits, beside the act iv, an act of its own coded `code` over the same
 * words (the threat a demand carries, the meeting an agreement was made
 * at, the call a warning was given in), asserted, with code's own PLOVER
 * type. Returns emit's result; 0 if the dictionary has no such code. */
static int emit_also(ent_coder *c, const char *doc, int sidx, const vmatch *iv, const char *code,
                     const mention *src, const mention *tgt, ent_modality mod, ent_event_fn fn,
                     void *ctx)
{
    uint32_t e;
    if (!code_entry(c->d, code, &e))
        return 0;
    vmatch w = *iv;
    w.entry = e;
    w.plover_entry = 0;
    return emit(c, doc, sidx, &w, src, tgt, false, mod, fn, ctx);
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
    if (code_root(code) != 19 || !c->n_sent_codes || coder_past_form(c, v->tb) || gerund(c, v->tb))
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

/* "deployed 1,000 soldiers and police to Mozambique to help fight an
 * Islamist insurgency", "delivered rifles to the Philippine military to
 * help it fight Islamist militants": the purpose of an act already coded
 * ("to help", and what the help is for) is no event of its own. */
static bool help_purpose(const ent_coder *c, const vmatch *v, size_t sb)
{
    if (!c->n_sent_codes || v->tb < sb + 2)
        return false;
    size_t j = v->tb;
    if (tok_is(c, j, "help") && tok_is(c, j - 1, "to"))
        return true;
    /* "a $1.3 billion aid package for Colombia's police, to fight drug
     * traffickers", "sending troops with artillery to fight alongside the
     * separatists": "to fight" after a noun (no verb, no intention or
     * order before it: "vowed to fight", "ordered troops to fight") is
     * what an act already coded is for */
    if (tok_is(c, j, "fight") && tok_is(c, j - 1, "to") && j >= sb + 3 &&
        !is_verb_tok(c, j - 2) &&
        !tok_any(c, j - 2, W_PLAN | W_FUT_WORDS | W_HYP_WORDS | W_MUST | W_REFUSAL))
        return true;
    /* "to help (its army) fight X": "help" at most three words before */
    for (size_t k = j; k-- > sb + 1 && k + 4 > j;) {
        if ((c->toks.v[k].flags & ENT_TOK_PUNCT) || tok_any(c, k, W_CLAUSE_WORDS))
            return false;
        if (tok_is(c, k, "help") && tok_is(c, k - 1, "to"))
            return true;
    }
    return false;
}

/* "Gunmen killed at least 132 civilians in an overnight raid on the
 * village": a violent act named after "in" once the sentence has coded a
 * violent act is the manner of that act, no event of its own. */
/* Verb match v is a violent act (18-20) named by a noun after "in" or
 * "during" ("in an overnight raid", "in a gun battle"). */
static bool manner_noun(const ent_coder *c, const vmatch *v, size_t sb)
{
    int r = code_root(c->d->verbs[v->entry].code);
    if (r < 18 || r > 20 || coder_past_form(c, v->tb) || gerund(c, v->tb))
        return false;
    for (size_t j = v->tb; j-- > sb && j + 6 > v->tb;) {
        const ent_token *t = &c->toks.v[j];
        if ((t->flags & ENT_TOK_PUNCT) && c->text[t->start] == '-' && t->end == t->start + 1)
            continue; /* "in a pre-dawn raid" */
        if ((t->flags & ENT_TOK_PUNCT) || (c->tflag[j] & TF_VERB) || tok_any(c, j, W_CLAUSE_WORDS))
            return false;
        if (tok_is(c, j, "in") || tok_is(c, j, "during"))
            return true;
    }
    return false;
}

static bool manner_act(const ent_coder *c, size_t k, size_t sb)
{
    bool violent = false, arrest = false;
    for (size_t q = 0; q < c->n_sent_codes; q++) {
        violent = violent || (code_root(c->sent_codes[q]) >= 18 && code_root(c->sent_codes[q]) <= 20);
        arrest = arrest || strncmp(c->sent_codes[q], "173", 3) == 0;
    }
    /* "detained Aung San Suu Kyi ... in pre-dawn raids": the raid is how
     * the arrest was made */
    const vmatch *v = &c->vms[k];
    if (arrest && v->te == v->tb + 1 && (tok_is(c, v->tb, "raid") || tok_is(c, v->tb, "raids")))
        return manner_noun(c, v, sb);
    return violent && manner_noun(c, v, sb);
}

/* "Colombian soldiers killed nine rebels in a gun battle", "... killed
 * 29 civilians in an air strike": a killing (18x) whose manner is named
 * after "in" takes the manner's code (193, 195), as the golds code the
 * means. */
static void killing_manner(const ent_coder *c, size_t k, vmatch *iv, size_t sb, size_t se)
{
    const char *code = c->d->verbs[iv->entry].code;
    if (strcmp(code, "1823") != 0 && strcmp(code, "180") != 0)
        return; /* (an assassination, 186, stays one) */
    for (size_t q = k + 1; q < c->n_vms; q++) {
        const vmatch *w = &c->vms[q];
        if (w->tb >= se || w->tb > iv->te + 14)
            break;
        bool comma = false;
        for (size_t j = iv->te; j < w->tb && !comma; j++)
            comma = (c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] != '-';
        if (comma)
            break;
        int r = code_root(c->d->verbs[w->entry].code);
        if ((r == 19 || r == 20) && manner_noun(c, w, sb)) {
            iv->entry = w->entry;
            return;
        }
    }
}

/* Token i opens the noun of a "with" phrase: "with gunfire", ", with
 * heavy gunfire", "with automatic gunfire and explosions". */
static bool with_phrase(const ent_coder *c, size_t i)
{
    size_t j = i;
    while (j > 0 && j + 2 > i && (tok_is(c, j - 1, "heavy") || tok_is(c, j - 1, "automatic") ||
                                  tok_is(c, j - 1, "sporadic") || tok_is(c, j - 1, "intense") ||
                                  tok_is(c, j - 1, "fierce")))
        j--;
    return j > 0 && tok_is(c, j - 1, "with") && !is_verb_tok(c, i);
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
        /* "signed into law on Wednesday a $95 billion package of military
         * aid for Ukraine", "signed a $1.3 billion aid package to help
         * Colombia": a bare "signed" whose object is aid is the aid given
         * (07), no agreement (057) */
        if (n && code_root(c->d->verbs[w->entry].code) == 7) {
            vmatch *sg = &c->vms[n - 1];
            bool near = strcmp(c->d->verbs[sg->entry].code, "057") == 0 && sg->te == sg->tb + 1 &&
                        tok_is(c, sg->tb, "signed") && w->tb > sg->te && w->tb <= sg->te + 12;
            for (size_t j = sg->te; near && j < w->tb; j++)
                near = !(c->toks.v[j].flags & ENT_TOK_PUNCT) || c->text[c->toks.v[j].start] == '$' ||
                       c->text[c->toks.v[j].start] == '.' || c->text[c->toks.v[j].start] == '-';
            for (size_t j = sg->te; near && j < w->tb; j++)
                near = !tok_any(c, j, W_BOUNDARY | W_CLAUSE_WORDS) && !(c->tflag[j] & TF_ATOM);
            if (near) {
                sg->entry = w->entry;
                sg->te = w->te;
                continue;
            }
        }
        /* "fought for control of the capital, with gunfire and explosions
         * rocking Khartoum": gunfire or explosions in a "with" phrase after
         * a verb of fighting (root 19, "fought", "clashed") describe that
         * fight, not another */
        if (n && code_root(c->d->verbs[w->entry].code) == 19 && with_phrase(c, w->tb) &&
            (tok_is(c, w->tb, "gunfire") || tok_is(c, w->tb, "explosions"))) {
            bool fought = false;
            for (size_t q = 0; q < n && !fought; q++)
                fought = code_root(c->d->verbs[c->vms[q].entry].code) == 19 &&
                         coder_past_form(c, c->vms[q].tb);
            if (fought)
                continue;
        }
        if (n) {
            vmatch *v = &c->vms[n - 1];
            /* ("a massive drone and missile attack": aerial and
             * artillery weapons modifying one attack, 195 and 194; "air
             * strikes and artillery barrages" stay two) */
            const char *vc = c->d->verbs[v->entry].code, *wc = c->d->verbs[w->entry].code;
            const ent_token *last = &c->toks.v[v->te - 1];
            bool weapons = (strcmp(vc, "194") == 0 || strcmp(vc, "195") == 0) &&
                           (strcmp(wc, "194") == 0 || strcmp(wc, "195") == 0) &&
                           c->text[last->end - 1] != 's';
            bool joined = w->tb > v->te && w->tb <= v->te + 3 && tok_any(c, w->tb - 1, W_S_AND) &&
                          (strcmp(vc, wc) == 0 || weapons);
            for (size_t j = v->te; joined && j + 1 < w->tb; j++)
                joined = !in_atom(c, j) && !(c->toks.v[j].flags & ENT_TOK_PUNCT);
            for (size_t j = w->tb; joined && j < w->te; j++)
                joined = !in_atom(c, j); /* "and clashed with police": its own object */
            if (joined) {
                if (weapons && strcmp(wc, "195") == 0)
                    v->entry = w->entry; /* (the aerial attack names it) */
                v->te = w->te;
                continue;
            }
        }
        c->vms[n++] = *w;
    }
    c->n_vms = n;
}

/* Token j is a comma. */
static bool comma_at(const ent_coder *c, size_t j)
{
    return (c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',';
}

/* The comma that opens an appositive noun phrase ending with the comma
 * two tokens before the verb at vb (", a former minister,"): a
 * determiner first, no clause inside, an owner's "'s" passed over; or
 * SIZE_MAX if there is none. */
static size_t apposition_open(const ent_coder *c, size_t vb, size_t sb)
{
    if (vb < sb + 4 || !comma_at(c, vb - 2))
        return SIZE_MAX;
    size_t c1 = SIZE_MAX;
    for (size_t j = vb - 2; j-- > sb;)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && !tok_poss(c, j)) { /* not "Putin's" */
            c1 = comma_at(c, j) ? j : SIZE_MAX;
            break;
        }
    if (c1 == SIZE_MAX || c1 + 2 >= vb - 2 || !tok_any(c, c1 + 1, W_DET))
        return SIZE_MAX;
    for (size_t j = c1 + 1; j < vb - 2; j++)
        if (tok_any(c, j, W_RELPRON | W_CLAUSE_WORDS | W_SUBORD))
            return SIZE_MAX;
    return c1;
}

/* "Boris Nemtsov, a prominent opposition politician, was shot dead",
 * "presidential candidate X, an outspoken critic of crime, was shot dead":
 * the subject src of the passive verb at vb is set off from it by an
 * appositive noun phrase between commas (apposition_open; no "of"
 * before src inside it). Either src lies inside the appositive, or it
 * ends at most four words before it and the appositive names no actor
 * but the owner of its role (after an "of") or the role itself. */
static bool appositive_subject(const ent_coder *c, const mention *src, size_t vb, size_t sb)
{
    if (!src || !src->n || tok_any(c, src->tb, W_PRON_PERSON | W_PRON_OTHER))
        return false;
    size_t c1 = apposition_open(c, vb, sb);
    if (c1 == SIZE_MAX)
        return false;
    for (size_t j = c1 + 1; j < vb - 2 && j < src->tb; j++)
        if (tok_is(c, j, "of"))
            return false;
    if (src->tb > c1)
        return src->te <= vb - 2;
    if (src->te > c1 || c1 - src->te > 4 || !only_words(c, src->te, c1))
        return false;
    /* an actor inside the apposition is only an owner of its role ("the
     * head of the South African Communist Party"), after an "of", or the
     * role itself ("a former deputy prime minister", a reference) */
    for (size_t k = 0; k < c->n_ments; k++)
        if (c->ments[k].tb > c1 && c->ments[k].tb < vb - 2 && !c->ments[k].pronoun) {
            bool owner = false;
            for (size_t j = c1 + 1; j < c->ments[k].tb && !owner; j++)
                owner = tok_any(c, j, W_S_OF);
            if (!owner)
                return false;
        }
    return true;
}

/* "foiled a plot to blow up aircraft", "accused of plotting to
 * assassinate the ambassador", "an alleged plot to have the president
 * killed": the act a plot or conspiracy aims at did not happen; it is no
 * event (the arrest or accusation is). "to" after the plot word stands at
 * most eight words before the verb, in its clause. */
static bool plotted_act(const ent_coder *c, const vmatch *v, size_t sb)
{
    static const char *const plot[] = {"plot",       "plots",      "plotting",  "plotted",
                                       "conspiracy", "conspiring", "conspired", NULL};
    /* (a match may begin with its "to": "to bomb") */
    size_t from = v->tb + (tok_any(c, v->tb, W_S_TO) ? 1 : 0);
    for (size_t j = from; j-- > sb + 1 && j + 8 > v->tb;) {
        if (c->toks.v[j].flags & ENT_TOK_PUNCT)
            return false;
        if (!tok_any(c, j, W_S_TO))
            continue;
        for (size_t k = 0; plot[k]; k++)
            if (tok_is(c, j - 1, plot[k]))
                return true;
    }
    return false;
}

/* "Iran's most powerful military commander, Qassem Soleimani, was
 * killed": a subject mention that holds its own apposition (a comma
 * inside) is closed by a second comma, or followed by a participle phrase
 * between commas, then only auxiliaries up to the participle at vb. */
static bool closed_apposition(const ent_coder *c, const mention *src, size_t vb)
{
    size_t e = src->te;
    if (e + 1 >= vb || !((c->toks.v[e].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[e].start] == ','))
        return false;
    bool inner = false;
    for (size_t j = src->tb + 1; j + 1 < e && !inner; j++)
        inner = (c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',';
    if (inner && coder_only_aux(c, e + 1, vb))
        return true;
    /* "Rajiv Gandhi, campaigning to return to power, was assassinated": a
     * participle phrase between commas, no act of its own */
    if (!gerund(c, e + 1))
        return false;
    for (size_t j = e + 2; j < vb && j < e + 14; j++) {
        if ((c->tflag[j] & TF_VERB) && !tok_any(c, j - 1, W_S_TO))
            return false;
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',')
            return coder_only_aux(c, j + 1, vb);
    }
    return false;
}

/* "The U.S. ambassador to Libya was killed": the subject's noun phrase
 * ends in a prepositional phrase naming another actor ("to Libya", "of
 * the mission"), then only auxiliaries up to the participle at vb. */
static bool pp_then_aux(const ent_coder *c, const mention *src, size_t vb)
{
    size_t p = src->te;
    if (p + 1 >= vb || !(tok_is(c, p, "to") || tok_is(c, p, "of") || tok_is(c, p, "in")))
        return false;
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        if (m->n && !m->pronoun && m->te < vb &&
            (m->tb == p + 1 || (m->tb == p + 2 && tok_any(c, p + 1, W_S_THE))) &&
            coder_only_aux(c, m->te, vb))
            return true;
    }
    return false;
}

/* "Chris Hani, the head of the South African Communist Party, was shot
 * dead": the mention src right before the passive verb vb is the owner
 * in an apposition (after its "of"); the apposition's head, the mention
 * right before the apposition's first comma, is the subject. NULL if
 * src is no such owner. */
static const mention *apposed_head(const ent_coder *c, const mention *src, size_t vb, size_t sb)
{
    if (!src || !src->n)
        return NULL;
    size_t c1 = apposition_open(c, vb, sb);
    if (c1 == SIZE_MAX || src->tb <= c1 || src->te > vb - 2)
        return NULL;
    bool of = false;
    for (size_t j = c1 + 1; j < src->tb && !of; j++)
        of = tok_any(c, j, W_S_OF);
    if (!of)
        return NULL;
    const mention *head = NULL;
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        if (m->n && !m->pronoun && m->te <= c1 && c1 - m->te <= 4 && only_words(c, m->te, c1))
            head = m;
    }
    return head;
}

/* Token j is "deny", "denied", "denies" or "denying" (not "dismissed"). */
static bool deny_form(const ent_coder *c, size_t j)
{
    return tok_any(c, j, W_DENY) && (c->text[c->toks.v[j].start] | 0x20) == 'd' &&
           (c->text[c->toks.v[j].start + 1] | 0x20) == 'e';
}

/* What follows the denial word at j is a denied act, not an object:
 * a gerund ("denied (ever) backing the rebels") or a clause with a
 * subject pronoun ("denied it had supplied weapons"). */
static bool denied_clause_at(const ent_coder *c, size_t j, size_t se)
{
    size_t q = j + 1;
    if (q < se && tok_is(c, q, "ever"))
        q++;
    if (q >= se)
        return false;
    const ent_token *t = &c->toks.v[q]; /* a gerund, "backing" */
    if (t->end - t->start >= 5 && memcmp(c->text + t->end - 3, "ing", 3) == 0)
        return true;
    static const char *const subj[] = {"it", "they", "he", "she", "we", NULL};
    for (size_t k = 0; subj[k]; k++)
        if (tok_is(c, q, subj[k]) && q + 1 < se && !(c->toks.v[q + 1].flags & ENT_TOK_PUNCT))
            return true;
    return false;
}

/* ", a charge Ankara denied", "an accusation that the Kremlin denies":
 * the denial word at j closes a clause whose object is a charge named
 * right after a comma before it. */
static bool denied_charge_at(const ent_coder *c, size_t j, size_t sb, size_t se)
{
    static const char *const nouns[] = {"charge", "charges", "accusation", "accusations",
                                        "allegation", "allegations", "claim", "claims", NULL};
    if (j + 1 < se && !(c->toks.v[j + 1].flags & ENT_TOK_PUNCT))
        return false;
    for (size_t p = j; p-- > sb + 2 && p + 8 > j;) {
        if (!comma_at(c, p - 2))
            continue;
        if (!tok_any(c, p - 1, W_DET | W_DETERMINER))
            return false;
        for (size_t k = 0; nouns[k]; k++)
            if (tok_is(c, p, nouns[k]))
                return true;
        return false;
    }
    return false;
}

/* "China was committing genocide", "had committed war crimes", "has
 * carried out crimes against humanity", "were perpetrating ethnic
 * cleansing" from token j (right after the one said to do it): the token
 * after the crime's name, or 0. */
static size_t crime_committed(const ent_coder *c, size_t j, size_t se)
{
    size_t k = j;
    if (k < se && (tok_is(c, k, "was") || tok_is(c, k, "were") || tok_is(c, k, "is") ||
                   tok_is(c, k, "are") || tok_is(c, k, "had") || tok_is(c, k, "has") ||
                   tok_is(c, k, "have")))
        k++;
    if (k < se && tok_is(c, k, "been"))
        k++;
    if (k + 1 < se && tok_is(c, k, "carried") && tok_is(c, k + 1, "out"))
        k += 2;
    else if (k < se && (tok_is(c, k, "committing") || tok_is(c, k, "committed") ||
                        tok_is(c, k, "commits") || tok_is(c, k, "commit") ||
                        tok_is(c, k, "perpetrating") || tok_is(c, k, "perpetrated")))
        k++;
    else
        return 0;
    if (k < se && tok_is(c, k, "genocide"))
        return k + 1;
    if (k + 1 < se && ((tok_is(c, k, "war") && tok_is(c, k + 1, "crimes")) ||
                       (tok_is(c, k, "ethnic") && tok_is(c, k + 1, "cleansing"))))
        return k + 2;
    if (k + 2 < se && tok_is(c, k, "crimes") && tok_is(c, k + 1, "against") &&
        tok_is(c, k + 2, "humanity"))
        return k + 3;
    return 0;
}

/* "Norway's foreign minister said on Tuesday that Russia was behind a
 * cyber attack": a speaker who says another actor was behind an attack,
 * a blast or a killing (a verb match of roots 14-20 within four words
 * after "behind") accuses it (112); "al Shabaab said they were behind the
 * blasts" claims it (015). The speaker's mention stands right before
 * "said" (past a date adverbial), "said" or "said that" right before the
 * one behind it. Emits the event; 0 or an error. */
static int behind_claim(ent_coder *c, const char *doc, int sidx, size_t sb, size_t se,
                        ent_event_fn fn, void *ctx)
{
    for (size_t j = sb + 3; j + 2 < se; j++) {
        /* the words that say who did it, and the first token after them */
        size_t after;
        bool crime = false; /* "that China was committing genocide" */
        /* "... said that genocide had been committed in Darfur and that the
         * government in Khartoum bore responsibility.": the responsibility
         * borne for a harm named before, at the clause's end */
        bool borne = false;
        if ((c->text[c->toks.v[j].start] | 0x20) == 'b' &&
            (tok_is(c, j, "bore") || tok_is(c, j, "bears") || tok_is(c, j, "bear"))) {
            size_t rj = j + 1;
            if (rj < se && (tok_is(c, rj, "ultimate") || tok_is(c, rj, "full") ||
                            tok_is(c, rj, "primary") || tok_is(c, rj, "sole")))
                rj++;
            borne = rj + 1 < se && tok_is(c, rj, "responsibility") &&
                    (c->toks.v[rj + 1].flags & ENT_TOK_PUNCT);
            if (borne)
                after = rj + 1;
        }
        if (borne)
            ;
        else if (tok_is(c, j + 1, "behind") && (tok_is(c, j, "was") || tok_is(c, j, "were")))
            after = j + 2;
        else if ((after = crime_committed(c, j, se)) != 0)
            crime = true;
        /* "said that Iran was responsible for the attacks", "said that
         * the government bore responsibility for the killings" */
        else if (j + 3 < se && tok_is(c, j + 2, "for") &&
                 ((tok_is(c, j + 1, "responsible") &&
                   (tok_is(c, j, "was") || tok_is(c, j, "were") || tok_is(c, j, "is") ||
                    tok_is(c, j, "are"))) ||
                  (tok_is(c, j + 1, "responsibility") &&
                   (tok_is(c, j, "bore") || tok_is(c, j, "bears") || tok_is(c, j, "bear")))))
            after = j + 3;
        else
            continue;
        const vmatch *act = NULL;
        for (size_t q = 0; q < c->n_vms && !act; q++) {
            int r = code_root(c->d->verbs[c->vms[q].entry].code);
            if (c->vms[q].tb >= after && c->vms[q].tb <= after + 3 && r >= 14)
                act = &c->vms[q];
        }
        bool harm = (act != NULL && !borne) || crime;
        for (size_t q = 0; borne && q < c->n_vms && !harm; q++)
            harm = c->vms[q].te <= j && code_root(c->d->verbs[c->vms[q].entry].code) >= 18;
        for (size_t k = sb; borne && k < j && !harm; k++)
            harm = tok_is(c, k, "genocide") || tok_is(c, k, "massacre") ||
                   tok_is(c, k, "killing") || tok_is(c, k, "killings") || tok_is(c, k, "attack");
        /* ("responsible for the death of Alexei Navalny") */
        for (size_t k = after; !harm && after > j + 2 && k < se && k <= after + 2; k++)
            harm = tok_is(c, k, "death") || tok_is(c, k, "deaths") || tok_is(c, k, "killing") ||
                   tok_is(c, k, "killings") || tok_is(c, k, "downing") ||
                   tok_is(c, k, "poisoning");
        const mention *who = NULL, *spk = NULL;
        for (size_t q = 0; q < c->n_ments; q++)
            if (c->ments[q].te == j && c->ments[q].n)
                who = &c->ments[q];
        if (!harm || !who || who->tb < sb + 2)
            return 0;
        size_t r = who->tb - 1;
        if (tok_any(c, r, W_S_THAT))
            r--;
        while (r > sb && (c->tflag[r] & TF_DATE))
            r--;
        /* (borne: "X said that ... and that Y bore responsibility", the
         * reporting verb further back, a "that" before Y) */
        if (borne && !(tok_is(c, r, "said") || tok_is(c, r, "says"))) {
            bool that = false;
            for (size_t k = who->tb; k-- > sb + 1 && k + 30 > who->tb;) {
                that = that || tok_any(c, k, W_S_THAT);
                if (that && (tok_is(c, k, "said") || tok_is(c, k, "says"))) {
                    r = k;
                    break;
                }
            }
        }
        if (!(tok_is(c, r, "said") || tok_is(c, r, "says") || tok_is(c, r, "declared")))
            return 0;
        size_t e = r;
        while (e > sb && (c->tflag[e - 1] & TF_DATE))
            e--;
        for (size_t q = 0; q < c->n_ments; q++)
            if (c->ments[q].te == e && c->ments[q].n && !c->ments[q].pronoun)
                spk = &c->ments[q];
        if (!spk)
            return 0;
        bool self = mentions_share_root(c, spk, who);
        uint32_t entry;
        if (!code_entry(c->d, self ? "015" : crime ? "1124" : "112", &entry))
            return 0;
        vmatch bv = {.tb = j, .te = after, .entry = entry, .plover_entry = 0};
        return emit(c, doc, sidx, &bv, spk, self ? NULL : who, false, ENT_MOD_ASSERTED, fn, ctx);
    }
    return 0;
}

/* "Russia denied backing the rebels", "X denied it had supplied weapons",
 * "..., a charge X denied": a denial no pattern matched is the denier's
 * own event (016, deny responsibility), as the development golds code it;
 * the denied act stays negated. Adds a match at each such denial word,
 * keeping c->vms in order. */
static int denial_acts(ent_coder *c, size_t sb, size_t se)
{
    uint32_t e016 = 0;
    bool have = false;
    for (size_t j = sb; j < se; j++) {
        if (!tok_any(c, j, W_DENY) || is_verb_tok(c, j) || !deny_form(c, j))
            continue;
        if (!denied_clause_at(c, j, se) && !denied_charge_at(c, j, sb, se))
            continue;
        if (!have && !(have = code_entry(c->d, "016", &e016)))
            return 0;
        if (text_grow((void **)&c->vms, &c->cap_vms, c->n_vms, sizeof *c->vms))
            return ENT_ENOMEM;
        size_t k = c->n_vms;
        while (k > 0 && c->vms[k - 1].tb > j) {
            c->vms[k] = c->vms[k - 1];
            k--;
        }
        c->vms[k] = (vmatch){j, j + 1, e016, 0};
        c->n_vms++;
        c->tflag[j] |= TF_VERB;
    }
    return 0;
}

/* The atom before token i is a state's name or adjective ending right
 * before it, or before its possessive "'s" ("Russia's", "the Russian"). */
static bool after_state_name(const ent_coder *c, size_t i, size_t sb)
{
    if (!c->n_atoms || i <= sb)
        return false;
    const atom *pa = &c->atoms[c->n_atoms - 1];
    size_t pe = tok_poss(c, i - 1) && i - 1 > sb ? i - 1 : i;
    return pa->type == PH_ACTOR && pa->te == pe && c->d->actors[pa->entry].kind == AK_STATE;
}

/* "Russia, which annexed Crimea in 2014, launched ...": a subject src
 * inside a relative clause set off by commas before the verb at vb is no
 * subject; the noun before ", which" is. Returns the subject to use. */
static const mention *past_relative_clause(const ent_coder *c, const mention *src, size_t vb,
                                           size_t sb)
{
    bool closed = false; /* a comma after src, before the verb */
    for (size_t q = src->te; q < vb && !closed; q++)
        closed = c->text[c->toks.v[q].start] == ',';
    if (!closed || src->tb >= vb)
        return src;
    for (size_t q = src->tb; q-- > sb + 1 && q + 20 > src->tb;) {
        const ent_token *t = &c->toks.v[q];
        if (!(t->flags & ENT_TOK_PUNCT) || !strchr(",;:", c->text[t->start]))
            continue;
        if (c->text[t->start] == ',' && q + 1 < vb && tok_any(c, q + 1, W_RELPRON) &&
            !tok_any(c, q + 1, W_S_THAT)) {
            const mention *h = mention_before(c, q, sb);
            return h && h->te == q ? h : src;
        }
        return src;
    }
    return src;
}

static int code_sentence(ent_coder *c, const char *doc, int sidx, size_t sb,
                         size_t se, ent_event_fn fn, void *ctx)
{
    const ent_dict *d = c->d;
    c->n_atoms = 0;
    c->n_vms = 0;
    c->n_sent_codes = 0;
    c->n_sent_evs = 0;
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
        /* "anti-government protests": neither is the government's */
        if (g > a && i >= sb + 2 && (c->toks.v[i - 1].flags & ENT_TOK_PUNCT) &&
            c->text[c->toks.v[i - 1].start] == '-' &&
            c->toks.v[i - 1].end == c->toks.v[i].start &&
            c->toks.v[i - 2].end == c->toks.v[i - 1].start && tok_is(c, i - 2, "anti"))
            g = 0;
        if (a >= g && a && c->d->actors[e1].kind == AK_PLACE) {
            i = a; /* a place name hides the actor names inside it */
            continue;
        }
        /* "the west bank of the Dnipro": a river's bank is no bank */
        if (g > a && g == i + 1 && i > sb && (tok_is(c, i, "bank") || tok_is(c, i, "banks")) &&
            (tok_is(c, i - 1, "west") || tok_is(c, i - 1, "east") || tok_is(c, i - 1, "left") ||
             tok_is(c, i - 1, "right") || tok_is(c, i - 1, "north") || tok_is(c, i - 1, "south") ||
             tok_is(c, i - 1, "river") || tok_is(c, i - 1, "opposite")))
            g = 0;
        /* "Sheikh Sabah al-Ahmad al-Sabah": a name after the Arabic
         * article "al-" / "el-" is part of a person's name, not the
         * Malaysian state of Sabah */
        if (a >= g && a && i >= sb + 2 && c->d->actors[e1].kind != AK_PERSON &&
            (c->toks.v[i - 1].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[i - 1].start] == '-' &&
            c->toks.v[i - 1].end == c->toks.v[i].start &&
            c->toks.v[i - 2].end == c->toks.v[i - 1].start &&
            (tok_is(c, i - 2, "al") || tok_is(c, i - 2, "el"))) {
            i = a;
            continue;
        }
        /* "Prince Johnson": a surname the dictionary knows after a first
         * name it does not is someone else's */
        if (a >= g && a == i + 1 && c->d->actors[e1].kind == AK_PERSON &&
            other_first_name(c, i, sb, e1)) {
            i++;
            continue;
        }
        /* "Russia's Security Council", "the Russian Security Council": an
         * organisation's bare body name the agents know too ("Security
         * Council"), right after a state's name or adjective, is that
         * state's body */
        if (a && a == g && c->d->actors[e1].kind == AK_ORG && after_state_name(c, i, sb))
            a = 0;
        /* "Russia's U.N. envoy", "the Russian U.N. ambassador": a state's
         * envoy to an organisation is the state's; the organisation's
         * name only says where he serves */
        if (a > i && a >= g && a < se && c->d->actors[e1].kind == AK_ORG &&
            (tok_is(c, a, "envoy") || tok_is(c, a, "ambassador") ||
             tok_is(c, a, "representative") || tok_is(c, a, "mission")) &&
            after_state_name(c, i, sb)) {
            i = a;
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
                /* "Volodymyr Zelenskiy": the person's own first name
                 * before the surname belongs to the name */
                if (i > sb && c->d->actors[e1].kind == AK_PERSON &&
                    (c->toks.v[i - 1].flags & ENT_TOK_CAP) && !c->cls[i - 1] &&
                    (c->n_atoms < 2 || c->atoms[c->n_atoms - 2].te < i) &&
                    own_first_name(c, i - 1, e1)) {
                    at->tb = i - 1;
                    /* "Zine al-Abidine Ben Ali": back over the rest of
                     * the name, and the hyphen of its "al-" */
                    size_t prev_te = c->n_atoms >= 2 ? c->atoms[c->n_atoms - 2].te : sb;
                    for (;;) {
                        size_t j = at->tb;
                        if (j > sb && j - 1 >= prev_te && (c->toks.v[j - 1].flags & ENT_TOK_WORD) &&
                            own_first_name(c, j - 1, e1))
                            at->tb = j - 1;
                        else if (j >= sb + 2 && j - 2 >= prev_te && glued_hyphen(c, j - 1) &&
                                 (own_first_name(c, j - 2, e1) || (c->kw[j - 2] & K_PARTICLE)))
                            at->tb = j - 2;
                        else
                            break;
                    }
                }
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
        /* "in March", "since May": a capitalised month name inside the
         * sentence is the month, not "march" or "may" */
        if (i > sb && (c->kw[i] & K_CALENDAR) && (c->toks.v[i].flags & ENT_TOK_CAP)) {
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
        if (i > sb && c->best[i - sb].end[PH_VERB] &&
            ((gerund(c, i) && tok_any(c, i - 1, W_PREPS) && !tok_any(c, i - 1, W_S_BY) &&
              !joined_in(c, i, sb)) ||
             gerund_after_prep_list(c, i, sb))) {
            i++;
            continue;
        }
        uint32_t e = c->best[i - sb].entry[PH_VERB];
        size_t v = c->best[i - sb].end[PH_VERB];
        /* "since the invasion", "after last year's attack": a time
         * reference, not an event; nor is an act named by its date ("the
         * October 7 attack", "the 1994 genocide") */
        if (v) {
            size_t j = i;
            bool dated = false;
            for (int hop = 0; hop < 6 && j > sb; hop++) {
                if (tok_any(c, j - 1, W_TEMPORAL) || (dated && tok_any(c, j - 1, W_DET))) {
                    v = 0;
                    break;
                }
                if ((c->toks.v[j - 1].flags & ENT_TOK_NUM) ||
                    ((c->kw[j - 1] & K_CALENDAR) && (c->toks.v[j - 1].flags & ENT_TOK_CAP))) {
                    dated = true;
                    j--;
                    continue;
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
            m->plover_entry = 0;
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
    if (denial_acts(c, sb, se))
        return ENT_ENOMEM;
    if (coder_build_mentions(c, sb, se))
        return ENT_ENOMEM;
#ifdef ENT_CODER_DEBUG
    debug_dump(c);
#endif
    /* ("said that Putin was responsible for the death of X" has no verb
     * match of its own) */
    if (!c->n_vms)
        return behind_claim(c, doc, sidx, sb, se, fn, ctx);

    const mention *prev_tgt = NULL;
    size_t prev_end = 0;
    bool emitted = false, prev_nosub = false;
    bool prev_trip = false; /* the last event was a visit phrase (visit_phrase) */
    bool phone_done = false; /* a call named after an act was coded (041) */
    bool claim_done = false; /* a claim of an attack was coded (015) */
    size_t speaker = c->speaker;
    const mention *main_src = NULL, *last_src = NULL;
    size_t last_vb = SIZE_MAX; /* where the verb of last_src's event starts */
    mention lbuf;              /* a target list (target_list) */
    /* a made-up unidentified attacker, and the parties "between" a fight
     * names: an event's source may point into them and stay last_src for
     * the next verb match, so they live as long as the loop */
    mention uaf, bbuf, apbuf;
    bool cq_from = false;
    size_t cq = consequence_clause(c, sb, se, &cq_from);
    if (sports_result(c, sb, se))
        return 0;
    for (size_t k = 0; k < c->n_vms; k++) {
        const vmatch *v = &c->vms[k];
        size_t vb = v->tb;
        /* "..., a member of the Chadian team trying to broker a pact said":
         * the speaker's own words are no event */
        bool by_speaker = speaker_act_of(c, v);
        if (vb > speaker && !by_speaker)
            continue;
        /* "government forces backed by Russian airstrikes retook ...": a
         * participle after a noun phrase, with its "by", describes it */
        if (reduced_passive(c, v, sb, se) || signed_instrument(c, v, se) ||
            nominal_object(c, v, sb) || attributive_participle(c, v, sb) ||
            object_participle(c, v, sb) || going_back(c, v) ||
            insisted_claim(c, v, se) || sports_score(c, v, se) ||
            demand_content(c, k, sb) || of_nominal(c, v, sb) || weapon_list(c, v, sb) ||
            object_of_giving(c, k, sb) || averted_act(c, v, sb) || suit_request(c, k, sb) ||
            claimed_act(c, k, sb) || instrument_content(c, k) ||
            apposition_head(c, k, sb) || ended_noun(c, v, sb) || what_called(c, v, sb) ||
            denial_wording(c, k, sb) || stray_left(c, v, sb) || opening_plural(c, v, sb) ||
            cited_content(c, v, sb) || noun_background(c, v, sb) || appeal_conjunct(c, k, sb) ||
            plotted_act(c, v, sb) || judged_act(c, v, se) || electoral_beat(c, v, sb, se) ||
            possessed_bid(c, v, sb) || nature_noun(c, v, sb) || actor_words_act(c, k))
            continue;
        if (manner_act(c, k, sb) || help_purpose(c, v, sb) || consequence_harm(c, k, sb) ||
            imagined_act(c, v, se) || released_item(c, v, se) || asylum_arrival(c, v, se) ||
            seized_power(c, v, se) || market_demand(c, v, sb) || restated_act(c, k, sb) ||
            referred_act(c, v, sb) || out_of_prison(c, v, se) || ultimatum_sanction(c, k, sb) ||
            label_noun(c, v, sb) || body_meeting(c, v, se) || calling_participle(c, k, sb))
            continue;
        if (last_src && prev_tgt && last_vb == c->vms[k ? k - 1 : 0].tb &&
            courtesy_purpose(c, k, sb)) { /* "telephoned X to offer condolences" */
            int rc = emit(c, doc, sidx, v, last_src, prev_tgt, false, c->last_mod, fn, ctx);
            if (rc)
                return rc;
            continue;
        }
        if (last_src && instrument_act(c, k, sb)) { /* "... with air strikes" */
            int rc = emit(c, doc, sidx, v, last_src, prev_tgt, false, c->last_mod, fn, ctx);
            if (rc)
                return rc;
            continue;
        }
        if (nature_subject(c, vb, sb) || accident_act(c, v, sb, se) || market_subject(c, vb, sb)) { /* nature's act uses up its clause */
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
        } else if (vb >= sb + 4 && (tok_is(c, vb - 1, "or") || tok_is(c, vb - 1, "nor"))) {
            /* "refused to accept a peace deal or stop his offensive": the
             * refusal covers the second infinitive too */
            for (size_t j = vb - 1; j-- > sb + 1 && j + 12 > vb;) {
                if ((c->toks.v[j].flags & ENT_TOK_PUNCT) || tok_any(c, j, W_CLAUSE_WORDS))
                    break;
                if (tok_any(c, j, W_S_TO) && tok_any(c, j - 1, W_REFUSAL)) {
                    neg = true;
                    refusal = !tok_is(c, j - 1, "fail") && !tok_is(c, j - 1, "failed") &&
                              !tok_is(c, j - 1, "fails");
                    vb = j - 1;
                    break;
                }
            }
        }
        const mention *src = by_speaker ? speaker_mention(c) : subject_of(c, v, vb, sb);
        if (src && !by_speaker)
            src = past_relative_clause(c, src, vb, sb);
        /* "The first contingent of Kenyan police officers arrived": a
         * pattern that opens the sentence with its own subject noun has
         * the actor after its "of" as the source */
        if (!src && !by_speaker)
            src = of_subject(c, v, sb);
        /* "upheld former President X's conviction": X is what is done to */
        const mention *patient = possessed_patient(c, v, src);
        if (patient)
            src = subject_of(c, v, patient->tb, sb);
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
        {
            /* "protesters who oppose the government stormed ...": the
             * subject stands before the restrictive relative clause */
            const mention *ante = relative_antecedent(c, vb, sb);
            if (ante && (!src || src->tb >= ante->tb)) {
                src = ante;
                main_after_rel = true;
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
        bool passive = false;
        /* "A truce between Israel and Hamas took effect", "talks between
         * X and Y resumed": the parties named after the event noun are
         * the sources of a joint act */
        /* ("Heavy fighting erupted in Khartoum on Saturday between Sudan's
         * army and the RSF", "clashes between Armenian and Azerbaijani
         * forces": fighting named by a noun, "between" up to eight words
         * on) */
        const mention *parties = between_parties(c, v, se, &bbuf);
        if (parties)
            src = parties;
        const mention *med = mediator(c, v, sb, se);
        if (med) {
            tgt = main_src ? main_src : src;
            src = med;
            passive = true; /* roles are set */
        } else {
            /* "a judge ordered the former president jailed": the one who
             * ordered acts on the one named before the participle */
            const mention *who = NULL, *obj = NULL;
            if (ordered_object(c, vb, sb, &who, &obj)) {
                src = who;
                tgt = obj;
                passive = true; /* roles are set */
            }
        }
        /* (to the main clause's subject, coded or not: "Turkey's cabinet
         * approved the plan, a decision criticised by Greece") */
        const mention *reactor = !med && !passive ? reduced_reaction(c, v, sb, se) : NULL;
        const mention *acted = main_src;
        for (size_t q = 0; q < c->n_ments && reactor && !acted; q++)
            if (c->ments[q].n && c->ments[q].tb >= sb && c->ments[q].tb <= sb + 1 &&
                !c->ments[q].pronoun)
                acted = &c->ments[q];
        if (reactor && acted && acted->te <= reactor->tb &&
            !mentions_share_root(c, reactor, acted)) {
            src = reactor;
            tgt = acted;
            passive = true; /* roles are set */
        }
        /* passive: "<target> was attacked by <source>" */
        if (!med && !passive && vb > sb && (tok_any(c, vb - 1, W_BE_FORMS) ||
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
                            (c->ments[q].tb == j + 2 && tok_any(c, j + 1, W_S_THE | W_DET)) ||
                            by_modifiers(c, j, c->ments[q].tb)) {
                            tgt = src;
                            src = &c->ments[q];
                            /* "was welcomed by his Pakistani counterpart":
                             * the possessive's noun phrase is the agent */
                            if (src->pronoun && q + 1 < c->n_ments &&
                                c->ments[q + 1].tb == src->te && c->ments[q + 1].n &&
                                !c->ments[q + 1].pronoun)
                                src = &c->ments[q + 1];
                            passive = true;
                            break;
                        }
                    break;
                }
            }
        }
        /* "they were immediately executed": one adverb may stand between */
        bool be_before = vb > sb && tok_any(c, vb - 1, W_BE_FORMS);
        if (!be_before && vb > sb + 1 && tok_any(c, vb - 2, W_BE_FORMS)) {
            const ent_token *a = &c->toks.v[vb - 1];
            size_t al = a->end - a->start;
            be_before = (a->flags & ENT_TOK_WORD) && al > 4 &&
                        memcmp(c->text + a->end - 2, "ly", 2) == 0;
        }
        if (!passive && be_before) {
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
            const mention *att = NULL, *giver = NULL;
            if (participle && root >= 18 && root <= 20) {
                const mention *h = apposed_head(c, src, vb, sb);
                if (h)
                    src = h;
            }
            if (participle && root >= 18 && root <= 20 && src && src->n &&
                ((!src->pronoun && (coder_only_aux(c, src->te, vb) || pp_then_aux(c, src, vb) ||
                                    closed_apposition(c, src, vb))) ||
                 appositive_subject(c, src, vb, sb)) &&
                (!emitted || prev_nosub))
                att = unnamed_attacker(c, v, src, false, &uaf, sb, se);
            if (att) {
                tgt = src;
                src = att;
                passive = true;
            } else if (participle && (root == 7 || strncmp(code, "084", 3) == 0) && src &&
                       src->n && !src->pronoun &&
                       (giver = place_giver(c, v, src, &uaf)) != NULL) {
                /* "Nathan Law had been granted asylum in Britain", "given
                 * refuge at the U.S. Embassy": the place's state gives */
                tgt = src;
                src = giver;
                passive = true;
            } else if (participle &&
                       (root >= 11 || root == 7 || strncmp(code, "084", 3) == 0)) {
                /* "X was arrested", "X was indicted", "the hostages were
                 * freed", "was granted aid": X is the target, the source
                 * unknown; the clause is used up ("troops were withdrawn",
                 * "guerrillas have been demobilized" are their own acts) */
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
            const mention *by_subj = NULL;
            if (by_speaker)
                ; /* the attribution's speaker acts (speaker_act_of) */
            else if (vb > sb + 2 && tok_is(c, vb - 1, "by") && act_participle(c, vb, sb) &&
                     (by_subj = by_manner_subject(c, vb - 1, sb)) != NULL)
                src = by_subj; /* "and Sudan responded by expelling ..." */
            else if (vb > sb + 2 && joined_in(c, vb, sb) &&
                     (by_subj = joined_subject(c, vb, sb)) != NULL)
                src = by_subj; /* "Britain joined Washington in blaming Tehran" */
            else if (k > 0 && (!src || src->te > pvb || src == prev_tgt || object_of_last(c, src)) &&
                     coord_verb(c, vb, sb))
                src = carried_subject(c, k, sb, last_src, src);
            else if (!last_src && (act_participle(c, vb, sb) ||
                                   ((verb_object(c, src, sb) || verb_object_far(c, src, sb)) &&
                                    coord_verb(c, vb, sb))))
                src = participle_subject(c, src, sb);
            /* the target lies in the verb's clause: up to a coordinated
             * verb ("... and attacked"), a clause word or punctuation */
            size_t lim = se;
            for (size_t q = k + 1; q < c->n_vms; q++) {
                size_t qb = c->vms[q].tb;
                /* "fired on and seized three Ukrainian navy ships": two
                 * verbs joined with nothing between share the object */
                if (qb == v->te + 1 && tok_any(c, v->te, W_S_AND) &&
                    (coder_past_form(c, v->te - 1) || tok_any(c, v->te - 1, W_PREPS)) &&
                    (coder_past_form(c, qb) || gerund(c, qb)))
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
                /* "demanded on Thursday in a speech to the U.N. General
                 * Assembly that Iraq allow inspectors": past the venue */
                if (!that_ok && code[0] == '1' && code[1] == '0')
                    for (size_t j = v->te + 3; j < se && j < v->te + 16; j++) {
                        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) ||
                            (tok_any(c, j, W_CLAUSE_WORDS) && !tok_any(c, j, W_S_THAT)) ||
                            is_verb_tok(c, j))
                            break;
                        if (tok_any(c, j, W_S_THAT)) {
                            that_ok = true, that_pos = j;
                            break;
                        }
                    }
            }
            for (size_t j = v->te; j < lim; j++)
                if ((tok_any(c, j, W_CLAUSE_WORDS) && !(that_ok && j == that_pos)) ||
                    as_clause(c, j, lim) ||
                    ((c->toks.v[j].flags & ENT_TOK_PUNCT) &&
                     strchr(",;:(", c->text[c->toks.v[j].start]))) {
                    /* a comma inside a listed compound does not count */
                    bool inside = false;
                    for (size_t q = 0; q < c->n_ments; q++)
                        if (c->ments[q].tb < j && c->ments[q].te > j)
                            inside = true;
                    if (!inside && !unnamed_apposition(c, v->te, j, lim) &&
                        !object_list_comma(c, j, se)) {
                        lim = j;
                        break;
                    }
                }
            for (size_t q = 0; q < c->n_ments; q++) {
                const mention *m = &c->ments[q];
                if (m->tb < v->tb + 1 || m->tb >= lim)
                    continue;
                /* "signed a Russian-brokered deal": a modifier, not a target */
                if (coder_hyph_modifier(c, m->te, se))
                    continue;
                /* "martial law in regions bordering Russia": a place */
                if (m->tb > sb && (tok_is(c, m->tb - 1, "bordering") ||
                                   (m->tb > sb + 1 && tok_any(c, m->tb - 1, W_DET) &&
                                    tok_is(c, m->tb - 2, "bordering"))))
                    continue;
                /* the venue before a distant "that" ("in a speech to the
                 * U.N. that Iraq allow ..."): the clause's subject is it */
                if (that_ok && that_pos > v->te + 2 && m->tb < that_pos &&
                    coder_prep_before(c, m->tb, sb) != SIZE_MAX)
                    continue;
                if (what_speaker(c, m, sb))
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
                    size_t vp = coder_prep_before(c, m->tb, sb);
                    const char *ms = m->n ? amem_suffix(&c->mem[m->first]) : "";
                    bool forces = !strcmp(ms, "MIL") || !strcmp(ms, "COP") || !strcmp(ms, "REB");
                    /* "hurled rocks at the U.S. embassy": a protest at an
                     * embassy is aimed at the state whose embassy it is */
                    bool embassy = root == 14 && m->te > m->tb &&
                                   (tok_is(c, m->te - 1, "embassy") ||
                                    tok_is(c, m->te - 1, "embassies") ||
                                    tok_is(c, m->te - 1, "consulate"));
                    /* ("lashed out at", "expressed outrage at": an "at"
                     * of the pattern, or right after its anger, names
                     * whom it is aimed at) */
                    bool aimed = vp != SIZE_MAX && vp > v->tb && root >= 10 && root <= 13 &&
                                 (vp < v->te ||
                                  (vp == v->te && (tok_is(c, vp - 1, "outrage") ||
                                                   tok_is(c, vp - 1, "anger") ||
                                                   tok_is(c, vp - 1, "fury"))));
                    if (root <= 16 && vp != SIZE_MAX && tok_is(c, vp, "at") &&
                        !(forces && root >= 14) && !embassy && !aimed) /* "hurled stones at Israeli troops" */
                        continue;
                }
                /* "restored relations in a deal brokered by China": after
                 * an active verb of cooperation (01-08), the go-between
                 * of a deal is no target ("a ceasefire proposed by the
                 * United States" is: accepting it answers the proposer) */
                {
                    size_t bp = coder_prep_before(c, m->tb, sb);
                    if (bp != SIZE_MAX && bp > v->te && tok_any(c, bp, W_S_BY) &&
                        code_root(c->d->verbs[v->entry].code) <= 8 && go_between(c, bp - 1))
                        continue;
                }
                bool objp = object_pronoun(c, m, src);
                /* "France will contribute troops": a state's own organs
                 * (not its civilians, opposition or rebels) */
                if (!objp && src && m->pronoun && m->n && src->n &&
                    strcmp(c->mem[m->first].root, c->mem[src->first].root) == 0 &&
                    coder_state_organ(&c->mem[src->first])) {
                    /* (a government may act against its own parliament or
                     * courts: "accusing the National Assembly") */
                    const char *suf = amem_suffix(&c->mem[m->first]);
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
                size_t pp = coder_prep_before(c, m->tb, sb);
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
                    bool organ = coder_state_organ(&c->mem[src->first]);
                    amem *place = &c->mem[m->first];
                    if (organ && (strncmp(vc, "172", 3) == 0 || strncmp(vc, "081", 3) == 0)) {
                        snprintf(place->code, sizeof place->code, "%.3sCVL", place->root);
                        tgt = m;
                        break;
                    }
                    if (!organ && !src->placed && vc[0] == '1' && vc[1] == '4' &&
                        coder_state_organ(place)) {
                        /* "Thousands of Belarusians rallied in Minsk": the
                         * protest is against the state's government */
                        if (strcmp(place->code, place->root) == 0)
                            snprintf(place->code, sizeof place->code, "%.3sGOV", place->root);
                        tgt = m;
                        break;
                    }
                }
                /* "Russian warplanes pounded Grozny", "troops took control
                 * of Jaffna": force (18-20) of a state's organs against a
                 * city or region of their own state, as its object, falls
                 * on it (on whoever holds it) */
                if (src && src->n && own_place_target(c, src, m, v, pp)) {
                    tgt = m;
                    break;
                }
                /* "the town of X"; rebels "seized the airport in Goma"
                 * (192) take the place */
                bool own_ok = src && src->n && !coder_state_organ(&c->mem[src->first]) &&
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
            size_t tp = tgt ? coder_prep_before(c, tgt->tb, sb) : SIZE_MAX;
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
                /* "extradited X, the country's most wanted drug lord, to
                 * the United States": past the person's apposition */
                size_t rl = lim;
                if (handed_over(c, v) && tgt->te + 12 > rl)
                    rl = tgt->te + 12 < se ? tgt->te + 12 : se;
                const mention *to = recipient_after(c, tgt, rl, sb);
                if (to)
                    tgt = to;
            }
            /* "X and Y signed a deal to return migrants from Greece":
             * a joint act of the compound subject has no target but a
             * partner named with "with" */
            if (tgt && src && src->n >= 2 && mutual_code(c->d->verbs[v->entry].code)) {
                size_t wp = coder_prep_before(c, tgt->tb, sb);
                /* "near Belarus's borders with Ukraine" names no partner */
                bool border = wp != SIZE_MAX && wp > sb &&
                              (tok_is(c, wp - 1, "border") || tok_is(c, wp - 1, "borders") ||
                               tok_is(c, wp - 1, "frontier"));
                if (border || !(wp != SIZE_MAX && tok_any(c, wp, W_S_WITH) &&
                                !verb_between(c, v->te, tgt->tb)))
                    tgt = NULL;
            }
            /* "Sudan's army and the Rapid Support Forces battled for
             * control of Khartoum": two sides that battle, clash or fight
             * fight each other, unless an object or "with" / "against"
             * names a third ("... clashed with police") */
            if (tgt && src && src->n >= 2 && code_root(c->d->verbs[v->entry].code) == 19 &&
                fight_word(c, v->tb)) {
                size_t fp = coder_prep_before(c, tgt->tb, sb);
                if (fp != SIZE_MAX && !tok_any(c, fp, W_S_WITH) && !tok_is(c, fp, "against"))
                    tgt = NULL;
            }
            /* "Thai and Cambodian troops exchanged artillery fire ...,
             * killing at least two people": two sides that exchange fire
             * fire at each other, a joint act with no target (the people
             * killed are the participle's), unless "with" names a third */
            if (tgt && src && src->n >= 2 && code_root(c->d->verbs[v->entry].code) == 19 &&
                exchange_word(c, v->tb)) {
                size_t fp = coder_prep_before(c, tgt->tb, sb);
                if (!(fp != SIZE_MAX && tok_any(c, fp, W_S_WITH)))
                    tgt = NULL;
            }
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
        /* "Ukraine received Patriot missiles from Germany", "has taken
         * delivery of Javelin missiles from the United States": aid
         * received is given by the actor after "from" to the subject; with
         * no giver named there is no event */
        {
            const char *vc = d->verbs[v->entry].code;
            /* "Fang Lizhi has taken refuge in the U.S. embassy": whoever
             * the refuge belongs to shelters the subject (075) */
            bool refuge = false;
            for (size_t j = v->tb + 1; j < v->te && !refuge; j++)
                refuge = tok_is(c, j, "refuge") &&
                         (tok_is(c, j - 1, "taken") || tok_is(c, j - 1, "took") ||
                          tok_is(c, j - 1, "sought") || tok_is(c, j - 1, "taking"));
            if (!passive && strcmp(vc, "075") == 0 && refuge && tgt && tgt != src &&
                tgt->tb >= v->te && tgt->tb <= v->te + 3 && !tgt->pronoun) {
                const mention *host = tgt;
                tgt = src;
                src = host;
            } else if (!passive && vc[0] == '0' && vc[1] == '7' &&
                       (tok_any(c, v->tb, W_RECEIVE) ||
                        (v->tb + 1 < v->te && tok_is(c, v->tb + 1, "delivery") &&
                         (tok_is(c, v->tb, "taken") || tok_is(c, v->tb, "took"))))) {
                size_t fp = tgt ? coder_prep_before(c, tgt->tb, sb) : SIZE_MAX;
                const mention *giver = tgt;
                if (fp == SIZE_MAX || !tok_is(c, fp, "from")) {
                    /* "received the first F-16 fighter jets from Denmark":
                     * the weapons' mention ("jets from Denmark") holds
                     * the giver */
                    giver = NULL;
                    for (size_t q = 0; q < c->n_ments && !giver; q++) {
                        const mention *m = &c->ments[q];
                        if (m->tb <= v->tb || m->tb >= se || !m->n || m == src)
                            continue;
                        for (size_t j = m->tb; j < m->te && !giver; j++)
                            if (tok_is(c, j, "from"))
                                giver = m;
                    }
                    if (!giver)
                        continue;
                }
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
            !tgt->pronoun && !(vb > sb && personal_pronoun(c, vb - 1)) && coder_past_form(c, vb) &&
            coder_prep_before(c, tgt->tb, sb) == SIZE_MAX && /* a direct object */
            !(vb > sb && tok_any(c, vb - 1, W_HYP_WORDS | W_FUT_WORDS | W_NEG_WORDS | W_DET |
                                                W_DETERMINER)))
            src = unnamed_attacker(c, v, tgt, true, &uaf, sb, se);
        /* "A chemical attack by Syrian government warplanes killed dozens
         * of civilians", "An air strike by the Saudi-led coalition": an act
         * named as a noun has its agent after "by" */
        if ((!src || src->n == 0) && !passive && !emitted && v->te < se &&
            !coder_past_form(c, v->tb) && !gerund(c, v->tb) && tok_any(c, v->te, W_S_BY)) {
            for (size_t q = 0; q < c->n_ments; q++) {
                const mention *m = &c->ments[q];
                /* (also past modifiers: "by pro-Russian separatists") */
                bool near = m->tb == v->te + 1 || (m->tb == v->te + 2 && tok_any(c, v->te + 1, W_DET));
                for (size_t j = v->te + 1; !near && m->tb > v->te && m->tb <= v->te + 4 && j <= m->tb; j++) {
                    if (j == m->tb) {
                        near = true;
                        break;
                    }
                    bool hy = c->text[c->toks.v[j].start] == '-';
                    if (!hy && (!(c->toks.v[j].flags & ENT_TOK_WORD) || is_verb_tok(c, j)))
                        break;
                }
                if (m->n && !m->pronoun && near) {
                    src = m;
                    if (tgt == m)
                        tgt = NULL;
                    break;
                }
            }
        }
        /* "A car bomb exploded outside police headquarters in central
         * Algiers, killing 42 people", "A series of bombs ripped through
         * commuter trains in Madrid": a bombing named as the sentence's
         * subject is an unidentified attacker's (the place's UAF); its
         * target the victims named after it */
        bool bomb_word = false; /* a bomb, not an explosion (accidents explode too) */
        for (size_t j = v->tb; j < v->te && !bomb_word; j++)
            bomb_word = tok_is(c, j, "bomb") || tok_is(c, j, "bombs") || tok_is(c, j, "explosives");
        /* ("A massive cyberattack knocked dozens of Ukrainian government
         * websites offline": the same for an attack on computers, 176) */
        bool cyber = strcmp(d->verbs[v->entry].code, "176") == 0;
        if ((!src || src->n == 0) && !passive && !emitted && v->tb <= sb + 4 &&
            (bomb_word || cyber) &&
            (strncmp(d->verbs[v->entry].code, "183", 3) == 0 || cyber) &&
            !coder_past_form(c, v->tb) && !gerund(c, v->tb)) {
            const mention *victim = tgt;
            for (size_t q = 0; q < c->n_ments && !victim; q++) {
                const mention *x = &c->ments[q];
                if (x->tb >= v->te && x->n && !place_of_state(c, x) &&
                    strcmp(c->mem[x->first].code, c->mem[x->first].root) != 0)
                    victim = x;
            }
            src = unnamed_attacker(c, v, victim, false, &uaf, sb, se);
            if (src && !tgt)
                tgt = victim;
        }
        /* "..., drawing condemnation from the European Union", "...,
         * prompting Japan to issue a protest": a consequence clause is the
         * reaction of its own actor to the main clause's subject */
        if (main_src && cq != SIZE_MAX && vb > cq && !passive) {
            if (cq_from) {
                bool found = false;
                for (size_t q = 0; q < c->n_ments; q++) {
                    size_t fp = coder_prep_before(c, c->ments[q].tb, sb);
                    if (c->ments[q].tb < v->te || fp == SIZE_MAX || fp < v->te ||
                        !tok_is(c, fp, "from"))
                        continue;
                    {
                        src = &c->ments[q];
                        tgt = main_src;
                        found = true;
                        break;
                    }
                }
                /* "..., sparking angry street protests in Barcelona",
                 * "sparking violent protests by his supporters": the
                 * protesters (the actor after "by", else the people of the
                 * place named, else of the main subject's country) protest
                 * against the main subject */
                if (!found && code_root(d->verbs[v->entry].code) == 14 && vb <= cq + 4 &&
                    main_src->n) {
                    const mention *by = NULL, *place = NULL;
                    for (size_t q = 0; q < c->n_ments; q++) {
                        const mention *m = &c->ments[q];
                        size_t fp = coder_prep_before(c, m->tb, sb);
                        if (m->tb < v->te || !m->n || fp == SIZE_MAX || fp < v->te)
                            continue;
                        if (!by && tok_any(c, fp, W_S_BY) && !m->pronoun)
                            by = m;
                        if (!place && tok_any(c, fp, W_LOCATIVE))
                            place = m;
                    }
                    const char *root = place ? c->mem[place->first].root
                                             : c->mem[main_src->first].root;
                    if (by)
                        src = by;
                    else if (coder_state_root(c, root))
                        src = made_mention(c, root, "CVL", v, &uaf);
                    if (src && src != main_src)
                        tgt = main_src;
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
            ((code_root(d->verbs[v->entry].code) >= 9 && code_root(d->verbs[v->entry].code) <= 13) ||
             code_root(d->verbs[v->entry].code) == 16 || code_root(d->verbs[v->entry].code) == 19) &&
            coord_verb(c, vb, sb))
            tgt = prev_tgt;
        /* "offered his condolences to Turkey ... and said India would send
         * rescue teams", "and dispatched rescue teams": aid (07, 033)
         * with no recipient of its own goes to the last event's target,
         * when the same state gives it */
        if (!tgt && !passive && src && src->n && last_src && last_src->n && prev_tgt &&
            prev_tgt->n && !prev_tgt->pronoun &&
            (code_root(d->verbs[v->entry].code) == 7 ||
             strncmp(d->verbs[v->entry].code, "033", 3) == 0 ||
             /* "said Kyiv was ready to send rescue teams": an intent
              * whose act, right after it, is aid */
             (strcmp(d->verbs[v->entry].code, "030") == 0 && k + 1 < c->n_vms &&
              code_root(d->verbs[c->vms[k + 1].entry].code) == 7 &&
              c->vms[k + 1].tb >= v->te && c->vms[k + 1].tb <= v->te + 2)) &&
            strcmp(c->mem[src->first].root, c->mem[last_src->first].root) == 0 &&
            strcmp(c->mem[prev_tgt->first].root, c->mem[src->first].root) != 0)
            tgt = prev_tgt;
        if ((!passive && (background_clause(c, src, vb, sb) || market_owner(c, src, vb) ||
                          earlier_relative(c, vb, sb))) ||
            (emitted && (in_background(c, vb, sb) || first_time_clause(c, vb, sb))) ||
            dated_background(c, vb, sb))
            continue;
        /* ", accusing X of ...": no accusation without its X; ", pounding
         * cities with missiles": force falls on the target of the act */
        if (!tgt && !passive && act_participle(c, vb, sb) &&
            !(tgt = force_participle(c, v, prev_tgt)))
            continue;
        /* "Suicide bombers struck Brussels airport ..., in attacks
         * claimed by Islamic State": the claimant is the attacker, and
         * the claim (015) its act, once */
        if ((!src || src->n == 0) && code_root(d->verbs[v->entry].code) >= 18 &&
            code_root(d->verbs[v->entry].code) <= 20) {
            const mention *cl = claimed_by(c, sb, se);
            if (cl) {
                src = cl;
                uint32_t e015;
                if (!claim_done && code_entry(d, "015", &e015)) {
                    vmatch cv = *v;
                    cv.entry = e015;
                    int rc = emit(c, doc, sidx, &cv, cl, NULL, false, ENT_MOD_ASSERTED, fn, ctx);
                    if (rc)
                        return rc;
                    claim_done = true;
                }
            }
        }
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
        bool hosted = false; /* the target is the host of a visit (visit_host) */
        {
            const char *vc = d->verbs[v->entry].code;
            bool partner = src->te < vb && tok_any(c, src->te, W_S_AND); /* "Trump and Kim" */
            if (!tgt && !passive && src->n == 1 && !partner && vc[0] == '0' && vc[1] == '4') {
                if (!(tgt = visit_host(c, v, src, se)))
                    continue;
                hosted = true;
            }
        }
        /* "NATO rejected the plea, with Secretary-General Jens Stoltenberg
         * warning that ...": a with-clause in which the main subject's own
         * people speak elaborates its act, no event of its own (a physical
         * act, "with fighter jets pounding RSF bases", is one) */
        if (main_src && src != main_src && with_absolute(c, src, vb, sb) &&
            mentions_share_root(c, src, main_src)) {
            const char *wc = d->verbs[v->entry].code;
            if (wc[0] == '0' || (wc[0] == '1' && wc[1] <= '3'))
                continue;
        }
        /* ", a request Pristina dismissed as a provocation": the reaction
         * answers the main clause's subject (or the sentence's first
         * actor), and is a clause of its own */
        bool reaction = !passive && reaction_apposition(c, src, vb, sb) != SIZE_MAX &&
                        code_root(d->verbs[v->entry].code) <= 13;
        if (reaction) {
            const mention *actor = main_src;
            for (size_t q = 0; q < c->n_ments && !actor; q++)
                if (c->ments[q].n && coder_subject_place(c, &c->ments[q], sb))
                    actor = &c->ments[q];
            if (actor && actor != src)
                tgt = actor;
        }
        /* one event per clause: after the first event of a sentence, a
         * verb codes only in a new clause with its own subject ("X did A,
         * and Y did B") or with the same subject after "and" */
        if (emitted && !(src == &uaf && prev_nosub)) {
            /* "detained protesters who were blocking a highway": an act
             * going on as the main one happened, in a relative clause on
             * the noun phrase right before it (in the development sets,
             * the main act's target), is a clause of its own ("who had
             * blocked" is background, earlier_relative) */
            bool rel_ongoing = vb >= sb + 3 && gerund(c, vb) &&
                               (tok_is(c, vb - 1, "were") || tok_is(c, vb - 1, "was")) &&
                               tok_any(c, vb - 2, W_WHO_WHICH) &&
                               (src->te == vb - 2 ||
                                (src->te == vb - 3 && comma_at(c, vb - 3)));
            bool own = src->tb >= prev_end &&
                       (coder_only_aux(c, src->te, vb) ? src != prev_tgt : !object_list(c, prev_tgt, src));
            bool boundary = false;
            for (size_t j = prev_end; j < src->tb && j < se; j++)
                if (tok_any(c, j, W_BOUNDARY))
                    boundary = true;
            bool same_subject = coord_verb(c, vb, sb) && src->te <= prev_end;
            /* "The deployment of NATO troops has arrived": an event noun
             * before the subject does not use up the clause */
            bool after_noun = prev_nosub && src->tb > prev_end && src->tb <= prev_end + 2 &&
                              tok_any(c, prev_end, W_S_OF) &&
                              coder_only_connectors(c, prev_end, src->tb, true);
            bool trip = !((own && boundary) || same_subject || main_after_rel || after_noun ||
                          med) &&
                        main_src && main_src->n && visit_phrase(c, v, sb);
            /* "Rahmon, on a state visit to Bishkek, signed a treaty": the
             * visit phrase does not use up the clause */
            bool after_trip = prev_trip && src == main_src;
            if (!((own && boundary) || same_subject || main_after_rel || after_noun || med ||
                  trip || after_trip || by_speaker || reaction || rel_ongoing))
                continue;
            if (trip) { /* the main clause's subject makes the visit */
                src = main_src;
                if (tgt && tgt->tb < v->te)
                    tgt = NULL;
                if (!tgt)
                    continue;
            }
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
        /* "Neither Israel nor Hamas has accepted the proposal": a subject
         * under "neither ... nor" did not act */
        if (src && src->tb > sb && !src->pronoun) {
            size_t p = src->tb - 1;
            if (tok_is(c, p, "neither"))
                neg = true;
            else if (tok_is(c, p, "nor"))
                for (size_t j = p; j-- > sb && j + 8 > p;)
                    if (tok_is(c, j, "neither")) {
                        neg = true;
                        break;
                    }
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
                coder_remember(&c->last_subject, c, demander);
                continue;
            }
        }
        vmatch iv = *v;
        intent_of_next(c, k, &iv);
        mass_killing(c, &iv, se);
        suicide_attack(c, &iv, src, sb);
        chemical_attack(c, &iv, se);
        pessimistic_warning(c, &iv, src, se);
        threat_content(c, &iv, se);
        deescalation_appeal(c, &iv, se);
        /* ", warning of a serious threat", ", warning that the expansion
         * threatened ...": a warning in a participle after the act that
         * names no threatened act of its own (130 alone) only explains
         * that act, as the golds code it: it is read (its clause used up)
         * but not output */
        if (strcmp(d->verbs[iv.entry].code, "130") == 0 && tok_is(c, iv.tb, "warning") &&
            iv.tb > sb + 1 && c->text[c->toks.v[iv.tb - 1].start] == ',') {
            bool modal = false; /* "warning that they could use force": a threat */
            for (size_t j = iv.te; j < se && j < iv.te + 15 && !modal; j++)
                modal = tok_any(c, j, W_FUT_WORDS | W_HYP_WORDS);
            /* ... by the warner itself: "warning that the world could not
             * afford a war", "warning that Beijing would be able to
             * invade" foresee what others may do, no threat */
            size_t w = iv.te;
            if (w < se && tok_is(c, w, "that"))
                w++;
            bool own = w < se && (tok_is(c, w, "they") || tok_is(c, w, "it") ||
                                  tok_is(c, w, "we") || tok_is(c, w, "he") ||
                                  tok_is(c, w, "she") || tok_is(c, w, "its") ||
                                  tok_is(c, w, "their"));
            for (size_t q = 0; q < c->n_ments && !own && src; q++) {
                const mention *m = &c->ments[q];
                if (m->tb == w && !m->pronoun)
                    own = mentions_share_root(c, m, src);
            }
            if (!modal || !own)
                use_fn = NULL;
        }
        /* "arrived in Taiwan on Tuesday, defying warnings from Beijing",
         * "withdrew from the deal, defying pleas from European allies": a
         * participle of defiance after the act only characterises it */
        if (strcmp(d->verbs[iv.entry].code, "128") == 0 && tok_is(c, iv.tb, "defying") &&
            iv.tb > sb + 1 && c->text[c->toks.v[iv.tb - 1].start] == ',')
            use_fn = NULL;
        if (entry_then_seizure(c, &iv, se)) {
            uint32_t e192;
            if (code_entry(d, "192", &e192))
                iv.entry = e192;
        }
        if (storming_for_hostages(c, &iv, se)) {
            uint32_t e181;
            if (code_entry(d, "181", &e181))
                iv.entry = e181;
        }
        protective_deployment(c, &iv, se);
        /* "agreed to deploy four battalions to Poland ..., the alliance's
         * biggest reinforcement": agreeing to protect is the intent to
         * (0334), as agreeing to give aid (intent_of_next) */
        if (strcmp(d->verbs[v->entry].code, "037") == 0 &&
            strcmp(d->verbs[iv.entry].code, "074") == 0)
            recode(d, &iv, "0334");
        purpose_meeting(c, &iv, sb);
        judged_talks(c, &iv, sb, se);
        agreed_yielding(c, &iv, sb, se);
        force_by_kind(c, &iv, src);
        crowd_demand(c, &iv, src, sb, se);
        withdrawing_mission(c, &iv, src);
        if (passive)
            captured_passive(c, &iv, src, tgt);
        killing_manner(c, k, &iv, sb, se);
        protest_clash(c, &iv, &src, &tgt);
        storming_killing(c, &iv, src, &tgt, se);
        armed_arrival(c, &iv, src, tgt);
        troops_into(c, &iv, src, tgt, sb);
        left_organisation(c, &iv, tgt);
        /* "riot police beat voters with batons": an assault (180, 182) by
         * a state's police or army on its own people (civilians,
         * opposition, students, workers, journalists) is repression
         * (175), as the golds code it; torture and killing keep their
         * codes */
        /* "police opened fire on buses carrying students", "soldiers
         * opened fire on the crowd": firing on unarmed people is
         * repression too, whoever they are */
        bool fire_on = code_root(d->verbs[iv.entry].code) == 19 &&
                       (tok_is(c, iv.tb, "opened") || tok_is(c, iv.tb, "fired") ||
                        tok_is(c, iv.tb, "firing")) &&
                       iv.te > iv.tb + 1 && tok_is(c, iv.tb + 1, "fire");
        /* "security forces shot dead at least eight protesters": a killing
         * or shooting by a state's own forces of its own people too */
        bool own_shooting = (strcmp(d->verbs[iv.entry].code, "1823") == 0 ||
                             strcmp(d->verbs[iv.entry].code, "193") == 0) &&
                            (tok_is(c, iv.tb, "shot") || tok_is(c, iv.tb, "opened") ||
                             tok_is(c, iv.tb, "fired"));
        if ((strcmp(d->verbs[iv.entry].code, "180") == 0 ||
             strcmp(d->verbs[iv.entry].code, "182") == 0 || fire_on || own_shooting) &&
            src && src->n && tgt && tgt->n &&
            (fire_on || strcmp(c->mem[tgt->first].root, c->mem[src->first].root) == 0)) {
            const amem *sm = &c->mem[src->first], *tm = &c->mem[tgt->first];
            const char *ss = amem_suffix(sm), *ts = amem_suffix(tm);
            uint32_t e175;
            if ((strcmp(ss, "COP") == 0 || strcmp(ss, "MIL") == 0) &&
                (strcmp(ts, "CVL") == 0 || strcmp(ts, "OPP") == 0 || strcmp(ts, "EDU") == 0 ||
                 strcmp(ts, "LAB") == 0 || strcmp(ts, "MED") == 0) &&
                code_entry(d, "175", &e175))
                iv.entry = e175;
        }
        /* "the United States would boycott the Moscow Olympics": a boycott
         * (143) by a state or government is a sanction (163), not a
         * labour or consumer protest */
        if (strncmp(d->verbs[iv.entry].code, "143", 3) == 0 && src && src->n) {
            const amem *sm = &c->mem[src->first];
            const char *ss = amem_suffix(sm);
            uint32_t e163;
            if (strlen(sm->root) == 3 && (!ss[0] || strcmp(ss, "GOV") == 0) &&
                (tok_is(c, iv.tb, "boycott") || tok_is(c, iv.tb, "boycotted") ||
                 tok_is(c, iv.tb, "boycotting")) &&
                code_entry(d, "163", &e163))
                iv.entry = e163;
        }
        /* "banned Belarusian airlines from EU airspace", "restrictions on
         * Russian banks": a ban or restriction (172) one actor imposes on
         * another state is a sanction (163); at home it is administrative */
        if (strcmp(d->verbs[iv.entry].code, "172") == 0 && src && src->n && tgt && tgt->n &&
            strcmp(c->mem[tgt->first].root, c->mem[src->first].root) != 0) {
            uint32_t e163;
            if (code_entry(d, "163", &e163))
                iv.entry = e163;
        }
        /* "put Russia's nuclear forces on high alert", "ordered the USS
         * Gerald R. Ford strike group to the Mediterranean": one's own
         * armed forces are what a show of force or a deployment uses, not
         * its target */
        /* "raised its terrorism alert for Brussels": a police alert (151)
         * is raised at home, at nobody */
        if (strcmp(d->verbs[iv.entry].code, "151") == 0)
            tgt = NULL;
        if ((code_root(d->verbs[iv.entry].code) == 15 || strcmp(d->verbs[iv.entry].code, "074") == 0) &&
            src && src->n && tgt && tgt->n &&
            strcmp(c->mem[tgt->first].root, c->mem[src->first].root) == 0 &&
            strcmp(amem_suffix(&c->mem[tgt->first]), "MIL") == 0)
            tgt = NULL;
        if (unarmed_entry(c, &iv, src))
            continue;
        shot_leader(c, &iv, tgt);
        if (!tgt && strcmp(d->verbs[iv.entry].code, "055") == 0)
            tgt = apology_recipient(c, &iv, src, se, &apbuf);
        captured_person(c, &iv, src, tgt);
        rebel_detention(c, &iv, src);
        seized_place(c, &iv, src);
        seized_business(c, &iv);
        /* "A US drone strike killed Iranian general Qassem Soleimani", "A
         * car bomb killed former Prime Minister Rafik al-Hariri": a
         * violent event noun followed by the killing of a leader codes
         * the assassination (186; the codebook's targeted killing of a
         * political or military figure), whose target is the leader */
        if (k + 1 < c->n_vms && code_root(d->verbs[iv.entry].code) >= 18 &&
            code_root(d->verbs[iv.entry].code) <= 20) {
            const vmatch *nx = &c->vms[k + 1];
            /* "A U.S. drone strike at Baghdad airport killed ...": past
             * a place the strike hit; its victim is then the target */
            size_t gap_end = iv.te;
            if (nx->tb > iv.te + 1 && nx->tb <= iv.te + 6 && tok_any(c, iv.te, W_LOCATIVE) &&
                only_words(c, iv.te + 1, nx->tb))
                gap_end = nx->tb - 1;
            if (nx->tb >= iv.te && nx->tb <= gap_end + 1 &&
                strcmp(d->verbs[nx->entry].code, "186") == 0) {
                iv.entry = nx->entry;
                iv.te = nx->te;
                for (size_t q = 0; gap_end > v->te && q < c->n_ments; q++)
                    if (c->ments[q].n && c->ments[q].tb > nx->tb && c->ments[q].tb <= nx->te) {
                        tgt = &c->ments[q];
                        break;
                    }
            }
        }
        if (neg && refusal) {
            const char *rc2 = refusal_code(d->verbs[iv.entry].code);
            /* "will not send troops to Ukraine", "would not deploy troops
             * there": troops withheld from another state are military
             * aid refused (1222), as "refused to send troops" codes it */
            if (!rc2 && strcmp(d->verbs[iv.entry].code, "154") == 0 && src && src->n && tgt &&
                tgt->n && strcmp(c->mem[tgt->first].root, c->mem[src->first].root) != 0 &&
                coder_state_root(c, c->mem[tgt->first].root))
                rc2 = "1222";
            for (size_t q = 0; rc2 && q < d->n_verbs; q++)
                if (strcmp(d->verbs[q].code, rc2) == 0) {
                    iv.entry = (uint32_t)q;
                    neg = false;
                    if (mod != ENT_MOD_REPORTED)
                        mod = ENT_MOD_ASSERTED;
                    break;
                }
        }
        if (!neg)
            future_act(c, &iv, mod, se);
        if (!neg)
            delayed_act(c, &iv, sb);
        /* "met Putin in Moscow" is a visit to the host (042), "met Xi in
         * Moscow" by Putin hosting him (043); 044 is for a third place */
        if ((strcmp(d->verbs[iv.entry].code, "044") == 0 || hosted) && tgt && tgt->n && src->n) {
            const mention *pl = place_after(c, iv.tb + 1);
            const char *to = hosted && (strcmp(d->verbs[iv.entry].code, "040") == 0 ||
                                        strcmp(d->verbs[iv.entry].code, "044") == 0)
                                 ? "042"
                                 : NULL;
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
        if (patient && (!tgt || tgt == src) && src && src != patient)
            tgt = patient;
        /* "dispatched planes carrying supplies, medical teams and rescue
         * units to Nepal": aid, pledges and deployments go to where "to"
         * sends them, past the commas of a listed object */
        if (!tgt && !passive && src && src->n)
            tgt = destination_after(c, &iv, src, se);
        /* "ordered 30,000 U.S. troops to Afghanistan": the source's own
         * forces as object go where "to" sends them */
        else if (tgt && tgt->n && !passive && src && src->n && tgt->tb >= iv.te &&
                 mentions_share_root(c, src, tgt)) {
            const mention *dest = destination_after(c, &iv, src, se);
            if (dest)
                tgt = dest;
        }
        /* "dropped chemical weapons on the town, killing dozens of
         * civilians": force with no target of its own falls on the
         * victims its consequence names */
        if (!tgt && !passive && src && src->n && code_root(d->verbs[iv.entry].code) >= 18 &&
            !(src->n >= 2 && exchange_word(c, iv.tb)))
            tgt = victims_after(c, &iv, src, se);
        /* "resigned, bowing to pressure from the EU": the presser */
        if (!tgt && !passive && src && src->n)
            tgt = pressure_from(c, d->verbs[iv.entry].code, iv.te, se, src);
        tgt = withdrawn_from(c, &iv, src, tgt, se);
        if (denied_content(c, &iv, tgt) || unaddressed(c, d->verbs[iv.entry].code, tgt, sb))
            tgt = NULL;
        /* "Armenia responded by declaring a general mobilisation",
         * "Beijing responded by announcing military drills": a response
         * with no target named answers the main clause's subject */
        if (!tgt && main_src && main_src->n && src && src != main_src &&
            !mentions_share_root(c, main_src, src))
            for (size_t j = vb; j >= sb + 2 && j + 5 > vb; j--)
                if (tok_is(c, j - 1, "by") &&
                    (tok_is(c, j - 2, "responded") || tok_is(c, j - 2, "retaliated") ||
                     tok_is(c, j - 2, "reacted") || tok_is(c, j - 2, "replied"))) {
                    tgt = main_src;
                    break;
                }
        /* "North Korea fired artillery shells at a South Korean island,
         * and the South returned fire": fire is returned to whoever fired
         * (the sentence's last source) */
        if (!tgt && last_src && last_src != src && src && src->n && last_src->n &&
            !mentions_share_root(c, last_src, src) && tok_is(c, vb, "returned") &&
            vb + 1 < se && tok_is(c, vb + 1, "fire"))
            tgt = last_src;
        /* a target model that prefers no target over the rules' choice
         * also overrides the target the act would imply */
        const mention *rules_tgt = tgt;
        if (src && src->n)
            tgt = coder_rr_choose(c, doc, sidx, &iv, code_root(d->verbs[iv.entry].code), src,
                                  tgt, sb, se);
        bool model_none = rules_tgt && !tgt;
        if (tgt && !passive)
            tgt = target_list(c, tgt, se, &lbuf);
        /* "killed hundreds of Israelis and took dozens of hostages into
         * Gaza": captives with no name of their own, taken in a verb
         * coordinated with the last act, are its victims */
        /* ("opened fire to disperse demonstrators, killing one person and
         * arresting 12": the arrested are the demonstrators) */
        if (!tgt && !passive && prev_tgt && prev_tgt != src && src && last_src == src &&
            (strncmp(d->verbs[iv.entry].code, "181", 3) == 0 ||
             strncmp(d->verbs[iv.entry].code, "173", 3) == 0) &&
            vb > sb && tok_any(c, vb - 1, W_S_AND))
            tgt = prev_tgt;
        if (!passive && no_act_of(c, d->verbs[iv.entry].code, src, tgt))
            continue;
        mention crowd_buf; /* a crowd made up for fire_on_crowd */
        if ((!tgt || tgt->pronoun) && !passive && src && src->n) {
            const mention *crowd = fire_on_crowd(c, &iv, src, sb, &crowd_buf);
            if (crowd)
                tgt = crowd;
        }
        amem imp;
        c->implied = NULL;
        if (!model_none &&
            implied_target(c, d->verbs[iv.entry].code, iv.plover_entry != 0, src, &tgt, iv.tb,
                           iv.te, sb, se, &imp))
            c->implied = &imp;
        combat_killing(c, &iv, src, tgt, sb, se);
        fire_on_people(c, &iv, src, tgt);
        attack_on_people(c, &iv, src, tgt);
        crowd_attack_by_nonstate(c, &iv, src);
        protest_killing(c, &iv, src, tgt, sb, se);
        settlement_withdrawal(c, &iv);
        missile_over(c, &iv, tgt);
        bool trip_now = strcmp(d->verbs[iv.entry].code, "042") == 0 && visit_phrase(c, v, sb);
        /* "each side accused the other of violating the truce": each
         * member of the compound subject acts on every other */
        c->reciprocal = !tgt && src && src->n >= 2 && each_other(c, &iv, sb, se);
        if (c->reciprocal)
            tgt = src;
        /* "hijacked an airliner ... and forced it to land in Beirut",
         * "seizing the capital and forcing the emir to flee": being made
         * to do something after another act ("forcing", "and forced") is
         * told as its consequence, not a coercion of its own (no
         * development gold codes one: 0 of 14; "Turkey forced Greece to
         * close the border" alone stays 170);
         * the match still holds its clause, so what the forced party did
         * ("land in Beirut") is not coded as the subject's act either */
        bool forced = strcmp(d->verbs[iv.entry].code, "170") == 0 &&
                      (tok_is(c, iv.tb, "forcing") ||
                       (tok_is(c, iv.tb, "forced") && iv.tb > sb &&
                        (emitted || tok_any(c, iv.tb - 1, W_S_AND))));
        rc = forced ? 0 : emit(c, doc, sidx, &iv, src, tgt, neg, mod, use_fn, ctx);
        c->reciprocal = false;
        c->implied = NULL;
        if (rc)
            return rc;
        /* "demanded that Iran suspend enrichment by August 31 or face the
         * threat of sanctions": the demand carries a threat of what the
         * target faces (1312 sanctions, 1384 force, else 130) */
        if (!neg && tgt && code_root(d->verbs[iv.entry].code) == 10) {
            const char *tc = or_face(c, iv.te, se);
            if (tc && (rc = emit_also(c, doc, sidx, &iv, tc, src, tgt, mod, use_fn, ctx)) != 0)
                return rc;
        }
        /* "X and Y agreed at their first summit to ...": the parties met
         * (a joint act, each with no target), once a sentence */
        const char *mc = NULL;
        if (!phone_done && !neg && !tgt && src && src->n >= 2 &&
            (code_root(d->verbs[iv.entry].code) == 3 || strcmp(d->verbs[v->entry].code, "037") == 0) &&
            (mc = meeting_phrase(c, v->tb, se)) != NULL) {
            if ((rc = emit_also(c, doc, sidx, &iv, mc, src, NULL, mod, use_fn, ctx)) != 0)
                return rc;
            phone_done = true;
        }
        /* "warned Vladimir Putin in a telephone call", "apologised to
         * Aliyev in a telephone call": the call is an act of its own (041),
         * by the one who spoke to the one spoken to, once a sentence */
        if (!phone_done && !neg && tgt && tgt->n && !tgt->pronoun &&
            code_root(d->verbs[iv.entry].code) != 4 && phone_call_after(c, iv.te, se)) {
            if ((rc = emit_also(c, doc, sidx, &iv, "041", src, tgt, mod, use_fn, ctx)) != 0)
                return rc;
            phone_done = true;
        }
        prev_trip = trip_now;
        if (!main_src)
            main_src = src;
        last_src = src;
        last_vb = v->tb;
        emitted = true;
        prev_nosub = false;
        prev_end = v->te;
        prev_tgt = tgt;
        if (!src->pronoun || src->n)
            coder_remember(&c->last_subject, c, src);
        if (src->person && src->n)
            coder_remember(&c->subj_person, c, src);
    }
    (void)d;
    return behind_claim(c, doc, sidx, sb, se, fn, ctx);
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
        /* "PORT-AU-PRINCE (Reuters) -": a hyphen inside a name ends
         * nothing */
        if (dash && n == 1 && i > sb && i + 1 < se && t[i - 1].end == t[i].start &&
            t[i].end == t[i + 1].start)
            continue;
        if (dash)
            return (upper || paren) && i + 1 < se ? i + 1 : sb;
        /* a dateline holds only names, numbers, commas, parentheses */
        if ((t[i].flags & ENT_TOK_WORD) && !(t[i].flags & (ENT_TOK_CAP | ENT_TOK_NUM)))
            return sb;
    }
    return sb;
}

/* The state of a dateline's place, [db, de) ("BLACE, Macedonia -",
 * "KABUL -"): the last state, seat or place of a state named in it, as of
 * the story's date; sets c->dateline (empty if none). */
static void dateline_state(ent_coder *c, size_t db, size_t de)
{
    const ent_dict *d = c->d;
    ent_sig sig = {{0, 0}};
    c->dateline.n = 0;
    for (size_t i = de; i-- > db;)
        sig_add(&sig, c->toks.v[i].stem);
    for (size_t i = db; i < de;) {
        size_t end[4];
        uint32_t entry[4];
        best_all(c, i, de, &sig, end, entry);
        if (!end[PH_ACTOR]) {
            i++;
            continue;
        }
        const actor_entry *a = &d->actors[entry[PH_ACTOR]];
        const char *root = a->root;
        for (uint32_t k = 0; a->kind != AK_PERSON && k < a->n_roles; k++) {
            const role_iv *r = &d->roles[a->role_first + k];
            if (c->date != ENT_DATE_MIN && ent_date_within(c->date, r->from, r->until))
                root = r->root;
        }
        if (a->kind != AK_PERSON && a->kind != AK_GROUP && a->kind != AK_AMBIG &&
            strlen(root) == 3 && strcmp(root, "EUR") != 0 && coder_state_root(c, root)) {
            c->dateline.n = 1;
            set_code(c->dateline.m[0].code, root);
            set_code(c->dateline.m[0].root, root);
        }
        i = end[PH_ACTOR];
    }
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
        rc = coder_annotate(c, text);
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
    c->dateline.n = 0;
    c->n_doc_roots = 0;
    c->court_seen = false;
    c->total_tok += c->toks.n;
    c->total_sent += c->sents.n;
    for (size_t s = 0; s < c->sents.n; s++) {
        size_t sb = c->sents.v[s].tok_begin, se = c->sents.v[s].tok_end;
        if (s == 0 || (c->toks.v[sb].flags & TOK_PARA)) {
            size_t db = sb;
            sb = skip_dateline(c, sb, se);
            if (sb > db)
                dateline_state(c, db, sb);
        }
        if (coder_ev_active(c)) {
            c->n_evbuf = 0;
            rc = code_sentence(c, doc ? doc : "", (int)s, sb, se, coder_ev_buffer, c);
            if (rc == 0)
                rc = coder_ev_flush(c, fn, ctx);
        } else {
            rc = code_sentence(c, doc ? doc : "", (int)s, sb, se, fn, ctx);
        }
        if (rc)
            return rc;
    }
    return 0;
}
