/*
 * result.c - allocation of bargaining results and the model dispatch.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

ent_bargain_result *bargain_result_new(ent_bargain_model m, size_t n, size_t d,
                                       size_t max_rounds)
{
    ent_bargain_result *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->model = m;
    r->n_actors = n;
    r->n_dims = d;
    r->rounds = calloc(max_rounds, sizeof *r->rounds);
    r->outcome = calloc(d, sizeof *r->outcome);
    r->most_probable = calloc(d, sizeof *r->most_probable);
    if (!r->rounds || !r->outcome || !r->most_probable) {
        ent_bargain_result_free(r);
        return NULL;
    }
    return r;
}

ent_bargain_round *bargain_push_round(ent_bargain_result *r, const double *pos,
                                      int with_prob)
{
    ent_bargain_round *rd = &r->rounds[r->n_rounds];
    memset(rd, 0, sizeof *rd);
    rd->position = malloc(r->n_actors * r->n_dims * sizeof *rd->position);
    if (!rd->position)
        return NULL;
    memcpy(rd->position, pos, r->n_actors * r->n_dims * sizeof *pos);
    if (with_prob) {
        rd->prob = calloc(r->n_actors, sizeof *rd->prob);
        if (!rd->prob) {
            free(rd->position);
            rd->position = NULL;
            return NULL;
        }
    }
    r->n_rounds++;
    return rd;
}

void ent_bargain_result_free(ent_bargain_result *r)
{
    if (!r)
        return;
    if (r->rounds) {
        for (size_t i = 0; i < r->n_rounds; i++) {
            free(r->rounds[i].position);
            free(r->rounds[i].prob);
            free(r->rounds[i].moves);
            free(r->rounds[i].risk);
        }
    }
    free(r->rounds);
    free(r->outcome);
    free(r->most_probable);
    free(r);
}

int ent_bargain_run(const ent_bargain_table *t, const ent_bargain_options *o,
                    ent_bargain_result **out)
{
    ent_bargain_options def = {0};
    *out = NULL;
    if (!t || t->n_actors == 0 || t->n_dims == 0)
        return ent_error_set(ENT_EINVALID, "bargain: empty actor table");
    if (t->n_actors < 2)
        return ent_error_set(ENT_EINVALID, "bargain: need at least 2 actors");
    if (!o)
        o = &def;
    if (o->max_rounds < 0 || o->max_rounds > 10000)
        return ent_error_set(ENT_EINVALID, "bargain: rounds must be 0..10000");
    if (o->model == ENT_BARGAIN_EUM)
        return bargain_run_eum(t, o, out);
    return bargain_run_smp(t, o, out);
}
