/*
 * coder_rerank.c - a learned choice of an event's target among the actor
 * mentions of its sentence.
 *
 * The rules of coder_events.c pick one target (or none) for each event.
 * Here every mention of the sentence other than the source, and "no
 * target", is a candidate; each candidate gets a few integer features
 * (the rules' choice, side of the verb and distance, the preposition that
 * governs it crossed with the event's CAMEO root, a clause boundary or
 * another verb between, the kind of actor, ...) and a linear score from a
 * fitted weight table (data/params/coder_target.tsv, fitted by
 * scripts/fit_target_model.py on the development sets). The candidate with
 * the highest score is the target. With no weights loaded nothing changes.
 */
#include "coder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* preposition classes */
enum {
    P_NONE,
    P_TO,
    P_IN,
    P_AT,
    P_AGAINST,
    P_ON,
    P_WITH,
    P_FROM,
    P_OF,
    P_BY,
    P_OVER,
    P_INTO,
    P_FOR,
    P_OTHER,
    P_N
};
static const char *const prep_names[P_N] = {
    "none", "to", "in", "at",   "against", "on",  "with",
    "from", "of", "by", "over", "into",    "for", "other"};
static const char *const kind_names[5] = {"state", "agent", "org", "person",
                                          "compound"};

void text_rr_feature_name(int id, char *buf, size_t n)
{
    if (id == RR_NULL)
        snprintf(buf, n, "null");
    else if (id < RR_NULL_RULE)
        snprintf(buf, n, "null.root%02d", id - RR_NULL_ROOT + 1);
    else if (id == RR_NULL_RULE)
        snprintf(buf, n, "null.rule");
    else if (id < RR_RULE)
        snprintf(buf, n, "cand.root%02d", id - RR_CAND_ROOT + 1);
    else if (id == RR_RULE)
        snprintf(buf, n, "rule");
    else if (id < RR_SIDE_DIST)
        snprintf(buf, n, "rule.root%02d", id - RR_RULE_ROOT + 1);
    else if (id < RR_PREP)
        snprintf(buf, n, "%s.dist%d",
                 (id - RR_SIDE_DIST) >= 4 ? "after" : "before",
                 (id - RR_SIDE_DIST) % 4);
    else if (id < RR_PREP_ROOT)
        snprintf(buf, n, "prep.%s", prep_names[id - RR_PREP]);
    else if (id < RR_BOUNDARY)
        snprintf(buf, n, "prep.%s.root%02d",
                 prep_names[(id - RR_PREP_ROOT) / 20],
                 (id - RR_PREP_ROOT) % 20 + 1);
    else if (id < RR_VERB_BETWEEN)
        snprintf(buf, n, "boundary.%s", id - RR_BOUNDARY ? "after" : "before");
    else if (id < RR_POSS)
        snprintf(buf, n, "verb_between.%s",
                 id - RR_VERB_BETWEEN ? "after" : "before");
    else if (id == RR_POSS)
        snprintf(buf, n, "possessive");
    else if (id == RR_SAME_ROOT)
        snprintf(buf, n, "same_root_as_source");
    else if (id < RR_RANK)
        snprintf(buf, n, "kind.%s", kind_names[id - RR_KIND]);
    else if (id < RR_BEFORE_SRC)
        snprintf(buf, n, "%s.rank%d", (id - RR_RANK) >= 4 ? "after" : "before",
                 (id - RR_RANK) % 4);
    else if (id == RR_BEFORE_SRC)
        snprintf(buf, n, "before_source");
    else if (id == RR_ATTRIB)
        snprintf(buf, n, "in_attribution");
    else if (id == RR_SUBJECT)
        snprintf(buf, n, "subject_of_verb");
    else
        snprintf(buf, n, "boundary.%s.dist%d",
                 (id - RR_BOUND_DIST) >= 4 ? "after" : "before",
                 (id - RR_BOUND_DIST) % 4);
}

int text_rr_feature_id(const char *name)
{
    char buf[64];
    for (int id = 0; id < RR_NFEAT; id++) {
        text_rr_feature_name(id, buf, sizeof buf);
        if (strcmp(buf, name) == 0)
            return id;
    }
    return -1;
}

