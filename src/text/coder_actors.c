/*
 * coder_actors.c - actor mentions of a sentence: names, agents and
 * people by date, compounds and groups, possessives, "agent of actor",
 * appositions, and pronouns and references back to actors named
 * earlier in the document. See docs/coder.md for the rules.
 */
#include "coder_int.h"

#include <stdlib.h>
#include <string.h>

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
/* The root of an ambiguous name's candidate: a state with an agent
 * ("LBNREB" -> "LBN"), else the code itself ("COD", "ECOWAS"). */
static const char *cand_root(const ent_dict *d, const char *cand, char buf[4])
{
    if (strlen(cand) != 6)
        return cand;
    for (size_t k = 0; k < d->n_agents; k++)
        if (strcmp(d->agents[k].suffix, cand + 3) == 0) {
            memcpy(buf, cand, 3);
            buf[3] = '\0';
            return buf;
        }
    return cand;
}

static const char *ambig_pick(const ent_coder *c, const actor_entry *a)
{
    const ent_dict *d = c->d;
    const char *cued = NULL;
    size_t n_cued = 0;
    for (uint32_t k = 0; k < a->n_mem; k++) {
        char rb[4];
        const char *cand = d->members[a->mem_first + k];
        const char *croot = cand_root(d, cand, rb);
        bool seen = false;
        for (size_t q = 0; q < c->n_atoms && !seen; q++) {
            const actor_entry *o = &d->actors[c->atoms[q].entry];
            if (c->atoms[q].type == PH_ACTOR && o->kind != AK_AMBIG && o->kind != AK_PLACE &&
                o->kind != AK_GROUP && strcmp(entry_root(d, o), croot) == 0)
                seen = true;
        }
        for (size_t q = 0; q < c->n_doc_roots && !seen; q++)
            seen = strcmp(c->doc_roots[q], croot) == 0;
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
static int resolve_actor(ent_coder *c, uint32_t idx, bool *person, bool grace)
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
        /* "Mali's President Ibrahim Boubacar Keita announced his
         * resignation shortly before midnight on Tuesday", dated Wednesday:
         * the day after an office ends, news still reports what was done
         * in it (not of an "ousted" or "former" one) */
        for (uint32_t k = 0; grace && k < a->n_roles && c->date != ENT_DATE_MIN; k++) {
            const role_iv *r = &d->roles[a->role_first + k];
            if (r->until != ENT_DATE_MAX && r->until != ENT_DATE_MIN && c->date == r->until + 1)
                return push_mem(c, r->code, r->root);
        }
        /* without a date, a person codes by the most recent office held */
        if (c->date == ENT_DATE_MIN && latest)
            return push_mem(c, latest->code, latest->root);
        return push_mem(c, a->code, a->root);
    }
    if (a->kind == AK_AMBIG) {
        char rb[4];
        const char *pick = ambig_pick(c, a);
        return push_mem(c, pick, cand_root(d, pick, rb));
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
    /* a state's or seat's name held by another state in some years */
    for (uint32_t k = 0; k < a->n_roles; k++) {
        const role_iv *r = &d->roles[a->role_first + k];
        if (c->date != ENT_DATE_MIN && ent_date_within(c->date, r->from, r->until))
            return push_mem(c, r->code, r->root);
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

void coder_remember(ctxact *dst, const ent_coder *c, const mention *m)
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

bool coder_only_connectors(const ent_coder *c, size_t a, size_t b, bool allow_of)
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




/* "pro-Russian", "anti-Syria": token i follows "<w>-" (w = "pro", "anti"). */
static bool hyph_prefix(const ent_coder *c, size_t i, size_t sb, const char *w)
{
    return i >= sb + 2 && glued_hyphen(c, i - 1) && tok_is(c, i - 2, w);
}

/* "Russian-brokered", "UN-backed": the name ending at token te is a third
 * party's part in what follows ("British-flagged tanker", "US-led war"
 * name the owner or leader and stay actors). */
bool coder_hyph_modifier(const ent_coder *c, size_t te, size_t se)
{
    static const char *const part[] = {"brokered",  "backed",    "sponsored",  "mediated",
                                       "supported", "funded",    "inspired",   "drafted",
                                       "imposed",   "organized", "organised",  "based",
                                       "made",      "monitored", "supervised", "mandated",
                                       "authorised", "authorized", NULL};
    if (te + 1 >= se || !glued_hyphen(c, te))
        return false;
    for (size_t k = 0; part[k]; k++)
        if (tok_is(c, te + 1, part[k]))
            return true;
    return false;
}

/* The preposition governing the noun phrase at token i ("in south
 * Lebanon", "in the current Palestinian uprising"), or SIZE_MAX. */
size_t coder_prep_before(const ent_coder *c, size_t i, size_t sb)
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
            size_t pp = coder_prep_before(c, p->tb, sb);
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

/* "Masked Indian rebels seized four towns in Chiapas", "Peruvian police
 * fired on Amazon Indians": in a sentence of the Americas (a state of
 * the Americas named, or its dateline) that names nothing else of India,
 * "Indian(s)" are the indigenous people of that state, not India's. */
static void americas_indians(ent_coder *c, size_t sb, size_t se)
{
    static const char *const americas[] = {
        "USA", "CAN", "MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN", "COL", "VEN",
        "ECU", "PER", "BOL", "BRA", "PRY", "URY", "ARG", "CHL", "GUY", "SUR", NULL};
    bool indian = false;
    for (size_t k = 0; k < c->n_ments && !indian; k++) {
        const mention *m = &c->ments[k];
        if (m->pronoun || m->n != 1 || m->tb < sb || m->tb >= se ||
            strcmp(c->mem[m->first].root, "IND") != 0)
            continue;
        for (size_t j = m->tb; j < m->te && !indian; j++)
            indian = tok_is(c, j, "indian") || tok_is(c, j, "indians");
    }
    if (!indian)
        return;
    const char *where = NULL;
    if (c->dateline.n)
        for (size_t q = 0; americas[q] && !where; q++)
            if (strcmp(c->dateline.m[0].root, americas[q]) == 0)
                where = americas[q];
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        if (m->pronoun || m->tb < sb || m->tb >= se)
            continue;
        for (size_t a = 0; a < m->n; a++) {
            const char *r = c->mem[m->first + a].root;
            bool word = false;
            for (size_t j = m->tb; j < m->te && !word; j++)
                word = tok_is(c, j, "indian") || tok_is(c, j, "indians");
            if (strcmp(r, "IND") == 0 && !word)
                return; /* India itself is named: "Indian troops in Kashmir" */
            for (size_t q = 0; americas[q] && !where; q++)
                if (strcmp(r, americas[q]) == 0)
                    where = americas[q];
        }
    }
    if (!where)
        return;
    for (size_t k = 0; k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        if (m->n != 1 || m->tb < sb || m->tb >= se || m->person ||
            strcmp(c->mem[m->first].root, "IND") != 0)
            continue;
        amem *a = &c->mem[m->first];
        /* only people, rebels and their leaders: "Indian Prime Minister
         * Narendra Modi" in Brasilia stays India's */
        if (strcmp(a->code, "IND") != 0 && strcmp(a->code, "INDCVL") != 0 &&
            strcmp(a->code, "INDREB") != 0 && strcmp(a->code, "INDOPP") != 0)
            continue;
        /* the people themselves are civilians, their rebels rebels */
        const char *suf = strcmp(a->code, "IND") == 0 ? "CVL" : a->code + 3;
        char code[ENT_ACTOR_CODE_MAX];
        text_join(code, sizeof code, where, 3, suf, 6);
        memcpy(a->code, code, sizeof code);
        memcpy(a->root, where, 4);
    }
}

/* "Taliban gunmen stormed an army-run school in the Pakistani city of
 * Peshawar": the Taliban who act in Pakistan, in a sentence that names
 * Pakistan (or under a Pakistani dateline) and nothing Afghan, are the
 * Pakistani Taliban (PAKREB), not the Afghan movement. */
static void local_taliban(ent_coder *c, size_t sb, size_t se)
{
    bool afgreb = false;
    for (size_t k = 0; k < c->n_ments && !afgreb; k++)
        afgreb = c->ments[k].n == 1 && c->ments[k].tb >= sb &&
                  strcmp(c->mem[c->ments[k].first].code, "AFGREB") == 0;
    if (!afgreb)
        return;
    bool pak = c->dateline.n && strcmp(c->dateline.m[0].root, "PAK") == 0;
    for (size_t j = sb; j < se; j++)
        if (c->kw[j] & K_AFGHAN)
            return;
    for (size_t k = 0; k < c->n_ments && !pak; k++) {
        const mention *p = &c->ments[k];
        const amem *a = p->n == 1 ? &c->mem[p->first] : NULL;
        /* (a place or Pakistan's forces, not its government: "their
         * ambassador in Islamabad said") */
        pak = !p->pronoun && a && p->tb >= sb && p->tb < se && strcmp(a->root, "PAK") == 0 &&
              (strcmp(a->code, a->root) == 0 || strcmp(a->code + 3, "MIL") == 0 ||
               strcmp(a->code + 3, "COP") == 0);
    }
    if (!pak)
        return;
    for (size_t k = 0; k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        if (m->n != 1 || m->tb < sb || m->tb >= se || strcmp(c->mem[m->first].code, "AFGREB") != 0)
            continue;
        bool named = false;
        for (size_t j = m->tb; j < m->te; j++)
            named = named || tok_is(c, j, "taliban");
        if (!named)
            continue;
        amem *a = &c->mem[m->first];
        text_copy(a->code, sizeof a->code, "PAKREB");
        text_copy(a->root, sizeof a->root, "PAK");
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

/* "Russian-backed separatists", "Rwanda-backed M23 rebels": the state at
 * atom `at` sponsors the armed group named right after it, which fights
 * in its own country like the pro-X rebels below. */
static bool backed_rebels(const ent_coder *c, const atom *at, size_t se)
{
    static const char *const part[] = {"backed", "sponsored", "supported", "funded", "armed",
                                       NULL};
    if (at->type != PH_ACTOR || at->te + 2 >= se || !glued_hyphen(c, at->te) ||
        strlen(c->d->actors[at->entry].root) != 3)
        return false;
    bool sponsor = false;
    for (size_t k = 0; part[k] && !sponsor; k++)
        sponsor = tok_is(c, at->te + 1, part[k]);
    for (size_t a = 0; sponsor && a < c->n_atoms; a++)
        if (c->atoms[a].type == PH_AGENT && c->atoms[a].tb >= at->te + 2 &&
            c->atoms[a].tb <= at->te + 3)
            return strcmp(c->d->agents[c->atoms[a].entry].suffix, "REB") == 0;
    return false;
}

/* "pro-Russian separatists", "Pro-Jakarta militias": rebels who take a
 * side are coded under the state they fight in (CAMEO's separatists are
 * their region's country's): the partner named with them ("Ukraine and
 * pro-Russian rebels"), else the state where they act ("in the East Timor
 * town of Liquica"), else another state of the sentence ("Poroshenko
 * accused pro-Russian separatists"); else they stay as named. People on
 * an organisation's side ("pro-EU protesters") are those of the place the
 * same way, with their own agent, and so are people on Europe's side
 * ("pro-European demonstrators" on Kiev's square are Ukrainians). */
static void locate_pro(ent_coder *c, size_t sb, size_t se)
{
    bool any = false;
    for (size_t a = 0; a < c->n_atoms && !any; a++)
        any = (c->atoms[a].tb >= sb + 2 && (c->kw[c->atoms[a].tb - 2] & K_PRO)) ||
              backed_rebels(c, &c->atoms[a], se);
    for (size_t k = 0; any && k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        const char *pro = NULL, *where = NULL;
        bool backed = false;
        for (size_t a = 0; a < c->n_atoms && !m->pronoun; a++) {
            const atom *at = &c->atoms[a];
            if (at->tb < m->tb || at->tb >= m->te || at->type != PH_ACTOR)
                continue;
            bool pro_x = hyph_prefix(c, at->tb, sb, "pro");
            if (pro_x || backed_rebels(c, at, se)) {
                pro = c->d->actors[at->entry].root;
                backed = !pro_x;
            }
        }
        if (!pro)
            continue;
        for (size_t j = 0; j < m->n && !where; j++)
            where = other_state(&c->mem[m->first + j], pro);
        for (size_t q = k + 1; q < c->n_ments && !where; q++) {
            size_t pp = coder_prep_before(c, c->ments[q].tb, sb);
            if (c->ments[q].n && !c->ments[q].pronoun && pp != SIZE_MAX &&
                tok_any(c, pp, W_LOCATIVE | W_OF_IN_FROM) && !tok_any(c, pp, W_S_OF))
                where = other_state(&c->mem[c->ments[q].first], pro);
        }
        /* "an airliner was shot down over eastern Ukraine, and Kyiv
         * accused pro-Russian separatists": a place named before them
         * (in, over, across ...) before any other actor of the sentence
         * (not the airline's Malaysia) */
        for (size_t q = 0; q < k && !where; q++) {
            size_t pp = coder_prep_before(c, c->ments[q].tb, sb);
            if (c->ments[q].n && !c->ments[q].pronoun && pp != SIZE_MAX &&
                (tok_any(c, pp, W_LOCATIVE) || tok_is(c, pp, "over")))
                where = other_state(&c->mem[c->ments[q].first], pro);
        }
        for (size_t q = 0; q < c->n_ments && !where && !backed; q++)
            if (q != k && c->ments[q].n && !c->ments[q].pronoun)
                where = other_state(&c->mem[c->ments[q].first], pro);
        char old[ENT_ACTOR_CODE_MAX], loc[4];
        if (where && (strlen(pro) != 3 || strcmp(pro, "EUR") == 0)) {
            /* "pro-EU protesters": people of the place on an
             * organisation's side, with the agent the mention names */
            const char *suf = NULL;
            for (size_t a = 0; a < c->n_atoms && !suf; a++)
                if (c->atoms[a].tb >= m->tb && c->atoms[a].te <= m->te &&
                    c->atoms[a].type == PH_AGENT)
                    suf = c->d->agents[c->atoms[a].entry].suffix;
            for (size_t q = k; suf && q < c->n_ments; q++) /* and references since */
                for (size_t j = 0; j < c->ments[q].n && (q == k || c->ments[q].pronoun); j++) {
                    amem *g = &c->mem[c->ments[q].first + j];
                    if (strcmp(g->code, pro) == 0) {
                        text_join(g->code, sizeof g->code, where, 3, suf, SIZE_MAX);
                        text_copy(g->root, sizeof g->root, where);
                    }
                }
            continue;
        }
        text_join(old, sizeof old, pro, 3, "REB", 3);
        if (where) /* ... and the references to them made since */
            memcpy(loc, where, 4), relocate(c, k, old, loc);
        /* "Pro-Russian protesters seized the administration building in
         * Donetsk": people on a state's side are those of the place
         * too, with their own agent (civilians, opposition, ...) */
        static const char *const people[] = {"CVL", "OPP", "EDU", "LAB", "REL", NULL};
        for (size_t j = 0; where && !backed && j < m->n; j++) {
            const amem *g = &c->mem[m->first + j];
            if (strlen(g->code) == 6 && strncmp(g->code, pro, 3) == 0 &&
                coder_str_in(g->code + 3, people)) {
                text_copy(old, sizeof old, g->code);
                relocate(c, k, old, loc);
            }
        }
    }
}

/* "Khamenei told visiting Prime Minister Abe on Thursday that he would
 * not negotiate": "he" after "that" right after "told / assured /
 * informed <person>" is the teller, the person named before "told" in the
 * sentence; with !person, "it" after "Nicaragua notified (warned, told)
 * the OAS that" is the teller, an actor that is no person. Fills *out
 * and returns true if found. */
static bool told_that_teller(const ent_coder *c, size_t i, size_t sb, bool person, ctxact *out)
{
    if (i < sb + 3 || !tok_is(c, i - 1, "that"))
        return false;
    /* (past a relative clause on the object: "told Shinzo Abe, who was
     * visiting Tehran on Thursday, that he ...") */
    for (size_t r = i - 1; r-- > sb && r + 22 > i;) {
        if (!(tok_is(c, r, "told") || tok_is(c, r, "assured") || tok_is(c, r, "informed") ||
              (!person && (tok_is(c, r, "notified") || tok_is(c, r, "warned")))))
            continue;
        const mention *obj = NULL, *teller = NULL;
        for (size_t q = 0; q < c->n_ments; q++) {
            const mention *m = &c->ments[q];
            if (m->tb > r && m->te < i && (m->person || !person) && m->n)
                obj = m;
            if (m->te <= r && m->tb >= sb && m->n && !m->pronoun)
                teller = m;
        }
        if (!obj || !teller || teller->person != person)
            return false;
        coder_remember(out, c, teller);
        return out->n > 0;
    }
    return false;
}

/* The object pronoun at i follows a verb whose subject is the last
 * person mention of the sentence: that mention ends at most three words
 * (adverbs, auxiliaries) before the verb at i - 1, with no punctuation. */
static bool object_of_subject_person(const ent_coder *c, size_t i, size_t sb)
{
    for (size_t q = c->n_ments; q-- > 0;) {
        const mention *m = &c->ments[q];
        if (m->tb < sb || m->te > i)
            continue;
        if (!m->person || m->pronoun || m->te + 4 < i)
            return false;
        for (size_t j = m->te; j + 1 < i; j++)
            if (c->toks.v[j].flags & ENT_TOK_PUNCT)
                return false;
        return true;
    }
    return false;
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
    /* "the Palestinian territories, a move Israel's foreign ministry
     * condemned": ", a ..." opens an apposition, no list */
    if (c->text[c->toks.v[a].start] == ',' && a + 1 < b &&
        (tok_is(c, a + 1, "a") || tok_is(c, a + 1, "an")))
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
        /* "the government and Marxist FARC rebels": a creed, not a second
         * people */
        if ((t->flags & ENT_TOK_CAP) &&
            (tok_is(c, i, "marxist") || tok_is(c, i, "maoist") || tok_is(c, i, "islamist") ||
             tok_is(c, i, "leninist") || tok_is(c, i, "jihadist") || tok_is(c, i, "communist")))
            continue;
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
static size_t speaker_clause(const ent_coder *c, size_t sb, size_t se, size_t *act)
{
    size_t comma = SIZE_MAX;
    *act = SIZE_MAX;
    for (size_t j = se; j-- > sb + 1;)
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',') {
            comma = j;
            break;
        }
    if (comma == SIZE_MAX || comma + 1 >= se)
        return SIZE_MAX;
    /* "..., the Kremlin said on Monday, accusing Kyiv of ...": a participle
     * after the attribution is the speaker's own act; the attribution is
     * the segment before its comma */
    size_t w = comma + 1;
    size_t wl = c->toks.v[w].end - c->toks.v[w].start;
    if (wl > 4 && memcmp(c->text + c->toks.v[w].end - 3, "ing", 3) == 0 &&
        !(c->toks.v[w].flags & ENT_TOK_CAP)) {
        size_t prev = SIZE_MAX;
        for (size_t j = comma; j-- > sb + 1;)
            if ((c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',') {
                prev = j;
                break;
            }
        if (prev != SIZE_MAX && comma - prev <= 12)
            for (size_t j = prev + 1; j < comma; j++)
                if (tok_any(c, j, W_REPORTING) && !tok_is(c, j, "according")) {
                    for (size_t q = j + 1; q < comma; q++)
                        if (is_verb_tok(c, q))
                            return SIZE_MAX;
                    *act = comma;
                    return prev;
                }
    }
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

/* "the Russian-led CSTO", "the Russian-led Collective Security Treaty
 * Organization": the leader of a body that has a name of its own is no
 * actor of the sentence (the body acts, as the dev golds code it); "the
 * Saudi-led coalition", "NATO-led peacekeepers" (no name) stay the
 * leader's. The name ends at token te. */
static bool led_named(const ent_coder *c, size_t te, size_t se)
{
    if (te + 2 >= se || !glued_hyphen(c, te) || !tok_is(c, te + 1, "led"))
        return false;
    for (size_t k = 0; k < c->n_atoms; k++)
        if (c->atoms[k].tb == te + 2)
            return c->atoms[k].type == PH_ACTOR;
    return false;
}

/* "the Ottawa convention", "the Paris agreement", "the Minsk accords":
 * a seat of government right before the name of an instrument or a
 * process names the instrument, not the government (a state's own name,
 * "the Iran nuclear deal", stays the party). */
static bool named_instrument(const ent_coder *c, size_t ai, size_t se)
{
    static const char *const w[] = {"convention", "conventions", "agreement", "agreements",
                                     "accord", "accords", "treaty", "protocol", "protocols",
                                     "format", "process", "declaration", NULL};
    size_t te = c->atoms[ai].te;
    const char *code = c->d->actors[c->atoms[ai].entry].code;
    size_t cl = strlen(code);
    if (te >= se || cl != 6 || strcmp(code + 3, "GOV") != 0)
        return false;
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, te, w[k]))
            return true;
    return false;
}

/* "Bosnia-style", "Soviet-era", "US $50": a name used as a modifier of a
 * style, time or currency, not as an actor (the name ends at token te). */
static bool not_actor_use(const ent_coder *c, size_t te, size_t se)
{
    static const char *const mod[] = {"style", "like", "type", "era", "made", "linked",
                                      "allied", "aligned", "affiliated", "inspired", "declared",
                                      NULL};
    /* "a U.N.-backed mission", "U.S.-brokered talks": the sponsor of a
     * body or process is no actor of the sentence; "Russian-backed
     * separatists" (an agent right after) stay the sponsor's */
    static const char *const sponsor[] = {"backed", "brokered", "sponsored", "mediated", NULL};
    if (te >= se)
        return false;
    const ent_token *t = &c->toks.v[te];
    if (tok_is(c, te, "dollar") || tok_is(c, te, "dollars"))
        return true;
    /* "US$50", "U.S. $50", "Hong Kong $3 billion": a dollar's country;
     * "lent Greece $21 billion": the recipient */
    if (c->text[t->start] == '$' && te > 0) {
        static const char *const dollar[] = {"U.S.", "US", "Australian", "Canadian", "Kong",
                                             "Zealand", "Singapore", "Taiwan", NULL};
        size_t e = t->start, lo = c->toks.v[te - 1].start;
        if (c->toks.v[te - 1].end == e)
            return true;
        while (e > lo && (c->text[e - 1] == ' ' || c->text[e - 1] == '\t'))
            e--;
        for (size_t k = 0; dollar[k]; k++) {
            size_t n = strlen(dollar[k]);
            if (e >= n && memcmp(c->text + e - n, dollar[k], n) == 0 &&
                (e == n || c->text[e - n - 1] == ' ' || c->text[e - n - 1] == '(' ||
                 c->text[e - n - 1] == '-'))
                return true;
        }
    }
    if (te + 1 < se && glued_hyphen(c, te))
        for (size_t k = 0; mod[k]; k++)
            if (tok_is(c, te + 1, mod[k])) {
                /* "an Israel-linked cargo ship": the owner of a vessel is
                 * whom its seizure or attack hits */
                static const char *const vessel[] = {"ship",   "vessel", "tanker", "cargo",
                                                     "freighter", "ferry", "container",
                                                     "merchant", NULL};
                if (tok_is(c, te + 1, "linked") && te + 2 < se)
                    for (size_t w = 0; vessel[w]; w++)
                        if (tok_is(c, te + 2, vessel[w]) ||
                            (te + 3 < se && tok_is(c, te + 3, vessel[w])))
                            return false;
                return true;
            }
    if (te + 2 < se && glued_hyphen(c, te))
        for (size_t k = 0; sponsor[k]; k++)
            if (tok_is(c, te + 1, sponsor[k])) {
                for (size_t a = 0; a < c->n_atoms; a++)
                    if (c->atoms[a].type == PH_AGENT && c->atoms[a].tb >= te + 2 &&
                        c->atoms[a].tb <= te + 3)
                        return false;
                return true;
            }
    return led_named(c, te, se);
}

/* A state as a whole or one of its organs (government, military, police,
 * courts, legislature, intelligence): its own country is no target of it;
 * its civilians, opposition or rebels may act against it. */
bool coder_state_organ(const amem *m)
{
    size_t rl = strlen(m->root);
    if (strcmp(m->code, m->root) == 0 || strncmp(m->code, m->root, rl) != 0)
        return true;
    const char *suf = m->code + rl;
    return !strcmp(suf, "GOV") || !strcmp(suf, "MIL") || !strcmp(suf, "COP") ||
           !strcmp(suf, "SPY") || !strcmp(suf, "LEG") || !strcmp(suf, "JUD");
}

/* "east of Haiti's capital", "north of Kabul": the "of" at pp follows a
 * compass direction. */
static bool direction_of(const ent_coder *c, size_t pp, size_t sb)
{
    static const char *const dir[] = {"east", "west", "north", "south", "northeast",
                                      "northwest", "southeast", "southwest", NULL};
    if (pp <= sb || !tok_is(c, pp, "of"))
        return false;
    for (size_t k = 0; dir[k]; k++)
        if (tok_is(c, pp - 1, dir[k]))
            return true;
    return false;
}

/* "Protesters angry over joblessness set fire to ...", "troops loyal
 * to the president": an adjective after a plural people's agent word
 * (at i) describes the people; the agent word is no adjective itself. */
static bool postnominal_adjective(const ent_coder *c, size_t i, size_t next)
{
    static const char *const adj[] = {"angry", "furious", "loyal", "unhappy", "upset",
                                      "hostile", "eager", NULL};
    const ent_token *t = &c->toks.v[i];
    if (t->end - t->start < 4 || (c->text[t->end - 1] | 0x20) != 's')
        return false;
    for (size_t k = 0; adj[k]; k++)
        if (tok_is(c, next, adj[k]))
            return true;
    return false;
}

/* A bare agent with no country so far ("people", "protesters") takes the
 * state of the first place after "in" later in the sentence ("... blocked
 * streets in Hong Kong"); the mention is inserted in token order. */
/* The first mention of a state's organ (its government, military,
 * police ...; not the bare state, not Europe) starting in [from, to). */
static const mention *organ_from(const ent_coder *c, size_t from, size_t to)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *p = &c->ments[q];
        const amem *st = p->n ? &c->mem[p->first] : NULL;
        if (p->tb >= from && p->tb < to && !p->pronoun && st && strlen(st->root) == 3 &&
            strcmp(st->root, "EUR") != 0 && coder_state_organ(st) && strcmp(st->code, st->root) != 0)
            return p;
    }
    return NULL;
}

/* "gave military aid to rebels fighting the Syrian government": rebels
 * (suffix suf) right before "fighting", "battling", "opposing" or
 * "against" a state's organ belong to that state, before any other
 * actor's country; returns that organ's mention, or NULL. */
static const mention *fought_organ(const ent_coder *c, size_t te, const char *suf)
{
    if (strcmp(suf, "REB") != 0 || te >= c->toks.n ||
        !(tok_is(c, te, "fighting") || tok_is(c, te, "battling") || tok_is(c, te, "opposing") ||
          tok_is(c, te, "against")))
        return NULL;
    return organ_from(c, te + 1, te + 4);
}

/* [tb, te) is an office title and a name ("Prime Minister Tomiichi
 * Murayama"), the title not a bare "leader" (a "Solidarity leader" in a
 * Washington story is no American). */
static bool titled_name(const ent_coder *c, size_t tb, size_t te)
{
    for (size_t k = 0; k < c->n_atoms; k++) {
        const atom *at = &c->atoms[k];
        if (at->tb != tb || at->type != PH_AGENT)
            continue;
        return at->te < te && (c->toks.v[at->te].flags & ENT_TOK_CAP) &&
               !tok_is(c, at->te - 1, "leader") && !tok_is(c, at->te - 1, "leaders");
    }
    return false;
}

static int place_agent(ent_coder *c, size_t sb, size_t tb, size_t te, uint32_t agent,
                       const ctxact *fallback)
{
    const mention *where = NULL;
    for (size_t q = 0; q < c->n_ments && !where; q++) {
        const mention *p = &c->ments[q];
        if (p->tb < te || p->pronoun || p->n != 1)
            continue;
        size_t pp = coder_prep_before(c, p->tb, sb);
        const amem *st = &c->mem[p->first];
        /* "in Moscow", "marched through Hong Kong", "across Iran" */
        static const char *const town[] = {"town", "city", "village", "region", "province",
                                           "district", "state", "port", "capital", NULL};
        bool town_of = false; /* "in the town of Bucha" */
        for (size_t k = 0; pp != SIZE_MAX && pp > sb && town[k] && tok_is(c, pp, "of"); k++)
            town_of = tok_is(c, pp - 1, town[k]);
        /* "in the centre of the Russian city of Belgorod": a state's
         * adjective before a town word names where */
        for (size_t k = 0; pp != SIZE_MAX && p->te < c->toks.n && town[k] && !town_of; k++)
            town_of = tok_is(c, p->te, town[k]);
        bool at_place = pp != SIZE_MAX && (tok_is(c, pp, "in") || tok_is(c, pp, "through") ||
                                           tok_is(c, pp, "across") || tok_is(c, pp, "throughout") ||
                                           tok_is(c, pp, "outside") || tok_is(c, pp, "near") ||
                                           tok_is(c, pp, "around") || town_of ||
                                           direction_of(c, pp, sb));
        /* "a crowd defending the television tower in Vilnius": the place
         * named inside a noun phrase */
        bool inner = false;
        for (size_t j = p->tb + 1; j + 1 < p->te && !inner; j++)
            inner = tok_is(c, j, "in") || direction_of(c, j, sb); /* "civilians east of X" */
        if ((at_place || inner) && strlen(st->root) == 3 && strcmp(st->root, "EUR") != 0 &&
            (coder_state_organ(st) || inner))
            where = p;
    }
    ctxact a = {.n = 1};
    const char *suf = c->d->agents[agent].suffix;
    /* "Tuareg separatist rebels said they had killed dozens of Malian
     * soldiers": rebels and the opposition fight their own state */
    const mention *foe = fought_organ(c, te, suf);
    bool fought = foe != NULL;
    if (!where && !foe && !fallback->n && (!strcmp(suf, "REB") || !strcmp(suf, "OPP")))
        foe = organ_from(c, te, SIZE_MAX);
    /* "Gunmen killed Pakistani opposition leader Benazir Bhutto": armed
     * men with no country of their own, no place and no state organ
     * named, are of the country of the person they act on */
    if (!where && !foe && !fallback->n && !strcmp(suf, "REB"))
        for (size_t q = 0; q < c->n_ments && !foe; q++) {
            const mention *p = &c->ments[q];
            if (p->tb < te)
                continue;
            const amem *st = p->n == 1 ? &c->mem[p->first] : NULL;
            if (!p->pronoun && st && strlen(st->root) == 3 && coder_state_root(c, st->root) &&
                (p->person || strcmp(st->code, st->root) != 0))
                foe = p;
            break; /* only the first actor after the agent */
        }
    /* "Federal judge Sergio Moro convicted former Brazilian President
     * Lula", "a court indicted the Turkish opposition leader": a court or
     * legislature acts on the officials, elites and opposition of its own
     * state (not on private people: "police arrested two American
     * tourists" stays uncoded) */
    if (!where && !fallback->n && !foe && !c->dateline.n && (!strcmp(suf, "JUD") || !strcmp(suf, "LEG")))
        for (size_t q = 0; q < c->n_ments && !foe; q++) {
            const mention *p = &c->ments[q];
            const amem *st = p->n == 1 ? &c->mem[p->first] : NULL;
            size_t rl = st ? strlen(st->root) : 0;
            if (p->tb >= te && !p->pronoun && rl == 3 && strcmp(st->root, "EUR") != 0 &&
                (!strcmp(st->code + rl, "ELI") || !strcmp(st->code + rl, "OPP") ||
                 !strcmp(st->code + rl, "GOV") || !strcmp(st->code + rl, "LEG")))
                foe = p;
            if (p->tb >= te)
                break; /* only the first actor after the agent */
        }
    if (where)
        a.m[0] = c->mem[where->first];
    else if (fought)
        a.m[0] = c->mem[foe->first];
    else if (fallback->n)
        a = *fallback;
    else if (foe)
        a.m[0] = c->mem[foe->first];
    else if (c->dateline.n &&
             (strcmp(suf, "GOV") != 0 || tok_is(c, tb, "authorities") ||
              tok_is(c, tb, "government") ||
              titled_name(c, tb, te))) /* "WASHINGTON - Congress voted ...",
                                                "SRINAGAR - Authorities clamped a curfew"
                                                (a leader in Washington may be anyone's) */
        a = c->dateline;
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
    /* "..., and the two signed a pact", "the two later agreed": "the two"
     * as the subject of a verb */
    if (j > i + 1 && j + 1 < se && !(c->kw[j] & K_PAIR_NOUN) &&
        (is_verb_tok(c, j) || ((tok_is(c, j, "later") || tok_is(c, j, "also") ||
                                tok_is(c, j, "then")) &&
                               is_verb_tok(c, j + 1))))
        return j;
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
    if (!organ) {
        /* "burst into southern Israel from Gaza, killing hundreds of
         * people": people are where the act went, not where it came from */
        if (c->n_ments >= 2 && last->n && !last->pronoun) {
            size_t pp = coder_prep_before(c, last->tb, sb);
            const mention *prev = &c->ments[c->n_ments - 2];
            size_t pq = prev->n && !prev->pronoun ? coder_prep_before(c, prev->tb, sb) : SIZE_MAX;
            /* ("stormed Israeli towns from the Gaza Strip", "into Israeli
             * towns near the Gaza Strip") */
            bool went = prev->n && !prev->pronoun &&
                        (pq == SIZE_MAX || tok_is(c, pq, "into") || tok_is(c, pq, "in"));
            if (pp != SIZE_MAX && (tok_is(c, pp, "from") || tok_is(c, pp, "near")) && went &&
                prev->tb > sb && strlen(c->mem[prev->first].root) == 3 &&
                strcmp(c->mem[prev->first].root, c->mem[last->first].root) != 0)
                return prev;
        }
        return last;
    }
    for (size_t q = c->n_ments; q-- > 0;) {
        const mention *m = &c->ments[q];
        if (!m->n || m->pronoun || strlen(c->mem[m->first].root) != 3 ||
            !coder_state_organ(&c->mem[m->first]) ||
            strcmp(c->mem[m->first].root, "EUR") == 0)
            continue;
        size_t pp = coder_prep_before(c, m->tb, sb);
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
        if (m->n && !m->pronoun && coder_prep_before(c, m->tb, sb) == SIZE_MAX)
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
            return (j + 1 < se && (tok_any(c, j + 1, W_S_OF) || tok_poss(c, j + 1)) &&
                    /* ("accused the alliance of giving Russia ...") */
                    !(tok_any(c, j + 1, W_S_OF) && j + 2 < se && gerund(c, j + 2))) ||
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
bool coder_people_agent(const char *suf)
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
        /* "rebels loyal to Prince Johnson", "troops loyal to the former
         * president": the same, armed forces included */
        bool loyal = j >= sb + 3 && tok_is(c, j - 1, "to") && tok_is(c, j - 2, "loyal");
        if (!loyal && (j < sb + 2 || !tok_any(c, j - 1, W_S_OF)))
            continue;
        size_t ae = loyal ? j - 2 : j - 1;
        const atom *ag = NULL;
        for (size_t a = 0; a < c->n_atoms && !ag; a++)
            if (c->atoms[a].te == ae && c->atoms[a].type == PH_AGENT)
                ag = &c->atoms[a];
        if (!ag || !(coder_people_agent(c->d->agents[ag->entry].suffix) ||
                     (loyal && strcmp(c->d->agents[ag->entry].suffix, "MIL") == 0)))
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

/* One of the words w within the three words before token i. */
static bool word_before(const ent_coder *c, size_t i, size_t sb, const char *const *w)
{
    for (size_t j = i; j > sb && j + 3 > i; j--)
        for (size_t k = 0; w[k]; k++)
            if (tok_is(c, j - 1, w[k]))
                return true;
    return false;
}

/* "ousted", "deposed", "former", "late" within the three words before
 * token i: an office holder named as no longer in office. */
static bool ousted_before(const ent_coder *c, size_t i, size_t sb)
{
    static const char *const w[] = {"former", "ex",         "ousted", "deposed", "toppled",
                                    "exiled", "overthrown", "late",   "slain",   NULL};
    return word_before(c, i, sb, w);
}

/* "former" (or "ex-") within the three words before token i. */
static bool former_before(const ent_coder *c, size_t i, size_t sb)
{
    static const char *const w[] = {"former", "ex", NULL};
    return word_before(c, i, sb, w);
}

/* "former Prime Minister Frank Bainimarama", "arrested former President
 * X": a former office holder the dictionaries do not date is one of the
 * state's elite (ELI), not its government, so that the government may act
 * against him. */
static void formers_are_elites(ent_coder *c, size_t sb)
{
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        if (m->tb < sb || !m->n || !former_before(c, m->tb, sb))
            continue;
        for (size_t a = 0; a < m->n; a++) {
            amem *x = &c->mem[m->first + a];
            if (strlen(x->root) == 3 && strlen(x->code) == 6 &&
                strncmp(x->code, x->root, 3) == 0 && strcmp(x->code + 3, "GOV") == 0)
                memcpy(x->code + 3, "ELI", 4);
        }
    }
}

/* "Thousands of Belarusians", "hundreds of thousands of Lebanese": a
 * nation's name as the head of a crowd ("of" after a number word) names
 * those people, its civilians (CVL), not the state ("dozens of Iranian
 * drones" has another head). The references to them since follow. */
static void crowds_are_civilians(ent_coder *c, size_t sb, size_t se)
{
    static const char *const many[] = {"thousands", "hundreds", "dozens", "scores",
                                       "millions", NULL};
    for (size_t k = 0; k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        if (m->n != 1 || m->pronoun || m->tb < sb + 2 || !tok_any(c, m->tb - 1, W_S_OF))
            continue;
        amem *x = &c->mem[m->first];
        if (strlen(x->root) != 3 || strcmp(x->code, x->root) != 0 || strcmp(x->root, "EUR") == 0)
            continue;
        bool crowd = (c->toks.v[m->tb - 2].flags & ENT_TOK_NUM) != 0;
        for (size_t w = 0; many[w] && !crowd; w++)
            crowd = tok_is(c, m->tb - 2, many[w]);
        if (!crowd)
            continue;
        /* the head: what follows is no noun of its own */
        if (m->te < se) {
            const ent_token *t = &c->toks.v[m->te];
            bool noun = (t->flags & ENT_TOK_WORD) && !coder_past_form(c, m->te) &&
                        !tok_any(c, m->te, W_PREPS | W_CLAUSE_WORDS | W_AUX_WORDS | W_BE_FORMS |
                                               W_COORD | W_WHO_WHICH);
            if (noun)
                continue;
        }
        char old[ENT_ACTOR_CODE_MAX], loc[4];
        memcpy(old, x->code, 4);
        memcpy(loc, x->root, 4);
        text_join(x->code, sizeof x->code, loc, 3, "CVL", 3);
        for (size_t q = k + 1; q < c->n_ments; q++)
            for (size_t j = 0; j < c->ments[q].n && c->ments[q].pronoun; j++) {
                amem *g = &c->mem[c->ments[q].first + j];
                if (strcmp(g->code, old) == 0)
                    text_join(g->code, sizeof g->code, loc, 3, "CVL", 3);
            }
    }
}

/* Mention x stands where a subject may: not after a preposition, but
 * "Thousands of Belarusians" (after "of"). */
bool coder_subject_place(const ent_coder *c, const mention *x, size_t sb)
{
    size_t pp = coder_prep_before(c, x->tb, sb);
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
        if (!subj && x->tb >= cs && coder_subject_place(c, x, sb))
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
bool coder_clause_and(const ent_coder *c, size_t tb, size_t end, size_t ab)
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
    /* "Xi Jinping hosted Vladimir Putin ..., and the two leaders declared":
     * else the last two actors of this sentence, of two states */
    const amem *two[2] = {NULL, NULL};
    for (size_t k = c->n_ments; k-- > 0 && !buf->n && !two[1];) {
        const mention *m = &c->ments[k];
        if (m->n != 1 || m->pronoun)
            continue;
        const amem *a = &c->mem[m->first];
        if (!two[0])
            two[0] = a;
        else if (strcmp(a->root, two[0]->root) != 0)
            two[1] = a;
    }
    if (!buf->n && two[1] && coder_state_root(c, two[0]->root) &&
        coder_state_root(c, two[1]->root)) {
        buf->m[buf->n++] = *two[1];
        buf->m[buf->n++] = *two[0];
    }
    return buf->n ? buf : &c->last_pair;
}

/* Token j is a noun that describes a person by a stance towards another
 * actor ("critic", "opponent", "ally"). */
static bool stance_noun(const ent_coder *c, size_t j)
{
    static const char *const w[] = {"critic",   "critics",   "opponent",  "opponents",
                                    "foe",      "foes",      "supporter", "supporters",
                                    "ally",     "allies",    "backer",    "rival",
                                    "adversary", "champion", "advocate",  "proponent",
                                    NULL};
    for (size_t k = 0; w[k]; k++)
        if (tok_is(c, j, w[k]))
            return true;
    return false;
}

/* "Alexei Navalny, a critic of Vladimir Putin, was arrested": the actor
 * named in an apposition that describes a person's stance (", a/an
 * [adjectives] critic/opponent/ally of Y") is part of the description,
 * neither subject nor target of the clause; its mention is dropped. */
static void drop_described(ent_coder *c, size_t sb)
{
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *m = &c->ments[q];
        if (m->tb < sb + 5 || !tok_is(c, m->tb - 1, "of") || !stance_noun(c, m->tb - 2))
            continue;
        size_t j = m->tb - 3;
        for (int adj = 0; adj < 3 && j > sb && (c->toks.v[j].flags & ENT_TOK_WORD) &&
                          !(c->toks.v[j].flags & ENT_TOK_CAP) && !tok_is(c, j, "a") &&
                          !tok_is(c, j, "an");
             adj++)
            j--;
        if (j <= sb + 1 || !(tok_is(c, j, "a") || tok_is(c, j, "an")) ||
            !(c->toks.v[j - 1].flags & ENT_TOK_PUNCT) || c->text[c->toks.v[j - 1].start] != ',')
            continue;
        bool after_actor = false;
        for (size_t r = 0; r < q && !after_actor; r++)
            after_actor = c->ments[r].te == j - 1;
        if (!after_actor)
            continue;
        memmove(&c->ments[q], &c->ments[q + 1], (c->n_ments - q - 1) * sizeof *c->ments);
        c->n_ments--;
        q--;
    }
}

int coder_build_mentions(ent_coder *c, size_t sb, size_t se)
{
    struct unplaced {
        size_t tb, te;
        uint32_t agent;
        ctxact fallback; /* the country to take when no place is named */
    } unplaced[4];
    size_t n_unplaced = 0;
    c->n_ments = 0;
    c->n_mem = 0;
    c->speaker = speaker_clause(c, sb, se, &c->speaker_act);
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
            /* (an organisation or armed group named earlier in the same
             * sentence first: "NATO rejected ..., and Zelenskiy accused the
             * alliance") */
            ctxact here;
            here.n = 0;
            for (size_t q = c->n_ments; ge && !here.n && q-- > 0;) {
                const mention *m = &c->ments[q];
                if (m->tb < sb)
                    break;
                if (m->n && !m->pronoun && !coder_state_root(c, c->mem[m->first].root) &&
                    strcmp(c->mem[m->first].root, "EUR") != 0)
                    coder_remember(&here, c, m);
            }
            if (ge && (here.n || c->last_nonstate.n)) {
                if (push_ctx_mention(c, here.n ? &here : &c->last_nonstate, i, ge, false, NULL))
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
                ctxact teller = {.n = 0};
                if (subj_form && told_that_teller(c, i, sb, true, &teller))
                    who = &teller; /* "X told Y that he would ...": X */
                else if (subj_form && c->subj_person.n)
                    who = &c->subj_person;
                else if (!subj_form && c->prev_person.n && c->subj_person.n &&
                         same_ctx(&c->last_person, &c->subj_person))
                    who = &c->prev_person;
                /* "..., and Trump swiftly recognised him": an object
                 * pronoun right after its verb is not that clause's
                 * subject (the last person named, just before the verb) */
                else if (!subj_form && c->prev_person.n && i > sb && is_verb_tok(c, i - 1) &&
                         object_of_subject_person(c, i, sb))
                    who = &c->prev_person;
                if (push_ctx_mention(c, who, i, i + 1, true, NULL))
                    return ENT_ENOMEM;
            } else if (tok_any(c, i, W_PRON_OTHER)) {
                bool plural = tok_any(c, i, W_PRON_PLURAL);
                const ctxact *a = plural && c->last_subject.n ? &c->last_subject : &c->last_actor;
                /* "Nicaragua notified the OAS that it was leaving": the teller */
                ctxact teller = {.n = 0};
                if (tok_is(c, i, "it") && told_that_teller(c, i, sb, false, &teller))
                    a = &teller;
                /* "Russia shelled Kharkiv as it stepped up its offensive":
                 * "it" opening a clause of the same time is the subject of
                 * the main clause */
                ctxact main_subj = {.n = 0};
                if (tok_is(c, i, "it") && i > sb &&
                    (tok_is(c, i - 1, "as") || tok_is(c, i - 1, "while"))) {
                    for (size_t q = 0; q < c->n_ments; q++) {
                        const mention *x = &c->ments[q];
                        if (x->tb >= i)
                            break;
                        if (!x->n || x->pronoun || !coder_subject_place(c, x, sb))
                            continue;
                        for (size_t k = 0; k < x->n && main_subj.n < 8; k++)
                            main_subj.m[main_subj.n++] = c->mem[x->first + k];
                        a = &main_subj;
                        break;
                    }
                }
                /* "Tuareg rebels said they had killed", "French troops
                 * crossed into Rwanda, and the RPF warned it would treat
                 * them as enemies": the subject of the sentence's first
                 * clause (for "them", when it is not the nearest one) */
                ctxact lead = {.n = 0};
                if (plural && !tok_any(c, i, W_DET)) {
                    const mention *s0 = NULL, *near = NULL;
                    for (size_t q = 0; q < c->n_ments; q++) {
                        const mention *x = &c->ments[q];
                        if (!x->n || !coder_subject_place(c, x, sb))
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
                    /* "Argentina, Chile and Peru refused ..., and Caracas
                     * responded by expelling their diplomats": "their" skips
                     * a single actor for the nearest several in the sentence */
                    if (tok_is(c, i, "their") && f0->n == 1 && !f0->pronoun)
                        for (size_t q = c->n_ments - 1; q-- > 0;) {
                            const mention *x = &c->ments[q];
                            if (x->tb < sb)
                                break;
                            if (x->n >= 2 && !x->pronoun) {
                                f0 = x;
                                break;
                            }
                        }
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
        if (c->atoms[ai].type == PH_ACTOR &&
            (name_pair || not_actor_use(c, c->atoms[ai].te, se) || named_instrument(c, ai, se))) {
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
        /* "non-military aid", "non-governmental groups": no agent */
        if (c->atoms[ai].type == PH_AGENT && hyph_prefix(c, i, sb, "non")) {
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
        /* "withdraw its troops from Mali": an agent a possessive pronoun
         * owns is that referent's, and a state after "from" is where it
         * comes from, not whose it is ("their ambassador in Islamabad"
         * still joins: the Taliban are placed by where their envoy is not) */
        bool owned = i > sb && (tok_is(c, i - 1, "its") || tok_is(c, i - 1, "their") ||
                                tok_is(c, i - 1, "his") || tok_is(c, i - 1, "her") ||
                                tok_is(c, i - 1, "our"));
        while (ai < c->n_atoms) {
            const atom *a = &c->atoms[ai];
            if (a->tb > end) {
                /* what may separate parts of one noun phrase */
                bool join = false;
                /* "Ukraine and pro-Russian separatists" */
                size_t ab = hyph_prefix(c, a->tb, sb, "pro") ? a->tb - 2 : a->tb;
                if (a->type == PH_ACTOR && have_actor && ab >= end &&
                    !(c->speaker >= end && c->speaker < ab) &&
                    !(c->opener >= end && c->opener < ab) && !coder_clause_and(c, i, end, ab) &&
                    (coder_only_connectors(c, end, ab, last_group) || listed_with_modifiers(c, end, ab))) {
                    join = true;
                    if (ab != a->tb || backed_rebels(c, a, se))
                        agent_first = c->n_mem; /* the agent is the pro-X group's */
                }
                /* "Putin and China's Xi Jinping": a state's possessive
                 * right before a person names the person's state; the
                 * person is the next member */
                if (join && a->type == PH_ACTOR && c->d->actors[a->entry].kind == AK_STATE &&
                    a->te + 1 < se && tok_poss(c, a->te) && ai + 1 < c->n_atoms &&
                    c->atoms[ai + 1].tb == a->te + 1 && c->atoms[ai + 1].type == PH_ACTOR &&
                    c->d->actors[c->atoms[ai + 1].entry].kind == AK_PERSON) {
                    ai++;
                    a = &c->atoms[ai];
                }
                /* "the government of Ukraine", "opposition groups in Zimbabwe" */
                if (a->type == PH_ACTOR && pending_agent >= 0 && (!have_actor || sub_agent) &&
                    a->tb <= end + 2 && tok_any(c, a->tb - 1, W_OF_IN_FROM) &&
                    !(owned && tok_is(c, a->tb - 1, "from")) &&
                    (a->tb == end + 1 ||
                     ((c->toks.v[end].flags & ENT_TOK_WORD) && !is_verb_tok(c, end))))
                    join = true; /* not "troops arrived in Sierra Leone" */
                /* "residents of northern Gaza", "the government of
                 * neighbouring Chad": one plain modifier after "of/in" */
                if (a->type == PH_ACTOR && pending_agent >= 0 && (!have_actor || sub_agent) &&
                    a->tb == end + 2 && tok_any(c, end, W_OF_IN_FROM) &&
                    !(owned && tok_is(c, end, "from")) &&
                    (c->toks.v[end + 1].flags & ENT_TOK_WORD) &&
                    !(c->toks.v[end + 1].flags & ENT_TOK_CAP) && !c->cls[end + 1] &&
                    !coder_past_form(c, end + 1))
                    join = true;
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
                    verb_gap = verb_gap || coder_past_form(c, k);
                if (a->type == PH_AGENT && have_actor && a->tb - end <= 2 && !verb_here &&
                    !verb_gap) {
                    join = true;
                    for (size_t k = end; k < a->tb; k++)
                        if (is_verb_tok(c, k) || (c->toks.v[k].flags & ENT_TOK_PUNCT) ||
                            tok_any(c, k, W_PREPS | W_REPORTING | W_DECLARE | W_CLAUSE_WORDS |
                                              W_AUX_WORDS | W_BE_FORMS) ||
                            /* "Venezuela ordered diplomats": a past form after
                             * a state's name is its verb ("Iraqi armed
                             * forces": after an adjective, a modifier) */
                            (coder_past_form(c, k) && k == end && end > 0 &&
                             !demonym_like(c, end - 1) && !tok_poss(c, end)))
                            join = false;
                    if (tok_poss(c, end))
                        join = true;
                    /* "Ukrainian troops and Russian-backed separatists" */
                    if (ai > 0 && backed_rebels(c, &c->atoms[ai - 1], se) &&
                        c->atoms[ai - 1].te == end && a->tb <= end + 3)
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
                /* "President Joaquim Chissano and Renamo rebel leader
                 * Afonso Dhlakama": after a person, a member after "and"
                 * takes the sector words that follow it alone */
                if (have_actor && !last_agent && ai > 0 && c->atoms[ai - 1].type == PH_ACTOR &&
                    c->d->actors[c->atoms[ai - 1].entry].kind == AK_PERSON && a->tb > end &&
                    tok_any(c, end, W_S_AND) && !sub_agent)
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
                /* "the U.N. World Food Programme": an organisation named
                 * right after another's short name is that body, the first
                 * name its modifier */
                bool org_in_org = have_actor && a->tb == end && !last_group &&
                                  c->n_mem == last_first + 1 &&
                                  c->d->actors[a->entry].kind != AK_PERSON &&
                                  !coder_state_root(c, c->mem[last_first].root) &&
                                  strlen(c->d->actors[a->entry].root) >= 2 &&
                                  !coder_state_root(c, c->d->actors[a->entry].root) &&
                                  strcmp(c->mem[last_first].root, "EUR") != 0;
                if (have_actor && a->tb == end && !last_group &&
                    (c->d->actors[a->entry].kind == AK_PERSON || org_in_org ||
                     (c->n_mem > m->first &&
                      strcmp(c->mem[c->n_mem - 1].root, c->d->actors[a->entry].root) == 0)))
                    c->n_mem = last_first;
                size_t before = c->n_mem;
                last_first = before;
                if (resolve_actor(c, a->entry, &person, !ousted_before(c, a->tb, sb)))
                    return ENT_ENOMEM;
                if (person)
                    m->person = true;
                if (title[0] && c->n_mem > before && strlen(c->mem[before].code) == 6 &&
                    strcmp(c->mem[before].code + 3, "ELI") == 0)
                    memcpy(c->mem[before].code + 3, title, 4);
                /* "Gen. Wojciech Jaruzelski" while he heads the
                 * government: the office held wins over a military title
                 * ("supporters of President X" stay supporters) */
                bool in_office = person && c->n_mem > before && pending_agent >= 0 &&
                                 strcmp(c->d->agents[pending_agent].suffix, "MIL") == 0 &&
                                 strlen(c->mem[before].code) == 6 &&
                                 strcmp(c->mem[before].code + 3, "GOV") == 0;
                if (pending_agent >= 0 && !in_office)
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
                                 coder_only_connectors(c, end, a->tb, false);
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
                /* "Venezuela's government and opposition", "Israel's army
                 * and police": a second sector word after "and" is a
                 * second member of the same state */
                /* ("Sudan's government and southern rebels", "El
                 * Salvador's government and leftist FMLN guerrillas": up
                 * to three modifiers between) */
                const char *asuf = c->d->agents[a->entry].suffix;
                bool mods = a->type == PH_AGENT && a->tb > end + 1 && a->tb <= end + 4 &&
                            (!strcmp(asuf, "REB") || !strcmp(asuf, "OPP"));
                for (size_t k = end + 1; mods && k < a->tb; k++)
                    mods = (c->toks.v[k].flags & ENT_TOK_WORD) && !is_verb_tok(c, k) &&
                           !coder_past_form(c, k) && !gerund(c, k) &&
                           (!c->cls[k] || tok_any(c, k, W_DET)) && !in_atom(c, k) &&
                           !tok_is(c, k, "foreign");
                /* ("Viktor Yanukovych and opposition leaders": after a
                 * person as well) */
                bool prev_person = ai > 0 && c->atoms[ai - 1].type == PH_ACTOR &&
                                   c->d->actors[c->atoms[ai - 1].entry].kind == AK_PERSON;
                if (have_actor && !sub_agent && (last_agent || prev_person) && !titled &&
                    a->tb > end && tok_any(c, end, W_S_AND) &&
                    (a->tb == end + 1 || (a->tb == end + 2 && tok_any(c, end + 1, W_DET)) || mods)) {
                    size_t n0 = c->n_mem;
                    for (size_t k = agent_first; k < n0; k++) {
                        amem g = c->mem[k];
                        if (strlen(g.root) != 3 || strcmp(g.root, "EUR") == 0)
                            continue;
                        if (push_mem(c, g.root, g.root))
                            return ENT_ENOMEM;
                    }
                    if (c->n_mem > n0)
                        agent_first = n0;
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
                /* "dissident astrophysicist Fang Lizhi", "opposition
                 * politician Boris Nemtsov": a profession between */
                if (ne == end && end + 1 < se && (c->toks.v[end].flags & ENT_TOK_WORD) &&
                    !(c->toks.v[end].flags & ENT_TOK_CAP) && !c->cls[end] &&
                    !in_atom(c, end) && !is_verb_tok(c, end) && !coder_past_form(c, end) &&
                    !gerund(c, end)) {
                    size_t n2 = name_after(c, end + 1, se);
                    if (n2 > end + 1)
                        ne = n2;
                }
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
        /* "The International Criminal Court's chief prosecutor, Karim
         * Khan": a person in apposition to an organ of the same state or
         * organisation is that organ (ICCJUD), not a second actor (ICC) */
        bool comma_in = false;
        for (size_t j = i; j < end && !comma_in; j++)
            comma_in = (c->toks.v[j].flags & ENT_TOK_PUNCT) && c->text[c->toks.v[j].start] == ',';
        if (m->person && comma_in && c->n_mem == m->first + 2) {
            amem *x = &c->mem[m->first], *y = &c->mem[m->first + 1];
            bool xe = strlen(x->code) == 6 && strcmp(x->code + 3, "ELI") == 0;
            bool ye = strlen(y->code) == 6 && strcmp(y->code + 3, "ELI") == 0;
            if (strcmp(x->root, y->root) == 0 && (strcmp(x->code, x->root) == 0) !=
                                                     (strcmp(y->code, y->root) == 0)) {
                if (strcmp(x->code, x->root) == 0)
                    *x = *y;
                c->n_mem--;
            } else if (strcmp(x->root, y->root) != 0 && xe != ye) {
                /* "Cyrus Vance, the U.N. special envoy": the role the
                 * apposition names, not the person's former office */
                if (xe)
                    *x = *y;
                c->n_mem--;
            }
        }
        m->n = c->n_mem - m->first;
        /* "arrested coup plotters in Ankara": a seat of government after
         * "in" is the place, the state as a whole */
        if (have_actor && m->n == 1 && pending_agent < 0 && ai > 0 &&
            c->atoms[ai - 1].tb == i && c->atoms[ai - 1].te == end) {
            amem *g = &c->mem[m->first];
            size_t pp = coder_prep_before(c, i, sb);
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
                            !coder_past_form(c, end) && /* "protesters smashed" */
                            !(gerund(c, end) && pending_agent >= 0 &&
                              coder_people_agent(c->d->agents[pending_agent].suffix)) &&
                            !tok_any(c, end, W_PREPS) &&
                            !tok_any(c, end, W_AUX_WORDS) &&
                            !tok_any(c, end, W_NOT_ADJ_NEXT) &&
                            !postnominal_adjective(c, i, end);
                /* "military and non-military aid", "military or economic
                 * pressure": an adjective-shaped agent word coordinated
                 * with a lower-case word that is no agent */
                const ent_token *aw = &c->toks.v[i];
                size_t al = aw->end - aw->start;
                const char *as = c->text + aw->start;
                if (!adjective && end == i + 1 && end + 1 < se && tok_any(c, end, W_COORD) &&
                    al > 4 &&
                    (!memcmp(as + al - 3, "ary", 3) || !memcmp(as + al - 2, "al", 2) ||
                     !memcmp(as + al - 2, "ic", 2)) &&
                    (c->toks.v[end + 1].flags & ENT_TOK_WORD) &&
                    !(c->toks.v[end + 1].flags & ENT_TOK_CAP) && !(c->tflag[end + 1] & TF_ATOM) &&
                    !tok_any(c, end + 1, W_DET))
                    adjective = true;
            }
            /* "human rights groups", "aid agencies" with no country of
             * their own are non-governmental organisations (NGO), not the
             * country of an actor nearby */
            if (pending_agent >= 0 && !adjective && !named &&
                strcmp(c->d->agents[pending_agent].suffix, "NGO") == 0) {
                ctxact ngo = {.n = 1};
                text_copy(ngo.m[0].code, sizeof ngo.m[0].code, "NGO");
                text_copy(ngo.m[0].root, sizeof ngo.m[0].root, "NGO");
                size_t n0 = c->n_ments;
                if (push_ctx_mention(c, &ngo, i, end, false, NULL))
                    return ENT_ENOMEM;
                if (c->n_ments > n0)
                    c->ments[n0].pronoun = false;
                pending_agent = -1;
            }
            if (pending_agent >= 0 && !adjective) {
                ctxact near = {.n = 0};
                if (c->n_ments) {
                    /* "their governments", "its army": the agent of the
                     * possessive pronoun's referent */
                    const mention *lm = &c->ments[c->n_ments - 1];
                    bool poss = lm->te == i && lm->pronoun && lm->n && i > sb &&
                                (tok_is(c, i - 1, "its") || tok_is(c, i - 1, "their") ||
                                 tok_is(c, i - 1, "his") || tok_is(c, i - 1, "her"));
                    const mention *pm = named || poss
                                            ? lm
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
                if (n_unplaced < 4 && ((!ok && (strcmp(suf, "GOV") != 0 || tok_is(c, i, "authorities"))) ||
                                    ((named || ok) && !from->n)))
                    unplaced[n_unplaced++] =
                        (struct unplaced){i, end, (uint32_t)pending_agent, {.n = 0}};
            }
        } else {
            if (m->person) {
                ctxact nw;
                coder_remember(&nw, c, m);
                if (!same_ctx(&nw, &c->last_person))
                    c->prev_person = c->last_person;
                c->last_person = nw;
            }
            coder_remember(&c->last_actor, c, m);
            for (size_t k = m->n; k-- > 0;)
                if (nonstate(&c->mem[m->first + k])) {
                    c->last_nonstate.n = 1;
                    c->last_nonstate.m[0] = c->mem[m->first + k];
                    break;
                }
            for (size_t k = 0; k < m->n; k++)
                note_root(c, c->mem[m->first + k].root);
            if (m->n == 2)
                coder_remember(&c->last_pair, c, m);
        }
        i = end > i ? end : i + 1;
    }
    for (size_t u = 0; u < n_unplaced; u++)
        if (place_agent(c, sb, unplaced[u].tb, unplaced[u].te, unplaced[u].agent,
                        &unplaced[u].fallback))
            return ENT_ENOMEM;
    followers_of(c, sb);
    drop_described(c, sb);
    locate_ethnic(c, sb);
    local_taliban(c, sb, se);
    americas_indians(c, sb, se);
    locate_pro(c, sb, se);
    formers_are_elites(c, sb);
    crowds_are_civilians(c, sb, se);
    return 0;
}
