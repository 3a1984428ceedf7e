/*
 * import_petrarch.c - importer for TABARI/PETRARCH dictionary files
 * (actors, agents, verbs), written from the format as documented in the
 * dictionaries themselves:
 *   actors:  NAME_WORDS [CODE] or NAME then "+SYNONYM" lines and
 *            "[CODE yymmdd-yymmdd]" / "[CODE >yymmdd]" / "[CODE <yymmdd]"
 *            lines for time-bounded codes; '#' comments, <!-- --> blocks;
 *   agents:  NAME {PLURALS} [~CODE] or [CODE~]; "!X! = A, B" macros;
 *   verbs:   "&SYNSET" blocks of "+member" lines; "--- NAME [CODE] ---"
 *            blocks listing verbs ("VERB {FORMS}", optional [CODE]) and
 *            patterns "- words * words [CODE]" with {adjacent words},
 *            (prepositional phrases), &SYNSETS, $ source and + target marks.
 * The importer keeps what entente's shallow matcher can use: names, codes
 * and dates; agents; verbs and the words after the verb in patterns.
 * Patterns with words before the verb are counted as skipped.
 */
#define _POSIX_C_SOURCE 200809L
#include "text_int.h"
#include "core/readfile.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINE_MAX_LEN 4096

typedef struct synset {
    char name[64];
    char *members; /* '/'-joined, words joined with '_' */
    size_t len, cap;
} synset;

typedef struct importer {
    ent_dict *d;
    ent_petr_kind kind;
    size_t skipped;
    /* actors */
    char names[64][256];
    size_t n_names;
    bool have_code;
    actor_entry cur;
    bool cur_open;
    /* agents: macros */
    char macro_name[16][32];
    char macro_vals[16][512];
    size_t n_macros;
    /* verbs */
    synset *syn;
    size_t n_syn, cap_syn;
    synset *open_syn;
    char block_code[8];
    char verbs[64][128]; /* verbs of the current block, '_' joined */
    size_t n_verbs;
} importer;

/* Copy [s, e) into buf trimming blanks. */
static void trim_copy(char *buf, size_t cap, const char *s, const char *e)
{
    while (s < e && isspace((unsigned char)*s))
        s++;
    while (e > s && isspace((unsigned char)e[-1]))
        e--;
    size_t n = (size_t)(e - s);
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
}

/* PETRARCH name ("HAMAS_MILITARY_COMMAND_") -> entente phrase words. */
static void name_to_phrase(const char *in, char *out, size_t cap)
{
    size_t o = 0;
    for (const char *p = in; *p && o + 2 < cap; p++) {
        char ch = *p;
        if (ch == '_' || ch == '~')
            ch = ' ';
        if (ch == '{' || ch == '}' || ch == '(' || ch == ')' || ch == '$' || ch == '+' ||
            ch == '%' || ch == '^' || ch == '|' || ch == '/' || ch == '*' || ch == '!' ||
            ch == ';')
            ch = ' ';
        out[o++] = (char)tolower((unsigned char)ch);
    }
    out[o] = '\0';
}

/* Copy a string, truncating to cap - 1 bytes. */
static void copy_trunc(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* yymmdd (years < 40 are 20yy) or yyyymmdd */
static int yymmdd(const char *s, ent_date *out)
{
    size_t n = strlen(s);
    if (n != 6 && n != 8)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    int y;
    if (n == 8) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s += 2;
    } else {
        int yy = (s[0] - '0') * 10 + (s[1] - '0');
        y = yy < 40 ? 2000 + yy : 1900 + yy;
    }
    int mm = (s[2] - '0') * 10 + (s[3] - '0');
    int dd = (s[4] - '0') * 10 + (s[5] - '0');
    if (!ent_date_valid_ymd(y, mm, dd))
        return -1;
    *out = ent_date_from_ymd(y, mm, dd);
    return 0;
}

static void set_code(char *dst, const char *src)
{
    size_t n = 0;
    for (; src[n] && n + 1 < ENT_ACTOR_CODE_MAX; n++)
        dst[n] = (char)toupper((unsigned char)src[n]);
    dst[n] = '\0';
}

static void root_of(const char *code, char *root)
{
    size_t n = strlen(code);
    if (n > 3)
        n = 3;
    memcpy(root, code, n);
    root[n] = '\0';
}

