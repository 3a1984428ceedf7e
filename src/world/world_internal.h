/*
 * world_internal.h - internal: layer-by-layer access to a world's records,
 * for the store (which persists each layer) and for validation.
 */
#ifndef ENT_WORLD_INTERNAL_H
#define ENT_WORLD_INTERNAL_H

#include <entente/world.h>

typedef enum {
    ENT_REC_ACTOR,
    ENT_REC_MEMBERSHIP,
    ENT_REC_ROLE,
    ENT_REC_COMMITMENT,
    ENT_REC_CAPABILITY,
    ENT_REC_CLAIM,
    ENT_REC_ISSUE,
    ENT_REC_TRIGGER
} ent_world_record;

/** Records of one kind defined in this layer only (not its parents). */
size_t ent_world__layer_count(const ent_world *w, ent_world_record kind);
const void *ent_world__layer_get(const ent_world *w, ent_world_record kind,
                                 size_t i);
/** Commitment ids this layer removes; *ids is malloc'd, caller frees. */
size_t ent_world__removed(const ent_world *w, const char ***ids);

#endif
