/*
 * cmd_db.c - `entente db load FILE...` and `entente db info`: persist world
 * and scenario files to the store (SQLite file or PostgreSQL URL) and
 * describe what it holds.
 */
#include "cli.h"

#include <entente/io.h>
#include <entente/store.h>
#include <getopt.h>
#include <string.h>

static void help(FILE *fp)
{
    fprintf(fp,
            "usage: entente db load [--db PATH|URL] FILE|DIR...\n"
            "       entente db info [--db PATH|URL]\n\n"
            "load  validate world and scenario files (as 'entente check') and\n"
            "      store them in one transaction. The base world is replaced by\n"
            "      the files given; a scenario is stored under its id. Loading\n"
            "      the same files twice changes nothing.\n"
            "info  print the schema version and the stored world and scenarios.\n\n"
            "  --db PATH   the store: an SQLite file (default ./entente.db) or\n"
            "              a PostgreSQL URL, postgresql://user@host:port/db\n"
            "  -h, --help  show this help\n");
}

int cmd_db(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = "entente.db";
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        if (c == 'h') {
            help(stdout);
            return ENT_EXIT_OK;
        }
        if (c == 'd')
            db = optarg;
        else
            return cli_usage("db", "unknown option");
    }
    if (optind >= argc)
        return cli_usage("db", "no subcommand (load, info)");
    const char *sub = argv[optind++];
    /* Options may also follow the subcommand. */
    int rest = optind;
    optind = rest;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c == 'h') {
            help(stdout);
            return ENT_EXIT_OK;
        }
        if (c == 'd')
            db = optarg;
        else
            return cli_usage("db", "unknown option");
    }
    ent_store *s = NULL;
    ent_world *w = NULL;
    int rc, status = ENT_EXIT_OK;
    if (strcmp(sub, "load") == 0) {
        if (optind >= argc)
            return cli_usage("db", "load: no FILE given");
        cli_world_opts o = {(const char **)argv + optind,
                            (size_t)(argc - optind), NULL, NULL};
        if ((status = cli_open_world("db load", &o, &w)) != 0)
            return status;
        int changed = 0;
        if ((rc = ent_store_open(&s, db)) ||
            (rc = ent_store_save_world(s, w, &changed))) {
            status = cli_fail("db load", rc);
            goto done;
        }
        const ent_scenario_info *info = ent_world_scenario(w);
        printf("%s: %s%s%s (%d layer%s changed)\n", db,
               info ? "world and scenario " : "world",
               info ? info->id : "", "", changed, changed == 1 ? "" : "s");
    } else if (strcmp(sub, "info") == 0) {
        if ((rc = ent_store_open(&s, db))) {
            status = cli_fail("db info", rc);
            goto done;
        }
        printf("store: %s (%s)\nschema version: %d\n", db,
               ent_store_backend(s), ent_store_schema_version(s));
        ent_list ids = {0};
        ent_store_scenarios(s, &ids);
        rc = ent_store_load_world(s, "", &w);
        if (rc == 0) {
            ent_list actors = {0}, commits = {0};
            ent_world_actors(w, ENT_DATE_MIN, -1, &actors);
            ent_world_commitments(w, ENT_DATE_MIN, NULL, &commits);
            printf("world: %zu actors, %zu commitments\n", actors.n, commits.n);
            ent_list_free(&actors);
            ent_list_free(&commits);
        } else {
            printf("world: none\n");
        }
        for (size_t i = 0; i < ids.n; i++)
            printf("scenario: %s\n", (const char *)ids.items[i]);
        ent_world_errors_free(&ids);
    } else {
        status = cli_usage("db", "unknown subcommand '%s' (load, info)", sub);
    }
done:
    ent_world_free(w);
    ent_store_close(s);
    return status;
}
