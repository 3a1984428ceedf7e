/*
 * yaml_load.c - strict loading of world and scenario YAML files (libfyaml)
 * into ent_world layers, with every problem reported as file:line:col.
 *
 * DESIGN
 * Each document is parsed whole (libfyaml document API), then walked
 * section by section. Values are checked as they are read (types, dates,
 * enumerations, unknown keys); references to actors, commitments and issues
 * are only recorded with their position, and checked once every file is
 * loaded, so files may refer to each other in any order. Finally the world's
 * own interval checks run. Nothing stops at the first error.
 */
#include <entente/io.h>

#include "core/arena.h"

#include <dirent.h>
#include <libfyaml.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_ERRORS 500

typedef enum { REF_ACTOR, REF_COMMIT, REF_ISSUE, REF_ABOUT } ref_kind;

typedef struct {
    ref_kind kind;
    const char *code;
    const char *file;
    int line, col;
} ref;

typedef struct {
    ent_world *w;     /* layer receiving records */
    const char *file; /* current file name (kept in `keep`) */
    ent_list *errors;
    size_t n_errors;
    ent_arena keep;    /* lives for the whole load */
    ent_arena scratch; /* per document */
    ref *refs;
    size_t n_refs, cap_refs;
    char **loaded; /* real paths already loaded */
    size_t n_loaded, cap_loaded;
    ent_strmap failed; /* ids of records that failed: no follow-on errors */
    bool rec_unknown;  /* the current record had an unknown key */
    bool follow_world; /* follow a scenario's world: list */
    bool have_scenario;
} loader;

/* --- errors ------------------------------------------------------------- */

static void add_error(loader *L, char *msg)
{
    ent_list *e = L->errors;
    if (!msg)
        return;
    if (L->n_errors >= MAX_ERRORS) {
        free(msg);
        return;
    }
    if (e->n == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 16;
        const void **items = realloc(e->items, cap * sizeof *items);
        if (!items) {
            free(msg);
            return;
        }
        e->items = items;
        e->cap = cap;
    }
    e->items[e->n++] = msg;
    L->n_errors++;
}

__attribute__((format(printf, 5, 6))) static void
errat(loader *L, const char *file, int line, int col, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t n = strlen(msg) + strlen(file) + 48;
    char *out = malloc(n);
    if (out)
        snprintf(out, n, "%s:%d:%d: %s", file, line, col, msg);
    add_error(L, out);
}

/* The 1-based position where node n starts. libfyaml 0.7 exposes marks
 * only on tokens, so a collection is placed at its first scalar (for a block
 * mapping record that is its first key, where the record starts). */
static void pos_of(struct fy_node *n, int *line, int *col)
{
    const struct fy_mark *m = NULL;
    for (int depth = 0; n && !m && depth < 64; depth++) {
        void *it = NULL;
        switch (fy_node_get_type(n)) {
        case FYNT_SCALAR: {
            struct fy_token *t = fy_node_get_scalar_token(n);
            m = t ? fy_token_start_mark(t) : NULL;
            n = NULL;
            break;
        }
        case FYNT_MAPPING: {
            struct fy_node_pair *p = fy_node_mapping_iterate(n, &it);
            n = p ? fy_node_pair_key(p) : NULL;
            break;
        }
        case FYNT_SEQUENCE:
            n = fy_node_sequence_iterate(n, &it);
            break;
        }
    }
    *line = m ? m->line + 1 : 1;
    *col = m ? m->column + 1 : 1;
}

__attribute__((format(printf, 3, 4))) static void
err(loader *L, struct fy_node *n, const char *fmt, ...)
{
    char msg[900];
    int line, col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pos_of(n, &line, &col);
    errat(L, L->file, line, col, "%s", msg);
}

/* --- scalar readers ------------------------------------------------------ */

static bool is_null(struct fy_node *n)
{
    if (!n)
        return true;
    if (fy_node_get_type(n) != FYNT_SCALAR)
        return false;
    if (fy_node_get_style(n) != FYNS_PLAIN)
        return false;
    size_t len;
    const char *s = fy_node_get_scalar(n, &len);
    return len == 0 || (len == 1 && s[0] == '~') ||
           (len == 4 && memcmp(s, "null", 4) == 0);
}

static const char *type_name(struct fy_node *n)
{
    switch (fy_node_get_type(n)) {
    case FYNT_MAPPING:
        return "a mapping";
    case FYNT_SEQUENCE:
        return "a list";
    default:
        return "a scalar";
    }
}

/* The scalar's text, NUL-terminated in scratch; NULL (and an error) if n is
 * not a scalar. */
static const char *str(loader *L, struct fy_node *n, const char *what)
{
    if (!n || fy_node_get_type(n) != FYNT_SCALAR) {
        err(L, n, "%s must be a single value, not %s", what,
            n ? type_name(n) : "empty");
        return NULL;
    }
    size_t len;
    const char *s = fy_node_get_scalar(n, &len);
    char *out = ent_core__arena_alloc(&L->scratch, len + 1);
    if (!out)
        return NULL;
    memcpy(out, s, len);
    out[len] = '\0';
    if (strlen(out) != len) {
        err(L, n, "%s contains a NUL byte", what);
        return NULL;
    }
    return out;
}

