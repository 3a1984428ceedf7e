/*
 * cmd_code.c - `entente code`: code English news into CAMEO/PLOVER events,
 * one JSON object (or TSV row) per event.
 */
#include "cli.h"
#include "code_common.h"
#include "code_shard.h"
#include "par_cli.h"

#include <entente/events.h>
#include <entente/text.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void help(void)
{
    printf("usage: entente code [--date YYYY-MM-DD] [--id ID] [--input-format text|jsonl]\n"
           "                    [--format jsonl|tsv] [--world DIR|FILE] [--no-world]\n"
           "                    [--dict DIR] [--no-default-dict] [--target-model FILE]\n"
           "                    [--event-model FILE] [--trace-events FILE]\n"
           "                    [--petrarch-actors F] [--petrarch-agents F]\n"
           "                    [--petrarch-verbs F] [--out DIR] [FILE...]\n\n"
           "Code English news into CAMEO and PLOVER events (who did what to whom).\n"
           "Input 'text' (default): one document per FILE, or standard input; the\n"
           "document id is --id, else the file name. Input 'jsonl': one document per\n"
           "line, {\"id\": ..., \"date\": \"YYYY-MM-DD\", \"text\": ...}.\n"
           "Output: one event per line (jsonl, default) or TSV with a header.\n"
           "Dictionaries: the actors of the world model (data/world, or --world),\n"
           "entente's own (data/dict) plus any --dict directory, and imported\n"
           "TABARI/PETRARCH files. The fields are described in docs/coder.md.\n"
           "--target-model FILE: let a fitted model re-choose each event's target\n"
           "among the sentence's actors (data/params/target_model.txt; off by\n"
           "default: it does not yet help on held-out news, docs/coder.md).\n"
           "--event-model FILE: let a fitted model drop the events it judges\n"
           "unlikely to be right (data/params/event_model.txt; off by default: it\n"
           "helps on the sets it was fitted on, not on other coders' news,\n"
           "docs/coder.md).\n"
           "--trace-events FILE: write the event-model features and score of\n"
           "every event the rules propose that is not negated (the model scores\n"
           "no negated event) to FILE, one tab-separated line per event (what\n"
           "scripts/fit_event_model.py fits the model from).\n"
           "--out DIR: write the events to DIR/part-00000.jsonl (or .tsv) and\n"
           "DIR/manifest.json instead of standard output. Under\n"
           "'mpirun -np N entente-mpi code --out DIR FILE...' (required there) every\n"
           "rank codes its share of the inputs (lines of JSONL input, whole text\n"
           "files) into its own shard DIR/part-RRRRR; the shards in rank order\n"
           "concatenated are the output of one process (docs/scale.md).\n");
}

typedef struct out_ctx {
    FILE *fp;
    bool tsv;
    size_t n;
} out_ctx;

static void trace_line(void *ctx, const char *line)
{
    fprintf(ctx, "%s\n", line);
}

static int on_event(void *ctx, const ent_event *ev)
{
    out_ctx *o = ctx;
    o->n++;
    return o->tsv ? ent_event_write_tsv(o->fp, ev) : ent_event_write_jsonl(o->fp, ev);
}

/* Code one part of the inputs (shards: see code_shard.h). */
static int code_part_of(ent_coder *coder, const code_part *pt, char **files,
                        const char *id, ent_date date, bool jsonl, out_ctx *o)
{
    const char *path = files[pt->file];
    FILE *fp = fopen(path, "rb");
    int e = 0;
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open", path);
    if (jsonl) {
        if (fseeko(fp, (off_t)pt->begin, SEEK_SET) != 0)
            e = ent_error_set(ENT_EIO, "%s: cannot seek", path);
        else
            e = code_jsonl_stream_part(coder, fp, path, date,
                                       pt->end - pt->begin,
                                       (size_t)pt->first_line, on_event, o);
    } else {
        char *buf = NULL;
        size_t len = 0;
        e = code_read_all(fp, &buf, &len);
        if (e == 0)
            e = ent_coder_code(coder, id ? id : path, date, buf, len, on_event, o);
        free(buf);
    }
    fclose(fp);
    return e;
}

/* --out DIR: this rank's share into its shard, then the manifest. */
static int code_sharded(ent_coder *coder, ent_par *par, const char *outdir,
                        char **files, int nfiles, const char *id,
                        ent_date date, bool jsonl, out_ctx *o)
{
    code_part *parts = NULL;
    size_t np = 0;
    uint64_t b = 0, e_ = 0;
    char name[64];
    FILE *fp = NULL;
    int e = code_shard_plan(par, files, nfiles, jsonl, &parts, &np, &b, &e_);
    if (!e)
        e = code_shard_open(outdir, par, o->tsv ? "tsv" : "jsonl", &fp, name,
                            sizeof name);
    if (!e) {
        o->fp = fp;
        if (o->tsv)
            ent_event_write_tsv_header(fp);
        for (size_t k = 0; k < np && !e; k++)
            e = code_part_of(coder, &parts[k], files, id, date, jsonl, o);
    }
    long bytes = fp ? ftell(fp) : 0;
    if (fp && fclose(fp) != 0 && !e)
        e = ent_error_set(ENT_EIO, "%s/%s: write failed", outdir, name);
    o->fp = stdout;
    free(parts);
    if (e)
        cli_fail("code", e);
    int f = code_shard_finish(par, outdir, o->tsv ? "tsv" : "jsonl", jsonl,
                              files, nfiles, e != 0, (uint64_t)o->n,
                              bytes > 0 ? (uint64_t)bytes : 0, b, e_);
    if (e)
        return cli_exit_for(e);
    if (f)
        return cli_fail("code", f);
    return ENT_EXIT_OK;
}

