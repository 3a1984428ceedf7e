/*
 * event_world.c - how stored events move the world model: a refusal of a
 * security guarantee marks the matching commitments declined in an
 * overlay (the rule is documented in docs/coder.md).
 */
#include <entente/events.h>
#include <entente/store.h>
#include <entente/world.h>

#include <stdlib.h>
#include <string.h>

typedef struct apply_ctx {
    ent_world *w;
    ent_date asof;
    ent_event_change *v;
    size_t n, cap;
    int rc;
} apply_ctx;

static int push(apply_ctx *a, const char *id, const ent_event *ev)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 8;
        ent_event_change *v = realloc(a->v, cap * sizeof *v);
        if (!v)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        a->v = v;
        a->cap = cap;
    }
    ent_event_change *c = &a->v[a->n++];
    memset(c, 0, sizeof *c);
    snprintf(c->commitment, sizeof c->commitment, "%s", id ? id : "");
    snprintf(c->by, sizeof c->by, "%s", ev->source_root);
    snprintf(c->to, sizeof c->to, "%s", ev->target_root);
    snprintf(c->doc, sizeof c->doc, "%s", ev->doc ? ev->doc : "");
    c->date = ev->date;
    c->sentence = ev->sentence;
    return 0;
}

static int on_event(void *ctx, const ent_event *ev)
{
    apply_ctx *a = ctx;
    if (strcmp(ev->cameo, "1224") != 0 || ev->negated || !ev->target_root[0] ||
        (ev->modality != ENT_MOD_ASSERTED && ev->modality != ENT_MOD_REPORTED))
        return 0;
    if (ev->date != ENT_DATE_MIN && a->asof != ENT_DATE_MIN && ev->date > a->asof)
        return 0;
    ent_date on = ev->date == ENT_DATE_MIN ? a->asof : ev->date;
    ent_list l = {0};
    int rc = ent_world_commitments(a->w, on, ev->source_root, &l);
    bool any = false;
    for (size_t i = 0; rc == 0 && i < l.n; i++) {
        const ent_commitment *c = l.items[i];
        if (c->kind != ENT_COMMIT_SECURITY_GUARANTEE)
            continue;
        if (!ent_commitment_binds(a->w, c, on, ev->source_root) ||
            !ent_commitment_covers(a->w, c, on, ev->target_root))
            continue;
        rc = ent_world_set_commitment_status(a->w, c->id, ENT_STATUS_DECLINED);
        if (rc == 0)
            rc = push(a, c->id, ev);
        any = true;
    }
    ent_list_free(&l);
    if (rc == 0 && !any)
        rc = push(a, NULL, ev);
    return rc;
}

int ent_events_apply(ent_store *s, ent_world *overlay, ent_date asof,
                     ent_event_change **changes, size_t *n)
{
    apply_ctx a = {overlay, asof, NULL, 0, 0, 0};
    int rc = ent_events_query(s, NULL, ENT_DATE_MIN, on_event, &a);
    if (rc) {
        free(a.v);
        *changes = NULL;
        *n = 0;
        return rc;
    }
    *changes = a.v;
    *n = a.n;
    return 0;
}