static bool valid_code(const char *s)
{
    if (!s[0] || strlen(s) > 64)
        return false;
    for (; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
              (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' || *s == '.'))
            return false;
    return true;
}

static void add_ref(loader *L, struct fy_node *n, ref_kind kind, const char *code)
{
    if (L->n_refs == L->cap_refs) {
        size_t cap = L->cap_refs ? L->cap_refs * 2 : 256;
        ref *r = realloc(L->refs, cap * sizeof *r);
        if (!r)
            return;
        L->refs = r;
        L->cap_refs = cap;
    }
    ref *r = &L->refs[L->n_refs++];
    r->kind = kind;
    r->code = ent_core__arena_strdup(&L->keep, code);
    r->file = L->file;
    pos_of(n, &r->line, &r->col);
}

/* An actor code that must exist once everything is loaded. */
static const char *code_ref(loader *L, struct fy_node *n, const char *what,
                            ref_kind kind)
{
    const char *s = str(L, n, what);
    if (!s)
        return NULL;
    if (!valid_code(s)) {
        err(L, n, "'%s' is not a valid code for %s (letters, digits, _ - .)", s,
            what);
        return NULL;
    }
    add_ref(L, n, kind, s);
    return s;
}

static int date(loader *L, struct fy_node *n, ent_date *out, ent_date dflt)
{
    if (is_null(n)) {
        *out = dflt;
        return 0;
    }
    const char *s = str(L, n, "a date");
    if (!s)
        return -1;
    if (ent_date_parse(out, s) != 0) {
        err(L, n, "%s", ent_error_last());
        return -1;
    }
    return 0;
}

static int number(loader *L, struct fy_node *n, const char *what, double *out)
{
    const char *s = str(L, n, what);
    if (!s)
        return -1;
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !isfinite(v)) {
        err(L, n, "%s must be a number, not '%s'", what, s);
        return -1;
    }
    *out = v;
    return 0;
}

static int integer(loader *L, struct fy_node *n, const char *what, int *out)
{
    const char *s = str(L, n, what);
    if (!s)
        return -1;
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v < INT_MIN || v > INT_MAX) {
        err(L, n, "%s must be an integer, not '%s'", what, s);
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int boolean(loader *L, struct fy_node *n, const char *what, bool *out)
{
    const char *s = str(L, n, what);
    if (!s)
        return -1;
    if (strcmp(s, "true") == 0)
        *out = true;
    else if (strcmp(s, "false") == 0)
        *out = false;
    else {
        err(L, n, "%s must be true or false, not '%s'", what, s);
        return -1;
    }
    return 0;
}

static int enumeration(loader *L, struct fy_node *n, const char *what,
                       int (*parse)(const char *), const char *choices)
{
    const char *s = str(L, n, what);
    if (!s)
        return -1;
    int v = parse(s);
    if (v < 0)
        err(L, n, "unknown %s '%s' (one of: %s)", what, s, choices);
    return v;
}

/* A list of strings (or actor codes when kind >= 0); NULL-terminated. */
static const char **strv(loader *L, struct fy_node *n, const char *what,
                         int kind, bool allow_scalar)
{
    const char **v;
    if (is_null(n)) {
        v = ent_core__arena_alloc(&L->scratch, sizeof *v);
        return v;
    }
    if (fy_node_get_type(n) == FYNT_SCALAR && allow_scalar) {
        v = ent_core__arena_alloc(&L->scratch, 2 * sizeof *v);
        if (v)
            v[0] = kind >= 0 ? code_ref(L, n, what, (ref_kind)kind)
                             : str(L, n, what);
        return v && v[0] ? v : NULL;
    }
    if (fy_node_get_type(n) != FYNT_SEQUENCE) {
        err(L, n, "%s must be a list, not %s", what, type_name(n));
        return NULL;
    }
    int count = fy_node_sequence_item_count(n);
    v = ent_core__arena_alloc(&L->scratch, ((size_t)count + 1) * sizeof *v);
    if (!v)
        return NULL;
    size_t k = 0;
    void *it = NULL;
    struct fy_node *item;
    bool ok = true;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        const char *s = kind >= 0 ? code_ref(L, item, what, (ref_kind)kind)
                                  : str(L, item, what);
        if (s)
            v[k++] = s;
        else
            ok = false;
    }
    return ok ? v : NULL;
}

/* `source:` may be a string or a list of strings, joined with "; ". */
static const char *source(loader *L, struct fy_node *n)
{
    if (fy_node_get_type(n) == FYNT_SCALAR)
        return str(L, n, "source");
    const char **v = strv(L, n, "source", -1, false);
    if (!v)
        return NULL;
    size_t len = 1;
    for (size_t i = 0; v[i]; i++)
        len += strlen(v[i]) + 2;
    char *out = ent_core__arena_alloc(&L->scratch, len);
    if (!out)
        return NULL;
    for (size_t i = 0; v[i]; i++) {
        if (i)
            strcat(out, "; ");
        strcat(out, v[i]);
    }
    return out;
}

/* --- records ------------------------------------------------------------ */

static const char *key_text(loader *L, struct fy_node *k)
{
    if (!k || fy_node_get_type(k) != FYNT_SCALAR) {
        err(L, k, "keys must be plain strings");
        return NULL;
    }
    return str(L, k, "key");
}

static bool need_map(loader *L, struct fy_node *n, const char *what)
{
    if (!n || fy_node_get_type(n) != FYNT_MAPPING) {
        err(L, n, "%s must be a mapping, not %s", what, n ? type_name(n) : "empty");
        return false;
    }
    return true;
}

static void unknown_key(loader *L, struct fy_node *k, const char *key,
                        const char *what)
{
    err(L, k, "unknown key '%s' in %s", key, what);
    L->rec_unknown = true;
}

/* A required key is absent. Not reported when the record also has an
 * unknown key: that is almost always the same key, misspelt. */
static void missing(loader *L, struct fy_node *rec, const char *key,
                    const char *what)
{
    if (!L->rec_unknown)
        err(L, rec, "%s has no '%s'", what, key);
}

/* Remember that the record with this id failed, so that references to it
 * do not add follow-on "unknown" errors. */
static void failed_id(loader *L, const char *id)
{
    if (!id)
        return;
    char *copy = ent_core__arena_strdup(&L->keep, id);
    if (copy)
        ent_core__strmap_put(&L->failed, copy, 1);
}

/* Iterate the pairs of a mapping with a plain loop. */
typedef struct {
    struct fy_node *map;
    void *it;
} pairs;

static bool next_pair(loader *L, pairs *p, const char **key, struct fy_node **kn,
                      struct fy_node **vn)
{
    struct fy_node_pair *pair;
    while ((pair = fy_node_mapping_iterate(p->map, &p->it)) != NULL) {
        *kn = fy_node_pair_key(pair);
        *vn = fy_node_pair_value(pair);
        *key = key_text(L, *kn);
        if (*key)
            return true;
    }
    return false;
}

#define IS(k) (strcmp(key, (k)) == 0)

static void rec_pos(loader *L, struct fy_node *n, const char **file, int *line,
                    int *col)
{
    *file = L->file;
    pos_of(n, line, col);
}

/* --- records as tables of fields ---------------------------------------
 * Each kind of record names its keys in a table: the key, how its value is
 * read, and where it goes in the record struct. read_fields() walks a
 * record's mapping in document order (so errors come in reading order),
 * reads each known key with its reader, reports unknown keys, and returns
 * which fields were present. What is particular to one kind of record (an
 * enumeration, a nested list) is a field with its own function. */
typedef enum {
    F_STR,        /* a string */
    F_STRS,       /* a list of strings */
    F_ACTOR,      /* an actor code (checked at the end of loading) */
    F_ACTORS,     /* a list of actor codes */
    F_REF_COMMIT, /* a commitment id (checked at the end) */
    F_REF_ISSUE,  /* an issue id (checked at the end) */
    F_REF_ABOUT,  /* a commitment or issue id (checked at the end) */
    F_FROM,       /* a date; absent or null: the beginning of time */
    F_UNTIL,      /* a date; absent or null: open-ended */
    F_NUM,        /* a number */
    F_INT,        /* an integer */
    F_BOOL,       /* true or false */
    F_SOURCE,     /* a source: a string or a list of strings */
    F_FN          /* read by the field's own function */
} field_type;

typedef bool (*field_fn)(loader *L, struct fy_node *v, void *rec);

typedef struct field {
    const char *key;
    field_type type;
    size_t off;  /* of the member in the record struct (not F_FN) */
    field_fn fn; /* F_FN */
} field;

#define FIELD(T, key, type, member) {key, type, offsetof(T, member), NULL}
#define FIELD_FN(key, fn) {key, F_FN, 0, fn}
#define HAS(seen, i) (((seen) >> (i)) & 1u)

/* Store a pointer value into a record member of any pointer type. */
static bool put_ptr(void *dst, const void *v)
{
    memcpy(dst, &v, sizeof v);
    return v != NULL;
}

static bool read_ref(loader *L, struct fy_node *v, const char *key,
                     ref_kind kind, void *dst)
{
    const char *s = str(L, v, key);
    if (s)
        add_ref(L, v, kind, s);
    return put_ptr(dst, s);
}

static bool read_field(loader *L, const field *f, struct fy_node *v, void *rec)
{
    void *dst = (char *)rec + f->off;
    switch (f->type) {
    case F_STR:
        return put_ptr(dst, str(L, v, f->key));
    case F_STRS:
        return put_ptr(dst, strv(L, v, f->key, -1, false));
    case F_ACTOR:
        return put_ptr(dst, code_ref(L, v, f->key, REF_ACTOR));
    case F_ACTORS:
        return put_ptr(dst, strv(L, v, f->key, REF_ACTOR, false));
    case F_REF_COMMIT:
        return read_ref(L, v, f->key, REF_COMMIT, dst);
    case F_REF_ISSUE:
        return read_ref(L, v, f->key, REF_ISSUE, dst);
    case F_REF_ABOUT:
        return read_ref(L, v, f->key, REF_ABOUT, dst);
    case F_FROM:
        return date(L, v, dst, ENT_DATE_MIN) == 0;
    case F_UNTIL:
        return date(L, v, dst, ENT_DATE_MAX) == 0;
    case F_NUM:
        return number(L, v, f->key, dst) == 0;
    case F_INT:
        return integer(L, v, f->key, dst) == 0;
    case F_BOOL:
        return boolean(L, v, f->key, dst) == 0;
    case F_SOURCE:
        return put_ptr(dst, source(L, v));
    case F_FN:
        return f->fn(L, v, rec);
    }
    return false;
}

/* Read the mapping rec into the record struct `into` by the table f (at
 * most 64 fields); `what` names the record in errors. Clears *ok when a
 * value is bad. Returns the set of fields present (bit i: f[i]). */
static uint64_t read_fields(loader *L, struct fy_node *rec, const char *what,
                            const field *f, size_t nf, void *into, bool *ok)
{
    uint64_t seen = 0;
    const char *key;
    struct fy_node *k, *v;
    pairs p = {rec, NULL};
    while (next_pair(L, &p, &key, &k, &v)) {
        size_t i = 0;
        while (i < nf && strcmp(f[i].key, key) != 0)
            i++;
        if (i == nf) {
            unknown_key(L, k, key, what);
            continue;
        }
        seen |= (uint64_t)1 << i;
        *ok &= read_field(L, &f[i], v, into);
    }
    return seen;
}

/* The first required field (f[i] for i in req, in order) missing from
 * seen is reported; true if none is. */
static bool require(loader *L, struct fy_node *rec, const char *what,
                    const field *f, uint64_t seen, const int *req, size_t nreq)
{
    for (size_t r = 0; r < nreq; r++)
        if (!HAS(seen, req[r])) {
            missing(L, rec, f[req[r]].key, what);
            return false;
        }
    return true;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define STATUS_CHOICES                                                        \
    "proposed, in_force, declined, rejected, suspended, lapsed"

static bool actor_code(loader *L, struct fy_node *v, void *rec)
{
    ent_actor *a = rec;
    a->code = str(L, v, "code");
    if (a->code && !valid_code(a->code)) {
        err(L, v, "'%s' is not a valid actor code", a->code);
        a->code = NULL;
    }
    return a->code != NULL;
}

static bool actor_kind(loader *L, struct fy_node *v, void *rec)
{
    ent_actor *a = rec;
    int kind = enumeration(L, v, "actor kind", ent_actor_kind_parse,
                           "state, organisation, group, person, nonstate");
    a->kind = kind >= 0 ? (ent_actor_kind)kind : ENT_ACTOR_STATE;
    return kind >= 0;
}

static const field actor_fields[] = {
    FIELD_FN("code", actor_code),
    FIELD_FN("kind", actor_kind),
    FIELD(ent_actor, "name", F_STR, name),
    FIELD(ent_actor, "iso3", F_STR, iso3),
    FIELD(ent_actor, "cow", F_INT, cow),
    FIELD(ent_actor, "aliases", F_STRS, aliases),
    FIELD(ent_actor, "demonyms", F_STRS, demonyms),
    FIELD(ent_actor, "capital", F_STR, capital),
    FIELD(ent_actor, "seats", F_STRS, seats),
    FIELD(ent_actor, "nationality", F_ACTOR, nationality),
    FIELD(ent_actor, "from", F_FROM, from),
    FIELD(ent_actor, "until", F_UNTIL, until),
    FIELD(ent_actor, "source", F_SOURCE, source),
};

static void load_actor(loader *L, struct fy_node *rec)
{
    ent_actor a = {0};
    bool ok = true;
    a.from = ENT_DATE_MIN;
    a.until = ENT_DATE_MAX;
    rec_pos(L, rec, &a.file, &a.line, &a.col);
    L->rec_unknown = false;
    uint64_t seen = read_fields(L, rec, "actor", actor_fields,
                                NELEM(actor_fields), &a, &ok);
    bool has_kind = HAS(seen, 1);
    if (!a.code) {
        if (ok)
            missing(L, rec, "code", "actor");
        return;
    }
    if (!ok || L->rec_unknown)
        failed_id(L, a.code);
    if (!has_kind) {
        missing(L, rec, "kind", "actor");
        ok = false;
    }
    if (!a.name) {
        missing(L, rec, "name", "actor");
        ok = false;
    }
    if (!ok || L->rec_unknown)
        return;
    if (ent_world_add_actor(L->w, &a) != 0)
        err(L, rec, "%s", ent_error_last());
}

static const field membership_fields[] = {
    FIELD(ent_membership, "member", F_ACTOR, member),
    FIELD(ent_membership, "of", F_ACTOR, group),
    FIELD(ent_membership, "status", F_STR, status),
    FIELD(ent_membership, "from", F_FROM, from),
    FIELD(ent_membership, "until", F_UNTIL, until),
    FIELD(ent_membership, "source", F_SOURCE, source),
};

static void load_membership(loader *L, struct fy_node *rec)
{
    static const int req[] = {0, 1};
    const field *f = membership_fields;
    ent_membership m = {0};
    bool ok = true;
    m.from = ENT_DATE_MIN;
    m.until = ENT_DATE_MAX;
    rec_pos(L, rec, &m.file, &m.line, &m.col);
    L->rec_unknown = false;
    uint64_t seen = read_fields(L, rec, "membership", f,
                                NELEM(membership_fields), &m, &ok);
    ok = ok && require(L, rec, "membership", f, seen, req, NELEM(req));
    if (ok && m.status && strcmp(m.status, "member") &&
        strcmp(m.status, "observer") && strcmp(m.status, "partner") &&
        strcmp(m.status, "suspended")) {
        err(L, rec, "unknown membership status '%s' (member, observer, "
                    "partner, suspended)", m.status);
        ok = false;
    }
    if (ok && ent_world_add_membership(L->w, &m) != 0)
        err(L, rec, "%s", ent_error_last());
}

static const field role_fields[] = {
    FIELD(ent_role, "person", F_ACTOR, person),
    FIELD(ent_role, "role", F_STR, role),
    FIELD(ent_role, "of", F_ACTOR, of),
    FIELD(ent_role, "at", F_ACTOR, at),
    FIELD(ent_role, "title", F_STR, title),
    FIELD(ent_role, "from", F_FROM, from),
    FIELD(ent_role, "until", F_UNTIL, until),
    FIELD(ent_role, "source", F_SOURCE, source),
};

static void load_role(loader *L, struct fy_node *rec)
{
    static const int req[] = {0, 1, 2};
    ent_role r = {0};
    bool ok = true;
    r.from = ENT_DATE_MIN;
    r.until = ENT_DATE_MAX;
    rec_pos(L, rec, &r.file, &r.line, &r.col);
    L->rec_unknown = false;
    uint64_t seen = read_fields(L, rec, "role", role_fields,
                                NELEM(role_fields), &r, &ok);
    ok = ok && require(L, rec, "role", role_fields, seen, req, NELEM(req));
    if (ok && ent_world_add_role(L->w, &r) != 0)
        err(L, rec, "%s", ent_error_last());
}

static bool history_status(loader *L, struct fy_node *v, void *rec)
{
    ent_status_change *s = rec;
    int st = enumeration(L, v, "status", ent_commit_status_parse,
                         STATUS_CHOICES);
    s->status = st >= 0 ? (ent_commit_status)st : ENT_STATUS_PROPOSED;
    return st >= 0;
}

static const field history_fields[] = {
    FIELD(ent_status_change, "date", F_FROM, date),
    FIELD_FN("status", history_status),
    FIELD(ent_status_change, "by", F_ACTOR, by),
    FIELD(ent_status_change, "source", F_SOURCE, source),
};

static int read_history(loader *L, struct fy_node *n, ent_commitment *c)
{
    if (fy_node_get_type(n) != FYNT_SEQUENCE) {
        err(L, n, "history must be a list, not %s", type_name(n));
        return -1;
    }
    int count = fy_node_sequence_item_count(n);
    ent_status_change *h =
        ent_core__arena_alloc(&L->scratch, (size_t)count * sizeof *h + 1);
    size_t k = 0;
    bool ok = true;
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        if (!need_map(L, item, "a history entry")) {
            ok = false;
            continue;
        }
        static const int req[] = {0, 1};
        ent_status_change s = {0};
        uint64_t seen = read_fields(L, item, "history entry", history_fields,
                                    NELEM(history_fields), &s, &ok);
        if (!require(L, item, "history entry", history_fields, seen, req,
                     NELEM(req)))
            ok = false;
        h[k++] = s;
    }
    c->history = h;
    c->n_history = k;
    return ok ? 0 : -1;
}

static int cond_state(loader *L, struct fy_node *v, ent_cond_state *out)
{
    const char *s = str(L, v, "condition state");
    if (!s)
        return -1;
    if (strcmp(s, "unknown") == 0)
        *out = ENT_COND_UNKNOWN;
    else if (strcmp(s, "holds") == 0)
        *out = ENT_COND_HOLDS;
    else if (strcmp(s, "fails") == 0)
        *out = ENT_COND_FAILS;
    else {
        err(L, v, "unknown condition state '%s' (unknown, holds, fails)", s);
        return -1;
    }
    return 0;
}

static bool condition_state(loader *L, struct fy_node *v, void *rec)
{
    return cond_state(L, v, &((ent_condition *)rec)->state) == 0;
}

static const field condition_fields[] = {
    FIELD(ent_condition, "id", F_STR, id),
    FIELD(ent_condition, "text", F_STR, text),
    FIELD_FN("state", condition_state),
};

static int read_conditions(loader *L, struct fy_node *n, ent_commitment *c)
{
    if (fy_node_get_type(n) != FYNT_SEQUENCE) {
        err(L, n, "conditions must be a list, not %s", type_name(n));
        return -1;
    }
    int count = fy_node_sequence_item_count(n);
    ent_condition *cs =
        ent_core__arena_alloc(&L->scratch, (size_t)count * sizeof *cs + 1);
    size_t k = 0;
    bool ok = true;
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        if (!need_map(L, item, "a condition")) {
            ok = false;
            continue;
        }
        ent_condition cond = {0};
        read_fields(L, item, "condition", condition_fields,
                    NELEM(condition_fields), &cond, &ok);
        if (!cond.id) {
            missing(L, item, "id", "condition");
            ok = false;
            continue;
        }
        for (size_t j = 0; j < k; j++)
            if (strcmp(cs[j].id, cond.id) == 0) {
                err(L, item, "duplicate condition id '%s'", cond.id);
                ok = false;
            }
        cs[k++] = cond;
    }
    c->conditions = cs;
    c->n_conditions = k;
    return ok ? 0 : -1;
}