/* Finish the current actor: add its names. */
static int flush_actor(importer *im)
{
    int rc = 0;
    if (im->cur_open && im->have_code && im->n_names) {
        uint32_t idx;
        if ((rc = dict_add_actor(im->d, &im->cur, &idx)))
            return rc;
        for (size_t i = 0; i < im->n_names && !rc; i++) {
            char ph[512];
            name_to_phrase(im->names[i], ph, sizeof ph);
            if (ph[strspn(ph, " ")])
                rc = dict_add_phrase(im->d, ph, strlen(ph), PH_ACTOR, idx);
        }
    } else if (im->cur_open && im->n_names) {
        im->skipped++;
    }
    im->cur_open = false;
    im->have_code = false;
    im->n_names = 0;
    return rc;
}

/* "[CODE]" / "[CODE yymmdd-yymmdd]" / "[CODE >yymmdd]" / "[CODE <yymmdd]" */
static int actor_code(importer *im, const char *b)
{
    char inner[128];
    const char *e = strchr(b, ']');
    if (!e)
        return (int)(im->skipped++, 0);
    trim_copy(inner, sizeof inner, b + 1, e);
    char code[64] = "", when[64] = "";
    if (sscanf(inner, "%63s %63s", code, when) < 1 || code[0] == '-')
        return (int)(im->skipped++, 0);
    if (!when[0] && strchr(code, '/')) {
        /* [FRO/BIL/SAM]: the name stands for each of these actors */
        im->cur.kind = AK_GROUP;
        im->cur.mem_first = (uint32_t)im->d->n_members;
        im->cur.n_mem = 0;
        char *save = NULL;
        for (char *m = strtok_r(code, "/", &save); m; m = strtok_r(NULL, "/", &save)) {
            char mc[ENT_ACTOR_CODE_MAX];
            set_code(mc, m);
            if (dict_add_member(im->d, mc))
                return ENT_ENOMEM;
            im->cur.n_mem++;
        }
        snprintf(im->cur.code, sizeof im->cur.code, "GROUP");
        im->have_code = im->cur.n_mem > 0;
        return 0;
    }
    if (!when[0]) {
        set_code(im->cur.code, code);
        root_of(im->cur.code, im->cur.root);
        if (!im->have_code)
            im->cur.kind = AK_ORG;
        im->have_code = true;
        return 0;
    }
    ent_date from = ENT_DATE_MIN, until = ENT_DATE_MAX;
    int ok = 0;
    if (when[0] == '>')
        ok = yymmdd(when + 1, &from);
    else if (when[0] == '<')
        ok = yymmdd(when + 1, &until);
    else {
        char *dash = strchr(when, '-');
        if (!dash)
            ok = -1;
        else {
            *dash = '\0';
            ok = yymmdd(when, &from) | yymmdd(dash + 1, &until);
        }
    }
    if (ok != 0)
        return (int)(im->skipped++, 0);
    char c2[ENT_ACTOR_CODE_MAX], r2[ENT_ACTOR_CODE_MAX];
    set_code(c2, code);
    root_of(c2, r2);
    if (im->cur.kind != AK_PERSON) {
        im->cur.kind = AK_PERSON;
        im->cur.role_first = (uint32_t)im->d->n_roles;
        im->cur.n_roles = 0;
    }
    if (dict_add_role(im->d, from, until, c2, r2))
        return ENT_ENOMEM;
    im->cur.n_roles++;
    if (!im->have_code) {
        /* default until an undated code is given: the dated code itself */
        set_code(im->cur.code, code);
        root_of(im->cur.code, im->cur.root);
        im->have_code = true;
    }
    return 0;
}

static int actor_line(importer *im, char *line)
{
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    if (!*p)
        return 0;
    if (*p == '[')
        return actor_code(im, p);
    if (*p == '+') {
        if (im->cur_open && im->n_names < 64)
            trim_copy(im->names[im->n_names++], sizeof im->names[0], p + 1, p + strlen(p));
        return 0;
    }
    int rc = flush_actor(im);
    if (rc)
        return rc;
    memset(&im->cur, 0, sizeof im->cur);
    im->cur.kind = AK_ORG;
    im->cur_open = true;
    char *br = strchr(p, '[');
    trim_copy(im->names[0], sizeof im->names[0], p, br ? br : p + strlen(p));
    im->n_names = 1;
    if (br)
        return actor_code(im, br);
    return 0;
}

