/*
 * internal.h - helpers shared by the bargaining models: result allocation
 * and the normalisation of a table to the unit scale.
 */
#ifndef ENT_SIM_BARGAIN_INTERNAL_H
#define ENT_SIM_BARGAIN_INTERNAL_H

#include <entente/bargain.h>

/* Allocate a result with room for max_rounds rounds (positions allocated on
 * demand by bargain_push_round). */
ent_bargain_result *bargain_result_new(ent_bargain_model m, size_t n,
                                       size_t d, size_t max_rounds);
/* Append a round holding a copy of pos (n*d, input scale); returns it. */
ent_bargain_round *bargain_push_round(ent_bargain_result *r, const double *pos,
                                      int with_prob);

int bargain_run_smp(const ent_bargain_table *t, const ent_bargain_options *o,
                    ent_bargain_result **out);
int bargain_run_eum(const ent_bargain_table *t, const ent_bargain_options *o,
                    ent_bargain_result **out);

#endif