static bool commit_id(loader *L, struct fy_node *v, void *rec)
{
    ent_commitment *c = rec;
    c->id = str(L, v, "id");
    if (c->id && !valid_code(c->id)) {
        err(L, v, "'%s' is not a valid id", c->id);
        c->id = NULL;
    }
    return c->id != NULL;
}

static bool commit_kind(loader *L, struct fy_node *v, void *rec)
{
    ent_commitment *c = rec;
    int kind = enumeration(
        L, v, "commitment kind", ent_commit_kind_parse,
        "collective_defence, defence_pact, security_guarantee, "
        "security_assurance, neutrality, non_aggression, consultation, "
        "arms_supply, troops_stationed, basing, sanctions, "
        "political_support, rivalry");
    c->kind = kind >= 0 ? (ent_commit_kind)kind : 0;
    return kind >= 0;
}

static bool commit_status(loader *L, struct fy_node *v, void *rec)
{
    ent_commitment *c = rec;
    int st = enumeration(L, v, "status", ent_commit_status_parse,
                         STATUS_CHOICES);
    c->status = st >= 0 ? (ent_commit_status)st : 0;
    return st >= 0;
}

static bool commit_history(loader *L, struct fy_node *v, void *rec)
{
    return read_history(L, v, rec) == 0;
}

