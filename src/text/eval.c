/*
 * eval.c - scoring the coder against gold event sets (flattened TSV or
 * JSONL): micro-averaged precision, recall and F1 at several levels
 * (actors + CAMEO root, full code, PLOVER type; actors alone; code alone),
 * overall and per category, with a dev/test split on the items' ids.
 */
#define _POSIX_C_SOURCE 200809L
#include "text_int.h"

#include <ctype.h>
#include <stdint.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct tuple {
    char s[96];
} tuple;

typedef struct tvec {
    tuple *v;
    size_t n, cap;
} tvec;

static int tv_push(tvec *t, const char *a, const char *b, const char *c)
{
    if (text_grow((void **)&t->v, &t->cap, t->n, sizeof *t->v))
        return ENT_ENOMEM;
    snprintf(t->v[t->n++].s, sizeof t->v[0].s, "%s|%s|%s", a, b, c);
    return 0;
}

static int cmp_tuple(const void *a, const void *b)
{
    return strcmp(((const tuple *)a)->s, ((const tuple *)b)->s);
}

/* Multiset intersection size of two tuple lists (sorted in place). */
static size_t overlap(tvec *g, tvec *p)
{
    if (g->n == 0 || p->n == 0)
        return 0;
    qsort(g->v, g->n, sizeof *g->v, cmp_tuple);
    qsort(p->v, p->n, sizeof *p->v, cmp_tuple);
    size_t i = 0, j = 0, n = 0;
    while (i < g->n && j < p->n) {
        int c = strcmp(g->v[i].s, p->v[j].s);
        if (c == 0) {
            n++;
            i++;
            j++;
        } else if (c < 0)
            i++;
        else
            j++;
    }
    return n;
}

static bool is_org_root(const char *r)
{
    static const char *const orgs[] = {"NATO", "EU", "UN", "G7", "G20", "ICC", "ICJ",
                                       "CSTO", "OSCE", "AU", "ASEAN", "OPEC", "IAEA",
                                       "WHO", "IMF", "WB", "WTO", "ARL", "SCO", "BRICS",
                                       "ECOWAS", "OAS", "GCC", "COE", "UNHCR", "WFP",
                                       "ICRC", "APEC", "ILO", "OIC", "OECD", "UNICEF",
                                       "CWN", "OAU", "SAD", "IAD", "ITP", "GOE", "NON",
                                       "SAA", "ICTY", "ICTR", "ECHR", "OPCW", "CARICOM",
                                       "IGO", NULL};
    for (size_t i = 0; orgs[i]; i++)
        if (strcmp(orgs[i], r) == 0)
            return true;
    return false;
}

/* The comparable root of an actor code (gold or coded). Organisations
 * compare by their own codes (UN is not NATO), except in an item whose
 * gold codes them by the generic IGO code (the PLOVER gold; igo set): then
 * every organisation compares as IGO. */
static void norm_root(const char *code, bool igo, char out[8])
{
    /* CAMEO's and other coders' spellings of the same actor: Japan,
     * Italy, Vietnam; the World Bank (CAMEO's IGOUNOWBK) */
    static const char *const alias[][2] = {{"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"},
                                           {"WBK", "WB"},  {NULL, NULL}};
    out[0] = '\0';
    if (!code || (!isupper((unsigned char)code[0]) && code[0] != '*'))
        return;
    if (strncmp(code, "IGO", 3) == 0 || (igo && is_org_root(code))) {
        strcpy(out, "IGO");
        return;
    }
    if (is_org_root(code)) {
        snprintf(out, 8, "%.7s", code);
        return;
    }
    size_t n = 0;
    while (n < 3 && code[n] && code[n] != '+')
        n++;
    memcpy(out, code, n);
    out[n] = '\0';
    for (size_t i = 0; alias[i][0]; i++)
        if (strcmp(out, alias[i][0]) == 0)
            strcpy(out, alias[i][1]);
}

static bool is_cameo(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 4)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* Legacy PLOVER label used for comparison. */
static const char *cmp_label(const char *plover)
{
    if (strcmp(plover, "REQUEST") == 0)
        return "DEMAND";
    if (strcmp(plover, "ACCUSE") == 0)
        return "DISAPPROVE";
    return plover;
}

typedef struct item_state {
    tvec gold[ENT_EVAL_LEVELS], pred[ENT_EVAL_LEVELS];
    size_t n_pred;
    char predtxt[2048];
    size_t predlen;
    bool igo; /* the gold codes organisations as IGO (see norm_root) */
} item_state;

