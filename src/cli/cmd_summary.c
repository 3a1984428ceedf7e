/*
 * cmd_summary.c - `entente summary SCENARIO`: a readable situation summary
 * of a scenario: actors, blocs, commitments with their status and
 * conditions, who opposes what, claims, key office holders, the contested
 * issues and the triggers and assumptions it defines.
 */
#include "cli.h"
#include "render.h"

#include <entente/io.h>
#include <getopt.h>
#include <math.h>
#include <string.h>

static void help(FILE *fp)
{
    fprintf(fp,
            "usage: entente summary SCENARIO [--date D]\n\n"
            "Print a situation summary of a scenario file (with the world it\n"
            "names): actors, blocs and their members, commitments with status,\n"
            "conditions and opponents, claims, key office holders, issues with\n"
            "positions and decision rules, triggers and assumptions.\n\n"
            "  -d, --date D  as of this date (default: the scenario's date)\n");
}

static const char *nm(const ent_world *w, const char *code)
{
    const ent_actor *a = ent_world_actor(w, code);
    return a && a->name ? a->name : code;
}

static void members_line(const ent_world *w, ent_date asof, const char *group)
{
    ent_list l = {0};
    ent_world_memberships(w, asof, NULL, group, &l);
    const ent_actor *g = ent_world_actor(w, group);
    size_t n = 0;
    for (size_t i = 0; i < l.n; i++)
        n += strcmp(((const ent_membership *)l.items[i])->status, "member") == 0;
    printf("  %-10s %-40.40s %2zu: ", group, g ? g->name : group, n);
    size_t k = 0;
    for (size_t i = 0; i < l.n; i++) {
        const ent_membership *m = l.items[i];
        if (strcmp(m->status, "member") != 0)
            continue;
        printf("%s%s", k++ ? " " : "", m->member);
    }
    printf("\n");
    ent_list_free(&l);
}

static bool in_list(const char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0)
            return true;
    return false;
}

