/*
 * world.c - the dated world model: storage of records, overlays and the
 * "as of" queries declared in entente/world.h.
 *
 * DESIGN
 * Each layer (a world, or an overlay on a parent) owns an arena holding its
 * records and interned strings, and per-kind vectors of record pointers.
 * Records with ids (actors, commitments, issues) are indexed per layer.
 * Queries walk the layers from nearest to farthest; a record whose id is
 * defined or removed in a nearer layer is shadowed. Nothing in a parent is
 * ever copied, except one commitment or issue when an overlay changes it
 * (copy-on-write of that record only).
 */
#include <entente/world.h>

#include "core/arena.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define VEC(T)                                                                 \
    struct {                                                                   \
        T *v;                                                                  \
        size_t n, cap;                                                         \
    }

struct ent_world {
    const ent_world *parent;
    ent_arena arena;
    ent_strmap interned;
    VEC(ent_actor *) actors;
    ent_strmap actor_ix;
    VEC(ent_membership *) memberships;
    VEC(ent_role *) roles;
    VEC(ent_commitment *) commitments;
    ent_strmap commit_ix;
    ent_strmap removed;
    VEC(ent_capability *) caps;
    VEC(ent_claim *) claims;
    VEC(ent_issue *) issues;
    ent_strmap issue_ix;
    VEC(ent_trigger *) triggers;
    VEC(ent_assumption *) assumptions;
    ent_scenario_info *scenario;
    bool owns_parent;
};

static int vec_push(void **v, size_t *n, size_t *cap, const void *item)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        void *nv = realloc(*v, nc * sizeof(void *));
        if (!nv)
            return ENT_ENOMEM;
        *v = nv;
        *cap = nc;
    }
    ((const void **)*v)[(*n)++] = item;
    return 0;
}

#define PUSH(vec, item)                                                        \
    vec_push((void **)&(vec).v, &(vec).n, &(vec).cap, (item))

void ent_list_free(ent_list *list)
{
    if (!list)
        return;
    free(list->items);
    list->items = NULL;
    list->n = list->cap = 0;
}

static int list_push(ent_list *l, const void *item)
{
    return vec_push((void **)&l->items, &l->n, &l->cap, item);
}

static bool list_has(const ent_list *l, const void *item)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i] == item)
            return true;
    return false;
}

/* --- construction ------------------------------------------------------- */

int ent_world_new(ent_world **out)
{
    return ent_world_overlay_new(out, NULL);
}

int ent_world_overlay_new(ent_world **out, const ent_world *parent)
{
    ent_world *w = calloc(1, sizeof *w);
    if (!w)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    ent_core__arena_init(&w->arena);
    w->parent = parent;
    *out = w;
    return 0;
}

void ent_world_free(ent_world *w)
{
    if (!w)
        return;
    ent_core__strmap_free(&w->interned);
    ent_core__strmap_free(&w->actor_ix);
    ent_core__strmap_free(&w->commit_ix);
    ent_core__strmap_free(&w->removed);
    ent_core__strmap_free(&w->issue_ix);
    free(w->actors.v);
    free(w->memberships.v);
    free(w->roles.v);
    free(w->commitments.v);
    free(w->caps.v);
    free(w->claims.v);
    free(w->issues.v);
    free(w->triggers.v);
    free(w->assumptions.v);
    ent_core__arena_free(&w->arena);
    if (w->owns_parent)
        ent_world_free((ent_world *)(uintptr_t)w->parent);
    free(w);
}

const ent_world *ent_world_parent(const ent_world *w)
{
    return w->parent;
}

const char *ent_world_intern(ent_world *w, const char *s)
{
    if (!s)
        return NULL;
    size_t ix;
    if (ent_core__strmap_get(&w->interned, s, &ix))
        return (const char *)(uintptr_t)ix;
    char *copy = ent_core__arena_strdup(&w->arena, s);
    if (!copy)
        return NULL;
    /* The value is the pointer itself, so lookups return the interned copy. */
    if (ent_core__strmap_put(&w->interned, copy, (size_t)(uintptr_t)copy) != 0)
        return NULL;
    return copy;
}