static bool commit_conditions(loader *L, struct fy_node *v, void *rec)
{
    return read_conditions(L, v, rec) == 0;
}

static const field commitment_fields[] = {
    FIELD_FN("id", commit_id),
    FIELD(ent_commitment, "name", F_STR, name),
    FIELD_FN("kind", commit_kind),
    FIELD(ent_commitment, "parties", F_ACTORS, parties),
    FIELD(ent_commitment, "beneficiaries", F_ACTORS, beneficiaries),
    FIELD(ent_commitment, "mutual", F_BOOL, mutual),
    FIELD_FN("status", commit_status),
    FIELD_FN("history", commit_history),
    FIELD_FN("conditions", commit_conditions),
    FIELD(ent_commitment, "opponents", F_ACTORS, opponents),
    FIELD(ent_commitment, "against", F_ACTORS, against),
    FIELD(ent_commitment, "scope", F_STR, scope),
    FIELD(ent_commitment, "level", F_NUM, level),
    FIELD(ent_commitment, "unit", F_STR, unit),
    FIELD(ent_commitment, "from", F_FROM, from),
    FIELD(ent_commitment, "until", F_UNTIL, until),
    FIELD(ent_commitment, "source", F_SOURCE, source),
};

/* Read a commitment record into *c (not added); returns true if valid. */
static bool read_commitment(loader *L, struct fy_node *rec, ent_commitment *c)
{
    bool ok = true;
    memset(c, 0, sizeof *c);
    c->from = ENT_DATE_MIN;
    c->until = ENT_DATE_MAX;
    rec_pos(L, rec, &c->file, &c->line, &c->col);
    uint64_t seen = read_fields(L, rec, "commitment", commitment_fields,
                                NELEM(commitment_fields), c, &ok);
    bool has_kind = HAS(seen, 2), has_status = HAS(seen, 6);
    if (!c->id) {
        if (ok)
            missing(L, rec, "id", "commitment");
        return false;
    }
    if (!has_kind)
        missing(L, rec, "kind", "commitment"), ok = false;
    if (!has_status)
        missing(L, rec, "status", "commitment"), ok = false;
    if (!c->parties || !c->parties[0])
        ok = ok && (missing(L, rec, "parties", "commitment"), false);
    if (ok && !L->rec_unknown && !c->mutual &&
        (!c->beneficiaries || !c->beneficiaries[0]) &&
        (!c->against || !c->against[0])) {
        err(L, rec,
            "commitment '%s' has no beneficiaries, no 'against' and is not "
            "mutual",
            c->id);
        ok = false;
    }
    return ok;
}

