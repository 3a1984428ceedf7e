/*
 * code_common.c - dictionary options and document reading shared by the
 * `code`, `eval` and `ingest` commands (see code_common.h).
 */
#define _POSIX_C_SOURCE 200809L
#include "code_common.h"
#include "cli.h"

#include <jansson.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

void code_opts_init(code_opts *o) { memset(o, 0, sizeof *o); }

int code_opts_parse(code_opts *o, const char *cmd, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    static const char *pnames[3] = {"--petrarch-actors", "--petrarch-agents",
                                    "--petrarch-verbs"};
    if (strcmp(a, "--no-default-dict") == 0) {
        o->no_default = true;
        o->no_world = true;
        return 1;
    }
    if (strcmp(a, "--no-world") == 0) {
        o->no_world = true;
        return 1;
    }
    if (strcmp(a, "--world") == 0) {
        if (*i + 1 >= argc) {
            cli_usage(cmd, "--world needs a directory or file");
            return -1;
        }
        o->world_path = argv[++*i];
        return 1;
    }
    if (strcmp(a, "--event-model") == 0) {
        if (*i + 1 >= argc) {
            cli_usage(cmd, "--event-model needs a file (e.g. <data>/params/event_model.txt)");
            return -1;
        }
        o->event_model = argv[++*i];
        return 1;
    }
    if (strcmp(a, "--target-model") == 0) {
        if (*i + 1 >= argc) {
            cli_usage(cmd, "--target-model needs a file (e.g. <data>/params/target_model.txt)");
            return -1;
        }
        o->target_model = argv[++*i];
        return 1;
    }
    if (strcmp(a, "--dict") == 0) {
        if (*i + 1 >= argc || o->n_dicts >= 8) {
            cli_usage(cmd, "--dict needs a directory (at most 8)");
            return -1;
        }
        o->dicts[o->n_dicts++] = argv[++*i];
        return 1;
    }
    for (int k = 0; k < 3; k++)
        if (strcmp(a, pnames[k]) == 0) {
            if (*i + 1 >= argc || o->n_petr[k] >= 8) {
                cli_usage(cmd, "%s needs a file (at most 8)", a);
                return -1;
            }
            o->petr[k][o->n_petr[k]++] = argv[++*i];
            return 1;
        }
    return 0;
}

void code_opts_free(code_opts *o)
{
    ent_world_free(o->world);
    o->world = NULL;
}

/* Load a model file into d after checking, in a dictionary of its own,
 * that it holds entries of that model (kind) and nothing else: a target
 * model given as --event-model, or a file with only a threshold, would
 * otherwise be accepted and change nothing, or change the wrong thing. */
static int load_model(ent_dict *d, const char *path, ent_dict_kind kind)
{
    const char *what = kind == ENT_DICT_EVENT_WEIGHTS ? "an event model" : "a target model";
    const char *lines = kind == ENT_DICT_EVENT_WEIGHTS ? "'event FEATURE WEIGHT'"
                                                       : "'weight FEATURE VALUE'";
    ent_dict *m = NULL;
    int rc = ent_dict_new(&m);
    if (rc == 0)
        rc = ent_dict_load_file(m, path);
    if (rc == 0) {
        size_t other = 0;
        for (int k = 0; k < ENT_DICT_KIND_COUNT; k++)
            if (k != (int)kind)
                other += ent_dict_count(m, (ent_dict_kind)k);
        if (other)
            rc = ent_error_set(ENT_EINVALID, "%s: not %s: it holds %zu other dictionary entries",
                               path, what, other);
        else if (ent_dict_count(m, kind) == 0)
            rc = ent_error_set(ENT_EINVALID, "%s: not %s: no %s lines", path, what, lines);
    }
    ent_dict_free(m);
    return rc ? rc : ent_dict_load_file(d, path);
}

