/*
 * internal.h - internal functions shared between the files of src/fit.
 */
#ifndef ENT_FIT_INTERNAL_H
#define ENT_FIT_INTERNAL_H

#include <entente/fit.h>

/* ent_hist_world; with `light` it skips capital distances and prior
 * disputes (for fits that need neither). */
int ent_fit__hist_world(ent_cascade_world **out, const ent_hist *h,
                        ent_date date, bool light);

#endif