static void load_commitment(loader *L, struct fy_node *rec)
{
    ent_commitment c;
    bool ok = read_commitment(L, rec, &c);
    if (!ok || L->rec_unknown)
        failed_id(L, c.id);
    else if (ent_world_add_commitment(L->w, &c) != 0)
        err(L, rec, "%s", ent_error_last());
}

static const field capability_fields[] = {
    FIELD(ent_capability, "actor", F_ACTOR, actor),
    FIELD(ent_capability, "year", F_INT, year),
    FIELD(ent_capability, "milex_usd_m", F_NUM, milex_usd_m),
    FIELD(ent_capability, "personnel", F_NUM, personnel),
    FIELD(ent_capability, "warheads", F_NUM, warheads),
    FIELD(ent_capability, "cinc", F_NUM, cinc),
    FIELD(ent_capability, "source", F_SOURCE, source),
};

static void load_capability(loader *L, struct fy_node *rec)
{
    static const int req[] = {0, 1};
    ent_capability c = {0};
    bool ok = true;
    c.milex_usd_m = c.personnel = c.warheads = c.cinc = -1;
    rec_pos(L, rec, &c.file, &c.line, &c.col);
    L->rec_unknown = false;
    uint64_t seen = read_fields(L, rec, "capability", capability_fields,
                                NELEM(capability_fields), &c, &ok);
    ok = ok && require(L, rec, "capability", capability_fields, seen, req,
                       NELEM(req));
    if (ok && (c.year < 1800 || c.year > 2100)) {
        err(L, rec, "capability year %d is out of range", c.year);
        ok = false;
    }
    if (ok && ent_world_add_capability(L->w, &c) != 0)
        err(L, rec, "%s", ent_error_last());
}

static const field claim_fields[] = {
    FIELD(ent_claim, "id", F_STR, id),
    FIELD(ent_claim, "actor", F_ACTOR, actor),
    FIELD(ent_claim, "kind", F_STR, kind),
    FIELD(ent_claim, "targets", F_ACTORS, targets),
    FIELD(ent_claim, "about", F_REF_ABOUT, about),
    FIELD(ent_claim, "text", F_STR, text),
    FIELD(ent_claim, "date", F_FROM, date),
    FIELD(ent_claim, "source", F_SOURCE, source),
};

static void load_claim(loader *L, struct fy_node *rec)
{
    static const int req[] = {1, 2};
    static const char *const kinds[] = {
        "threat",   "demand",     "rejection", "pressure", "appointment",
        "approval", "statement",  "support",   "delegation", "alliance",
        "refusal",  "proposal"};
    ent_claim c = {0};
    bool ok = true;
    c.date = ENT_DATE_MIN;
    rec_pos(L, rec, &c.file, &c.line, &c.col);
    L->rec_unknown = false;
    uint64_t seen = read_fields(L, rec, "claim", claim_fields,
                                NELEM(claim_fields), &c, &ok);
    ok = ok && require(L, rec, "claim", claim_fields, seen, req, NELEM(req));
    if (ok) {
        bool known = false;
        for (size_t i = 0; i < NELEM(kinds); i++)
            known |= strcmp(kinds[i], c.kind) == 0;
        if (!known) {
            err(L, rec, "unknown claim kind '%s'", c.kind);
            ok = false;
        }
    }
    if (ok && ent_world_add_claim(L->w, &c) != 0)
        err(L, rec, "%s", ent_error_last());
}

static bool position_salience(loader *L, struct fy_node *v, void *rec)
{
    ent_position *ps = rec;
    if (number(L, v, "salience", &ps->salience) != 0)
        return false;
    if (ps->salience < 0 || ps->salience > 1) {
        err(L, v, "salience must be between 0 and 1");
        return false;
    }
    return true;
}

static const field position_fields[] = {
    FIELD(ent_position, "actor", F_ACTOR, actor),
    FIELD(ent_position, "position", F_NUM, position),
    FIELD_FN("salience", position_salience),
    FIELD(ent_position, "capability", F_NUM, capability),
};

static int read_positions(loader *L, struct fy_node *n, ent_position **out,
                          size_t *count_out)
{
    if (fy_node_get_type(n) != FYNT_SEQUENCE) {
        err(L, n, "positions must be a list, not %s", type_name(n));
        return -1;
    }
    int count = fy_node_sequence_item_count(n);
    ent_position *pos =
        ent_core__arena_alloc(&L->scratch, (size_t)count * sizeof *pos + 1);
    size_t k = 0;
    bool ok = true;
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        if (!need_map(L, item, "a position")) {
            ok = false;
            continue;
        }
        ent_position ps = {0};
        ps.capability = -1;
        uint64_t seen = read_fields(L, item, "position", position_fields,
                                    NELEM(position_fields), &ps, &ok);
        if (!ps.actor || !HAS(seen, 1) || !HAS(seen, 2)) {
            missing(L, item, !ps.actor ? "actor" : !HAS(seen, 1) ? "position"
                                                                 : "salience",
                    "position");
            ok = false;
            continue;
        }
        pos[k++] = ps;
    }
    *out = pos;
    *count_out = k;
    return ok ? 0 : -1;
}

static int read_scale(loader *L, struct fy_node *n, ent_issue *is)
{
    if (!need_map(L, n, "scale"))
        return -1;
    bool ok = true;
    const char *key;
    struct fy_node *k, *v;
    pairs p = {n, NULL};
    while (next_pair(L, &p, &key, &k, &v)) {
        if (IS("min"))
            ok &= number(L, v, "min", &is->min) == 0;
        else if (IS("max"))
            ok &= number(L, v, "max", &is->max) == 0;
        else if (IS("points")) {
            if (fy_node_get_type(v) != FYNT_SEQUENCE) {
                err(L, v, "points must be a list, not %s", type_name(v));
                ok = false;
                continue;
            }
            int count = fy_node_sequence_item_count(v);
            ent_scale_point *pt = ent_core__arena_alloc(
                &L->scratch, (size_t)count * sizeof *pt + 1);
            size_t m = 0;
            void *it = NULL;
            struct fy_node *item;
            while ((item = fy_node_sequence_iterate(v, &it)) != NULL) {
                if (!need_map(L, item, "a scale point")) {
                    ok = false;
                    continue;
                }
                ent_scale_point sp = {0};
                const char *key2;
                struct fy_node *k2, *v2;
                pairs p2 = {item, NULL};
                while (next_pair(L, &p2, &key2, &k2, &v2)) {
                    if (strcmp(key2, "value") == 0)
                        ok &= number(L, v2, "value", &sp.value) == 0;
                    else if (strcmp(key2, "label") == 0)
                        ok &= (sp.label = str(L, v2, "label")) != NULL;
                    else {
                        unknown_key(L, k2, key2, "scale point");
                    }
                }
                pt[m++] = sp;
            }
            is->points = pt;
            is->n_points = m;
        } else {
            unknown_key(L, k, key, "scale");
        }
    }
    if (ok && is->min >= is->max) {
        err(L, n, "scale min must be below max");
        ok = false;
    }
    return ok ? 0 : -1;
}