static int add_agent_name(importer *im, const char *name, const char *suffix)
{
    uint32_t idx;
    if (dict_add_agent(im->d, suffix, &idx))
        return ENT_ENOMEM;
    char ph[512];
    name_to_phrase(name, ph, sizeof ph);
    if (!ph[strspn(ph, " ")])
        return 0;
    return dict_add_phrase(im->d, ph, strlen(ph), PH_AGENT, idx);
}

static int agent_line(importer *im, char *line)
{
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    if (!*p)
        return 0;
    char *eq = strchr(p, '=');
    if (p[0] == '!' && eq && im->n_macros < 16) {
        char *q = strchr(p + 1, '!');
        if (!q || q > eq)
            return (int)(im->skipped++, 0);
        trim_copy(im->macro_name[im->n_macros], 32, p, q + 1);
        trim_copy(im->macro_vals[im->n_macros], 512, eq + 1, eq + strlen(eq));
        im->n_macros++;
        return 0;
    }
    char *br = strchr(p, '[');
    char *be = br ? strchr(br, ']') : NULL;
    if (!br || !be)
        return (int)(im->skipped++, 0);
    char code[32];
    trim_copy(code, sizeof code, br + 1, be);
    char suffix[8];
    size_t o = 0;
    for (char *c = code; *c && o < 6; c++)
        if (isalpha((unsigned char)*c))
            suffix[o++] = (char)toupper((unsigned char)*c);
    suffix[o] = '\0';
    if (o < 3)
        return (int)(im->skipped++, 0);
    if (o > 3)
        suffix[3] = '\0'; /* the primary agent */
    char name[256];
    char *brace = strchr(p, '{');
    trim_copy(name, sizeof name, p, brace && brace < br ? brace : br);
    /* plurals in braces */
    if (brace && brace < br) {
        char *bend = strchr(brace, '}');
        if (bend && bend < br && bend > brace + 1) {
            char plur[256];
            trim_copy(plur, sizeof plur, brace + 1, bend);
            char *save = NULL;
            for (char *w = strtok_r(plur, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
                int rc = add_agent_name(im, w, suffix);
                if (rc)
                    return rc;
            }
        }
    }
    /* macro expansion: NAME!PERSON! */
    for (size_t m = 0; m < im->n_macros; m++) {
        char *at = strstr(name, im->macro_name[m]);
        if (!at)
            continue;
        char vals[512];
        snprintf(vals, sizeof vals, "%s", im->macro_vals[m]);
        char *save = NULL;
        for (char *v = strtok_r(vals, ",", &save); v; v = strtok_r(NULL, ",", &save)) {
            char word[64], full[512];
            trim_copy(word, sizeof word, v, v + strlen(v));
            snprintf(full, sizeof full, "%.*s%s%s", (int)(at - name), name, word,
                     at + strlen(im->macro_name[m]));
            int rc = add_agent_name(im, full, suffix);
            if (rc)
                return rc;
        }
        return 0;
    }
    return add_agent_name(im, name, suffix);
}

static synset *find_syn(importer *im, const char *name, size_t n)
{
    for (size_t i = 0; i < im->n_syn; i++)
        if (strlen(im->syn[i].name) == n && strncmp(im->syn[i].name, name, n) == 0)
            return &im->syn[i];
    return NULL;
}

static int syn_add(synset *s, const char *w)
{
    size_t n = strlen(w);
    if (s->len + n + 2 > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        while (cap < s->len + n + 2)
            cap *= 2;
        char *m = realloc(s->members, cap);
        if (!m)
            return ENT_ENOMEM;
        s->members = m;
        s->cap = cap;
    }
    if (s->len)
        s->members[s->len++] = '/';
    memcpy(s->members + s->len, w, n);
    s->len += n;
    s->members[s->len] = '\0';
    return 0;
}

/* Append a pattern word (or synset alternatives) to out. */
static void append(char *out, size_t cap, const char *w)
{
    size_t o = strlen(out);
    snprintf(out + o, cap - o, "%s%s", o ? " " : "", w);
}

/* Build "verb *6 w1 *6 {a_b} ..." from the text after '*'. */
static int verb_pattern(importer *im, const char *verb, const char *post, const char *code)
{
    char out[2048] = "";
    char vb[256];
    snprintf(vb, sizeof vb, "%s", verb);
    append(out, sizeof out, vb);
    const char *p = post;
    bool adjacent = false;
    while (*p) {
        while (*p && (isspace((unsigned char)*p) || *p == '(' || *p == ')' || *p == '$' ||
                      *p == '+' || *p == '%' || *p == '^'))
            p++;
        if (!*p)
            break;
        if (*p == '{') {
            const char *e = strchr(p, '}');
            if (!e)
                break;
            char grp[512];
            trim_copy(grp, sizeof grp, p + 1, e);
            for (char *c = grp; *c; c++)
                if (*c == ' ')
                    *c = '_';
            append(out, sizeof out, adjacent ? "" : "*6");
            append(out, sizeof out, grp);
            p = e + 1;
            adjacent = false;
            continue;
        }
        const char *b = p;
        while (*p && !isspace((unsigned char)*p) && *p != '(' && *p != ')' && *p != '{')
            p++;
        char w[256];
        trim_copy(w, sizeof w, b, p);
        bool next_adj = w[0] && w[strlen(w) - 1] == '_';
        /* split "A_B_C" into adjacent words; '&' synsets expand */
        char piece[2048] = "";
        char *save = NULL;
        bool first = true;
        for (char *t = strtok_r(w, "_", &save); t; t = strtok_r(NULL, "_", &save)) {
            char *q = t;
            while (*q == '+' || *q == '$' || *q == '%' || *q == '^')
                q++;
            if (!*q)
                continue;
            if (*q == '&') {
                synset *s = find_syn(im, q, strlen(q));
                if (!s || !s->members)
                    return (int)(im->skipped++, 0);
                if (strlen(piece) + s->len + 2 >= sizeof piece)
                    return (int)(im->skipped++, 0);
                append(piece, sizeof piece, s->members);
            } else {
                append(piece, sizeof piece, q);
            }
            (void)first;
            first = false;
        }
        if (piece[0]) {
            if (!adjacent)
                append(out, sizeof out, "*6");
            append(out, sizeof out, piece);
        }
        adjacent = next_adj;
    }
    uint32_t idx;
    if (dict_add_verb(im->d, code, VF_NONE, &idx))
        return ENT_ENOMEM;
    char ph[2048];
    name_to_phrase(out, ph, sizeof ph);
    /* name_to_phrase removed '*' and '/': rebuild from out directly */
    size_t o = 0;
    for (const char *c = out; *c && o + 1 < sizeof ph; c++)
        ph[o++] = (char)tolower((unsigned char)*c);
    ph[o] = '\0';
    return dict_add_phrase(im->d, ph, strlen(ph), PH_VERB, idx);
}

static void read_code(const char *br, char *code, size_t cap)
{
    const char *e = strchr(br, ']');
    char inner[32];
    trim_copy(inner, sizeof inner, br + 1, e ? e : br + strlen(br));
    char *colon = strchr(inner, ':');
    if (colon)
        *colon = '\0';
    size_t n = strlen(inner);
    if (n >= cap)
        n = cap - 1;
    memcpy(code, inner, n);
    code[n] = '\0';
}

static int verb_line(importer *im, char *line)
{
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    if (!*p) {
        im->open_syn = NULL;
        return 0;
    }
    if (*p == '&') {
        char name[64];
        size_t n = strcspn(p, " \t");
        trim_copy(name, sizeof name, p, p + n);
        if (text_grow((void **)&im->syn, &im->cap_syn, im->n_syn, sizeof *im->syn))
            return ENT_ENOMEM;
        synset *s = &im->syn[im->n_syn++];
        memset(s, 0, sizeof *s);
        snprintf(s->name, sizeof s->name, "%s", name);
        im->open_syn = s;
        return 0;
    }
    if (*p == '+' && im->open_syn) {
        char w[256];
        trim_copy(w, sizeof w, p + 1, p + strlen(p));
        for (char *c = w; *c; c++)
            if (*c == ' ')
                *c = '_';
        size_t l = strlen(w);
        while (l && w[l - 1] == '_')
            w[--l] = '\0';
        if (w[0] == '&') {
            synset *inner = find_syn(im, w, strlen(w));
            return inner && inner->members ? syn_add(im->open_syn, inner->members)
                                           : (int)(im->skipped++, 0);
        }
        return l ? syn_add(im->open_syn, w) : 0;
    }
    im->open_syn = NULL;
    if (strncmp(p, "---", 3) == 0) {
        char *br = strchr(p, '[');
        im->n_verbs = 0;
        if (br)
            read_code(br, im->block_code, sizeof im->block_code);
        else
            im->block_code[0] = '\0';
        return 0;
    }
    if (*p == '-') {
        char *br = strrchr(p, '[');
        char *star = strchr(p, '*');
        if (!br || !star || star > br)
            return (int)(im->skipped++, 0);
        char code[8];
        read_code(br, code, sizeof code);
        if (!code[0] || code[0] == '-')
            return (int)(im->skipped++, 0);
        /* words before the verb cannot be anchored by this matcher */
        for (char *q = p + 1; q < star; q++)
            if (!isspace((unsigned char)*q))
                return (int)(im->skipped++, 0);
        char post[1024];
        trim_copy(post, sizeof post, star + 1, br);
        for (size_t v = 0; v < im->n_verbs; v++) {
            int rc = verb_pattern(im, im->verbs[v], post, code);
            if (rc)
                return rc;
        }
        return 0;
    }
    /* a verb of the block: "VERB {FORMS}" [CODE] */
    char *br = strchr(p, '[');
    char *brace = strchr(p, '{');
    char verb[128];
    trim_copy(verb, sizeof verb, p, brace && (!br || brace < br) ? brace : br ? br : p + strlen(p));
    for (char *c = verb; *c; c++)
        if (*c == ' ')
            *c = '_';
    size_t l = strlen(verb);
    while (l && verb[l - 1] == '_')
        verb[--l] = '\0';
    if (!l)
        return (int)(im->skipped++, 0);
    char alts[512];
    snprintf(alts, sizeof alts, "%s", verb);
    if (brace && (!br || brace < br)) {
        char *be = strchr(brace, '}');
        if (be) {
            char forms[256];
            trim_copy(forms, sizeof forms, brace + 1, be);
            char *save = NULL;
            for (char *w = strtok_r(forms, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
                size_t al = strlen(alts);
                snprintf(alts + al, sizeof alts - al, "/%s", w);
            }
        }
    }
    if (im->n_verbs < 64)
        copy_trunc(im->verbs[im->n_verbs++], sizeof im->verbs[0], alts);
    char code[8];
    if (br)
        read_code(br, code, sizeof code);
    else
        snprintf(code, sizeof code, "%s", im->block_code);
    if (code[0] && code[0] != '-')
        return verb_pattern(im, alts, "", code);
    return 0;
}

int ent_dict_import_petrarch_string(ent_dict *d, ent_petr_kind kind, const char *text,
                                    size_t len, size_t *skipped)
{
    importer *im = calloc(1, sizeof *im);
    int rc = 0;
    if (!im)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    im->d = d;
    im->kind = kind;
    char line[LINE_MAX_LEN];
    bool in_comment = false;
    size_t i = 0;
    while (i < len && rc == 0) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        size_t n = e - i;
        if (n >= sizeof line)
            n = sizeof line - 1;
        memcpy(line, text + i, n);
        line[n] = '\0';
        i = e + 1;
        if (memchr(line, '\0', n)) {
            rc = ent_error_set(ENT_EINVALID, "dictionary contains a NUL byte");
            break;
        }
        /* <!-- ... --> comment blocks */
        char *open = strstr(line, "<!--");
        if (in_comment) {
            char *close = strstr(line, "-->");
            if (!close)
                continue;
            in_comment = false;
            memmove(line, close + 3, strlen(close + 3) + 1);
        } else if (open) {
            char *close = strstr(open, "-->");
            if (close)
                memmove(open, close + 3, strlen(close + 3) + 1);
            else {
                *open = '\0';
                in_comment = true;
            }
        }
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        if (kind == ENT_PETR_ACTORS)
            rc = actor_line(im, line);
        else if (kind == ENT_PETR_AGENTS)
            rc = agent_line(im, line);
        else
            rc = verb_line(im, line);
    }
    if (rc == 0 && kind == ENT_PETR_ACTORS)
        rc = flush_actor(im);
    if (rc == 0)
        rc = dict_index(d);
    if (skipped)
        *skipped = im->skipped;
    for (size_t s = 0; s < im->n_syn; s++)
        free(im->syn[s].members);
    free(im->syn);
    free(im);
    return rc;
}

int ent_dict_import_petrarch(ent_dict *d, ent_petr_kind kind, const char *path,
                             size_t *skipped)
{
    char *buf;
    size_t n;
    int rc = ent_core__read_file(path, (size_t)256 << 20, &buf, &n);
    if (rc == 0)
        rc = ent_dict_import_petrarch_string(d, kind, buf, n, skipped);
    free(buf);
    return rc;
}
