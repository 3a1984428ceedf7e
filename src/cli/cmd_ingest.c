/*
 * cmd_ingest.c - `entente ingest FILE...`: code documents and store their
 * events in the store (an SQLite file or a PostgreSQL database), or, with
 * --events, store events already coded (the JSONL of `entente code`).
 * Documents are stored whole, many per transaction (--batch events), so a
 * crash loses at most the open batch and never leaves half a document.
 * Under entente-mpi every rank takes its share of the inputs (whole text
 * files, lines of JSONL; see code_shard.h) and writes to the store
 * concurrently; the counts are summed and printed once.
 */
#define _POSIX_C_SOURCE 200809L
#include "cascade_common.h"
#include "cli.h"
#include "code_common.h"
#include "code_shard.h"
#include "par_cli.h"

#include <entente/events.h>
#include <entente/store.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

static void help(void)
{
    printf("usage: entente ingest [--db PATH|URL] [--date YYYY-MM-DD] [--id ID]\n"
           "                      [--input-format text|jsonl] [--events] [--batch N]\n"
           "                      [--rate] [dictionary options] FILE...\n\n"
           "Code documents (as 'entente code' does) and store their events with\n"
           "provenance (document, sentence, offsets) in the store: an SQLite file\n"
           "(default ./entente.db) or a PostgreSQL URL (postgresql://user@host/db).\n"
           "With --events, FILEs hold events already coded: the JSONL that\n"
           "'entente code' writes, a document's events on consecutive lines.\n"
           "Documents are stored whole, --batch N events per transaction (default\n"
           "50000): a crash loses at most the open batch and never leaves half a\n"
           "document. A document already stored (same id or same content) is\n"
           "skipped, so ingesting again stores nothing new and resumes an\n"
           "interrupted ingest.\n"
           "Under 'mpirun -np N entente-mpi ingest' every rank takes its share of\n"
           "the FILEs (lines of JSONL, whole text files) and stores concurrently.\n"
           "FILEs that are directories or end in .yaml or .yml are world and\n"
           "scenario files: they are stored as 'entente db load' stores them.\n"
           "--rate reports the time and events/s on stderr. On a terminal, stderr\n"
           "shows the documents read and events stored as they go.\n");
}

/* Coded documents waiting for their batch. */
typedef struct pend {
    char *doc;
    ent_date date;
    uint64_t hash;
    ent_event *ev;
    size_t n;
} pend;

typedef struct ingest_ctx {
    ent_store *store;
    size_t batch;
    pend *p;
    size_t np, cap, events;
    uint64_t docs, added, added_events, lines;
    /* the document being coded */
    ent_event *cur;
    size_t ncur, capcur;
    cli_progress progress; /* on a terminal: documents read, events stored */
} ingest_ctx;

static int collect(void *ctx, const ent_event *ev)
{
    ingest_ctx *ic = ctx;
    if (ic->ncur == ic->capcur) {
        size_t cap = ic->capcur ? ic->capcur * 2 : 64;
        ent_event *v = realloc(ic->cur, cap * sizeof *v);
        if (!v)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        ic->cur = v;
        ic->capcur = cap;
    }
    ic->cur[ic->ncur++] = *ev;
    return 0;
}

static void clear(ingest_ctx *ic)
{
    for (size_t i = 0; i < ic->np; i++) {
        free(ic->p[i].doc);
        free(ic->p[i].ev);
    }
    ic->np = 0;
    ic->events = 0;
}

static int flush(ingest_ctx *ic)
{
    size_t ad = 0, ae = 0;
    int rc = 0;
    if (!ic->np)
        return 0;
    ent_event_doc *d = malloc(ic->np * sizeof *d);
    if (!d)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (size_t i = 0; i < ic->np; i++)
        d[i] = (ent_event_doc){ic->p[i].doc, ic->p[i].date, ic->p[i].hash,
                               ic->p[i].ev, ic->p[i].n};
    rc = ent_events_store_documents(ic->store, d, ic->np, &ad, &ae);
    free(d);
    if (!rc) {
        ic->added += ad;
        ic->added_events += ae;
    }
    clear(ic);
    return rc;
}