static int read_rule(loader *L, struct fy_node *n, ent_issue *is)
{
    if (!need_map(L, n, "rule"))
        return -1;
    bool ok = true;
    const char *key;
    struct fy_node *k, *v;
    pairs p = {n, NULL};
    while (next_pair(L, &p, &key, &k, &v)) {
        if (IS("kind")) {
            int r = enumeration(L, v, "rule kind", ent_rule_kind_parse,
                                "weighted, majority, unanimity, approval, veto");
            ok &= r >= 0;
            is->rule = r >= 0 ? (ent_rule_kind)r : 0;
        } else if (IS("approvers"))
            ok &= (is->approvers = strv(L, v, "approvers", REF_ACTOR, false)) != NULL;
        else if (IS("vetoers"))
            ok &= (is->vetoers = strv(L, v, "vetoers", REF_ACTOR, false)) != NULL;
        else {
            unknown_key(L, k, key, "rule");
        }
    }
    return ok ? 0 : -1;
}

static bool issue_scale(loader *L, struct fy_node *v, void *rec)
{
    return read_scale(L, v, rec) == 0;
}

static bool issue_positions(loader *L, struct fy_node *v, void *rec)
{
    ent_issue *is = rec;
    ent_position *pos = NULL;
    bool ok = read_positions(L, v, &pos, &is->n_positions) == 0;
    is->positions = pos;
    return ok;
}

static bool issue_rule(loader *L, struct fy_node *v, void *rec)
{
    return read_rule(L, v, rec) == 0;
}

static const field issue_fields[] = {
    FIELD(ent_issue, "id", F_STR, id),
    FIELD(ent_issue, "name", F_STR, name),
    FIELD_FN("scale", issue_scale),
    FIELD(ent_issue, "status_quo", F_NUM, status_quo),
    FIELD_FN("positions", issue_positions),
    FIELD_FN("rule", issue_rule),
    FIELD(ent_issue, "source", F_SOURCE, source),
};

static void load_issue(loader *L, struct fy_node *rec)
{
    static const int req[] = {0};
    ent_issue is = {0};
    bool ok = true;
    is.min = 0;
    is.max = 100;
    is.status_quo = NAN;
    rec_pos(L, rec, &is.file, &is.line, &is.col);
    L->rec_unknown = false;
    uint64_t seen = read_fields(L, rec, "issue", issue_fields,
                                NELEM(issue_fields), &is, &ok);
    ok = ok && require(L, rec, "issue", issue_fields, seen, req, NELEM(req));
    for (size_t i = 0; ok && i < is.n_positions; i++)
        if (is.positions[i].position < is.min ||
            is.positions[i].position > is.max) {
            err(L, rec, "position %g of %s is outside the scale [%g, %g]",
                is.positions[i].position, is.positions[i].actor, is.min, is.max);
            ok = false;
        }
    if (!ok || L->rec_unknown)
        failed_id(L, is.id);
    else if (ent_world_add_issue(L->w, &is) != 0)
        err(L, rec, "%s", ent_error_last());
}

static const field trigger_fields[] = {
    FIELD(ent_trigger, "id", F_STR, id),
    FIELD(ent_trigger, "attacker", F_ACTOR, attacker),
    FIELD(ent_trigger, "target", F_ACTOR, target),
    FIELD(ent_trigger, "text", F_STR, text),
};

static void load_trigger(loader *L, struct fy_node *rec)
{
    static const int req[] = {1, 2};
    ent_trigger t = {0};
    bool ok = true;
    uint64_t seen = read_fields(L, rec, "trigger", trigger_fields,
                                NELEM(trigger_fields), &t, &ok);
    ok = ok && require(L, rec, "trigger", trigger_fields, seen, req, NELEM(req));
    if (ok && ent_world_add_trigger(L->w, &t) != 0)
        err(L, rec, "%s", ent_error_last());
}

static bool assume_status(loader *L, struct fy_node *v, void *rec)
{
    ent_assumption *a = rec;
    a->status = enumeration(L, v, "status", ent_commit_status_parse,
                            STATUS_CHOICES);
    return a->status >= 0;
}

static bool assume_conditions(loader *L, struct fy_node *v, void *rec)
{
    ent_assumption *a = rec;
    bool ok = true;
    if (!need_map(L, v, "conditions of an assumption"))
        return false;
    int count = fy_node_mapping_item_count(v);
    ent_cond_setting *cs = ent_core__arena_alloc(
        &L->scratch, (size_t)count * sizeof *cs + 1);
    size_t m = 0;
    const char *key;
    struct fy_node *k, *v2;
    pairs p = {v, NULL};
    while (next_pair(L, &p, &key, &k, &v2)) {
        cs[m].id = key;
        ok &= cond_state(L, v2, &cs[m].state) == 0;
        m++;
    }
    a->conditions = cs;
    a->n_conditions = m;
    return ok;
}

/* The commitment an assumption adds lives in the loader's scratch arena
 * (the world copies it). */
static bool assume_add(loader *L, struct fy_node *v, void *rec)
{
    ent_assumption *a = rec;
    ent_commitment *add;
    if (!need_map(L, v, "add"))
        return false;
    add = ent_core__arena_alloc(&L->scratch, sizeof *add);
    if (!add || !read_commitment(L, v, add))
        return false;
    a->add = add;
    return true;
}

static bool assume_positions(loader *L, struct fy_node *v, void *rec)
{
    ent_assumption *a = rec;
    ent_position *pos = NULL;
    bool ok = read_positions(L, v, &pos, &a->n_positions) == 0;
    a->positions = pos;
    return ok;
}

static const field assumption_fields[] = {
    FIELD(ent_assumption, "id", F_STR, id),
    FIELD(ent_assumption, "text", F_STR, text),
    FIELD(ent_assumption, "remove", F_REF_COMMIT, remove),
    FIELD(ent_assumption, "commitment", F_REF_COMMIT, commitment),
    FIELD_FN("status", assume_status),
    FIELD_FN("conditions", assume_conditions),
    FIELD_FN("add", assume_add),
    FIELD(ent_assumption, "issue", F_REF_ISSUE, issue),
    FIELD_FN("positions", assume_positions),
};

static void load_assumption(loader *L, struct fy_node *rec)
{
    ent_assumption a = {0};
    bool ok = true;
    a.status = -1;
    rec_pos(L, rec, &a.file, &a.line, &a.col);
    L->rec_unknown = false;
    read_fields(L, rec, "assumption", assumption_fields,
                NELEM(assumption_fields), &a, &ok);
    if (ok && !a.id)
        missing(L, rec, "id", "assumption"), ok = false;
    if (ok && !a.remove && !a.add && !a.commitment && !a.issue) {
        err(L, rec, "assumption '%s' changes nothing (give remove, add, "
                    "commitment or issue)", a.id);
        ok = false;
    }
    if (ok && ent_world_assumption(L->w, a.id)) {
        err(L, rec, "duplicate assumption id '%s'", a.id);
        ok = false;
    }
    if (ok && ent_world_add_assumption(L->w, &a) != 0)
        err(L, rec, "%s", ent_error_last());
}

typedef void (*record_fn)(loader *, struct fy_node *);

static void load_section(loader *L, struct fy_node *n, const char *what,
                         record_fn fn)
{
    if (fy_node_get_type(n) != FYNT_SEQUENCE) {
        err(L, n, "section '%s' must be a list, not %s", what, type_name(n));
        return;
    }
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL)
        if (need_map(L, item, "a record"))
            fn(L, item);
}

/* --- documents and files ------------------------------------------------ */

/* libfyaml reports syntax errors through this callback; keep the first
 * one, which starts with "line:col: " because show_position is set. */
typedef struct {
    char text[512];
    bool set;
} diag_capture;