int code_opts_dict(code_opts *o, ent_dict **out)
{
    ent_dict *d = NULL;
    int rc = ent_dict_new(&d);
    if (rc)
        return rc;
    if (!o->no_world) {
        char dir[4096];
        struct stat st;
        snprintf(dir, sizeof dir, "%s/world", cli_data_dir());
        const char *path = o->world_path ? o->world_path : dir;
        if (o->world_path || stat(dir, &st) == 0) {
            ent_list errors = {0};
            rc = ent_io_load(&o->world, &path, 1, &errors);
            if (rc && errors.n)
                ent_error_set(rc, "%s", (const char *)errors.items[0]);
            ent_world_errors_free(&errors);
            if (rc == 0)
                rc = ent_dict_add_world(d, o->world);
        }
    }
    if (rc == 0 && !o->no_default) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/dict", cli_data_dir());
        rc = ent_dict_load_dir(d, dir);
        /* without a world, a small copy of its people and seats */
        if (rc == 0 && !o->world) {
            snprintf(dir, sizeof dir, "%s/dict/fallback", cli_data_dir());
            rc = ent_dict_load_dir(d, dir);
        }
    }
    for (int k = 0; rc == 0 && k < o->n_dicts; k++)
        rc = ent_dict_load_dir(d, o->dicts[k]);
    if (rc == 0 && o->target_model)
        rc = load_model(d, o->target_model, ENT_DICT_TARGET_WEIGHTS);
    if (rc == 0 && o->event_model)
        rc = load_model(d, o->event_model, ENT_DICT_EVENT_WEIGHTS);
    for (int k = 0; rc == 0 && k < 3; k++)
        for (int j = 0; rc == 0 && j < o->n_petr[k]; j++) {
            size_t skipped = 0;
            rc = ent_dict_import_petrarch(d, (ent_petr_kind)k, o->petr[k][j], &skipped);
            if (rc == 0 && skipped)
                fprintf(stderr, "entente: %s: %zu entries or patterns not imported\n",
                        o->petr[k][j], skipped);
        }
    if (rc) {
        ent_dict_free(d);
        return rc;
    }
    *out = d;
    return 0;
}

int code_read_all(FILE *fp, char **buf, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (;;) {
        if (n == cap) {
            if (cap >= ((size_t)64 << 20)) {
                free(b);
                return ent_error_set(ENT_ELIMIT, "document larger than 64 MiB");
            }
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                free(b);
                return ent_error_set(ENT_ENOMEM, "out of memory");
            }
            b = nb;
            cap *= 2;
        }
        size_t r = fread(b + n, 1, cap - n, fp);
        n += r;
        if (r == 0)
            break;
    }
    if (ferror(fp)) {
        free(b);
        return ent_error_set(ENT_EIO, "read error");
    }
    *buf = b;
    *len = n;
    return 0;
}

int code_jsonl_parse(const char *line, size_t n, const char *name, size_t lineno,
                     char **id, ent_date *date, char **text, size_t *len)
{
    int rc = ent_text_parse_jsonl_doc(line, n, id, date, text, len);
    if (rc) {
        char msg[256];
        snprintf(msg, sizeof msg, "%s", ent_error_last());
        return ent_error_set(rc, "%s:%zu: %s", name, lineno, msg);
    }
    if (!*id) {
        char buf[64];
        snprintf(buf, sizeof buf, "%zu", lineno);
        *id = strdup(buf);
        if (!*id) {
            free(*text);
            *text = NULL;
            return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    }
    return 0;
}

int code_jsonl_stream(ent_coder *c, FILE *fp, const char *name, ent_date def_date,
                      ent_event_fn fn, void *ctx)
{
    return code_jsonl_stream_part(c, fp, name, def_date, UINT64_MAX, 0, fn, ctx);
}

int code_jsonl_stream_part(ent_coder *c, FILE *fp, const char *name,
                           ent_date def_date, uint64_t max_bytes,
                           size_t first_line, ent_event_fn fn, void *ctx)
{
    char *line = NULL;
    size_t cap = 0, lineno = first_line;
    uint64_t done = 0;
    int rc = 0;
    ssize_t n;
    while (rc == 0 && done < max_bytes && (n = getline(&line, &cap, fp)) > 0) {
        lineno++;
        done += (uint64_t)n;
        if (n <= 1 && line[0] == '\n')
            continue;
        char *id = NULL, *text = NULL;
        size_t len = 0;
        ent_date date = def_date;
        rc = code_jsonl_parse(line, (size_t)n, name, lineno, &id, &date, &text, &len);
        if (rc == 0)
            rc = ent_coder_code(c, id, date, text, len, fn, ctx);
        free(id);
        free(text);
    }
    free(line);
    return rc;
}