static int add_tuples(tvec *lv, const char *sr, const char *tr, const char *code,
                      const char *plover, bool *scorable_root)
{
    int rc = 0;
    if (code && is_cameo(code)) {
        char root[3] = {code[0], code[1], '\0'};
        rc |= tv_push(&lv[ENT_EVAL_ROOT], sr, tr, root);
        rc |= tv_push(&lv[ENT_EVAL_FULL], sr, tr, code);
        rc |= tv_push(&lv[ENT_EVAL_CODE], "", "", root);
        if (scorable_root)
            *scorable_root = true;
    }
    if (plover && plover[0]) {
        rc |= tv_push(&lv[ENT_EVAL_PLOVER], sr, tr, cmp_label(plover));
        rc |= tv_push(&lv[ENT_EVAL_PTYPE], "", "", cmp_label(plover));
    }
    rc |= tv_push(&lv[ENT_EVAL_ACTORS], sr, tr, "");
    return rc ? ENT_ENOMEM : 0;
}

static int on_pred(void *ctx, const ent_event *ev)
{
    item_state *st = ctx;
    if (ev->negated)
        return 0;
    char sr[8], tr[8];
    norm_root(ev->source_root, st->igo, sr);
    norm_root(ev->target_root, st->igo, tr);
    const char *pl = ent_plover_legacy(ent_event_plover_code(ev));
    st->n_pred++;
    int w = snprintf(st->predtxt + st->predlen, sizeof st->predtxt - st->predlen,
                     "%s%s|%s|%s", st->predlen ? ";" : "", ev->source, ev->target,
                     ev->cameo);
    if (w > 0 && st->predlen + (size_t)w < sizeof st->predtxt)
        st->predlen += (size_t)w;
    return add_tuples(st->pred, sr, tr, ev->cameo, pl, NULL);
}

/* Parse a gold string "SRC|TGT|CODE[|...];..." into the tuples of lv;
 * scorable (may be NULL) is set when an event has a CAMEO code. */
static int parse_gold(tvec *lv, bool *scorable, const char *gold, bool igo, size_t *n_events)
{
    char *dup = strdup(gold), *save = NULL;
    int rc = 0;
    if (!dup)
        return ENT_ENOMEM;
    for (char *ev = strtok_r(dup, ";", &save); ev && !rc;
         ev = strtok_r(NULL, ";", &save)) {
        char *f[4] = {NULL, NULL, NULL, NULL};
        int nf = 0;
        char *p = ev;
        f[nf++] = p;
        while (*p && nf < 4) {
            if (*p == '|') {
                *p = '\0';
                f[nf++] = p + 1;
            }
            p++;
        }
        if (nf < 3 || strcmp(f[0], "NOEVENT") == 0)
            continue; /* "NOEVENT": the sentence codes nothing */
        char *bar = strchr(f[2], '|');
        if (bar)
            *bar = '\0';
        const char *code = f[2];
        const char *plover = NULL;
        if (is_cameo(code)) {
            const ent_cameo_info *ci = ent_cameo_lookup(code);
            plover = ci && ci->plover ? ent_plover_legacy(code) : NULL;
        } else {
            plover = code;
            code = NULL;
        }
        /* compounds: one event per source x target */
        char *ssave = NULL, *tsave = NULL;
        char srcs[128], tgts[128];
        snprintf(srcs, sizeof srcs, "%s", f[0]);
        snprintf(tgts, sizeof tgts, "%s", f[1]);
        for (char *s = strtok_r(srcs, "+", &ssave); s || srcs[0] == '\0';
             s = strtok_r(NULL, "+", &ssave)) {
            char sr[8];
            norm_root(s ? s : "", igo, sr);
            char tcopy[128];
            snprintf(tcopy, sizeof tcopy, "%s", tgts);
            tsave = NULL;
            for (char *t = strtok_r(tcopy, "+", &tsave); t || tcopy[0] == '\0';
                 t = strtok_r(NULL, "+", &tsave)) {
                char tr[8];
                norm_root(t ? t : "", igo, tr);
                rc = add_tuples(lv, sr, tr, code, plover, scorable);
                (*n_events)++;
                if (!t)
                    break;
            }
            if (!s)
                break;
        }
    }
    free(dup);
    return rc;
}