#define INTERN(w, dst, src)                                                    \
    do {                                                                       \
        if ((src) && !((dst) = ent_world_intern((w), (src))))                  \
            return ent_error_set(ENT_ENOMEM, "out of memory");                 \
    } while (0)

static const char *const empty_list[] = {NULL};

/* Copy a NULL-terminated string list into the world (NULL -> empty). */
static const char *const *copy_strv(ent_world *w, const char *const *src)
{
    if (!src || !src[0])
        return empty_list;
    size_t n = 0;
    while (src[n])
        n++;
    const char **dst = ent_core__arena_alloc(&w->arena, (n + 1) * sizeof *dst);
    if (!dst)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!(dst[i] = ent_world_intern(w, src[i])))
            return NULL;
    dst[n] = NULL;
    return dst;
}

#define COPY_STRV(w, field)                                                    \
    do {                                                                       \
        if (!((field) = copy_strv((w), (field))))                              \
            return ent_error_set(ENT_ENOMEM, "out of memory");                 \
    } while (0)

static void *arena_dup(ent_world *w, const void *src, size_t n)
{
    void *dst = ent_core__arena_alloc(&w->arena, n ? n : 1);
    if (dst && n)
        memcpy(dst, src, n);
    return dst;
}

static int add_actor_into(ent_world *w, const ent_actor *src, ent_actor **out)
{
    ent_actor *a = arena_dup(w, src, sizeof *a);
    if (!a)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, a->code, src->code);
    INTERN(w, a->name, src->name);
    INTERN(w, a->iso3, src->iso3);
    INTERN(w, a->capital, src->capital);
    INTERN(w, a->nationality, src->nationality);
    INTERN(w, a->source, src->source);
    INTERN(w, a->file, src->file);
    COPY_STRV(w, a->aliases);
    COPY_STRV(w, a->demonyms);
    COPY_STRV(w, a->seats);
    *out = a;
    return 0;
}

int ent_world_add_actor(ent_world *w, const ent_actor *src)
{
    if (!src->code || !src->code[0])
        return ent_error_set(ENT_EINVALID, "actor without a code");
    if (ent_core__strmap_get(&w->actor_ix, src->code, NULL))
        return ent_error_set(ENT_EINVALID, "duplicate actor code '%s'",
                             src->code);
    ent_actor *a = NULL;
    int rc = add_actor_into(w, src, &a);
    if (rc)
        return rc;
    if (PUSH(w->actors, a) ||
        ent_core__strmap_put(&w->actor_ix, a->code, w->actors.n - 1))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

int ent_world_add_membership(ent_world *w, const ent_membership *src)
{
    ent_membership *m = arena_dup(w, src, sizeof *m);
    if (!m)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, m->member, src->member);
    INTERN(w, m->group, src->group);
    INTERN(w, m->status, src->status ? src->status : "member");
    INTERN(w, m->source, src->source);
    INTERN(w, m->file, src->file);
    if (PUSH(w->memberships, m))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

int ent_world_add_role(ent_world *w, const ent_role *src)
{
    ent_role *r = arena_dup(w, src, sizeof *r);
    if (!r)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, r->person, src->person);
    INTERN(w, r->role, src->role);
    INTERN(w, r->of, src->of);
    INTERN(w, r->at, src->at);
    INTERN(w, r->title, src->title);
    INTERN(w, r->source, src->source);
    INTERN(w, r->file, src->file);
    if (PUSH(w->roles, r))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

static int copy_commitment(ent_world *w, const ent_commitment *src,
                           ent_commitment **out)
{
    ent_commitment *c = arena_dup(w, src, sizeof *c);
    if (!c)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, c->id, src->id);
    INTERN(w, c->name, src->name);
    INTERN(w, c->scope, src->scope);
    INTERN(w, c->unit, src->unit);
    INTERN(w, c->source, src->source);
    INTERN(w, c->file, src->file);
    COPY_STRV(w, c->parties);
    COPY_STRV(w, c->beneficiaries);
    COPY_STRV(w, c->opponents);
    COPY_STRV(w, c->against);
    ent_status_change *h =
        arena_dup(w, src->history, src->n_history * sizeof *h);
    ent_condition *k =
        arena_dup(w, src->conditions, src->n_conditions * sizeof *k);
    if (!h || !k)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (size_t i = 0; i < src->n_history; i++) {
        INTERN(w, h[i].by, src->history[i].by);
        INTERN(w, h[i].source, src->history[i].source);
    }
    for (size_t i = 0; i < src->n_conditions; i++) {
        INTERN(w, k[i].id, src->conditions[i].id);
        INTERN(w, k[i].text, src->conditions[i].text);
    }
    c->history = h;
    c->conditions = k;
    *out = c;
    return 0;
}

