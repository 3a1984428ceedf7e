/*
 * cmd_show.c - `entente show ACTOR`: one actor as of a date: memberships,
 * roles held and office holders, commitments given and received with their
 * status and conditions, capabilities and claims.
 */
#include "cli.h"
#include "render.h"

#include <entente/io.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *fp)
{
    fprintf(fp,
            "usage: entente show ACTOR [--date YYYY-MM-DD] [--format table|json]\n"
            "                    [--world FILE]... [--db PATH] [--scenario ID]\n\n"
            "Show an actor as of a date: memberships, roles held (persons) or\n"
            "office holders (states, organisations), commitments given and\n"
            "received with their status that day, conditions and opponents,\n"
            "the latest capabilities, and claims by or about it.\n\n"
            "  -d, --date D      as of this date (default: the scenario's date,\n"
            "                    else today)\n"
            "  -f, --format F    table (default) or json\n"
            "  -w, --world PATH  read these world/scenario files (repeatable)\n"
            "                    instead of the store\n"
            "      --db PATH     the store (default ./entente.db; if it does not\n"
            "                    exist, the shipped reference world is read)\n"
            "      --scenario ID the stored scenario to overlay (default: the\n"
            "                    latest loaded; '' for none)\n");
}

static json_t *list_json(const ent_list *l, json_t *(*fn)(const void *))
{
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++)
        json_array_append_new(a, fn(l->items[i]));
    return a;
}

static json_t *j_membership(const void *p) { return ent_json_membership(p); }
static json_t *j_role(const void *p) { return ent_json_role(p); }
static json_t *j_claim(const void *p) { return ent_json_claim(p); }

