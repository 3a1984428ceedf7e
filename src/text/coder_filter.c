/*
 * coder_filter.c - the event model: a learned check of each event the
 * rules propose, which drops the ones unlikely to be right.
 *
 * The rules of coder_events.c propose a sentence's events; each
 * non-negated one gets a set of named features (its CAMEO code and root,
 * modality, whether it has a target and of which kind, the first word of
 * its verb phrase and the word before it, its place among the sentence's
 * events, distances to its source and target, the kinds of actor, ...),
 * and the sum of their weights is a logistic score. Events scoring under
 * the model's threshold are dropped; negated events are passed on
 * untouched. The weights are dictionary entries ("event FEATURE WEIGHT",
 * "event threshold P"; data/params/event_model.txt, fitted by
 * scripts/fit_event_model.py on the development sets from the features
 * this file traces, loaded with --event-model). Without entries every
 * event passes.
 */
#include "coder_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- the weight table (in the dictionary) ------------------------------ */

uint64_t text_ev_hash(const char *s, size_t n)
{
    uint64_t h = UINT64_C(1469598103934665603);
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= UINT64_C(1099511628211);
    }
    return h ? h : 1; /* 0 marks an empty slot */
}

static int ev_grow(ent_dict *d)
{
    size_t cap = d->ev_cap ? d->ev_cap * 2 : 1024;
    uint64_t *k = calloc(cap, sizeof *k);
    float *w = calloc(cap, sizeof *w);
    if (!k || !w) {
        free(k);
        free(w);
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < d->ev_cap; i++) {
        if (!d->ev_keys[i])
            continue;
        size_t j = (size_t)d->ev_keys[i] & (cap - 1);
        while (k[j])
            j = (j + 1) & (cap - 1);
        k[j] = d->ev_keys[i];
        w[j] = d->ev_w[i];
    }
    free(d->ev_keys);
    free(d->ev_w);
    d->ev_keys = k;
    d->ev_w = w;
    d->ev_cap = cap;
    return 0;
}

int text_ev_set(ent_dict *d, const char *feat, float w)
{
    if ((d->ev_n + 1) * 2 > d->ev_cap && ev_grow(d))
        return ENT_ENOMEM;
    uint64_t h = text_ev_hash(feat, strlen(feat));
    size_t j = (size_t)h & (d->ev_cap - 1);
    while (d->ev_keys[j] && d->ev_keys[j] != h)
        j = (j + 1) & (d->ev_cap - 1);
    if (!d->ev_keys[j]) {
        d->ev_keys[j] = h;
        d->ev_n++;
    }
    d->ev_w[j] = w;
    d->ev_on = true;
    return 0;
}

static float ev_weight(const ent_dict *d, uint64_t h)
{
    size_t j = (size_t)h & (d->ev_cap - 1);
    while (d->ev_keys[j]) {
        if (d->ev_keys[j] == h)
            return d->ev_w[j];
        j = (j + 1) & (d->ev_cap - 1);
    }
    return 0.0f;
}

/* --- features ------------------------------------------------------------ */

/* A feature being built: its text (for tracing) and, summed as each one
 * is completed, the weights. */
typedef struct fsink {
    const ent_dict *d;
    bool trace;
    char line[1024];
    size_t len;
    float z;
} fsink;

static void feat(fsink *f, const char *a, const char *b, const char *c)
{
    char buf[128];
    size_t n = 0;
    const char *parts[3] = {a, b, c};
    for (int k = 0; k < 3; k++)
        for (const char *p = parts[k]; p && *p && n + 1 < sizeof buf; p++)
            buf[n++] = *p;
    buf[n] = '\0';
    if (f->d->ev_on)
        f->z += ev_weight(f->d, text_ev_hash(buf, n));
    if (f->trace && f->len + n + 2 < sizeof f->line) {
        if (f->len)
            f->line[f->len++] = ' ';
        memcpy(f->line + f->len, buf, n);
        f->len += n;
        f->line[f->len] = '\0';
    }
}