int ent_world_add_commitment(ent_world *w, const ent_commitment *src)
{
    if (!src->id || !src->id[0])
        return ent_error_set(ENT_EINVALID, "commitment without an id");
    if (ent_core__strmap_get(&w->commit_ix, src->id, NULL))
        return ent_error_set(ENT_EINVALID, "duplicate commitment id '%s'",
                             src->id);
    ent_commitment *c = NULL;
    int rc = copy_commitment(w, src, &c);
    if (rc)
        return rc;
    if (PUSH(w->commitments, c) ||
        ent_core__strmap_put(&w->commit_ix, c->id, w->commitments.n - 1))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

int ent_world_add_capability(ent_world *w, const ent_capability *src)
{
    ent_capability *c = arena_dup(w, src, sizeof *c);
    if (!c)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, c->actor, src->actor);
    INTERN(w, c->source, src->source);
    INTERN(w, c->file, src->file);
    if (PUSH(w->caps, c))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

int ent_world_add_claim(ent_world *w, const ent_claim *src)
{
    ent_claim *c = arena_dup(w, src, sizeof *c);
    if (!c)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, c->id, src->id);
    INTERN(w, c->actor, src->actor);
    INTERN(w, c->kind, src->kind);
    INTERN(w, c->about, src->about);
    INTERN(w, c->text, src->text);
    INTERN(w, c->source, src->source);
    INTERN(w, c->file, src->file);
    COPY_STRV(w, c->targets);
    if (PUSH(w->claims, c))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

static int copy_issue(ent_world *w, const ent_issue *src, size_t extra,
                      ent_issue **out)
{
    ent_issue *i = arena_dup(w, src, sizeof *i);
    if (!i)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, i->id, src->id);
    INTERN(w, i->name, src->name);
    INTERN(w, i->source, src->source);
    INTERN(w, i->file, src->file);
    COPY_STRV(w, i->approvers);
    COPY_STRV(w, i->vetoers);
    ent_scale_point *pt = arena_dup(w, src->points, src->n_points * sizeof *pt);
    ent_position *pos = ent_core__arena_alloc(
        &w->arena, (src->n_positions + extra + 1) * sizeof *pos);
    if (!pt || !pos)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    if (src->n_positions)
        memcpy(pos, src->positions, src->n_positions * sizeof *pos);
    for (size_t k = 0; k < src->n_points; k++)
        INTERN(w, pt[k].label, src->points[k].label);
    for (size_t k = 0; k < src->n_positions; k++)
        INTERN(w, pos[k].actor, src->positions[k].actor);
    i->points = pt;
    i->positions = pos;
    *out = i;
    return 0;
}

