/*
 * render.c - text renderings of world records shared by show, list and
 * summary: one-line commitments with status, conditions and opponents.
 */
#include "render.h"

#include <string.h>

void render_strv(FILE *fp, const char *const *v, const char *sep)
{
    for (size_t i = 0; v && v[i]; i++)
        fprintf(fp, "%s%s", i ? sep : "", v[i]);
}

void render_interval(FILE *fp, ent_date from, ent_date until)
{
    char a[11], b[11];
    if (from == ENT_DATE_MIN && until == ENT_DATE_MAX)
        return;
    if (until == ENT_DATE_MAX)
        fprintf(fp, "since %s", ent_date_format(from, a));
    else if (from == ENT_DATE_MIN)
        fprintf(fp, "until %s", ent_date_format(until, b));
    else
        fprintf(fp, "%s to %s", ent_date_format(from, a),
                ent_date_format(until, b));
}

static const char *name_of(const ent_world *w, const char *code)
{
    const ent_actor *a = ent_world_actor(w, code);
    return a && a->name ? a->name : code;
}

void render_commitment(FILE *fp, const ent_world *w, const ent_commitment *c,
                       ent_date asof, const char *indent)
{
    ent_commit_status st = ent_commitment_status_at(c, asof);
    fprintf(fp, "%s%-18s %-9s ", indent, ent_commit_kind_name(c->kind),
            ent_commit_status_name(st));
    render_strv(fp, c->parties, "+");
    if (c->mutual)
        fprintf(fp, " (mutual)");
    if (c->beneficiaries && c->beneficiaries[0]) {
        fprintf(fp, " -> ");
        render_strv(fp, c->beneficiaries, "+");
    } else if (c->against && c->against[0]) {
        fprintf(fp, " against ");
        render_strv(fp, c->against, "+");
    }
    fprintf(fp, "  [%s]", c->id);
    if (c->name)
        fprintf(fp, " %s", c->name);
    fputc('\n', fp);
    for (size_t i = 0; i < c->n_history; i++) {
        char d[11];
        if (c->history[i].date > asof)
            continue;
        fprintf(fp, "%s    %s %s%s%s\n", indent,
                ent_date_format(c->history[i].date, d),
                ent_commit_status_name(c->history[i].status),
                c->history[i].by ? " by " : "",
                c->history[i].by ? name_of(w, c->history[i].by) : "");
    }
    for (size_t i = 0; i < c->n_conditions; i++)
        fprintf(fp, "%s    condition %s: %s (%s)\n", indent, c->conditions[i].id,
                c->conditions[i].text ? c->conditions[i].text : "",
                ent_cond_state_name(c->conditions[i].state));
    if (c->opponents && c->opponents[0]) {
        fprintf(fp, "%s    opposed by: ", indent);
        for (size_t i = 0; c->opponents[i]; i++)
            fprintf(fp, "%s%s", i ? ", " : "", name_of(w, c->opponents[i]));
        fputc('\n', fp);
    }
    if (c->against && c->against[0] && c->beneficiaries &&
        c->beneficiaries[0]) {
        fprintf(fp, "%s    directed against: ", indent);
        render_strv(fp, c->against, ", ");
        fputc('\n', fp);
    }
    if (c->level > 0)
        fprintf(fp, "%s    level: %g %s\n", indent, c->level, c->unit ? c->unit : "");
}

void render_role(FILE *fp, const ent_world *w, const ent_role *r,
                 bool show_person, const char *indent)
{
    fprintf(fp, "%s%-28s ", indent, r->role);
    if (show_person)
        fprintf(fp, "%-24s ", name_of(w, r->person));
    fprintf(fp, "of %s", r->of);
    if (r->at)
        fprintf(fp, " at %s", r->at);
    fprintf(fp, "  ");
    render_interval(fp, r->from, r->until);
    if (r->title)
        fprintf(fp, "  (%s)", r->title);
    fputc('\n', fp);
}
