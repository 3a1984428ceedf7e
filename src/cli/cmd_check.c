/*
 * cmd_check.c - `entente check FILE...`: load world and scenario files
 * strictly and print every problem as file:line:col: message.
 */
#include "cli.h"

#include <entente/io.h>
#include <getopt.h>
#include <string.h>

static void help(FILE *fp)
{
    fprintf(fp,
            "usage: entente check [--quiet] FILE|DIR...\n\n"
            "Validate world and scenario files (YAML, docs/scenario-format.md).\n"
            "Plain world files are checked together as one world; a scenario is\n"
            "checked together with the world files its `world:` list names.\n"
            "Every problem is printed as file:line:col: message.\n\n"
            "  -q, --quiet   print nothing when the files are valid\n"
            "  -h, --help    show this help\n\n"
            "Exit status: 0 valid, 3 invalid, 1 a file could not be read.\n");
}

int cmd_check(int argc, char **argv)
{
    static const struct option opts[] = {{"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        switch (c) {
        case 'q':
            quiet = true;
            break;
        case 'h':
            help(stdout);
            return ENT_EXIT_OK;
        default:
            return cli_usage("check", "unknown option");
        }
    }
    if (optind >= argc)
        return cli_usage("check", "no FILE given");
    ent_list errors = {0};
    ent_world *w = NULL;
    int rc = ent_io_load(&w, (const char *const *)argv + optind,
                         (size_t)(argc - optind), &errors);
    for (size_t i = 0; i < errors.n; i++)
        fprintf(stderr, "%s\n", (const char *)errors.items[i]);
    if (rc == 0 && !quiet) {
        ent_list actors = {0}, commits = {0};
        ent_world_actors(w, ENT_DATE_MIN, -1, &actors);
        ent_world_commitments(w, ENT_DATE_MIN, NULL, &commits);
        const ent_scenario_info *s = ent_world_scenario(w);
        printf("ok: %zu actors, %zu commitments%s%s\n", actors.n, commits.n,
               s ? ", scenario " : "", s ? s->id : "");
        ent_list_free(&actors);
        ent_list_free(&commits);
    } else if (rc != 0) {
        fprintf(stderr, "entente check: %zu error%s\n", errors.n,
                errors.n == 1 ? "" : "s");
    }
    ent_world_errors_free(&errors);
    ent_world_free(w);
    return cli_exit_for(rc);
}
