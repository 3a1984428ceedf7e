/*
 * code_shard.c - splitting `entente code`'s inputs among ranks and
 * recording the output shards (see code_shard.h).
 */
#include "code_shard.h"

#include <entente/common.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int sizes(char **files, int nfiles, uint64_t *len)
{
    for (int f = 0; f < nfiles; f++) {
        struct stat st;
        if (stat(files[f], &st) != 0)
            return ent_error_set(ENT_EIO, "%s: cannot open", files[f]);
        len[f] = st.st_size > 0 ? (uint64_t)st.st_size : 0;
    }
    return 0;
}

int code_shard_plan(const ent_par *par, char **files, int nfiles, bool jsonl,
                    code_part **parts, size_t *n, uint64_t *in_begin,
                    uint64_t *in_end)
{
    uint64_t *len = calloc((size_t)nfiles + 1, sizeof *len), total = 0, lo, hi;
    code_part *p = calloc((size_t)nfiles + 1, sizeof *p);
    int rc = 0;
    size_t k = 0;
    bool last = par->rank == par->size - 1, any = false;
    *parts = NULL;
    *n = 0;
    *in_begin = *in_end = 0;
    if (!len || !p) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    if ((rc = sizes(files, nfiles, len)))
        goto done;
    for (int f = 0; f < nfiles; f++)
        total += len[f];
    ent_par_cut(total, par->rank, par->size, &lo, &hi);
    uint64_t at = 0; /* stream offset of file f */
    for (int f = 0; f < nfiles; at += len[f], f++) {
        if (!jsonl) {
            /* a file goes to the rank whose cut holds its first byte */
            if (at >= lo && (at < hi || (last && at >= hi))) {
                p[k++] = (code_part){f, 0, len[f], 0};
                if (!any)
                    *in_begin = at;
                any = true;
                *in_end = at + len[f];
            }
            continue;
        }
        uint64_t a = lo > at ? lo - at : 0, b = hi > at ? hi - at : 0;
        if (a > len[f] || (a == len[f] && len[f] > 0))
            continue; /* the cut starts after this file */
        if (b > len[f] || last)
            b = len[f];
        code_part part = {f, 0, 0, 0};
        if ((rc = ent_par_line_range(files[f], a, b, &part.begin, &part.end,
                                     &part.first_line)))
            goto done;
        if (part.end > part.begin) {
            p[k++] = part;
            if (!any)
                *in_begin = at + part.begin;
            any = true;
            *in_end = at + part.end;
        }
    }
done:
    free(len);
    if (rc) {
        free(p);
        return rc;
    }
    *parts = p;
    *n = k;
    return 0;
}

int code_shard_open(const char *dir, const ent_par *par, const char *ext,
                    FILE **fp, char *name, size_t n)
{
    char path[4096];
    *fp = NULL;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return ent_error_set(ENT_EIO, "%s: cannot create the directory", dir);
    snprintf(name, n, "part-%05d.%s", par->rank, ext);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    *fp = fopen(path, "wb");
    if (!*fp)
        return ent_error_set(ENT_EIO, "%s: cannot write", path);
    return 0;
}

int code_shard_finish(const ent_par *par, const char *dir, const char *ext,
                      bool jsonl_in, char **files, int nfiles, bool failed,
                      uint64_t events, uint64_t bytes, uint64_t in_begin,
                      uint64_t in_end)
{
    size_t N = (size_t)par->size, nv = 4 * N + 1;
    uint64_t *v = calloc(nv, sizeof *v);
    int rc = 0;
    if (!v)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    size_t r = (size_t)par->rank;
    v[4 * r] = events;
    v[4 * r + 1] = bytes;
    v[4 * r + 2] = in_begin;
    v[4 * r + 3] = in_end;
    v[4 * N] = failed ? 1 : 0;
    if ((rc = par->sum_u64(par, v, nv)))
        goto done;
    if (v[4 * N]) {
        rc = ent_error_set(ENT_EINVALID, "code: %llu rank(s) failed; no manifest",
                           (unsigned long long)v[4 * N]);
        goto done;
    }
    if (par->rank != 0)
        goto done;
    json_t *m = json_object(), *in = json_array(), *sh = json_array();
    uint64_t total = 0;
    for (int f = 0; f < nfiles; f++) {
        struct stat st;
        json_t *x = json_object();
        json_object_set_new(x, "path", json_string(files[f]));
        json_object_set_new(x, "bytes", json_integer(stat(files[f], &st) == 0
                                                         ? (json_int_t)st.st_size
                                                         : -1));
        json_array_append_new(in, x);
    }
    for (size_t k = 0; k < N; k++) {
        char name[64];
        snprintf(name, sizeof name, "part-%05zu.%s", k, ext);
        json_t *x = json_object();
        json_object_set_new(x, "rank", json_integer((json_int_t)k));
        json_object_set_new(x, "path", json_string(name));
        json_object_set_new(x, "events", json_integer((json_int_t)v[4 * k]));
        json_object_set_new(x, "bytes", json_integer((json_int_t)v[4 * k + 1]));
        json_t *rg = json_array();
        json_array_append_new(rg, json_integer((json_int_t)v[4 * k + 2]));
        json_array_append_new(rg, json_integer((json_int_t)v[4 * k + 3]));
        json_object_set_new(x, "input_range", rg);
        json_array_append_new(sh, x);
        total += v[4 * k];
    }
    json_object_set_new(m, "command", json_string("entente code"));
    json_object_set_new(m, "version", json_string(ent_version()));
    json_object_set_new(m, "ranks", json_integer((json_int_t)N));
    json_object_set_new(m, "input_format", json_string(jsonl_in ? "jsonl" : "text"));
    json_object_set_new(m, "format", json_string(ext));
    json_object_set_new(m, "split", json_string(
        jsonl_in ? "lines of the inputs taken as one stream, cut at len*r/N"
                 : "whole files, cut at len*r/N of the inputs as one stream"));
    json_object_set_new(m, "order", json_string(
        "the shards in rank order concatenated are the output of one process"));
    json_object_set_new(m, "inputs", in);
    json_object_set_new(m, "shards", sh);
    json_object_set_new(m, "events", json_integer((json_int_t)total));
    char tmp[4096], path[4096];
    snprintf(tmp, sizeof tmp, "%s/manifest.json.tmp", dir);
    snprintf(path, sizeof path, "%s/manifest.json", dir);
    if (json_dump_file(m, tmp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 ||
        rename(tmp, path) != 0)
        rc = ent_error_set(ENT_EIO, "%s: cannot write", path);
    json_decref(m);
done:
    free(v);
    return rc;
}