static int prep_class(const ent_coder *c, size_t pp)
{
    static const char *const w[] = {NULL,   "to",   "in",   "at", "against",
                                    "on",   "with", "from", "of", "by",
                                    "over", "into", "for"};
    if (pp == SIZE_MAX)
        return P_NONE;
    for (int i = 1; i < P_OTHER; i++)
        if (tok_is(c, pp, w[i]))
            return i;
    if (tok_is(c, pp, "about"))
        return P_OVER;
    if (tok_is(c, pp, "toward") || tok_is(c, pp, "towards") ||
        tok_is(c, pp, "across") || tok_is(c, pp, "off") ||
        tok_is(c, pp, "inside") || tok_is(c, pp, "along"))
        return P_INTO;
    return P_OTHER;
}

static int dist_bucket(size_t d)
{
    return d <= 1 ? 0 : d <= 4 ? 1 : d <= 9 ? 2 : 3;
}

/* A clause boundary (a comma, semicolon, colon or clause word) between
 * tokens a and b (a < b). */
static bool boundary_between(const ent_coder *c, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++) {
        if (tok_any(c, j, W_CLAUSE_WORDS))
            return true;
        if ((c->toks.v[j].flags & ENT_TOK_PUNCT) &&
            strchr(",;:(", c->text[c->toks.v[j].start]))
            return true;
    }
    return false;
}

static bool verb_match_between(const ent_coder *c, size_t a, size_t b)
{
    for (size_t q = 0; q < c->n_vms; q++)
        if (c->vms[q].tb >= a && c->vms[q].te <= b)
            return true;
    return false;
}

static bool shares_root(const ent_coder *c, const mention *a, const mention *b)
{
    for (size_t i = 0; i < a->n; i++)
        for (size_t j = 0; j < b->n; j++)
            if (strcmp(c->mem[a->first + i].root, c->mem[b->first + j].root) ==
                0)
                return true;
    return false;
}

/*
 * The features of candidate m (NULL: no target) for the event `v` of
 * `src`, with the rules' choice `rule`: at most CODER_RR_MAXF ids into the
 * weight table (see the layout in coder_int.h). Returns their number.
 */
static size_t rr_features(const ent_coder *c,
                          const vmatch *v,
                          int root,
                          const mention *src,
                          const mention *rule,
                          const mention *m,
                          size_t sb,
                          size_t se,
                          uint32_t *f)
{
    size_t n = 0;
    int r = root >= 1 && root <= 20 ? root - 1 : 0;
    bool is_rule = (m == NULL)
                       ? rule == NULL
                       : (rule && rule->tb == m->tb && rule->te == m->te);
    if (m == NULL) {
        f[n++] = RR_NULL;
        f[n++] = RR_NULL_ROOT + (uint32_t)r;
        if (is_rule)
            f[n++] = RR_NULL_RULE;
        return n;
    }
    f[n++] = RR_CAND_ROOT + (uint32_t)r;
    if (is_rule) {
        f[n++] = RR_RULE;
        f[n++] = RR_RULE_ROOT + (uint32_t)r;
    }
    bool after = m->tb >= v->te;
    size_t gap = after ? m->tb - v->te : (v->tb >= m->te ? v->tb - m->te : 0);
    f[n++] = RR_SIDE_DIST + (uint32_t)((after ? 4 : 0) + dist_bucket(gap));
    int pc = prep_class(c, coder_prep_before(c, m->tb, sb));
    f[n++] = RR_PREP + (uint32_t)pc;
    f[n++] = RR_PREP_ROOT + (uint32_t)(pc * 20 + r);
    if (after ? boundary_between(c, v->te, m->tb)
              : boundary_between(c, m->te, v->tb)) {
        f[n++] = RR_BOUNDARY + (after ? 1u : 0u);
        f[n++] = RR_BOUND_DIST + (uint32_t)((after ? 4 : 0) + dist_bucket(gap));
    }
    if (c->speaker != SIZE_MAX && m->tb > c->speaker && v->tb < c->speaker)
        f[n++] = RR_ATTRIB;
    for (size_t q = 0; q < c->n_vms; q++)
        if (c->vms[q].tb >= m->te && c->vms[q].tb <= m->te + 2 &&
            c->vms[q].tb != v->tb && coder_only_aux(c, m->te, c->vms[q].tb)) {
            f[n++] = RR_SUBJECT;
            break;
        }
    if (after ? verb_match_between(c, v->te, m->tb)
              : verb_match_between(c, m->te, v->tb))
        f[n++] = RR_VERB_BETWEEN + (after ? 1u : 0u);
    if (m->te < se && tok_poss(c, m->te))
        f[n++] = RR_POSS;
    if (src && src->n && shares_root(c, m, src))
        f[n++] = RR_SAME_ROOT;
    const amem *a = &c->mem[m->first];
    int kind = m->n > 1                        ? 4
               : m->person                     ? 3
               : strlen(a->root) != 3          ? 2
               : strcmp(a->code, a->root) != 0 ? 1
                                               : 0;
    f[n++] = RR_KIND + (uint32_t)kind;
    /* the rank among the candidates on the same side of the verb */
    size_t rank = 0;
    for (size_t q = 0; q < c->n_ments; q++) {
        const mention *x = &c->ments[q];
        if (x->tb < sb || x->tb >= se || !x->n || x == src)
            continue;
        if (after ? (x->tb >= v->te && x->tb < m->tb)
                  : (x->te <= v->tb && x->tb > m->tb))
            rank++;
    }
    f[n++] = RR_RANK + (uint32_t)((after ? 4 : 0) + (rank > 3 ? 3 : rank));
    if (src && m->tb < src->tb)
        f[n++] = RR_BEFORE_SRC;
    return n;
}

