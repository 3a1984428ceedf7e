/*
 * cmd_list.c - `entente list actors|commitments|roles`: tables of records
 * as of a date, with filters, as a table, JSON or CSV.
 */
#include "cli.h"

#include <entente/io.h>
#include <getopt.h>
#include <jansson.h>
#include <string.h>

static void help(FILE *fp)
{
    fprintf(fp,
            "usage: entente list actors|commitments|roles [filters]\n"
            "                    [--date D] [--format table|json|csv]\n"
            "                    [--world FILE]... [--db PATH] [--scenario ID]\n\n"
            "filters:\n"
            "  --kind K       actors: state, organisation, group, person, nonstate;\n"
            "                 commitments: collective_defence, arms_supply, ...\n"
            "  --member-of G  actors that belong to G on the date\n"
            "  --actor A      commitments binding or covering A; roles of/at A\n"
            "  --status S     commitments whose status on the date is S\n"
            "  --role R       roles with this key (head_of_state, ambassador, ...)\n"
            "  --all-dates    ignore --date: every record whatever its dates\n\n"
            "  -d, --date D   as of this date (default: scenario date, else today)\n"
            "  -f, --format F table (default), json or csv\n"
            "  -w, --world P  read world/scenario files instead of the store\n"
            "      --db PATH  the store (default ./entente.db, else the shipped world)\n");
}

typedef struct {
    const char *kind, *member_of, *actor, *status, *role;
    bool all_dates;
} filters;

static void csv_row(const char *const *cells, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(',', stdout);
        cli_csv_field(stdout, cells[i] ? cells[i] : "");
    }
    fputc('\n', stdout);
}

static void strv_join(char *buf, size_t n, const char *const *v)
{
    buf[0] = '\0';
    for (size_t i = 0; v && v[i]; i++) {
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, "%s%s", i ? ";" : "", v[i]);
    }
}

