/*
 * grid.c - assumption grids (see entente/sweep.h): a line parser that
 * copies everything into one arena, so a grid is freed at once.
 */
#include <entente/sweep.h>

#include "core/arena.h"
#include "core/readfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct option {
    const char *label;
    const char **exprs;
    size_t n_exprs;
} option;

typedef struct dim {
    const char *name;
    option *opts;
    size_t n, cap;
} dim;

struct ent_grid {
    ent_arena arena;
    dim dims[ENT_GRID_MAX_DIMS];
    size_t n_dims;
    uint64_t sets;
};

void ent_grid_free(ent_grid *g)
{
    if (!g)
        return;
    for (size_t d = 0; d < g->n_dims; d++)
        free(g->dims[d].opts);
    ent_core__arena_free(&g->arena);
    free(g);
}

static bool label_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '+' ||
           c == '-';
}

static bool space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == ',';
}

static char *copy(ent_arena *a, const char *s, size_t n)
{
    char *p = ent_core__arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

/* Parse one option line [s, e) into dimension d. */
static int option_line(ent_grid *g, dim *d, const char *s, const char *e,
                       const char *name, size_t line)
{
    const char *p = s;
    while (p < e && label_char(*p))
        p++;
    size_t ll = (size_t)(p - s);
    if (ll == 0 || ll > 63 || p >= e || *p != ':')
        return ent_error_set(ENT_EINVALID,
                             "%s:%zu: expected 'LABEL: EXPR ...' (a label of "
                             "letters, digits and _.+- then a colon)",
                             name, line);
    for (size_t k = 0; k < d->n; k++)
        if (strlen(d->opts[k].label) == ll &&
            memcmp(d->opts[k].label, s, ll) == 0)
            return ent_error_set(ENT_EINVALID, "%s:%zu: option '%.*s' twice "
                                               "in [%s]",
                                 name, line, (int)ll, s, d->name);
    if (d->n >= ENT_GRID_MAX_OPTIONS)
        return ent_error_set(ENT_ELIMIT, "%s:%zu: more than %d options in [%s]",
                             name, line, ENT_GRID_MAX_OPTIONS, d->name);
    if (d->n == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 8;
        option *o = realloc(d->opts, cap * sizeof *o);
        if (!o)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        d->opts = o;
        d->cap = cap;
    }
    option *o = &d->opts[d->n];
    memset(o, 0, sizeof *o);
    if (!(o->label = copy(&g->arena, s, ll)))
        return ent_error_set(ENT_ENOMEM, "out of memory");
    p++; /* ':' */
    /* count, then copy the expressions */
    size_t n = 0;
    for (const char *q = p; q < e;) {
        while (q < e && space(*q))
            q++;
        if (q >= e)
            break;
        n++;
        while (q < e && !space(*q))
            q++;
    }
    if (n) {
        o->exprs = ent_core__arena_alloc(&g->arena, n * sizeof *o->exprs);
        if (!o->exprs)
            return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    for (const char *q = p; q < e;) {
        while (q < e && space(*q))
            q++;
        if (q >= e)
            break;
        const char *t = q;
        while (q < e && !space(*q))
            q++;
        if ((size_t)(q - t) > 255)
            return ent_error_set(ENT_EINVALID, "%s:%zu: expression too long",
                                 name, line);
        if (!(o->exprs[o->n_exprs++] = copy(&g->arena, t, (size_t)(q - t))))
            return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    d->n++;
    return 0;
}

int ent_grid_parse(ent_grid **out, const char *text, size_t len,
                   const char *name)
{
    ent_grid *g = calloc(1, sizeof *g);
    int rc = 0;
    size_t line = 0;
    *out = NULL;
    if (!g)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    ent_core__arena_init(&g->arena);
    if (!name)
        name = "grid";
    for (const char *s = text, *end = text + len; s < end && !rc;) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        line++;
        const char *hash = memchr(s, '#', (size_t)(e - s));
        const char *le = hash ? hash : e;
        while (s < le && space(*s) && *s != ',')
            s++;
        while (le > s && space(le[-1]))
            le--;
        if (memchr(s, '\0', (size_t)(le - s))) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu: NUL byte", name, line);
        } else if (s == le) {
            /* blank or comment */
        } else if (*s == '[') {
            if (le[-1] != ']' || le - s < 3) {
                rc = ent_error_set(ENT_EINVALID, "%s:%zu: expected '[NAME]'",
                                   name, line);
            } else if (g->n_dims >= ENT_GRID_MAX_DIMS) {
                rc = ent_error_set(ENT_ELIMIT, "%s:%zu: more than %d dimensions",
                                   name, line, ENT_GRID_MAX_DIMS);
            } else if (g->n_dims && g->dims[g->n_dims - 1].n == 0) {
                rc = ent_error_set(ENT_EINVALID, "%s:%zu: dimension [%s] has no "
                                                 "option",
                                   name, line, g->dims[g->n_dims - 1].name);
            } else {
                dim *d = &g->dims[g->n_dims];
                if (!(d->name = copy(&g->arena, s + 1, (size_t)(le - s - 2))))
                    rc = ent_error_set(ENT_ENOMEM, "out of memory");
                for (size_t k = 0; !rc && k < g->n_dims; k++)
                    if (strcmp(g->dims[k].name, d->name) == 0)
                        rc = ent_error_set(ENT_EINVALID,
                                           "%s:%zu: dimension [%s] twice", name,
                                           line, d->name);
                if (!rc)
                    g->n_dims++;
            }
        } else if (!g->n_dims) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu: an option before any "
                                             "[dimension]",
                               name, line);
        } else {
            rc = option_line(g, &g->dims[g->n_dims - 1], s, le, name, line);
        }
        s = nl ? nl + 1 : end;
    }
    if (!rc && !g->n_dims)
        rc = ent_error_set(ENT_EINVALID, "%s: no [dimension]", name);
    if (!rc && g->dims[g->n_dims - 1].n == 0)
        rc = ent_error_set(ENT_EINVALID, "%s: dimension [%s] has no option",
                           name, g->dims[g->n_dims - 1].name);
    if (!rc) {
        g->sets = 1;
        for (size_t d = 0; d < g->n_dims && !rc; d++) {
            g->sets *= g->dims[d].n;
            if (g->sets > ENT_GRID_MAX_SETS)
                rc = ent_error_set(ENT_ELIMIT, "%s: more than %d sets", name,
                                   ENT_GRID_MAX_SETS);
        }
    }
    if (rc) {
        ent_grid_free(g);
        return rc;
    }
    *out = g;
    return 0;
}