int cmd_code(int argc, char **argv)
{
    const char *cmd = "code";
    code_opts opts;
    code_opts_init(&opts);
    const char *id = NULL, *infmt = "text", *outdir = NULL, *trace = NULL;
    FILE *trace_fp = NULL;
    ent_date date = ENT_DATE_MIN;
    cli_format fmt = CLI_FMT_JSONL;
    int rc = ENT_EXIT_OK, nfiles = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    ent_dict *dict = NULL;
    ent_coder *coder = NULL;
    if (!files)
        return cli_fail(cmd, ENT_ENOMEM);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int used = code_opts_parse(&opts, cmd, argc, argv, &i);
        if (used < 0) {
            rc = ENT_EXIT_USAGE;
            goto done;
        }
        if (used > 0)
            continue;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            goto done;
        } else if (strcmp(a, "--date") == 0 && i + 1 < argc) {
            if (cli_parse_date(cmd, argv[++i], &date)) {
                rc = ENT_EXIT_USAGE;
                goto done;
            }
        } else if (strcmp(a, "--id") == 0 && i + 1 < argc) {
            id = argv[++i];
        } else if (strcmp(a, "--trace-events") == 0) {
            if (i + 1 >= argc) {
                rc = cli_usage(cmd, "--trace-events needs a file to write");
                goto done;
            }
            trace = argv[++i];
        } else if (strcmp(a, "--out") == 0 && i + 1 < argc) {
            outdir = argv[++i];
        } else if (strcmp(a, "--input-format") == 0 && i + 1 < argc) {
            infmt = argv[++i];
            if (strcmp(infmt, "text") != 0 && strcmp(infmt, "jsonl") != 0) {
                rc = cli_usage(cmd, "unknown --input-format '%s'", infmt);
                goto done;
            }
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            if (cli_parse_format(cmd, argv[++i], (1u << CLI_FMT_JSONL) | (1u << CLI_FMT_TSV),
                                 &fmt)) {
                rc = ENT_EXIT_USAGE;
                goto done;
            }
        } else if (a[0] == '-' && a[1]) {
            rc = cli_usage(cmd, "unknown option '%s'", a);
            goto done;
        } else {
            files[nfiles++] = argv[i];
        }
    }
    if (id && nfiles > 1) {
        rc = cli_usage(cmd, "--id with one FILE only");
        goto done;
    }
    ent_par *par = cli_par();
    if (par->size > 1 && (!outdir || !nfiles)) {
        rc = cli_usage(cmd, "with %d ranks, give --out DIR and input FILEs",
                       par->size);
        goto done;
    }
    int e = code_opts_dict(&opts, &dict);
    if (e) {
        rc = cli_fail(cmd, e);
        goto done;
    }
    if ((e = ent_coder_new(&coder, dict))) {
        rc = cli_fail(cmd, e);
        goto done;
    }
    if (trace) {
        if (par->size > 1) {
            rc = cli_usage(cmd, "--trace-events with one process only");
            goto done;
        }
        trace_fp = fopen(trace, "w");
        if (!trace_fp) {
            fprintf(stderr, "entente code: %s: cannot write: %s\n", trace, strerror(errno));
            rc = ENT_EXIT_FAILURE;
            goto done;
        }
        ent_coder_trace_events(coder, trace_line, trace_fp);
    }
    out_ctx o = {stdout, fmt == CLI_FMT_TSV, 0};
    bool jsonl = strcmp(infmt, "jsonl") == 0;
    if (outdir) {
        rc = code_sharded(coder, par, outdir, files, nfiles, id, date, jsonl, &o);
        goto done;
    }
    if (o.tsv)
        ent_event_write_tsv_header(stdout);
    for (int f = 0; f < (nfiles ? nfiles : 1); f++) {
        const char *path = nfiles ? files[f] : "-";
        FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!fp) {
            fprintf(stderr, "entente code: %s: cannot open\n", path);
            rc = ENT_EXIT_FAILURE;
            goto done;
        }
        if (jsonl) {
            e = code_jsonl_stream(coder, fp, path, date, on_event, &o);
        } else {
            char *buf = NULL;
            size_t len = 0;
            e = code_read_all(fp, &buf, &len);
            if (e == 0)
                e = ent_coder_code(coder, id ? id : (nfiles ? path : "stdin"), date,
                                   buf, len, on_event, &o);
            if (e == 0 && ent_coder_invalid_bytes(coder))
                fprintf(stderr, "entente code: %s: skipped %zu invalid UTF-8 bytes\n",
                        path, ent_coder_invalid_bytes(coder));
            free(buf);
        }
        if (fp != stdin)
            fclose(fp);
        if (e) {
            rc = cli_fail(cmd, e);
            goto done;
        }
    }
    if (fflush(stdout) != 0)
        rc = ENT_EXIT_FAILURE;
done:
    if (trace_fp && fclose(trace_fp) != 0 && rc == ENT_EXIT_OK) {
        fprintf(stderr, "entente code: %s: write failed\n", trace);
        rc = ENT_EXIT_FAILURE;
    }
    ent_coder_free(coder);
    ent_dict_free(dict);
    code_opts_free(&opts);
    free(files);
    return rc;
}
