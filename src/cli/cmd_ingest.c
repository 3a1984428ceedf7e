/*
 * cmd_ingest.c - `entente ingest [--db PATH|URL] FILE...`: store coded
 * events (JSONL, as `entente code` writes them) and world or scenario
 * files in the store. Under entente-mpi every rank ingests its share of
 * the lines of each events file, concurrently.
 */
#include "cli.h"
#include "par_cli.h"

#include <entente/store.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>

static void help(FILE *fp)
{
    fprintf(fp,
            "usage: entente ingest [--db PATH|URL] [--batch N] [--rate] FILE...\n\n"
            "Store coded events and world or scenario files. FILE ending in\n"
            ".jsonl or .ndjson holds events, one JSON object per line, as\n"
            "'entente code' writes them; any other FILE (or directory) is a\n"
            "world or scenario file, stored as 'entente db load' does.\n"
            "Events are committed in batches, each in one transaction; events\n"
            "already stored are skipped, so running the same ingest again\n"
            "changes nothing and resumes an interrupted one.\n"
            "Under 'mpirun -np N entente-mpi ingest' every rank loads its share\n"
            "of the lines of each events file, concurrently.\n\n"
            "  --db PATH|URL  the store: an SQLite file (default ./entente.db) or\n"
            "                 a PostgreSQL URL, postgresql://user@host:port/db\n"
            "  --batch N      events per transaction (default 50000)\n"
            "  --rate         report the time taken and events/s on stderr\n"
            "  -h, --help     show this help\n");
}

static bool is_events(const char *path)
{
    size_t n = strlen(path);
    return (n > 6 && strcmp(path + n - 6, ".jsonl") == 0) ||
           (n > 7 && strcmp(path + n - 7, ".ndjson") == 0);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* This rank's share of one events file. */
static int ingest_file(ent_store *s, const ent_par *par, const char *path,
                       size_t batch, ent_store_ingest_stats *total)
{
    uint64_t b, e;
    ent_store_ingest_stats st;
    int rc = ent_par_lines(path, par->rank, par->size, &b, &e);
    if (rc)
        return rc;
    if (e <= b)
        return 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open", path);
    if (fseeko(fp, (off_t)b, SEEK_SET) != 0)
        rc = ent_error_set(ENT_EIO, "%s: cannot seek", path);
    else
        rc = ent_store_ingest_events(s, fp, path, e - b, batch, &st);
    fclose(fp);
    if (!rc) {
        total->lines += st.lines;
        total->added += st.added;
        total->existing += st.existing;
        total->bytes += st.bytes;
    }
    return rc;
}

int cmd_ingest(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"batch", required_argument, NULL, 'b'},
                                         {"rate", no_argument, NULL, 'r'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = "entente.db";
    size_t batch = 0;
    bool rate = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
            help(stdout);
            return ENT_EXIT_OK;
        case 'd':
            db = optarg;
            break;
        case 'b': {
            char *end;
            long long v = strtoll(optarg, &end, 10);
            if (*end || v <= 0)
                return cli_usage("ingest", "--batch: a positive number");
            batch = (size_t)v;
            break;
        }
        case 'r':
            rate = true;
            break;
        default:
            return cli_usage("ingest", "unknown option");
        }
    }
    if (optind >= argc)
        return cli_usage("ingest", "no FILE given");
    ent_par *par = cli_par();
    ent_store *s = NULL;
    ent_world *w = NULL;
    ent_store_ingest_stats total = {0};
    int rc = 0, status = ENT_EXIT_OK, changed = 0;
    const char **world_paths = calloc((size_t)argc, sizeof *world_paths);
    size_t n_world = 0;
    if (!world_paths)
        return cli_fail("ingest", ent_error_set(ENT_ENOMEM, "out of memory"));
    for (int i = optind; i < argc; i++)
        if (!is_events(argv[i]))
            world_paths[n_world++] = argv[i];
    double t0 = now();
    rc = ent_store_open(&s, db);
    if (!rc && n_world && par->rank == 0) {
        cli_world_opts o = {world_paths, n_world, NULL, NULL};
        status = cli_open_world("ingest", &o, &w);
        if (!status)
            rc = ent_store_save_world(s, w, &changed);
    }
    for (int i = optind; !rc && !status && i < argc; i++)
        if (is_events(argv[i]))
            rc = ingest_file(s, par, argv[i], batch, &total);
    double dt = now() - t0;
    /* Sum over the ranks; a failure anywhere fails the command. */
    uint64_t v[6] = {total.lines, total.added, total.existing, total.bytes,
                     rc || status ? 1u : 0u, (uint64_t)changed};
    int prc = par->sum_u64(par, v, 6);
    if (rc) {
        status = cli_fail("ingest", rc);
        goto done;
    }
    if (status)
        goto done;
    if (prc || v[4]) {
        status = ENT_EXIT_FAILURE;
        goto done;
    }
    if (n_world)
        printf("%s: world%s%s (%d layer%s changed)\n", db,
               w && ent_world_scenario(w) ? " and scenario " : "",
               w && ent_world_scenario(w) ? ent_world_scenario(w)->id : "",
               (int)v[5], v[5] == 1 ? "" : "s");
    if (n_world < (size_t)(argc - optind))
        printf("%s: %llu events read, %llu added, %llu already stored\n", db,
               (unsigned long long)v[0], (unsigned long long)v[1],
               (unsigned long long)v[2]);
    if (rate && par->rank == 0)
        fprintf(stderr,
                "ingest: %llu events, %.1f MB in %.3f s: %.0f events/s "
                "(%d rank%s, %s)\n",
                (unsigned long long)v[0], (double)v[3] / 1e6, dt,
                dt > 0 ? (double)v[0] / dt : 0.0, par->size,
                par->size == 1 ? "" : "s", ent_store_backend(s));
done:
    free(world_paths);
    ent_world_free(w);
    ent_store_close(s);
    return status;
}