static void diag_sink(struct fy_diag *diag, void *user, const char *buf,
                      size_t len)
{
    diag_capture *cap = user;
    (void)diag;
    if (cap->set || len == 0)
        return;
    size_t n = len < sizeof cap->text - 1 ? len : sizeof cap->text - 1;
    memcpy(cap->text, buf, n);
    cap->text[n] = '\0';
    char *nl = strchr(cap->text, '\n');
    if (nl)
        *nl = '\0';
    cap->set = true;
}

static struct fy_document *parse(loader *L, const char *path, const char *buf,
                                 size_t len)
{
    struct fy_diag_cfg dc;
    diag_capture cap = {{0}, false};
    fy_diag_cfg_default(&dc);
    dc.fp = NULL;
    dc.output_fn = diag_sink;
    dc.user = &cap;
    dc.colorize = false;
    dc.show_source = false;
    dc.show_type = false;
    dc.show_module = false;
    dc.show_position = true;
    dc.position_width = 0;
    dc.level = FYET_ERROR;
    struct fy_diag *diag = fy_diag_create(&dc);
    struct fy_parse_cfg pc = {0};
    pc.flags = FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_RESOLVE_DOCUMENT;
    pc.diag = diag;
    (void)path;
    struct fy_document *doc = fy_document_build_from_string(&pc, buf, len);
    if (doc && fy_document_has_directives(doc)) {
        /* %YAML / %TAG directives are allowed; nothing to do. */
    }
    if (!doc) {
        bool any = false;
        void *prev = NULL;
        struct fy_diag_error *e;
        while (diag && (e = fy_diag_errors_iterate(diag, &prev)) != NULL) {
            errat(L, L->file, e->line + 1, e->column + 1, "YAML syntax: %s",
                  e->msg);
            any = true;
            break; /* the first syntax error is the meaningful one */
        }
        /* The text reads "[file:]line:col: error: message". */
        char *em = cap.set ? strstr(cap.text, "error: ") : NULL;
        if (!any && em && em > cap.text + 2) {
            int line = 0, col = 0;
            char *p = em - 2; /* before ": " */
            while (p > cap.text && p[-1] != ':')
                p--;
            col = atoi(p);
            if (p > cap.text + 1) {
                char *q = p - 2;
                while (q > cap.text && q[-1] != ':' && q[-1] != ' ')
                    q--;
                line = atoi(q);
            }
            if (line > 0 && col > 0) {
                errat(L, L->file, line, col, "YAML syntax: %s", em + 7);
                any = true;
            }
        }
        if (!any)
            errat(L, L->file, 1, 1, "YAML syntax: %s",
                  cap.set ? cap.text : "cannot parse");
    }
    if (diag)
        fy_diag_unref(diag);
    return doc;
}

static int load_path(loader *L, const char *path);

/* Process every section except `scenario` into L->w. */
static void load_sections(loader *L, struct fy_node *root)
{
    const char *key;
    struct fy_node *k, *v;
    pairs p = {root, NULL};
    while (next_pair(L, &p, &key, &k, &v)) {
        if (IS("scenario"))
            continue;
        if (is_null(v))
            continue;
        if (IS("actors"))
            load_section(L, v, key, load_actor);
        else if (IS("memberships"))
            load_section(L, v, key, load_membership);
        else if (IS("roles"))
            load_section(L, v, key, load_role);
        else if (IS("commitments"))
            load_section(L, v, key, load_commitment);
        else if (IS("capabilities"))
            load_section(L, v, key, load_capability);
        else if (IS("claims"))
            load_section(L, v, key, load_claim);
        else if (IS("issues"))
            load_section(L, v, key, load_issue);
        else if (IS("triggers"))
            load_section(L, v, key, load_trigger);
        else if (IS("assumptions"))
            load_section(L, v, key, load_assumption);
        else
            err(L, k,
                "unknown key '%s' at top level (actors, memberships, roles, "
                "commitments, capabilities, claims, issues, triggers, "
                "assumptions, scenario)",
                key);
    }
}

/* Read the `scenario:` mapping; load its world first when following. */
static int load_scenario_head(loader *L, struct fy_node *n, const char *path)
{
    if (!need_map(L, n, "scenario"))
        return -1;
    if (L->have_scenario) {
        err(L, n, "only one scenario can be loaded at a time");
        return -1;
    }
    L->have_scenario = true;
    ent_scenario_info info = {0};
    const char **world = NULL;
    struct fy_node *world_node = NULL;
    bool ok = true, has_date = false;
    const char *key;
    struct fy_node *k, *v;
    pairs p = {n, NULL};
    while (next_pair(L, &p, &key, &k, &v)) {
        if (IS("id"))
            ok &= (info.id = str(L, v, "id")) != NULL;
        else if (IS("name"))
            ok &= (info.name = str(L, v, "name")) != NULL;
        else if (IS("description"))
            ok &= (info.description = str(L, v, "description")) != NULL;
        else if (IS("source"))
            ok &= (info.source = source(L, v)) != NULL;
        else if (IS("date")) {
            ok &= date(L, v, &info.date, ENT_DATE_MIN) == 0;
            has_date = true;
        } else if (IS("world")) {
            world = strv(L, v, "world", -1, true);
            world_node = v;
            ok &= world != NULL;
        } else {
            unknown_key(L, k, key, "scenario");
        }
    }
    if (!info.id)
        missing(L, n, "id", "scenario"), ok = false;
    if (!has_date)
        missing(L, n, "date", "scenario"), ok = false;
    /* The world first, into the base layer (L->w is still the base). */
    if (world && L->follow_world) {
        const char *saved_file = L->file;
        char dir[PATH_MAX];
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
        else
            snprintf(dir, sizeof dir, ".");
        for (size_t i = 0; world[i]; i++) {
            char full[PATH_MAX * 2];
            if (world[i][0] == '/')
                snprintf(full, sizeof full, "%s", world[i]);
            else
                snprintf(full, sizeof full, "%s/%s", dir, world[i]);
            struct stat st;
            if (stat(full, &st) != 0) {
                err(L, world_node, "world path '%s' does not exist", full);
                ok = false;
                continue;
            }
            load_path(L, full);
            L->file = saved_file;
        }
    }
    ent_world *overlay;
    if (ent_world_overlay_new(&overlay, L->w) != 0)
        return -1;
    ent_world_own_parent(overlay);
    L->w = overlay;
    if (ok && ent_world_set_scenario(L->w, &info) != 0)
        return -1;
    return ok ? 0 : -1;
}

/* Offset of the first byte that is not well-formed UTF-8 (or is NUL), or
 * len. YAML text must be Unicode; checking here also keeps malformed bytes
 * away from the parser (libfyaml 0.7.12 loops on some of them). */
static size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t n;
        uint32_t cp;
        if (c == 0)
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            cp = c & 0x1fu;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0fu;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07u;
        } else
            return i;
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += n + 1;
    }
    return len;
}

static int load_document(loader *L, const char *path, const char *buf,
                         size_t len)
{
    size_t bad = utf8_invalid_at((const unsigned char *)buf, len);
    if (bad < len) {
        int line = 1, col = 1;
        for (size_t i = 0; i < bad; i++) {
            if (buf[i] == '\n') {
                line++;
                col = 1;
            } else if (((unsigned char)buf[i] & 0xc0) != 0x80) {
                col++;
            }
        }
        errat(L, L->file, line, col, "%s (byte 0x%02x)",
              buf[bad] ? "invalid UTF-8" : "NUL byte in text",
              (unsigned char)buf[bad]);
        return ENT_EINVALID;
    }
    struct fy_document *doc = parse(L, path, buf, len);
    if (!doc)
        return ENT_EINVALID;
    struct fy_node *root = fy_document_root(doc);
    if (!root || is_null(root)) {
        fy_document_destroy(doc);
        return 0; /* an empty file is an empty world */
    }
    if (!need_map(L, root, "the file's top level")) {
        fy_document_destroy(doc);
        return ENT_EINVALID;
    }
    struct fy_node *scen = fy_node_mapping_lookup_by_string(root, "scenario", 8);
    if (scen)
        load_scenario_head(L, scen, path);
    load_sections(L, root);
    fy_document_destroy(doc);
    return 0;
}