int cmd_show(int argc, char **argv)
{
    static const struct option opts[] = {
        {"date", required_argument, NULL, 'd'},
        {"format", required_argument, NULL, 'f'},
        {"world", required_argument, NULL, 'w'},
        {"db", required_argument, NULL, 'D'},
        {"scenario", required_argument, NULL, 'S'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *paths[64];
    cli_world_opts wo = {paths, 0, NULL, NULL};
    cli_format fmt = CLI_FMT_TABLE;
    ent_date asof = 0;
    bool have_date = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:f:w:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            if (cli_parse_date("show", optarg, &asof))
                return ENT_EXIT_USAGE;
            have_date = true;
            break;
        case 'f':
            if (cli_parse_format("show", optarg, 1u << CLI_FMT_TABLE | 1u << CLI_FMT_JSON, &fmt))
                return ENT_EXIT_USAGE;
            break;
        case 'w':
            if (cli_world_add_path("show", &wo, 64, optarg))
                return ENT_EXIT_USAGE;
            break;
        case 'D':
            wo.db = optarg;
            break;
        case 'S':
            wo.scenario = optarg;
            break;
        case 'h':
            help(stdout);
            return ENT_EXIT_OK;
        default:
            return cli_usage("show", "unknown option");
        }
    }
    if (optind != argc - 1)
        return cli_usage("show", optind >= argc ? "no ACTOR given"
                                                : "give exactly one ACTOR");
    const char *code = argv[optind];
    ent_world *w = NULL;
    int status = cli_open_world("show", &wo, &w);
    if (status)
        return status;
    if (!have_date)
        asof = cli_default_date(w);
    const ent_actor *a = ent_world_actor(w, code);
    if (!a) {
        fprintf(stderr, "entente show: unknown actor '%s'\n", code);
        ent_world_free(w);
        return ENT_EXIT_INVALID;
    }
    ent_list mem = {0}, held = {0}, holders = {0}, all = {0}, given = {0},
             received = {0}, claims = {0};
    ent_world_memberships(w, asof, code, NULL, &mem);
    ent_world_roles(w, asof, code, NULL, NULL, &held);
    ent_world_roles(w, asof, NULL, code, NULL, &holders);
    ent_world_commitments(w, asof, code, &all);
    for (size_t i = 0; i < all.n; i++) {
        const ent_commitment *cm = all.items[i];
        /* Received if it protects or supplies this actor (including
         * mutual pacts it is party to), else given. */
        ent_list *dst =
            ent_commitment_covers(w, cm, asof, code) ? &received : &given;
        if (dst->n == dst->cap) {
            size_t cap = dst->cap ? dst->cap * 2 : 16;
            const void **it = realloc(dst->items, cap * sizeof *it);
            if (!it)
                break;
            dst->items = it;
            dst->cap = cap;
        }
        dst->items[dst->n++] = cm;
    }
    ent_world_claims(w, code, &claims);
    const ent_capability *cap = ent_world_capability(w, code, asof);
    char d[11];
    if (fmt == CLI_FMT_JSON) {
        json_t *o = json_object();
        json_object_set_new(o, "date", json_string(ent_date_format(asof, d)));
        json_object_set_new(o, "actor", ent_json_actor(a));
        json_object_set_new(o, "memberships", list_json(&mem, j_membership));
        json_object_set_new(o, "roles_held", list_json(&held, j_role));
        json_object_set_new(o, "office_holders", list_json(&holders, j_role));
        json_t *g = json_array(), *r = json_array();
        for (size_t i = 0; i < given.n; i++)
            json_array_append_new(g, ent_json_commitment(given.items[i], asof));
        for (size_t i = 0; i < received.n; i++)
            json_array_append_new(r, ent_json_commitment(received.items[i], asof));
        json_object_set_new(o, "commitments_given", g);
        json_object_set_new(o, "commitments_received", r);
        json_object_set_new(o, "capability",
                            cap ? ent_json_capability(cap) : json_null());
        json_object_set_new(o, "claims", list_json(&claims, j_claim));
        json_dumpf(o, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(10));
        fputc('\n', stdout);
        json_decref(o);
    } else {
        printf("%s  %s (%s)", a->code, a->name, ent_actor_kind_name(a->kind));
        if (a->cow)
            printf("  COW %d", a->cow);
        printf("  as of %s\n", ent_date_format(asof, d));
        if (a->capital)
            printf("  capital: %s\n", a->capital);
        if (a->nationality)
            printf("  nationality: %s\n", a->nationality);
        if (mem.n) {
            printf("\nmemberships\n");
            for (size_t i = 0; i < mem.n; i++) {
                const ent_membership *m = mem.items[i];
                printf("  %-10s %-8s ", m->group, m->status);
                render_interval(stdout, m->from, m->until);
                printf("\n");
            }
        }
        if (held.n) {
            printf("\nroles held\n");
            for (size_t i = 0; i < held.n; i++)
                render_role(stdout, w, held.items[i], false, "  ");
        }
        if (holders.n) {
            printf("\noffice holders\n");
            for (size_t i = 0; i < holders.n; i++)
                render_role(stdout, w, holders.items[i], true, "  ");
        }
        if (given.n) {
            printf("\ncommitments given\n");
            for (size_t i = 0; i < given.n; i++)
                render_commitment(stdout, w, given.items[i], asof, "  ");
        }
        if (received.n) {
            printf("\ncommitments received\n");
            for (size_t i = 0; i < received.n; i++)
                render_commitment(stdout, w, received.items[i], asof, "  ");
        }
        if (cap) {
            printf("\ncapabilities (%d)\n", cap->year);
            if (cap->milex_usd_m >= 0)
                printf("  military expenditure  %.0f million USD\n", cap->milex_usd_m);
            if (cap->personnel >= 0)
                printf("  active personnel      %.0f\n", cap->personnel);
            if (cap->warheads >= 0)
                printf("  nuclear warheads      %.0f\n", cap->warheads);
            if (cap->source)
                printf("  source: %s\n", cap->source);
        }
        if (claims.n) {
            printf("\nclaims\n");
            for (size_t i = 0; i < claims.n; i++) {
                const ent_claim *cl = claims.items[i];
                printf("  %-11s %s", cl->kind, cl->actor);
                if (cl->targets[0]) {
                    printf(" -> ");
                    render_strv(stdout, cl->targets, ", ");
                }
                if (cl->text)
                    printf(": %s", cl->text);
                printf("\n");
            }
        }
    }
    ent_list_free(&mem);
    ent_list_free(&held);
    ent_list_free(&holders);
    ent_list_free(&all);
    ent_list_free(&given);
    ent_list_free(&received);
    ent_list_free(&claims);
    ent_world_free(w);
    return ENT_EXIT_OK;
}