static ent_eval_category *category(ent_eval_result *r, const char *name)
{
    for (size_t i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].name, name) == 0)
            return &r->cats[i];
    ent_eval_category *c = realloc(r->cats, (r->n_cats + 1) * sizeof *c);
    if (!c)
        return NULL;
    r->cats = c;
    c = &r->cats[r->n_cats++];
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name);
    return c;
}

static bool in_split(const char *id, size_t index, ent_eval_split split)
{
    if (split == ENT_SPLIT_ALL)
        return true;
    size_t n = strlen(id);
    long num = -1;
    if (n && isdigit((unsigned char)id[n - 1])) {
        size_t b = n;
        while (b > 0 && isdigit((unsigned char)id[b - 1]))
            b--;
        num = atol(id + b);
    } else {
        num = (long)index;
    }
    bool even = num % 2 == 0;
    return split == ENT_SPLIT_DEV ? even : !even;
}

static _Thread_local bool ignore_dates;

void ent_eval_ignore_dates(bool ignore) { ignore_dates = ignore; }

/* A second coding of the same items (inter-coder agreement), sorted by id
 * and then file order once loaded. An id may occur more than once (the
 * PLOVER gold repeats a few): the k-th item of the gold with an id is
 * compared with the k-th of the second coding. */
typedef struct coded_item {
    char *id, *gold;
    size_t order;
    bool used;
} coded_item;

typedef struct coding {
    coded_item *v;
    size_t n, cap;
} coding;

/* What produces the events scored against the gold: the coder, or another
 * coding of the same file. */
typedef struct predictor {
    ent_coder *coder;
    coding *other;
} predictor;

static int cmp_id(const void *a, const void *b)
{
    return strcmp(((const coded_item *)a)->id, ((const coded_item *)b)->id);
}