static bool already_loaded(loader *L, const char *path)
{
    char real[PATH_MAX];
    if (!realpath(path, real))
        return false;
    for (size_t i = 0; i < L->n_loaded; i++)
        if (strcmp(L->loaded[i], real) == 0)
            return true;
    if (L->n_loaded == L->cap_loaded) {
        size_t cap = L->cap_loaded ? L->cap_loaded * 2 : 32;
        char **v = realloc(L->loaded, cap * sizeof *v);
        if (!v)
            return false;
        L->loaded = v;
        L->cap_loaded = cap;
    }
    L->loaded[L->n_loaded++] = strdup(real);
    return false;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool yaml_name(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' &&
           ((n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
            (n > 4 && strcmp(name + n - 4, ".yml") == 0));
}

static int load_path(loader *L, const char *path)
{
    struct stat st;
    L->file = ent_core__arena_strdup(&L->keep, path);
    if (stat(path, &st) != 0) {
        errat(L, path, 0, 0, "cannot open: no such file or directory");
        return ENT_EIO;
    }
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        if (!d) {
            errat(L, path, 0, 0, "cannot read directory");
            return ENT_EIO;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            if (!yaml_name(de->d_name))
                continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                char **nn = realloc(names, cap * sizeof *nn);
                if (!nn)
                    break;
                names = nn;
            }
            size_t len = strlen(path) + strlen(de->d_name) + 2;
            names[n] = malloc(len);
            if (!names[n])
                break;
            snprintf(names[n], len, "%s/%s", path, de->d_name);
            n++;
        }
        closedir(d);
        qsort(names, n, sizeof *names, cmp_str);
        int rc = 0;
        for (size_t i = 0; i < n; i++) {
            int r = load_path(L, names[i]);
            if (r && !rc)
                rc = r;
            free(names[i]);
        }
        free(names);
        return rc;
    }
    if (already_loaded(L, path))
        return 0;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        errat(L, path, 0, 0, "cannot open for reading");
        return ENT_EIO;
    }
    size_t cap = (size_t)st.st_size + 1, len = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + len, 1, cap - len, fp)) > 0) {
        len += got;
        if (len == cap) {
            char *grown = realloc(buf, cap *= 2);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
        }
    }
    bool read_error = ferror(fp) != 0;
    fclose(fp);
    if (!buf || read_error) {
        free(buf);
        errat(L, path, 0, 0, "cannot read");
        return ENT_EIO;
    }
    int rc = load_document(L, path, buf, len);
    free(buf);
    return rc;
}

/* Check every recorded reference against the final world. */
static void check_refs(loader *L)
{
    for (size_t i = 0; i < L->n_refs; i++) {
        const ref *r = &L->refs[i];
        if (ent_core__strmap_get(&L->failed, r->code, NULL))
            continue;
        switch (r->kind) {
        case REF_ACTOR:
            if (!ent_world_actor(L->w, r->code))
                errat(L, r->file, r->line, r->col, "unknown actor code '%s'",
                      r->code);
            break;
        case REF_COMMIT:
            if (!ent_world_commitment(L->w, r->code))
                errat(L, r->file, r->line, r->col, "unknown commitment '%s'",
                      r->code);
            break;
        case REF_ISSUE:
            if (!ent_world_issue(L->w, r->code))
                errat(L, r->file, r->line, r->col, "unknown issue '%s'",
                      r->code);
            break;
        case REF_ABOUT:
            if (!ent_world_commitment(L->w, r->code) &&
                !ent_world_issue(L->w, r->code))
                errat(L, r->file, r->line, r->col,
                      "'%s' is neither a commitment nor an issue", r->code);
            break;
        }
    }
}

/* Order errors by file, then line, then column, as a reader goes. */
static int cmp_error(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    const char *cx = strchr(x, ':'), *cy = strchr(y, ':');
    size_t lx = cx ? (size_t)(cx - x) : strlen(x);
    size_t ly = cy ? (size_t)(cy - y) : strlen(y);
    int c = strncmp(x, y, lx < ly ? lx : ly);
    if (c || lx != ly || !cx || !cy)
        return c ? c : (lx > ly) - (lx < ly);
    long linex = strtol(cx + 1, NULL, 10), liney = strtol(cy + 1, NULL, 10);
    if (linex != liney)
        return (linex > liney) - (linex < liney);
    const char *kx = strchr(cx + 1, ':'), *ky = strchr(cy + 1, ':');
    long colx = kx ? strtol(kx + 1, NULL, 10) : 0;
    long coly = ky ? strtol(ky + 1, NULL, 10) : 0;
    return (colx > coly) - (colx < coly);
}

static int finish(loader *L, ent_world **out, int rc)
{
    size_t before = L->errors->n - L->n_errors;
    check_refs(L);
    ent_world_validate(L->w, ENT_VALIDATE_INTERVALS, L->errors);
    L->n_errors = L->errors->n - before;
    if (L->n_errors > 1) {
        /* mergesort-like stability is not needed: positions are distinct
         * or the messages are about the same place. */
        qsort(L->errors->items + before, L->n_errors, sizeof(void *), cmp_error);
    }
    for (size_t i = 0; i < L->n_loaded; i++)
        free(L->loaded[i]);
    free(L->loaded);
    free(L->refs);
    ent_core__strmap_free(&L->failed);
    ent_core__arena_free(&L->scratch);
    ent_core__arena_free(&L->keep);
    if (L->n_errors > 0 || rc) {
        ent_world_free(L->w);
        *out = NULL;
        if (!rc)
            rc = ENT_EINVALID;
        return ent_error_set(rc, "%zu error%s", L->n_errors,
                             L->n_errors == 1 ? "" : "s");
    }
    *out = L->w;
    return 0;
}

static int start(loader *L, ent_list *errors)
{
    memset(L, 0, sizeof *L);
    L->errors = errors;
    ent_core__arena_init(&L->keep);
    ent_core__arena_init(&L->scratch);
    return ent_world_new(&L->w);
}

int ent_io_load(ent_world **out, const char *const *paths, size_t n,
                ent_list *errors)
{
    loader L;
    *out = NULL;
    if (start(&L, errors) != 0)
        return ENT_ENOMEM;
    L.follow_world = true;
    size_t before = errors->n;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        int r = load_path(&L, paths[i]);
        if (r == ENT_EIO && !rc)
            rc = r;
    }
    L.n_errors = errors->n - before;
    return finish(&L, out, rc);
}

int ent_io_load_buffer(ent_world **out, const char *name, const char *buf,
                       size_t len, ent_list *errors)
{
    loader L;
    *out = NULL;
    if (start(&L, errors) != 0)
        return ENT_ENOMEM;
    L.file = ent_core__arena_strdup(&L.keep, name);
    size_t before = errors->n;
    load_document(&L, name, buf, len);
    L.n_errors = errors->n - before;
    return finish(&L, out, 0);
}