static bool is_alpha(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

/* The first ASCII word of text[b, e), lower-cased, into out ("" if none). */
static void first_word(const char *text, size_t b, size_t e, char *out, size_t n)
{
    size_t k = 0;
    while (b < e && !is_alpha(text[b]))
        b++;
    while (b < e && is_alpha(text[b]) && k + 1 < n)
        out[k++] = fold_ascii(text[b++]);
    out[k] = '\0';
}

/* The last ASCII word or clause mark ("comma", "semi", "colon") of the
 * 40 bytes before e, lower-cased, into out ("^" if none). */
static void word_before(const char *text, size_t e, char *out, size_t n)
{
    size_t b = e > 40 ? e - 40 : 0, j = e;
    while (j > b && !is_alpha(text[j - 1]) && !strchr(",;:", text[j - 1]))
        j--;
    if (j == b) {
        snprintf(out, n, "^");
        return;
    }
    if (!is_alpha(text[j - 1])) { /* named: dictionary words stop at ';' */
        snprintf(out, n, "%s", text[j - 1] == ',' ? "comma" : text[j - 1] == ';' ? "semi" : "colon");
        return;
    }
    size_t s = j;
    while (s > b && is_alpha(text[s - 1]))
        s--;
    size_t k = 0;
    for (size_t i = s; i < j && k + 1 < n; i++)
        out[k++] = fold_ascii(text[i]);
    out[k] = '\0';
}

/* A signed distance in bytes, in buckets. */
static const char *bucket(long x)
{
    static const long lim[] = {-20, -8, -3, 0, 3, 8, 20};
    static const char *const name[] = {"-20", "-8", "-3", "0", "3", "8", "20", "big"};
    for (int i = 0; i < 7; i++)
        if (x < lim[i])
            return name[i];
    return name[7];
}

/* The kind of an actor code: its three-letter role ("GOV"), "org" for an
 * organisation, "bare" for a state alone, "none" for no actor. */
static void actor_kind(const char *code, const char *root, char out[8])
{
    if (!code[0])
        snprintf(out, 8, "none");
    else if (strlen(root) != 3)
        snprintf(out, 8, "org");
    else if (strlen(code) >= 6)
        snprintf(out, 8, "%.3s", code + 3);
    else
        snprintf(out, 8, "bare");
}

/* The event model's score of event k of the n events ev (the sentence's
 * non-negated ones), its features traced into f->line when tracing. */
static void score_event(fsink *f, const char *text, const ent_event *ev, size_t n, size_t k)
{
    const ent_event *e = &ev[k];
    char root[3] = {e->cameo[0], e->cameo[1], '\0'};
    char num[8], w[48], sa[8], ta[8];
    feat(f, "bias", NULL, NULL);
    feat(f, "c=", e->cameo, NULL);
    feat(f, "r=", root, NULL);
    const char *mod = ent_modality_name(e->modality);
    feat(f, "m=", mod, NULL);
    char mr[32];
    snprintf(mr, sizeof mr, "%s/%s", mod, root);
    feat(f, "m=", mr, NULL);
    if (!e->target[0])
        feat(f, "t0/", root, NULL);
    else
        feat(f, strcmp(e->source_root, e->target_root) == 0 ? "ts" : "t1", NULL, NULL);
    first_word(text, e->start, e->end, w, sizeof w);
    feat(f, "w1=", w, NULL);
    feat(f, "w1=", w, (char[4]){'/', root[0], root[1], '\0'});
    word_before(text, e->start, w, sizeof w);
    feat(f, "p1=", w, NULL);
    snprintf(num, sizeof num, "%zu", k < 3 ? k : 3);
    feat(f, "evi=", num, NULL);
    snprintf(num, sizeof num, "%zu", n < 5 ? n : 5);
    feat(f, "nev=", num, NULL);
    long sd = e->source_end <= e->start ? (long)(e->start - e->source_end)
                                        : -(long)(e->source_start - e->end);
    feat(f, "sd=", bucket(sd), NULL);
    feat(f, "td=", bucket((long)e->target_start - (long)e->end), NULL);
    actor_kind(e->source, e->source_root, sa);
    actor_kind(e->target, e->target_root, ta);
    feat(f, "sa=", sa, NULL);
    feat(f, "sa=", sa, (char[4]){'/', root[0], root[1], '\0'});
    feat(f, "ta=", ta, NULL);
    for (size_t j = 0; j < n; j++)
        if (j != k && strcmp(ev[j].source_root, e->source_root) == 0 &&
            strcmp(ev[j].target_root, e->target_root) == 0 &&
            strncmp(ev[j].cameo, e->cameo, 2) == 0) {
            feat(f, "dup", NULL, NULL);
            break;
        }
    if (k > 0 && strncmp(ev[k - 1].cameo, e->cameo, 2) == 0)
        feat(f, "sameprev", NULL, NULL);
    if (e->source_end <= e->start && memchr(text + e->source_end, ',', e->start - e->source_end))
        feat(f, "commasv", NULL, NULL);
}

/* --- the sentence's buffer ---------------------------------------------- */

int coder_ev_buffer(void *ctx, const ent_event *ev)
{
    ent_coder *c = ctx;
    if (text_grow((void **)&c->evbuf, &c->cap_evbuf, c->n_evbuf, sizeof *c->evbuf))
        return ENT_ENOMEM;
    c->evbuf[c->n_evbuf++] = *ev;
    return 0;
}

bool coder_ev_active(const ent_coder *c)
{
    return c->ev_trace || (c->d->ev_on);
}

int coder_ev_flush(ent_coder *c, ent_event_fn fn, void *ctx)
{
    size_t n = c->n_evbuf, m = 0;
    c->n_evbuf = 0;
    /* the scored events (non-negated) first, in order, in a second array */
    if (n && text_grow((void **)&c->evscored, &c->cap_evscored, n, sizeof *c->evscored))
        return ENT_ENOMEM;
    for (size_t i = 0; i < n; i++)
        if (!c->evbuf[i].negated)
            c->evscored[m++] = c->evbuf[i];
    bool use = c->d->ev_on;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const ent_event *e = &c->evbuf[i];
        bool keep = true;
        if (!e->negated) {
            fsink f = {.d = c->d, .trace = c->ev_trace != NULL};
            score_event(&f, c->text, c->evscored, m, k);
            keep = !use || f.z >= c->d->ev_cut;
            if (c->ev_trace) {
                /* one tab-separated line; a tab or line end in the document
                 * id (any JSON string) becomes a space */
                size_t nd = strlen(e->doc), need = nd + strlen(f.line) + 256;
                if (text_grow((void **)&c->evline, &c->cap_evline, need, 1))
                    return ENT_ENOMEM;
                char *line = c->evline;
                snprintf(line, need, "%s\t%d\t%s\t%s\t%s\t%d\t%.4f\t%s", e->doc, e->sentence,
                         e->source_root, e->target_root, e->cameo, keep ? 1 : 0, (double)f.z,
                         f.line);
                for (size_t q = 0; q < nd; q++)
                    if (line[q] == '\t' || line[q] == '\n' || line[q] == '\r')
                        line[q] = ' ';
                c->ev_trace(c->ev_trace_ctx, line);
            }
            k++;
        }
        if (keep && fn) {
            int rc = fn(ctx, e);
            if (rc)
                return rc;
        }
    }
    return 0;
}
