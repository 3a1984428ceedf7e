/*
 * cmd_ingest.c - `entente ingest FILE...`: code documents and store their
 * events in the SQLite store, one transaction per document.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "code_common.h"

#include <entente/events.h>
#include <entente/store.h>
#include <stdlib.h>
#include <string.h>

static void help(void)
{
    printf("usage: entente ingest [--db PATH] [--date YYYY-MM-DD] [--id ID]\n"
           "                      [--input-format text|jsonl] [dictionary options] FILE...\n\n"
           "Code documents (as 'entente code' does) and store their events with\n"
           "provenance (document, sentence, offsets) in the store (default\n"
           "./entente.db). Each document is stored in one transaction: a crash\n"
           "loses nothing already committed and never leaves half a document.\n"
           "A document already stored (same id or same text) is skipped.\n");
}

typedef struct buf {
    ent_event *v;
    size_t n, cap;
} buf;

static int collect(void *ctx, const ent_event *ev)
{
    buf *b = ctx;
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        ent_event *v = realloc(b->v, cap * sizeof *v);
        if (!v)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        b->v = v;
        b->cap = cap;
    }
    b->v[b->n++] = *ev;
    return 0;
}

typedef struct ingest_ctx {
    ent_store *store;
    size_t docs, added, events;
} ingest_ctx;

static int store_doc(ingest_ctx *ic, ent_coder *coder, const char *id, ent_date date,
                     const char *text, size_t len)
{
    buf b = {0};
    int rc = ent_coder_code(coder, id, date, text, len, collect, &b);
    int added = 0;
    if (rc == 0)
        rc = ent_events_store_document(ic->store, id, date, ent_event_doc_hash(text, len),
                                       b.v, b.n, &added);
    ic->docs++;
    if (added) {
        ic->added++;
        ic->events += b.n;
    }
    free(b.v);
    return rc;
}

/* JSONL documents: code each, then store it (the stream helper gives us
 * events one by one, so collect per document id). */
typedef struct jctx {
    ingest_ctx *ic;
    ent_coder *coder;
} jctx;

int cmd_ingest(int argc, char **argv)
{
    const char *cmd = "ingest";
    code_opts opts;
    code_opts_init(&opts);
    const char *db = "entente.db", *id = NULL, *infmt = "text";
    ent_date date = ENT_DATE_MIN;
    int rc = ENT_EXIT_OK, nfiles = 0, e;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    ent_dict *dict = NULL;
    ent_coder *coder = NULL;
    ent_store *store = NULL;
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
    if (id && nfiles > 1) {
        rc = cli_usage(cmd, "--id with one FILE only");
        goto done;
    }
    if ((e = code_opts_dict(&opts, &dict)) || (e = ent_coder_new(&coder, dict)) ||
        (e = ent_store_open(&store, db))) {
        rc = cli_fail(cmd, e);
        goto done;
    }
    ingest_ctx ic = {store, 0, 0, 0};
    for (int f = 0; f < nfiles; f++) {
        FILE *fp = strcmp(files[f], "-") == 0 ? stdin : fopen(files[f], "rb");
        if (!fp) {
            fprintf(stderr, "entente ingest: %s: cannot open\n", files[f]);
            rc = ENT_EXIT_FAILURE;
            goto done;
        }
        if (strcmp(infmt, "jsonl") == 0) {
            char *line = NULL;
            size_t cap = 0, lineno = 0;
            ssize_t n;
            e = 0;
            while (e == 0 && (n = getline(&line, &cap, fp)) > 0) {
                lineno++;
                if (n <= 1)
                    continue;
                char *text = NULL, *docid = NULL;
                size_t tl = 0;
                ent_date d = date;
                e = code_jsonl_parse(line, (size_t)n, files[f], lineno, &docid, &d, &text, &tl);
                if (e == 0)
                    e = store_doc(&ic, coder, docid, d, text, tl);
                free(text);
                free(docid);
            }
            free(line);
        } else {
            char *text = NULL;
            size_t len = 0;
            e = code_read_all(fp, &text, &len);
            if (e == 0)
                e = store_doc(&ic, coder, id ? id : files[f], date, text, len);
            free(text);
        }
        if (fp != stdin)
            fclose(fp);
        if (e) {
            rc = cli_fail(cmd, e);
            goto done;
        }
    }
    printf("%zu documents read, %zu stored (%zu already there), %zu events stored in %s\n",
           ic.docs, ic.added, ic.docs - ic.added, ic.events, db);
done:
    ent_store_close(store);
    ent_coder_free(coder);
    ent_dict_free(dict);
    code_opts_free(&opts);
    free(files);
    return rc;
}