static int cmp_coded(const void *a, const void *b)
{
    const coded_item *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

/* The next item of the second coding with this id not yet compared. */
static const char *coding_take(coding *o, const char *id)
{
    coded_item key = {(char *)(uintptr_t)id, NULL, 0, false};
    coded_item *hit = o->n ? bsearch(&key, o->v, o->n, sizeof *o->v, cmp_id) : NULL;
    if (!hit)
        return NULL;
    while (hit > o->v && strcmp(hit[-1].id, id) == 0)
        hit--;
    for (; hit < o->v + o->n && strcmp(hit->id, id) == 0; hit++)
        if (!hit->used) {
            hit->used = true;
            return hit->gold;
        }
    return NULL;
}

static void coding_free(coding *o)
{
    for (size_t i = 0; i < o->n; i++) {
        free(o->v[i].id);
        free(o->v[i].gold);
    }
    free(o->v);
    memset(o, 0, sizeof *o);
}

static int predict(const predictor *pr, item_state *st, const char *id, ent_date d,
                   const char *text)
{
    if (pr->coder)
        return ent_coder_code(pr->coder, id, d, text, strlen(text), on_pred, st);
    const char *g = coding_take(pr->other, id);
    if (!g)
        return 0; /* not coded: no events */
    int rc = parse_gold(st->pred, NULL, g, st->igo, &st->n_pred);
    snprintf(st->predtxt, sizeof st->predtxt, "%s", g);
    return rc;
}

static int score_item(const predictor *pr, ent_eval_result *r, const char *id,
                      const char *date, const char *cat, const char *gold,
                      const char *text, ent_eval_item_fn fn, void *ctx)
{
    item_state st;
    memset(&st, 0, sizeof st);
    ent_date d = ENT_DATE_MIN;
    if (date && strlen(date) == 8 && isdigit((unsigned char)date[0])) {
        char buf[11];
        snprintf(buf, sizeof buf, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
        if (ent_date_parse(&d, buf) != 0)
            d = ENT_DATE_MIN;
    } else if (date && ent_date_parse(&d, date) != 0) {
        d = ENT_DATE_MIN;
    }
    if (ignore_dates)
        d = ENT_DATE_MIN;
    size_t n_gold = 0;
    st.igo = gold && strstr(gold, "IGO") != NULL;
    int rc = parse_gold(st.gold, NULL, gold, st.igo, &n_gold);
    if (rc == 0)
        rc = predict(pr, &st, id, d, text);
    if (rc)
        goto done;
    ent_eval_category *k = category(r, cat && cat[0] ? cat : "-");
    if (!k) {
        rc = ENT_ENOMEM;
        goto done;
    }
    r->items++;
    r->gold_events += n_gold;
    r->pred_events += st.n_pred;
    bool has_cameo = st.gold[ENT_EVAL_ROOT].n > 0 || st.gold[ENT_EVAL_ACTORS].n == 0;
    bool has_plover = st.gold[ENT_EVAL_PLOVER].n > 0 || st.gold[ENT_EVAL_ACTORS].n == 0;
    ent_eval_counts item_root = {0, 0, 0, 1};
    for (int l = 0; l < ENT_EVAL_LEVELS; l++) {
        bool cameo_level = l == ENT_EVAL_ROOT || l == ENT_EVAL_FULL || l == ENT_EVAL_CODE;
        bool plover_level = l == ENT_EVAL_PLOVER || l == ENT_EVAL_PTYPE;
        if ((cameo_level && !has_cameo) || (plover_level && !has_plover))
            continue;
        size_t tp = overlap(&st.gold[l], &st.pred[l]);
        if (l == ENT_EVAL_ROOT || (l == ENT_EVAL_PLOVER && !st.gold[ENT_EVAL_ROOT].n))
            item_root = (ent_eval_counts){tp, st.pred[l].n - tp, st.gold[l].n - tp, 1};
        ent_eval_counts *cs[2] = {&r->level[l], &k->level[l]};
        for (int q = 0; q < 2; q++) {
            cs[q]->tp += tp;
            cs[q]->fp += st.pred[l].n - tp;
            cs[q]->fn += st.gold[l].n - tp;
            cs[q]->gold_items++;
        }
    }
    if (fn)
        fn(ctx, id, text, gold, st.predtxt, &item_root);
done:
    for (int l = 0; l < ENT_EVAL_LEVELS; l++) {
        free(st.gold[l].v);
        free(st.pred[l].v);
    }
    return rc;
}

/* One item of a gold file, whichever its format. */
typedef struct gold_item {
    const char *id, *date, *cat, *gold, *text;
    char idbuf[32];
    char goldbuf[4096];
    json_t *json;
} gold_item;

/* Split a TSV line (id, date, category, gold, text) in place; false if it
 * has fewer fields. */
static bool item_tsv(gold_item *it, char *line)
{
    char *f[5];
    int nf = 0;
    char *p = line;
    f[nf++] = p;
    while (*p && nf < 5) {
        if (*p == '\t') {
            *p = '\0';
            f[nf++] = p + 1;
        }
        p++;
    }
    if (nf < 5)
        return false;
    size_t tl = strlen(f[4]);
    while (tl && (f[4][tl - 1] == '\n' || f[4][tl - 1] == '\r'))
        f[4][--tl] = '\0';
    it->id = f[0];
    it->date = f[1];
    it->cat = f[2];
    it->gold = f[3];
    it->text = f[4];
    return true;
}

/* Read a JSONL item; its events list becomes a gold string. */
static int item_jsonl(gold_item *it, const char *line, size_t index, const char *path,
                      size_t lineno)
{
    json_error_t err;
    json_t *j = json_loads(line, 0, &err);
    if (!j || !json_is_object(j)) {
        json_decref(j);
        return ent_error_set(ENT_EINVALID, "%s:%zu: not a JSON object%s%s", path, lineno,
                             j ? "" : ": ", j ? "" : err.text);
    }
    it->json = j;
    it->id = json_string_value(json_object_get(j, "id"));
    it->date = json_string_value(json_object_get(j, "date"));
    it->cat = json_string_value(json_object_get(j, "category"));
    it->text = json_string_value(json_object_get(j, "text"));
    json_t *evs = json_object_get(j, "events");
    size_t gl = 0, i;
    json_t *ev;
    it->goldbuf[0] = '\0';
    json_array_foreach(evs, i, ev)
    {
        const char *s = json_string_value(json_object_get(ev, "source"));
        const char *t = json_string_value(json_object_get(ev, "target"));
        const char *code = json_string_value(json_object_get(ev, "code"));
        if (!code)
            code = json_string_value(json_object_get(ev, "plover"));
        int w = snprintf(it->goldbuf + gl, sizeof it->goldbuf - gl, "%s%s|%s|%s",
                         gl ? ";" : "", s ? s : "", t ? t : "", code ? code : "");
        if (w > 0 && gl + (size_t)w < sizeof it->goldbuf)
            gl += (size_t)w;
    }
    it->gold = it->goldbuf;
    if (!it->id) {
        snprintf(it->idbuf, sizeof it->idbuf, "%zu", index);
        it->id = it->idbuf;
    }
    return 0;
}

typedef int (*item_fn)(void *ctx, const gold_item *it, size_t index);

/* Call fn on every item of a gold file (TSV with an optional header, or
 * JSONL; blank lines and '#' comments skipped). */
static int for_each_item(const char *path, item_fn fn, void *ctx)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open", path);
    char *line = NULL;
    size_t cap = 0, index = 0, lineno = 0;
    int rc = 0;
    bool header = true;
    while (rc == 0 && getline(&line, &cap, fp) > 0) {
        lineno++;
        if (line[0] == '\n' || line[0] == '#')
            continue;
        gold_item it;
        it.json = NULL;
        if (line[0] == '{') {
            rc = item_jsonl(&it, line, index, path, lineno);
            if (rc == 0 && it.text)
                rc = fn(ctx, &it, index);
            json_decref(it.json);
            index++;
        } else if (header && strncmp(line, "id\t", 3) == 0) {
            /* the header line */
        } else if (item_tsv(&it, line)) {
            rc = fn(ctx, &it, index++);
        } else {
            index++;
        }
        header = false;
    }
    free(line);
    fclose(fp);
    return rc;
}

typedef struct score_ctx {
    const predictor *pr;
    ent_eval_result *out;
    ent_eval_split split;
    ent_eval_item_fn fn;
    void *ctx;
} score_ctx;

static int score_one(void *ctx, const gold_item *it, size_t index)
{
    score_ctx *sc = ctx;
    if (!in_split(it->id, index, sc->split))
        return 0;
    return score_item(sc->pr, sc->out, it->id, it->date, it->cat, it->gold, it->text,
                      sc->fn, sc->ctx);
}

static int score_file(const predictor *pr, const char *path, ent_eval_split split,
                      ent_eval_result *out, ent_eval_item_fn fn, void *ctx)
{
    memset(out, 0, sizeof *out);
    score_ctx sc = {pr, out, split, fn, ctx};
    int rc = for_each_item(path, score_one, &sc);
    if (rc)
        ent_eval_result_free(out);
    return rc;
}

int ent_eval_file(ent_coder *c, const char *path, ent_eval_split split,
                  ent_eval_result *out, ent_eval_item_fn fn, void *ctx)
{
    predictor pr = {c, NULL};
    return score_file(&pr, path, split, out, fn, ctx);
}

static int keep_one(void *ctx, const gold_item *it, size_t index)
{
    (void)index;
    coding *o = ctx;
    if (text_grow((void **)&o->v, &o->cap, o->n, sizeof *o->v))
        return ENT_ENOMEM;
    char *id = strdup(it->id), *g = strdup(it->gold ? it->gold : "");
    if (!id || !g) {
        free(id);
        free(g);
        return ENT_ENOMEM;
    }
    o->v[o->n].id = id;
    o->v[o->n].order = o->n;
    o->v[o->n].used = false;
    o->v[o->n++].gold = g;
    return 0;
}

int ent_eval_against(const char *gold_path, const char *other_path,
                     ent_eval_split split, ent_eval_result *out, ent_eval_item_fn fn,
                     void *ctx)
{
    memset(out, 0, sizeof *out);
    coding other;
    memset(&other, 0, sizeof other);
    int rc = for_each_item(other_path, keep_one, &other);
    if (rc == 0 && other.n)
        qsort(other.v, other.n, sizeof *other.v, cmp_coded);
    if (rc)
        goto done;
    predictor pr = {NULL, &other};
    rc = score_file(&pr, gold_path, split, out, fn, ctx);
done:
    coding_free(&other);
    return rc;
}

void ent_eval_result_free(ent_eval_result *r)
{
    if (!r)
        return;
    free(r->cats);
    r->cats = NULL;
    r->n_cats = 0;
}

void ent_eval_prf(const ent_eval_counts *k, double *p, double *r, double *f1)
{
    double tp = (double)k->tp;
    *p = k->tp + k->fp ? tp / (double)(k->tp + k->fp) : 0.0;
    *r = k->tp + k->fn ? tp / (double)(k->tp + k->fn) : 0.0;
    *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

const char *ent_eval_level_name(ent_eval_level l)
{
    static const char *names[] = {"root", "full", "plover", "actors", "code",
                                  "plover_type"};
    return (unsigned)l < ENT_EVAL_LEVELS ? names[l] : "";
}