static int list_actors(const ent_world *w, ent_date asof, const filters *f,
                       cli_format fmt)
{
    ent_list l = {0};
    int kind = f->kind ? ent_actor_kind_parse(f->kind) : -1;
    if (f->kind && kind < 0)
        return cli_usage("list", "unknown actor kind '%s'", f->kind);
    ent_world_actors(w, f->all_dates ? ENT_DATE_MIN : asof, kind, &l);
    json_t *arr = json_array();
    if (fmt == CLI_FMT_CSV) {
        const char *h[] = {"code", "kind", "name", "iso3", "cow", "capital"};
        csv_row(h, 6);
    }
    for (size_t i = 0; i < l.n; i++) {
        const ent_actor *a = l.items[i];
        if (f->member_of && !ent_world_is_member(w, asof, a->code, f->member_of))
            continue;
        char cow[16] = "";
        if (a->cow)
            snprintf(cow, sizeof cow, "%d", a->cow);
        if (fmt == CLI_FMT_JSON)
            json_array_append_new(arr, ent_json_actor(a));
        else if (fmt == CLI_FMT_CSV) {
            const char *row[] = {a->code, ent_actor_kind_name(a->kind), a->name,
                                 a->iso3, cow, a->capital};
            csv_row(row, 6);
        } else
            printf("%-22s %-12s %-5s %s\n", a->code, ent_actor_kind_name(a->kind),
                   cow, a->name);
    }
    if (fmt == CLI_FMT_JSON) {
        json_dumpf(arr, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
    }
    json_decref(arr);
    ent_list_free(&l);
    return 0;
}

static int list_commitments(const ent_world *w, ent_date asof, const filters *f,
                            cli_format fmt)
{
    ent_list l = {0};
    int kind = f->kind ? ent_commit_kind_parse(f->kind) : -1;
    int status = f->status ? ent_commit_status_parse(f->status) : -1;
    if (f->kind && kind < 0)
        return cli_usage("list", "unknown commitment kind '%s'", f->kind);
    if (f->status && status < 0)
        return cli_usage("list", "unknown status '%s'", f->status);
    ent_world_commitments(w, f->all_dates ? ENT_DATE_MIN : asof, f->actor, &l);
    json_t *arr = json_array();
    if (fmt == CLI_FMT_CSV) {
        const char *h[] = {"id", "kind", "status", "parties", "beneficiaries",
                           "mutual", "conditions", "opponents", "from", "until",
                           "source"};
        csv_row(h, 11);
    }
    for (size_t i = 0; i < l.n; i++) {
        const ent_commitment *c = l.items[i];
        ent_commit_status st = ent_commitment_status_at(c, asof);
        if (kind >= 0 && (int)c->kind != kind)
            continue;
        if (status >= 0 && (int)st != status)
            continue;
        if (fmt == CLI_FMT_JSON) {
            json_array_append_new(arr, ent_json_commitment(c, asof));
            continue;
        }
        char parties[512], bens[512], opp[512], conds[1024] = "", from[11],
                                                        until[11];
        strv_join(parties, sizeof parties, c->parties);
        strv_join(bens, sizeof bens, c->beneficiaries);
        strv_join(opp, sizeof opp, c->opponents);
        for (size_t k = 0; k < c->n_conditions; k++) {
            size_t len = strlen(conds);
            snprintf(conds + len, sizeof conds - len, "%s%s=%s", k ? ";" : "",
                     c->conditions[k].id,
                     ent_cond_state_name(c->conditions[k].state));
        }
        if (fmt == CLI_FMT_CSV) {
            const char *row[] = {c->id, ent_commit_kind_name(c->kind),
                                 ent_commit_status_name(st), parties, bens,
                                 c->mutual ? "true" : "false", conds, opp,
                                 ent_date_format(c->from, from),
                                 ent_date_format(c->until, until), c->source};
            csv_row(row, 11);
        } else {
            printf("%-32s %-18s %-9s %s%s%s%s\n", c->id,
                   ent_commit_kind_name(c->kind), ent_commit_status_name(st),
                   parties, c->mutual ? " (mutual)" : " -> ", c->mutual ? "" : bens,
                   conds[0] ? "" : "");
            if (conds[0])
                printf("%-32s   conditions: %s\n", "", conds);
            if (opp[0])
                printf("%-32s   opposed by: %s\n", "", opp);
        }
    }
    if (fmt == CLI_FMT_JSON) {
        json_dumpf(arr, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
    }
    json_decref(arr);
    ent_list_free(&l);
    return 0;
}

static int list_roles(const ent_world *w, ent_date asof, const filters *f,
                      cli_format fmt)
{
    ent_list l = {0};
    ent_world_roles(w, f->all_dates ? ENT_DATE_MIN : asof, NULL, NULL, f->role,
                    &l);
    json_t *arr = json_array();
    if (fmt == CLI_FMT_CSV) {
        const char *h[] = {"person", "name", "role", "of", "at", "from", "until",
                           "title", "source"};
        csv_row(h, 9);
    }
    for (size_t i = 0; i < l.n; i++) {
        const ent_role *r = l.items[i];
        if (f->actor && strcmp(r->of, f->actor) != 0 &&
            !(r->at && strcmp(r->at, f->actor) == 0))
            continue;
        const ent_actor *p = ent_world_actor(w, r->person);
        const char *name = p ? p->name : r->person;
        char from[11], until[11];
        if (fmt == CLI_FMT_JSON)
            json_array_append_new(arr, ent_json_role(r));
        else if (fmt == CLI_FMT_CSV) {
            const char *row[] = {r->person, name, r->role, r->of, r->at,
                                 ent_date_format(r->from, from),
                                 ent_date_format(r->until, until), r->title,
                                 r->source};
            csv_row(row, 9);
        } else
            printf("%-6s %-30s %-26s %-5s %s %s\n", r->of, r->role, name,
                   r->at ? r->at : "", ent_date_format(r->from, from),
                   ent_date_format(r->until, until));
    }
    if (fmt == CLI_FMT_JSON) {
        json_dumpf(arr, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
    }
    json_decref(arr);
    ent_list_free(&l);
    return 0;
}

int cmd_list(int argc, char **argv)
{
    static const struct option opts[] = {
        {"date", required_argument, NULL, 'd'},
        {"format", required_argument, NULL, 'f'},
        {"world", required_argument, NULL, 'w'},
        {"db", required_argument, NULL, 'D'},
        {"scenario", required_argument, NULL, 'S'},
        {"kind", required_argument, NULL, 'k'},
        {"member-of", required_argument, NULL, 'm'},
        {"actor", required_argument, NULL, 'a'},
        {"status", required_argument, NULL, 's'},
        {"role", required_argument, NULL, 'r'},
        {"all-dates", no_argument, NULL, 'A'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *paths[64];
    cli_world_opts wo = {paths, 0, NULL, NULL};
    cli_format fmt = CLI_FMT_TABLE;
    filters f = {0};
    ent_date asof = 0;
    bool have_date = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:f:w:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            if (cli_parse_date("list", optarg, &asof))
                return ENT_EXIT_USAGE;
            have_date = true;
            break;
        case 'f':
            if (cli_parse_format("list", optarg,
                                 1u << CLI_FMT_TABLE | 1u << CLI_FMT_JSON |
                                     1u << CLI_FMT_CSV,
                                 &fmt))
                return ENT_EXIT_USAGE;
            break;
        case 'w':
            if (cli_world_add_path("list", &wo, 64, optarg))
                return ENT_EXIT_USAGE;
            break;
        case 'D': wo.db = optarg; break;
        case 'S': wo.scenario = optarg; break;
        case 'k': f.kind = optarg; break;
        case 'm': f.member_of = optarg; break;
        case 'a': f.actor = optarg; break;
        case 's': f.status = optarg; break;
        case 'r': f.role = optarg; break;
        case 'A': f.all_dates = true; break;
        case 'h':
            help(stdout);
            return ENT_EXIT_OK;
        default:
            return cli_usage("list", "unknown option");
        }
    }
    if (optind != argc - 1)
        return cli_usage("list", "give one of: actors, commitments, roles");
    const char *what = argv[optind];
    if (strcmp(what, "actors") && strcmp(what, "commitments") &&
        strcmp(what, "roles"))
        return cli_usage("list", "unknown list '%s' (actors, commitments, roles)",
                         what);
    ent_world *w = NULL;
    int status = cli_open_world("list", &wo, &w);
    if (status)
        return status;
    if (!have_date)
        asof = cli_default_date(w);
    if (strcmp(what, "actors") == 0)
        status = list_actors(w, asof, &f, fmt);
    else if (strcmp(what, "commitments") == 0)
        status = list_commitments(w, asof, &f, fmt);
    else
        status = list_roles(w, asof, &f, fmt);
    ent_world_free(w);
    return status;
}
