/*
 * validate.c - consistency checks over a whole (layered) world: dangling
 * references and overlapping dated records. Each problem is reported at the
 * position of the record that causes it.
 */
#include <entente/world.h>

#include "world_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    ent_list *errors;
    size_t count;
} sink;

__attribute__((format(printf, 5, 6))) static void
report(sink *s, const char *file, int line, int col, const char *fmt, ...)
{
    char msg[768], *out;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t n = strlen(msg) + (file ? strlen(file) : 0) + 48;
    out = malloc(n);
    if (!out)
        return;
    snprintf(out, n, "%s:%d:%d: %s", file ? file : "<world>", line, col, msg);
    if (s->errors->n == s->errors->cap) {
        size_t cap = s->errors->cap ? s->errors->cap * 2 : 16;
        const void **items = realloc(s->errors->items, cap * sizeof *items);
        if (!items) {
            free(out);
            return;
        }
        s->errors->items = items;
        s->errors->cap = cap;
    }
    s->errors->items[s->errors->n++] = out;
    s->count++;
}

void ent_world_errors_free(ent_list *errors)
{
    if (!errors)
        return;
    for (size_t i = 0; i < errors->n; i++)
        free((void *)errors->items[i]);
    ent_list_free(errors);
}

static bool overlaps(ent_date f1, ent_date u1, ent_date f2, ent_date u2)
{
    return f1 <= u2 && f2 <= u1;
}

static void check_actor(sink *s, const ent_world *w, const char *code,
                        const char *what, const char *file, int line, int col)
{
    if (code && !ent_world_actor(w, code))
        report(s, file, line, col, "unknown actor code '%s' (%s)", code, what);
}

static void check_strv(sink *s, const ent_world *w, const char *const *v,
                       const char *what, const char *file, int line, int col)
{
    for (size_t i = 0; v && v[i]; i++)
        check_actor(s, w, v[i], what, file, line, col);
}

static void check_refs(sink *s, const ent_world *top)
{
    for (const ent_world *w = top; w; w = ent_world_parent(w)) {
        size_t n = ent_world__layer_count(w, ENT_REC_MEMBERSHIP);
        for (size_t i = 0; i < n; i++) {
            const ent_membership *m = ent_world__layer_get(w, ENT_REC_MEMBERSHIP, i);
            check_actor(s, top, m->member, "member", m->file, m->line, m->col);
            const ent_actor *g = ent_world_actor(top, m->group);
            if (!g)
                check_actor(s, top, m->group, "group", m->file, m->line, m->col);
            else if (g->kind != ENT_ACTOR_ORGANISATION && g->kind != ENT_ACTOR_GROUP)
                report(s, m->file, m->line, m->col,
                       "'%s' is a %s, not an organisation or group", g->code,
                       ent_actor_kind_name(g->kind));
        }
        n = ent_world__layer_count(w, ENT_REC_ROLE);
        for (size_t i = 0; i < n; i++) {
            const ent_role *r = ent_world__layer_get(w, ENT_REC_ROLE, i);
            const ent_actor *p = ent_world_actor(top, r->person);
            if (!p)
                check_actor(s, top, r->person, "person", r->file, r->line, r->col);
            else if (p->kind != ENT_ACTOR_PERSON)
                report(s, r->file, r->line, r->col, "'%s' is not a person",
                       p->code);
            check_actor(s, top, r->of, "of", r->file, r->line, r->col);
            check_actor(s, top, r->at, "at", r->file, r->line, r->col);
        }
        n = ent_world__layer_count(w, ENT_REC_COMMITMENT);
        for (size_t i = 0; i < n; i++) {
            const ent_commitment *c = ent_world__layer_get(w, ENT_REC_COMMITMENT, i);
            check_strv(s, top, c->parties, "party", c->file, c->line, c->col);
            check_strv(s, top, c->beneficiaries, "beneficiary", c->file,
                       c->line, c->col);
            check_strv(s, top, c->opponents, "opponent", c->file, c->line,
                       c->col);
            check_strv(s, top, c->against, "against", c->file, c->line, c->col);
            for (size_t k = 0; k < c->n_history; k++)
                check_actor(s, top, c->history[k].by, "history by", c->file,
                            c->line, c->col);
        }
        n = ent_world__layer_count(w, ENT_REC_CAPABILITY);
        for (size_t i = 0; i < n; i++) {
            const ent_capability *c = ent_world__layer_get(w, ENT_REC_CAPABILITY, i);
            check_actor(s, top, c->actor, "capability", c->file, c->line, c->col);
        }
        n = ent_world__layer_count(w, ENT_REC_CLAIM);
        for (size_t i = 0; i < n; i++) {
            const ent_claim *c = ent_world__layer_get(w, ENT_REC_CLAIM, i);
            check_actor(s, top, c->actor, "claim actor", c->file, c->line, c->col);
            check_strv(s, top, c->targets, "claim target", c->file, c->line,
                       c->col);
            if (c->about && !ent_world_commitment(top, c->about) &&
                !ent_world_issue(top, c->about))
                report(s, c->file, c->line, c->col,
                       "claim '%s' is about '%s', which is no commitment or "
                       "issue",
                       c->id ? c->id : "", c->about);
        }
        n = ent_world__layer_count(w, ENT_REC_ISSUE);
        for (size_t i = 0; i < n; i++) {
            const ent_issue *is = ent_world__layer_get(w, ENT_REC_ISSUE, i);
            for (size_t k = 0; k < is->n_positions; k++)
                check_actor(s, top, is->positions[k].actor, "position",
                            is->file, is->line, is->col);
            check_strv(s, top, is->approvers, "approver", is->file, is->line,
                       is->col);
            check_strv(s, top, is->vetoers, "vetoer", is->file, is->line,
                       is->col);
        }
    }
}