/* Code one document and queue it. */
static int store_doc(ingest_ctx *ic, ent_coder *coder, const char *id,
                     ent_date date, const char *text, size_t len)
{
    ic->ncur = 0;
    int rc = ent_coder_code(coder, id, date, text, len, collect, ic);
    if (rc)
        return rc;
    if (ic->np == ic->cap) {
        size_t cap = ic->cap ? ic->cap * 2 : 256;
        pend *p = realloc(ic->p, cap * sizeof *p);
        if (!p)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        ic->p = p;
        ic->cap = cap;
    }
    pend *p = &ic->p[ic->np];
    p->doc = strdup(id);
    p->ev = ic->ncur ? malloc(ic->ncur * sizeof *p->ev) : NULL;
    if (!p->doc || (ic->ncur && !p->ev)) {
        free(p->doc);
        free(p->ev);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    if (ic->ncur)
        memcpy(p->ev, ic->cur, ic->ncur * sizeof *p->ev);
    p->n = ic->ncur;
    p->date = date;
    p->hash = ent_event_doc_hash(text, len);
    ic->np++;
    ic->docs++;
    ic->events += ic->ncur;
    cli_progress_count(&ic->progress, ic->docs, "documents read",
                       ic->added_events, "events stored");
    if (ic->events >= ic->batch || ic->np >= 4096)
        return flush(ic);
    return 0;
}

/* One part of the document inputs (see code_shard.h). */
static int ingest_part(ingest_ctx *ic, ent_coder *coder, const code_part *pt,
                       char **files, const char *id, ent_date date, bool jsonl)
{
    const char *path = files[pt->file];
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    int e = 0;
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open", path);
    if (jsonl) {
        char *line = NULL;
        size_t cap = 0, lineno = (size_t)pt->first_line;
        uint64_t done = 0, want = pt->end - pt->begin;
        ssize_t n;
        if (fp != stdin && fseeko(fp, (off_t)pt->begin, SEEK_SET) != 0)
            e = ent_error_set(ENT_EIO, "%s: cannot seek", path);
        while (e == 0 && done < want && (n = getline(&line, &cap, fp)) > 0) {
            lineno++;
            done += (uint64_t)n;
            if (n <= 1)
                continue;
            char *text = NULL, *docid = NULL;
            size_t tl = 0;
            ent_date d = date;
            e = code_jsonl_parse(line, (size_t)n, path, lineno, &docid, &d, &text,
                                 &tl);
            if (e == 0)
                e = store_doc(ic, coder, docid, d, text, tl);
            free(text);
            free(docid);
        }
        free(line);
    } else {
        char *text = NULL;
        size_t len = 0;
        e = code_read_all(fp, &text, &len);
        if (e == 0)
            e = store_doc(ic, coder, id ? id : path, date, text, len);
        free(text);
    }
    if (fp != stdin)
        fclose(fp);
    return e;
}

/* This rank's share of a file of coded events. */
static int ingest_events_file(ingest_ctx *ic, const ent_par *par,
                              const char *path)
{
    uint64_t b, e;
    ent_events_ingest_stats st;
    int rc = ent_par_lines(path, par->rank, par->size, &b, &e);
    if (rc)
        return rc;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open", path);
    rc = ent_events_ingest_jsonl(ic->store, fp, path, b, e, ic->batch, &st);
    fclose(fp);
    if (!rc) {
        ic->lines += st.lines;
        ic->docs += st.docs;
        ic->added += st.added_docs;
        ic->added_events += st.added_events;
    }
    return rc;
}

/* A world or scenario file (or directory), not a document. */
static bool is_world(const char *path)
{
    struct stat sb;
    size_t n = strlen(path);
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return true;
    return (n > 5 && strcmp(path + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(path + n - 4, ".yml") == 0);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int cmd_ingest(int argc, char **argv)
{
    const char *cmd = "ingest";
    code_opts opts;
    code_opts_init(&opts);
    const char *db = "entente.db", *id = NULL, *infmt = "text";
    ent_date date = ENT_DATE_MIN;
    bool events_in = false, rate = false;
    size_t batch = 50000;
    int rc = ENT_EXIT_OK, nfiles = 0, e = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    ent_dict *dict = NULL;
    ent_coder *coder = NULL;
    ingest_ctx ic;
    code_part *parts = NULL;
    size_t nparts = 0, nworld = 0;
    const char **world = NULL;
    memset(&ic, 0, sizeof ic);
    if (!files)
        return cli_fail(cmd, ENT_ENOMEM);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int used = code_opts_parse(&opts, cmd, argc, argv, &i);
        if (used < 0) {
            rc = ENT_EXIT_USAGE;
            goto done;
        }
        if (used)
            continue;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            goto done;
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(a, "--date") == 0 && i + 1 < argc) {
            if (cli_parse_date(cmd, argv[++i], &date)) {
                rc = ENT_EXIT_USAGE;
                goto done;
            }
        } else if (strcmp(a, "--id") == 0 && i + 1 < argc) {
            id = argv[++i];
        } else if (strcmp(a, "--input-format") == 0 && i + 1 < argc) {
            infmt = argv[++i];
            if (strcmp(infmt, "text") != 0 && strcmp(infmt, "jsonl") != 0) {
                rc = cli_usage(cmd, "unknown --input-format '%s'", infmt);
                goto done;
            }
        } else if (strcmp(a, "--events") == 0) {
            events_in = true;
        } else if (strcmp(a, "--rate") == 0) {
            rate = true;
        } else if (strcmp(a, "--batch") == 0 && i + 1 < argc) {
            char *end;
            long long v = strtoll(argv[++i], &end, 10);
            if (*end || v <= 0) {
                rc = cli_usage(cmd, "--batch: a positive number");
                goto done;
            }
            batch = (size_t)v;
        } else if (a[0] == '-' && a[1]) {
            rc = cli_usage(cmd, "unknown option '%s'", a);
            goto done;
        } else {
            files[nfiles++] = argv[i];
        }
    }
    if (!nfiles) {
        rc = cli_usage(cmd, "no FILE to ingest");
        goto done;
    }
    /* world and scenario files first; the rest are documents or events */
    world = calloc((size_t)nfiles + 1, sizeof *world);
    int ndocs = 0;
    if (!world) {
        rc = cli_fail(cmd, ENT_ENOMEM);
        goto done;
    }
    for (int f = 0; f < nfiles; f++) {
        if (is_world(files[f]))
            world[nworld++] = files[f];
        else
            files[ndocs++] = files[f];
    }
    nfiles = ndocs;
    if (id && nfiles > 1) {
        rc = cli_usage(cmd, "--id with one FILE only");
        goto done;
    }
    ent_par *par = cli_par();
    bool jsonl = strcmp(infmt, "jsonl") == 0;
    for (int f = 0; f < nfiles && par->size > 1; f++)
        if (strcmp(files[f], "-") == 0) {
            rc = cli_usage(cmd, "standard input cannot be shared by %d ranks",
                           par->size);
            goto done;
        }
    double t0 = now();
    ic.batch = batch;
    cli_progress_init(&ic.progress, par->rank != 0, "ingest");
    if (!events_in && ((e = code_opts_dict(&opts, &dict)) ||
                       (e = ent_coder_new(&coder, dict))))
        goto fail;
    if ((e = ent_store_open(&ic.store, db)))
        goto fail;
    int changed = 0;
    if (nworld && par->rank == 0) {
        cli_world_opts wo = {world, nworld, NULL, NULL};
        ent_world *w = NULL;
        int st = cli_open_world(cmd, &wo, &w);
        if (st) {
            e = ent_error_set(ENT_EINVALID, "the world or scenario files have "
                                            "errors");
            ent_world_free(w);
            goto fail;
        }
        e = ent_store_save_world(ic.store, w, &changed);
        if (!e) {
            const ent_scenario_info *si = ent_world_scenario(w);
            printf("%s: world%s%s (%d layer%s changed)\n", db,
                   si ? " and scenario " : "", si && si->id ? si->id : "",
                   changed, changed == 1 ? "" : "s");
        }
        ent_world_free(w);
        if (e)
            goto fail;
    }
    if (events_in) {
        for (int f = 0; f < nfiles && !e; f++)
            e = ingest_events_file(&ic, par, files[f]);
    } else {
        uint64_t b, en;
        if (par->size == 1) {
            /* one process: every file whole, standard input too */
            for (int f = 0; f < nfiles && !e; f++) {
                code_part whole = {f, 0, UINT64_MAX, 0};
                e = ingest_part(&ic, coder, &whole, files, id, date, jsonl);
            }
        } else if (!(e = code_shard_plan(par, files, nfiles, jsonl, &parts,
                                         &nparts, &b, &en))) {
            for (size_t k = 0; k < nparts && !e; k++)
                e = ingest_part(&ic, coder, &parts[k], files, id, date, jsonl);
        }
        if (!e)
            e = flush(&ic);
    }
fail:
    cli_progress_end(&ic.progress);
    if (e)
        cli_fail(cmd, e);
    {
        double dt = now() - t0;
        uint64_t v[6] = {ic.docs, ic.added, ic.added_events, ic.lines,
                         e ? 1u : 0u, 0};
        int prc = par->sum_u64(par, v, 6);
        if (e || prc || v[4]) {
            rc = e ? cli_exit_for(e) : ENT_EXIT_FAILURE;
            goto done;
        }
        if (nfiles)
            printf("%llu documents read, %llu stored (%llu already there), %llu "
               "events stored in %s\n",
               (unsigned long long)v[0], (unsigned long long)v[1],
               (unsigned long long)(v[0] - v[1]), (unsigned long long)v[2], db);
        if (rate && par->rank == 0)
            fprintf(stderr,
                    "ingest: %llu events stored in %.3f s: %.0f events/s (%d "
                    "rank%s, %s)\n",
                    (unsigned long long)v[2], dt,
                    dt > 0 ? (double)v[2] / dt : 0.0, par->size,
                    par->size == 1 ? "" : "s", ent_store_backend(ic.store));
    }
done:
    free(world);
    clear(&ic);
    free(ic.p);
    free(ic.cur);
    free(parts);
    ent_store_close(ic.store);
    ent_coder_free(coder);
    ent_dict_free(dict);
    code_opts_free(&opts);
    free(files);
    return rc;
}