/* The candidates for the target of `v`: no target, the rules' choice, and
 * every other mention of the sentence outside the source and the verb. */
static size_t rr_candidates(const ent_coder *c,
                            const vmatch *v,
                            const mention *src,
                            const mention *rule,
                            size_t sb,
                            size_t se,
                            const mention **out,
                            size_t cap)
{
    size_t nc = 0;
    out[nc++] = NULL;
    if (rule)
        out[nc++] = rule;
    for (size_t q = 0; q < c->n_ments && nc < cap; q++) {
        const mention *m = &c->ments[q];
        if (m->tb < sb || m->tb >= se || !m->n ||
            (m->tb == src->tb && m->te == src->te))
            continue;
        if (m->tb < v->te && m->te > v->tb)
            continue;
        if (rule && m->tb == rule->tb && m->te == rule->te)
            continue;
        out[nc++] = m;
    }
    return nc;
}

static void
join_roots(const ent_coder *c, const mention *m, char *buf, size_t n)
{
    buf[0] = '\0';
    for (size_t i = 0; m && i < m->n; i++) {
        size_t l = strlen(buf);
        snprintf(buf + l, n - l, "%s%s", i ? "+" : "",
                 c->mem[m->first + i].root);
    }
}

/* One trace line per candidate (see ent_coder_trace_targets). */
static void rr_trace(const ent_coder *c,
                     const char *doc,
                     int sidx,
                     const vmatch *v,
                     int root,
                     const mention *src,
                     const mention *rule,
                     const mention *const *cand,
                     size_t nc,
                     size_t sb,
                     size_t se)
{
    char sr[128], cr[128], line[1024];
    join_roots(c, src, sr, sizeof sr);
    for (size_t k = 0; k < nc; k++) {
        uint32_t f[CODER_RR_MAXF];
        size_t n = rr_features(c, v, root, src, rule, cand[k], sb, se, f);
        join_roots(c, cand[k], cr, sizeof cr);
        int l = snprintf(line, sizeof line, "%s\t%d\t%zu\t%s\t%s\t%s\t%d\t",
                         doc ? doc : "", sidx, v->tb,
                         c->d->verbs[v->entry].code, sr, cr, cand[k] == rule);
        for (size_t i = 0; i < n && l > 0 && (size_t)l < sizeof line - 8; i++)
            l += snprintf(line + l, sizeof line - (size_t)l, "%s%u",
                          i ? "," : "", f[i]);
        c->trace(c->trace_ctx, line);
    }
}

const mention *coder_rr_choose(const ent_coder *c,
                               const char *doc,
                               int sidx,
                               const vmatch *v,
                               int root,
                               const mention *src,
                               const mention *rule,
                               size_t sb,
                               size_t se)
{
    const ent_dict *d = c->d;
    if ((!d->rr_on && !c->trace) || !src || !src->n)
        return rule;
    const mention *cand[64];
    size_t nc = rr_candidates(c, v, src, rule, sb, se, cand, 64);
    if (c->trace)
        rr_trace(c, doc, sidx, v, root, src, rule, cand, nc, sb, se);
    if (!d->rr_on)
        return rule;
    const mention *best = rule;
    float rule_s = 0, best_s = 0;
    for (size_t k = 0; k < nc; k++) {
        uint32_t f[CODER_RR_MAXF];
        size_t n = rr_features(c, v, root, src, rule, cand[k], sb, se, f);
        float s = 0;
        for (size_t i = 0; i < n; i++)
            s += d->rr_w[f[i]];
        if (cand[k] == rule)
            rule_s = s;
        if (k == 0 || s > best_s)
            best_s = s, best = cand[k];
    }
    return best_s > rule_s + d->rr_margin ? best : rule;
}
