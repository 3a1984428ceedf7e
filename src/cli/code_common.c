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
    }
    for (int k = 0; rc == 0 && k < o->n_dicts; k++)
        rc = ent_dict_load_dir(d, o->dicts[k]);
    for (int k = 0; rc == 0 && k < 3; k++)
        for (int j = 0; rc == 0 && j < o->n_petr[k]; j++)
            rc = ent_dict_import_petrarch(d, (ent_petr_kind)k, o->petr[k][j], NULL);
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
    json_error_t jerr;
    json_t *j = json_loadb(line, n, 0, &jerr);
    int rc = 0;
    *id = *text = NULL;
    if (!j || !json_is_object(j)) {
        json_decref(j);
        return ent_error_set(ENT_EINVALID, "%s:%zu: not a JSON object", name, lineno);
    }
    const char *ids = json_string_value(json_object_get(j, "id"));
    const char *ds = json_string_value(json_object_get(j, "date"));
    json_t *tx = json_object_get(j, "text");
    char idbuf[32];
    if (!ids) {
        snprintf(idbuf, sizeof idbuf, "%s:%zu", name, lineno);
        ids = idbuf;
    }
    if (ds && ds[0] && ent_date_parse(date, ds) != 0)
        rc = ent_error_set(ENT_EINVALID, "%s:%zu: bad date '%s'", name, lineno, ds);
    else if (!json_is_string(tx))
        rc = ent_error_set(ENT_EINVALID, "%s:%zu: no \"text\" string", name, lineno);
    if (rc == 0) {
        *len = json_string_length(tx);
        *text = malloc(*len + 1);
        *id = strdup(ids);
        if (!*text || !*id) {
            free(*text);
            free(*id);
            *text = *id = NULL;
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
        } else {
            memcpy(*text, json_string_value(tx), *len + 1);
        }
    }
    json_decref(j);
    return rc;
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
    while (done < max_bytes && (n = getline(&line, &cap, fp)) > 0) {
        lineno++;
        done += (uint64_t)n;
        if (n <= 1 && line[0] == '\n')
            continue;
        json_error_t jerr;
        json_t *j = json_loadb(line, (size_t)n, 0, &jerr);
        if (!j || !json_is_object(j)) {
            json_decref(j);
            rc = ent_error_set(ENT_EINVALID, "%s:%zu: not a JSON object", name, lineno);
            break;
        }
        const char *id = json_string_value(json_object_get(j, "id"));
        const char *ds = json_string_value(json_object_get(j, "date"));
        json_t *tx = json_object_get(j, "text");
        ent_date date = def_date;
        char idbuf[32];
        if (!id) {
            snprintf(idbuf, sizeof idbuf, "%zu", lineno);
            id = idbuf;
        }
        if (ds && ds[0] && ent_date_parse(&date, ds) != 0) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu: bad date '%s'", name, lineno, ds);
            json_decref(j);
            break;
        }
        if (!json_is_string(tx)) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu: no \"text\" string", name, lineno);
            json_decref(j);
            break;
        }
        rc = ent_coder_code(c, id, date, json_string_value(tx), json_string_length(tx),
                            fn, ctx);
        json_decref(j);
        if (rc)
            break;
    }
    free(line);
    return rc;
}
