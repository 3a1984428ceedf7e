/*
 * world_opt.c - how CLI commands find the world they read: files given
 * with --world (world or scenario files), else the store (--db: a file,
 * default ./entente.db, when it exists, or a postgresql:// URL), else the
 * reference world shipped in data/.
 */
#include "cli.h"

#include <entente/io.h>
#include <entente/store.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cli_open_world(const char *cmd, const cli_world_opts *o, ent_world **out)
{
    *out = NULL;
    if (o->n_paths > 0) {
        ent_list errors = {0};
        int rc = ent_io_load(out, o->paths, o->n_paths, &errors);
        for (size_t i = 0; i < errors.n; i++)
            fprintf(stderr, "%s\n", (const char *)errors.items[i]);
        ent_world_errors_free(&errors);
        if (rc)
            fprintf(stderr, "entente %s: the input has errors\n", cmd);
        return cli_exit_for(rc);
    }
    const char *db = o->db ? o->db : "entente.db";
    struct stat st;
    if (ent_store_is_url(db) || stat(db, &st) == 0) {
        ent_store *s = NULL;
        int rc = ent_store_open(&s, db);
        if (!rc)
            rc = ent_store_load_world(s, o->scenario, out);
        ent_store_close(s);
        if (rc)
            return cli_fail(cmd, rc);
        return ENT_EXIT_OK;
    }
    if (o->db) {
        fprintf(stderr, "entente %s: no store at '%s'\n", cmd, o->db);
        return ENT_EXIT_FAILURE;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/world", cli_data_dir());
    const char *paths[] = {path};
    cli_world_opts shipped = {paths, 1, NULL, NULL};
    return cli_open_world(cmd, &shipped, out);
}

int cli_world_add_path(const char *cmd, cli_world_opts *o, size_t cap,
                       const char *path)
{
    if (o->n_paths >= cap) {
        cli_usage(cmd, "at most %zu --world paths (give a directory instead)",
                  cap);
        return -1;
    }
    o->paths[o->n_paths++] = path;
    return 0;
}

ent_date cli_default_date(const ent_world *w)
{
    const ent_scenario_info *s = ent_world_scenario(w);
    return s && s->date ? s->date : ent_date_today();
}