int ent_world_add_issue(ent_world *w, const ent_issue *src)
{
    if (!src->id || !src->id[0])
        return ent_error_set(ENT_EINVALID, "issue without an id");
    if (ent_core__strmap_get(&w->issue_ix, src->id, NULL))
        return ent_error_set(ENT_EINVALID, "duplicate issue id '%s'", src->id);
    ent_issue *i = NULL;
    int rc = copy_issue(w, src, 0, &i);
    if (rc)
        return rc;
    if (PUSH(w->issues, i) ||
        ent_core__strmap_put(&w->issue_ix, i->id, w->issues.n - 1))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

int ent_world_add_trigger(ent_world *w, const ent_trigger *src)
{
    ent_trigger *t = arena_dup(w, src, sizeof *t);
    if (!t)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, t->id, src->id);
    INTERN(w, t->attacker, src->attacker);
    INTERN(w, t->target, src->target);
    INTERN(w, t->text, src->text);
    if (PUSH(w->triggers, t))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

void ent_world_own_parent(ent_world *w)
{
    w->owns_parent = w->parent != NULL;
}

int ent_world_add_assumption(ent_world *w, const ent_assumption *src)
{
    ent_assumption *a = arena_dup(w, src, sizeof *a);
    if (!a)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, a->id, src->id);
    INTERN(w, a->text, src->text);
    INTERN(w, a->remove, src->remove);
    INTERN(w, a->commitment, src->commitment);
    INTERN(w, a->issue, src->issue);
    INTERN(w, a->file, src->file);
    if (src->add) {
        ent_commitment *c = NULL;
        int rc = copy_commitment(w, src->add, &c);
        if (rc)
            return rc;
        a->add = c;
    }
    ent_cond_setting *cs =
        arena_dup(w, src->conditions, src->n_conditions * sizeof *cs);
    ent_position *pos =
        arena_dup(w, src->positions, src->n_positions * sizeof *pos);
    if (!cs || !pos)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (size_t i = 0; i < src->n_conditions; i++)
        INTERN(w, cs[i].id, src->conditions[i].id);
    for (size_t i = 0; i < src->n_positions; i++)
        INTERN(w, pos[i].actor, src->positions[i].actor);
    a->conditions = cs;
    a->positions = pos;
    if (PUSH(w->assumptions, a))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

const ent_assumption *ent_world_assumption(const ent_world *w, const char *id)
{
    for (; w; w = w->parent)
        for (size_t i = 0; i < w->assumptions.n; i++)
            if (strcmp(w->assumptions.v[i]->id, id) == 0)
                return w->assumptions.v[i];
    return NULL;
}

int ent_world_assumptions(const ent_world *w, ent_list *out)
{
    for (; w; w = w->parent)
        for (size_t i = 0; i < w->assumptions.n; i++)
            if (list_push(out, w->assumptions.v[i]))
                return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

int ent_world_apply_assumption(ent_world *w, const ent_assumption *a)
{
    int rc = 0;
    if (a->remove && (rc = ent_world_remove_commitment(w, a->remove)))
        return rc;
    if (a->add && (rc = ent_world_add_commitment(w, a->add)))
        return rc;
    if (a->commitment) {
        if (a->status >= 0 &&
            (rc = ent_world_set_commitment_status(w, a->commitment,
                                                  (ent_commit_status)a->status)))
            return rc;
        for (size_t i = 0; i < a->n_conditions; i++)
            if ((rc = ent_world_set_condition(w, a->commitment,
                                              a->conditions[i].id,
                                              a->conditions[i].state)))
                return rc;
    }
    for (size_t i = 0; a->issue && i < a->n_positions; i++)
        if ((rc = ent_world_set_position(w, a->issue, a->positions[i].actor,
                                         a->positions[i].position,
                                         a->positions[i].salience)))
            return rc;
    return 0;
}

int ent_world_set_scenario(ent_world *w, const ent_scenario_info *info)
{
    ent_scenario_info *s = arena_dup(w, info, sizeof *s);
    if (!s)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    INTERN(w, s->id, info->id);
    INTERN(w, s->name, info->name);
    INTERN(w, s->description, info->description);
    INTERN(w, s->source, info->source);
    w->scenario = s;
    return 0;
}

const ent_scenario_info *ent_world_scenario(const ent_world *w)
{
    for (; w; w = w->parent)
        if (w->scenario)
            return w->scenario;
    return NULL;
}

/* --- lookups ------------------------------------------------------------- */

const ent_actor *ent_world_actor(const ent_world *w, const char *code)
{
    size_t ix;
    if (!code)
        return NULL;
    for (; w; w = w->parent)
        if (ent_core__strmap_get(&w->actor_ix, code, &ix))
            return w->actors.v[ix];
    return NULL;
}

const ent_commitment *ent_world_commitment(const ent_world *w, const char *id)
{
    size_t ix;
    if (!id)
        return NULL;
    for (; w; w = w->parent) {
        if (ent_core__strmap_get(&w->commit_ix, id, &ix))
            return w->commitments.v[ix];
        if (ent_core__strmap_get(&w->removed, id, NULL))
            return NULL;
    }
    return NULL;
}

const ent_issue *ent_world_issue(const ent_world *w, const char *id)
{
    size_t ix;
    if (!id)
        return NULL;
    for (; w; w = w->parent)
        if (ent_core__strmap_get(&w->issue_ix, id, &ix))
            return w->issues.v[ix];
    return NULL;
}

/* True if a layer nearer than `layer` defines or removes commitment `id`. */
static bool commit_shadowed(const ent_world *top, const ent_world *layer,
                            const char *id)
{
    for (const ent_world *l = top; l && l != layer; l = l->parent)
        if (ent_core__strmap_get(&l->commit_ix, id, NULL) ||
            ent_core__strmap_get(&l->removed, id, NULL))
            return true;
    return false;
}

static bool actor_shadowed(const ent_world *top, const ent_world *layer,
                           const char *code)
{
    for (const ent_world *l = top; l && l != layer; l = l->parent)
        if (ent_core__strmap_get(&l->actor_ix, code, NULL))
            return true;
    return false;
}

static bool issue_shadowed(const ent_world *top, const ent_world *layer,
                           const char *id)
{
    for (const ent_world *l = top; l && l != layer; l = l->parent)
        if (ent_core__strmap_get(&l->issue_ix, id, NULL))
            return true;
    return false;
}

/* --- overlay changes ----------------------------------------------------- */

int ent_world_remove_commitment(ent_world *w, const char *id)
{
    if (!ent_world_commitment(w, id))
        return ent_error_set(ENT_ENOTFOUND, "no commitment '%s'", id);
    const char *key = ent_world_intern(w, id);
    size_t ix;
    if (!key)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    if (ent_core__strmap_get(&w->commit_ix, id, &ix)) {
        /* Defined in this very layer: drop it from the index and the list. */
        memmove(&w->commitments.v[ix], &w->commitments.v[ix + 1],
                (w->commitments.n - ix - 1) * sizeof(void *));
        w->commitments.n--;
        ent_core__strmap_free(&w->commit_ix);
        for (size_t k = 0; k < w->commitments.n; k++)
            if (ent_core__strmap_put(&w->commit_ix, w->commitments.v[k]->id, k))
                return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    if (ent_core__strmap_put(&w->removed, key, 1))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

/* The commitment `id` as a record owned by layer w, copying it if needed. */
static int own_commitment(ent_world *w, const char *id, ent_commitment **out)
{
    size_t ix;
    if (ent_core__strmap_get(&w->commit_ix, id, &ix)) {
        *out = w->commitments.v[ix];
        return 0;
    }
    const ent_commitment *c = ent_world_commitment(w, id);
    if (!c)
        return ent_error_set(ENT_ENOTFOUND, "no commitment '%s'", id);
    ent_commitment *copy = NULL;
    int rc = copy_commitment(w, c, &copy);
    if (rc)
        return rc;
    if (PUSH(w->commitments, copy) ||
        ent_core__strmap_put(&w->commit_ix, copy->id, w->commitments.n - 1))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    *out = copy;
    return 0;
}

int ent_world_set_commitment_status(ent_world *w, const char *id,
                                    ent_commit_status status)
{
    ent_commitment *c = NULL;
    int rc = own_commitment(w, id, &c);
    if (rc)
        return rc;
    /* The assumption replaces the record's whole status timeline. */
    c->status = status;
    c->n_history = 0;
    return 0;
}

int ent_world_set_condition(ent_world *w, const char *commitment_id,
                            const char *condition_id, ent_cond_state state)
{
    ent_commitment *c = NULL;
    int rc = own_commitment(w, commitment_id, &c);
    if (rc)
        return rc;
    for (size_t i = 0; i < c->n_conditions; i++) {
        if (strcmp(c->conditions[i].id, condition_id) == 0) {
            ((ent_condition *)c->conditions)[i].state = state;
            return 0;
        }
    }
    return ent_error_set(ENT_ENOTFOUND, "commitment '%s' has no condition '%s'",
                         commitment_id, condition_id);
}

int ent_world_set_position(ent_world *w, const char *issue_id,
                           const char *actor, double position, double salience)
{
    size_t ix;
    ent_issue *is = NULL;
    if (ent_core__strmap_get(&w->issue_ix, issue_id, &ix)) {
        is = w->issues.v[ix];
        ent_issue *grown = NULL;
        int rc = copy_issue(w, is, 1, &grown);
        if (rc)
            return rc;
        w->issues.v[ix] = grown;
        is = grown;
    } else {
        const ent_issue *base = ent_world_issue(w, issue_id);
        if (!base)
            return ent_error_set(ENT_ENOTFOUND, "no issue '%s'", issue_id);
        int rc = copy_issue(w, base, 1, &is);
        if (rc)
            return rc;
        if (PUSH(w->issues, is) ||
            ent_core__strmap_put(&w->issue_ix, is->id, w->issues.n - 1))
            return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    ent_position *pos = (ent_position *)is->positions;
    for (size_t k = 0; k < is->n_positions; k++) {
        if (strcmp(pos[k].actor, actor) == 0) {
            pos[k].position = position;
            pos[k].salience = salience;
            return 0;
        }
    }
    INTERN(w, pos[is->n_positions].actor, actor);
    pos[is->n_positions].position = position;
    pos[is->n_positions].salience = salience;
    pos[is->n_positions].capability = -1;
    is->n_positions++;
    return 0;
}

/* --- queries -------------------------------------------------------------- */

static int cmp_actor(const void *a, const void *b)
{
    const ent_actor *x = *(const ent_actor *const *)a;
    const ent_actor *y = *(const ent_actor *const *)b;
    return strcmp(x->code, y->code);
}

int ent_world_actors(const ent_world *w, ent_date asof, int kind, ent_list *out)
{
    for (const ent_world *l = w; l; l = l->parent) {
        for (size_t i = 0; i < l->actors.n; i++) {
            const ent_actor *a = l->actors.v[i];
            if (kind >= 0 && (int)a->kind != kind)
                continue;
            if (asof != ENT_DATE_MIN && !ent_date_within(asof, a->from, a->until))
                continue;
            if (actor_shadowed(w, l, a->code))
                continue;
            if (list_push(out, a))
                return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    }
    qsort(out->items, out->n, sizeof(void *), cmp_actor);
    return 0;
}

static bool active(ent_date asof, ent_date from, ent_date until)
{
    return asof == ENT_DATE_MIN || ent_date_within(asof, from, until);
}

int ent_world_memberships(const ent_world *w, ent_date asof, const char *member,
                          const char *group, ent_list *out)
{
    for (const ent_world *l = w; l; l = l->parent) {
        for (size_t i = 0; i < l->memberships.n; i++) {
            const ent_membership *m = l->memberships.v[i];
            if (member && strcmp(m->member, member) != 0)
                continue;
            if (group && strcmp(m->group, group) != 0)
                continue;
            if (!active(asof, m->from, m->until))
                continue;
            if (list_push(out, m))
                return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    }
    return 0;
}

bool ent_world_is_member(const ent_world *w, ent_date asof, const char *member,
                         const char *group)
{
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->memberships.n; i++) {
            const ent_membership *m = l->memberships.v[i];
            if (strcmp(m->member, member) == 0 &&
                strcmp(m->group, group) == 0 && active(asof, m->from, m->until))
                return true;
        }
    return false;
}

static int expand(const ent_world *w, ent_date asof, const char *code,
                  ent_list *out, int depth)
{
    const ent_actor *a = ent_world_actor(w, code);
    if (!a)
        return ent_error_set(ENT_ENOTFOUND, "unknown actor code '%s'", code);
    if (a->kind != ENT_ACTOR_ORGANISATION && a->kind != ENT_ACTOR_GROUP) {
        if (!list_has(out, a) && list_push(out, a))
            return ent_error_set(ENT_ENOMEM, "out of memory");
        return 0;
    }
    if (depth > 8)
        return 0;
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->memberships.n; i++) {
            const ent_membership *m = l->memberships.v[i];
            if (strcmp(m->group, code) != 0 || !active(asof, m->from, m->until))
                continue;
            if (strcmp(m->status, "member") != 0)
                continue;
            int rc = expand(w, asof, m->member, out, depth + 1);
            if (rc && rc != ENT_ENOTFOUND)
                return rc;
        }
    return 0;
}

int ent_world_expand(const ent_world *w, ent_date asof, const char *code,
                     ent_list *out)
{
    return expand(w, asof, code, out, 0);
}

int ent_world_roles(const ent_world *w, ent_date asof, const char *person,
                    const char *of, const char *role, ent_list *out)
{
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->roles.n; i++) {
            const ent_role *r = l->roles.v[i];
            if (person && strcmp(r->person, person) != 0)
                continue;
            if (of && strcmp(r->of, of) != 0)
                continue;
            if (role && strcmp(r->role, role) != 0)
                continue;
            if (!active(asof, r->from, r->until))
                continue;
            if (list_push(out, r))
                return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    return 0;
}

const ent_actor *ent_world_role_holder(const ent_world *w, ent_date asof,
                                       const char *of, const char *role)
{
    ent_list l = {0};
    const ent_actor *a = NULL;
    if (ent_world_roles(w, asof, NULL, of, role, &l) == 0 && l.n > 0)
        a = ent_world_actor(w, ((const ent_role *)l.items[0])->person);
    ent_list_free(&l);
    return a;
}

/* True if `code` is `party` or a member (recursively) of it on asof. */
static bool within(const ent_world *w, ent_date asof, const char *code,
                   const char *party, int depth)
{
    if (strcmp(code, party) == 0)
        return true;
    if (depth > 8)
        return false;
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->memberships.n; i++) {
            const ent_membership *m = l->memberships.v[i];
            if (strcmp(m->group, party) != 0 || strcmp(m->status, "member") != 0 ||
                !active(asof, m->from, m->until))
                continue;
            if (within(w, asof, code, m->member, depth + 1))
                return true;
        }
    return false;
}

static bool in_strv(const ent_world *w, ent_date asof, const char *const *v,
                    const char *code)
{
    for (size_t i = 0; v && v[i]; i++)
        if (within(w, asof, code, v[i], 0))
            return true;
    return false;
}

bool ent_commitment_binds(const ent_world *w, const ent_commitment *c,
                          ent_date asof, const char *code)
{
    return in_strv(w, asof, c->parties, code);
}

bool ent_commitment_covers(const ent_world *w, const ent_commitment *c,
                           ent_date asof, const char *code)
{
    if (c->mutual && in_strv(w, asof, c->parties, code))
        return true;
    return in_strv(w, asof, c->beneficiaries, code);
}

int ent_world_commitments(const ent_world *w, ent_date asof, const char *actor,
                          ent_list *out)
{
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->commitments.n; i++) {
            const ent_commitment *c = l->commitments.v[i];
            if (commit_shadowed(w, l, c->id))
                continue;
            if (!active(asof, c->from, c->until))
                continue;
            if (actor && !ent_commitment_binds(w, c, asof, actor) &&
                !ent_commitment_covers(w, c, asof, actor))
                continue;
            if (list_push(out, c))
                return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    return 0;
}

ent_commit_status ent_commitment_status_at(const ent_commitment *c,
                                           ent_date asof)
{
    ent_commit_status s = c->status;
    ent_date best = ENT_DATE_MIN;
    for (size_t i = 0; i < c->n_history; i++)
        if (c->history[i].date <= asof && c->history[i].date >= best) {
            best = c->history[i].date;
            s = c->history[i].status;
        }
    return s;
}

const ent_capability *ent_world_capability(const ent_world *w,
                                           const char *actor, ent_date asof)
{
    int year = 9999, m, d;
    if (asof != ENT_DATE_MAX && asof != ENT_DATE_MIN)
        ent_date_to_ymd(asof, &year, &m, &d);
    const ent_capability *best = NULL;
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->caps.n; i++) {
            const ent_capability *c = l->caps.v[i];
            if (strcmp(c->actor, actor) != 0 || c->year > year)
                continue;
            if (!best || c->year > best->year)
                best = c;
        }
    return best;
}

int ent_world_claims(const ent_world *w, const char *actor, ent_list *out)
{
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->claims.n; i++) {
            const ent_claim *c = l->claims.v[i];
            if (actor && strcmp(c->actor, actor) != 0) {
                bool target = false;
                for (size_t k = 0; c->targets[k]; k++)
                    target |= strcmp(c->targets[k], actor) == 0;
                if (!target)
                    continue;
            }
            if (list_push(out, c))
                return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    return 0;
}

int ent_world_issues(const ent_world *w, ent_list *out)
{
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->issues.n; i++) {
            if (issue_shadowed(w, l, l->issues.v[i]->id))
                continue;
            if (list_push(out, l->issues.v[i]))
                return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    return 0;
}

int ent_world_triggers(const ent_world *w, ent_list *out)
{
    for (const ent_world *l = w; l; l = l->parent)
        for (size_t i = 0; i < l->triggers.n; i++)
            if (list_push(out, l->triggers.v[i]))
                return ent_error_set(ENT_ENOMEM, "out of memory");
    return 0;
}

/* --- iteration for the store and validation (internal) ------------------- */

#include "world_internal.h"

size_t ent_world__layer_count(const ent_world *w, ent_world_record kind)
{
    switch (kind) {
    case ENT_REC_ACTOR:
        return w->actors.n;
    case ENT_REC_MEMBERSHIP:
        return w->memberships.n;
    case ENT_REC_ROLE:
        return w->roles.n;
    case ENT_REC_COMMITMENT:
        return w->commitments.n;
    case ENT_REC_CAPABILITY:
        return w->caps.n;
    case ENT_REC_CLAIM:
        return w->claims.n;
    case ENT_REC_ISSUE:
        return w->issues.n;
    case ENT_REC_TRIGGER:
        return w->triggers.n;
    }
    return 0;
}

const void *ent_world__layer_get(const ent_world *w, ent_world_record kind,
                                 size_t i)
{
    switch (kind) {
    case ENT_REC_ACTOR:
        return w->actors.v[i];
    case ENT_REC_MEMBERSHIP:
        return w->memberships.v[i];
    case ENT_REC_ROLE:
        return w->roles.v[i];
    case ENT_REC_COMMITMENT:
        return w->commitments.v[i];
    case ENT_REC_CAPABILITY:
        return w->caps.v[i];
    case ENT_REC_CLAIM:
        return w->claims.v[i];
    case ENT_REC_ISSUE:
        return w->issues.v[i];
    case ENT_REC_TRIGGER:
        return w->triggers.v[i];
    }
    return NULL;
}

size_t ent_world__removed(const ent_world *w, const char ***ids)
{
    size_t n = 0;
    *ids = NULL;
    if (!w->removed.n)
        return 0;
    *ids = malloc(w->removed.n * sizeof **ids);
    if (!*ids)
        return 0;
    for (size_t i = 0; i < w->removed.cap; i++)
        if (w->removed.keys[i])
            (*ids)[n++] = w->removed.keys[i];
    return n;
}