int cmd_summary(int argc, char **argv)
{
    static const struct option opts[] = {{"date", required_argument, NULL, 'd'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    ent_date asof = 0;
    bool have_date = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:h", opts, NULL)) != -1) {
        if (c == 'h') {
            help(stdout);
            return ENT_EXIT_OK;
        }
        if (c == 'd') {
            if (cli_parse_date("summary", optarg, &asof))
                return ENT_EXIT_USAGE;
            have_date = true;
        } else
            return cli_usage("summary", "unknown option");
    }
    if (optind != argc - 1)
        return cli_usage("summary", "give one SCENARIO file");
    const char *paths[] = {argv[optind]};
    cli_world_opts wo = {paths, 1, NULL, NULL};
    ent_world *w = NULL;
    int status = cli_open_world("summary", &wo, &w);
    if (status)
        return status;
    const ent_scenario_info *s = ent_world_scenario(w);
    if (!have_date)
        asof = s && s->date ? s->date : ent_date_today();
    char d[11];

    /* Header and actor counts. */
    ent_list actors = {0};
    ent_world_actors(w, asof, -1, &actors);
    size_t counts[ENT_ACTOR_KIND_COUNT] = {0};
    for (size_t i = 0; i < actors.n; i++)
        counts[((const ent_actor *)actors.items[i])->kind]++;
    printf("%s\n", s && s->name ? s->name : (s ? s->id : "world"));
    printf("as of %s", ent_date_format(asof, d));
    if (s)
        printf("   scenario %s", s->id);
    printf("\nworld: %zu states, %zu organisations, %zu groupings, %zu persons, "
           "%zu non-state groups\n",
           counts[ENT_ACTOR_STATE], counts[ENT_ACTOR_ORGANISATION],
           counts[ENT_ACTOR_GROUP], counts[ENT_ACTOR_PERSON],
           counts[ENT_ACTOR_NONSTATE]);
    if (s && s->description)
        printf("\n%s\n", s->description);

    /* The scenario's own commitments: those defined in its layer. */
    ent_list all = {0}, scen = {0};
    ent_world_commitments(w, asof, NULL, &all);
    const ent_world *base = ent_world_parent(w);
    /* Blocs: organisations and groupings named by scenario records. */
    const char *blocs[64];
    size_t nb = 0;
    static const char *const always[] = {"NATO", "EU", "CSTO"};
    for (size_t i = 0; i < 3; i++)
        if (ent_world_actor(w, always[i]))
            blocs[nb++] = always[i];
    ent_list claims = {0};
    ent_world_claims(w, NULL, &claims);
    for (size_t i = 0; i < all.n; i++) {
        const ent_commitment *cm = all.items[i];
        if (base && ent_world_commitment(base, cm->id) == cm)
            continue;
        const char *const *lists[] = {cm->parties, cm->beneficiaries, cm->opponents};
        for (size_t k = 0; k < 3; k++)
            for (size_t j = 0; lists[k] && lists[k][j]; j++) {
                const ent_actor *a = ent_world_actor(w, lists[k][j]);
                if (a && (a->kind == ENT_ACTOR_GROUP || a->kind == ENT_ACTOR_ORGANISATION) &&
                    !in_list(blocs, nb, a->code) && nb < 64)
                    blocs[nb++] = a->code;
            }
    }
    for (size_t i = 0; i < claims.n; i++) {
        const ent_claim *cl = claims.items[i];
        for (size_t j = 0; cl->targets[j]; j++) {
            const ent_actor *a = ent_world_actor(w, cl->targets[j]);
            if (a && (a->kind == ENT_ACTOR_GROUP || a->kind == ENT_ACTOR_ORGANISATION) &&
                !in_list(blocs, nb, a->code) && nb < 64)
                blocs[nb++] = a->code;
        }
    }
    printf("\nBLOCS (members on %s)\n", d);
    for (size_t i = 0; i < nb; i++)
        members_line(w, asof, blocs[i]);

    printf("\nCOMMITMENTS OF THE SITUATION\n");
    size_t shown = 0;
    for (size_t i = 0; i < all.n; i++) {
        const ent_commitment *cm = all.items[i];
        if (base && ent_world_commitment(base, cm->id) == cm)
            continue;
        render_commitment(stdout, w, cm, asof, "  ");
        shown++;
    }
    if (!shown)
        printf("  (none defined by the scenario)\n");
    size_t by_kind[ENT_COMMIT_KIND_COUNT] = {0}, in_force = 0;
    for (size_t i = 0; i < all.n; i++) {
        const ent_commitment *cm = all.items[i];
        if (ent_commitment_status_at(cm, asof) == ENT_STATUS_IN_FORCE) {
            by_kind[cm->kind]++;
            in_force++;
        }
    }
    printf("\nIN FORCE IN THE WORLD ON %s: %zu commitments\n", d, in_force);
    for (int k = 0; k < ENT_COMMIT_KIND_COUNT; k++)
        if (by_kind[k])
            printf("  %-20s %zu\n", ent_commit_kind_name((ent_commit_kind)k),
                   by_kind[k]);

    printf("\nWHO OPPOSES WHAT\n");
    size_t nopp = 0;
    for (size_t i = 0; i < all.n; i++) {
        const ent_commitment *cm = all.items[i];
        for (size_t j = 0; cm->opponents && cm->opponents[j]; j++) {
            printf("  %-24s opposes %s (%s, %s)\n", nm(w, cm->opponents[j]),
                   cm->name ? cm->name : cm->id, ent_commit_kind_name(cm->kind),
                   ent_commit_status_name(ent_commitment_status_at(cm, asof)));
            nopp++;
        }
    }
    for (size_t i = 0; i < claims.n; i++) {
        const ent_claim *cl = claims.items[i];
        if (strcmp(cl->kind, "rejection") && strcmp(cl->kind, "threat") &&
            strcmp(cl->kind, "refusal"))
            continue;
        printf("  %-24s %s ", nm(w, cl->actor), cl->kind);
        render_strv(stdout, cl->targets, ", ");
        if (cl->about)
            printf(" (about %s)", cl->about);
        printf("\n");
        nopp++;
    }
    if (!nopp)
        printf("  (nothing recorded)\n");

    if (claims.n) {
        printf("\nCLAIMS\n");
        for (size_t i = 0; i < claims.n; i++) {
            const ent_claim *cl = claims.items[i];
            char cd[11];
            printf("  %-10s %-11s %s", ent_date_format(cl->date, cd), cl->kind,
                   nm(w, cl->actor));
            if (cl->targets[0]) {
                printf(" -> ");
                render_strv(stdout, cl->targets, ", ");
            }
            printf("\n");
            if (cl->text)
                printf("             \"%s\"\n", cl->text);
        }
    }

    /* Office holders of the states that the scenario's claims name. */
    const char *states[32];
    size_t ns = 0;
    for (size_t i = 0; i < claims.n && ns < 32; i++) {
        const ent_claim *cl = claims.items[i];
        const ent_actor *a = ent_world_actor(w, cl->actor);
        const char *code = a && a->kind == ENT_ACTOR_PERSON ? a->nationality
                                                            : cl->actor;
        a = code ? ent_world_actor(w, code) : NULL;
        if (a && a->kind == ENT_ACTOR_STATE && !in_list(states, ns, code))
            states[ns++] = code;
    }
    if (ns) {
        printf("\nWHO SPEAKS FOR WHOM ON %s\n", d);
        for (size_t i = 0; i < ns; i++) {
            ent_list roles = {0};
            ent_world_roles(w, asof, NULL, states[i], NULL, &roles);
            for (size_t j = 0; j < roles.n; j++)
                render_role(stdout, w, roles.items[j], true, "  ");
            ent_list_free(&roles);
        }
    }

    ent_list issues = {0};
    ent_world_issues(w, &issues);
    for (size_t i = 0; i < issues.n; i++) {
        const ent_issue *is = issues.items[i];
        printf("\nISSUE %s: %s  (scale %g..%g", is->id, is->name ? is->name : "",
               is->min, is->max);
        if (!isnan(is->status_quo))
            printf(", status quo %g", is->status_quo);
        printf(")\n");
        for (size_t k = 0; k < is->n_points; k++)
            printf("  %6g  %s\n", is->points[k].value, is->points[k].label);
        printf("  positions:\n");
        for (size_t k = 0; k < is->n_positions; k++)
            printf("    %-22s %6g  salience %.2f\n", nm(w, is->positions[k].actor),
                   is->positions[k].position, is->positions[k].salience);
        printf("  decision rule: %s", ent_rule_kind_name(is->rule));
        if (is->approvers[0]) {
            printf("; must approve: ");
            for (size_t k = 0; is->approvers[k]; k++)
                printf("%s%s", k ? ", " : "", nm(w, is->approvers[k]));
        }
        if (is->vetoers[0]) {
            printf("; may veto: ");
            for (size_t k = 0; is->vetoers[k]; k++)
                printf("%s%s", k ? ", " : "", nm(w, is->vetoers[k]));
        }
        printf("\n");
    }
    ent_list trig = {0}, assume = {0};
    ent_world_triggers(w, &trig);
    ent_world_assumptions(w, &assume);
    if (trig.n) {
        printf("\nTRIGGERS\n");
        for (size_t i = 0; i < trig.n; i++) {
            const ent_trigger *t = trig.items[i];
            printf("  %s:%s  %s\n", t->attacker, t->target, t->text ? t->text : "");
        }
    }
    if (assume.n) {
        printf("\nASSUMPTIONS (apply with --assume ID)\n");
        for (size_t i = 0; i < assume.n; i++) {
            const ent_assumption *a = assume.items[i];
            printf("  %-24s %s\n", a->id, a->text ? a->text : "");
        }
    }
    ent_list_free(&trig);
    ent_list_free(&assume);
    ent_list_free(&issues);
    ent_list_free(&claims);
    ent_list_free(&actors);
    ent_list_free(&all);
    ent_list_free(&scen);
    ent_world_free(w);
    return ENT_EXIT_OK;
}