int ent_grid_load(ent_grid **out, const char *path)
{
    char *buf;
    size_t len;
    *out = NULL;
    int rc = ent_core__read_file(path, (size_t)64 << 20, &buf, &len);
    if (rc == 0)
        rc = ent_grid_parse(out, buf, len, path);
    free(buf);
    return rc;
}

size_t ent_grid_dims(const ent_grid *g)
{
    return g->n_dims;
}

const char *ent_grid_dim_name(const ent_grid *g, size_t d)
{
    return d < g->n_dims ? g->dims[d].name : NULL;
}

size_t ent_grid_options(const ent_grid *g, size_t d)
{
    return d < g->n_dims ? g->dims[d].n : 0;
}

const char *ent_grid_label(const ent_grid *g, size_t d, size_t k)
{
    return d < g->n_dims && k < g->dims[d].n ? g->dims[d].opts[k].label : NULL;
}

uint64_t ent_grid_sets(const ent_grid *g)
{
    return g->sets;
}

size_t ent_grid_choice(const ent_grid *g, uint64_t set, size_t d)
{
    for (size_t k = g->n_dims; k-- > d + 1;)
        set /= g->dims[k].n;
    return d < g->n_dims ? (size_t)(set % g->dims[d].n) : 0;
}

size_t ent_grid_exprs(const ent_grid *g, size_t d, size_t k,
                      const char *const **exprs)
{
    *exprs = NULL;
    if (d >= g->n_dims || k >= g->dims[d].n)
        return 0;
    *exprs = (const char *const *)g->dims[d].opts[k].exprs;
    return g->dims[d].opts[k].n_exprs;
}
