/* render.h - text renderings of world records for the CLI (render.c). */
#ifndef ENT_CLI_RENDER_H
#define ENT_CLI_RENDER_H

#include <entente/world.h>
#include <stdio.h>

void render_strv(FILE *fp, const char *const *v, const char *sep);
void render_interval(FILE *fp, ent_date from, ent_date until);
void render_commitment(FILE *fp, const ent_world *w, const ent_commitment *c,
                       ent_date asof, const char *indent);
void render_role(FILE *fp, const ent_world *w, const ent_role *r,
                 bool show_person, const char *indent);

#endif