static bool single_holder(const char *role)
{
    static const char *const roles[] = {
        "head_of_state", "head_of_government", "foreign_minister",
        "defence_minister", "head_of_presidential_office",
        "secretary_security_council", "secretary_general", "ambassador"};
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (strcmp(role, roles[i]) == 0)
            return true;
    return false;
}

static bool same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void check_intervals(sink *s, const ent_world *top)
{
    ent_list all = {0};
    /* Memberships: the same member in the same group must not overlap. */
    ent_world_memberships(top, ENT_DATE_MIN, NULL, NULL, &all);
    for (size_t i = 0; i < all.n; i++) {
        const ent_membership *a = all.items[i];
        if (a->from > a->until)
            report(s, a->file, a->line, a->col,
                   "membership of %s in %s ends before it starts", a->member,
                   a->group);
        for (size_t j = i + 1; j < all.n; j++) {
            const ent_membership *b = all.items[j];
            if (same(a->member, b->member) && same(a->group, b->group) &&
                overlaps(a->from, a->until, b->from, b->until))
                report(s, b->file, b->line, b->col,
                       "membership of %s in %s overlaps the one at %s:%d",
                       b->member, b->group, a->file ? a->file : "", a->line);
        }
    }
    ent_list_free(&all);
    ent_world_roles(top, ENT_DATE_MIN, NULL, NULL, NULL, &all);
    for (size_t i = 0; i < all.n; i++) {
        const ent_role *a = all.items[i];
        if (a->from > a->until)
            report(s, a->file, a->line, a->col,
                   "role %s of %s ends before it starts", a->role, a->person);
        for (size_t j = i + 1; j < all.n; j++) {
            const ent_role *b = all.items[j];
            if (!same(a->role, b->role) || !same(a->of, b->of) ||
                !same(a->at, b->at) ||
                !overlaps(a->from, a->until, b->from, b->until))
                continue;
            if (same(a->person, b->person))
                report(s, b->file, b->line, b->col,
                       "role %s of %s for %s overlaps the one at %s:%d",
                       b->role, b->person, b->of, a->file ? a->file : "",
                       a->line);
            else if (single_holder(a->role))
                report(s, b->file, b->line, b->col,
                       "%s and %s both hold %s of %s on overlapping dates",
                       a->person, b->person, b->role, b->of);
        }
    }
    ent_list_free(&all);
    for (const ent_world *w = top; w; w = ent_world_parent(w)) {
        size_t n = ent_world__layer_count(w, ENT_REC_CAPABILITY);
        for (size_t i = 0; i < n; i++) {
            const ent_capability *a = ent_world__layer_get(w, ENT_REC_CAPABILITY, i);
            for (size_t j = i + 1; j < n; j++) {
                const ent_capability *b =
                    ent_world__layer_get(w, ENT_REC_CAPABILITY, j);
                if (a->year == b->year && strcmp(a->actor, b->actor) == 0)
                    report(s, b->file, b->line, b->col,
                           "second capability record for %s in %d", b->actor,
                           b->year);
            }
        }
        n = ent_world__layer_count(w, ENT_REC_COMMITMENT);
        for (size_t i = 0; i < n; i++) {
            const ent_commitment *c = ent_world__layer_get(w, ENT_REC_COMMITMENT, i);
            if (c->from > c->until)
                report(s, c->file, c->line, c->col,
                       "commitment '%s' ends before it starts", c->id);
        }
    }
}

size_t ent_world_validate(const ent_world *w, unsigned flags, ent_list *errors)
{
    sink s = {errors, 0};
    if (flags & ENT_VALIDATE_REFS)
        check_refs(&s, w);
    if (flags & ENT_VALIDATE_INTERVALS)
        check_intervals(&s, w);
    return s.count;
}
