/*
 * json.c - world records to JSON and back (jansson). Used by the CLI's
 * --format json, by the store (nested parts of records are kept as JSON),
 * and by the canonical dump that tests use to compare worlds.
 */
#include <entente/io.h>

#include "world/world_internal.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static json_t *jstr(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *jdate(ent_date d)
{
    char buf[11];
    if (d == ENT_DATE_MIN || d == ENT_DATE_MAX)
        return json_null();
    return json_string(ent_date_format(d, buf));
}

static json_t *jstrv(const char *const *v)
{
    json_t *a = json_array();
    for (size_t i = 0; v && v[i]; i++)
        json_array_append_new(a, json_string(v[i]));
    return a;
}

static json_t *jnum(double v)
{
    return v < 0 || !isfinite(v) ? json_null() : json_real(v);
}

/* Set a key, skipping nulls and empty arrays so dumps stay short. */
static void put(json_t *o, const char *k, json_t *v)
{
    if (!v)
        return;
    if (json_is_null(v) || (json_is_array(v) && json_array_size(v) == 0)) {
        json_decref(v);
        return;
    }
    json_object_set_new(o, k, v);
}

static void put_pos(json_t *o, const char *file, int line, int col)
{
    (void)o;
    (void)file;
    (void)line;
    (void)col;
    /* Positions are not part of the JSON form: they belong to the file. */
}

json_t *ent_json_actor(const ent_actor *a)
{
    json_t *o = json_object();
    put(o, "code", jstr(a->code));
    put(o, "kind", json_string(ent_actor_kind_name(a->kind)));
    put(o, "name", jstr(a->name));
    put(o, "iso3", jstr(a->iso3));
    if (a->cow)
        put(o, "cow", json_integer(a->cow));
    put(o, "aliases", jstrv(a->aliases));
    put(o, "demonyms", jstrv(a->demonyms));
    put(o, "capital", jstr(a->capital));
    put(o, "seats", jstrv(a->seats));
    put(o, "nationality", jstr(a->nationality));
    put(o, "from", jdate(a->from));
    put(o, "until", jdate(a->until));
    put(o, "source", jstr(a->source));
    put_pos(o, a->file, a->line, a->col);
    return o;
}

json_t *ent_json_membership(const ent_membership *m)
{
    json_t *o = json_object();
    put(o, "member", jstr(m->member));
    put(o, "of", jstr(m->group));
    put(o, "status", jstr(m->status));
    put(o, "from", jdate(m->from));
    put(o, "until", jdate(m->until));
    put(o, "source", jstr(m->source));
    return o;
}

json_t *ent_json_role(const ent_role *r)
{
    json_t *o = json_object();
    put(o, "person", jstr(r->person));
    put(o, "role", jstr(r->role));
    put(o, "of", jstr(r->of));
    put(o, "at", jstr(r->at));
    put(o, "title", jstr(r->title));
    put(o, "from", jdate(r->from));
    put(o, "until", jdate(r->until));
    put(o, "source", jstr(r->source));
    return o;
}

json_t *ent_json_commitment(const ent_commitment *c, ent_date asof)
{
    json_t *o = json_object();
    put(o, "id", jstr(c->id));
    put(o, "name", jstr(c->name));
    put(o, "kind", json_string(ent_commit_kind_name(c->kind)));
    put(o, "parties", jstrv(c->parties));
    put(o, "beneficiaries", jstrv(c->beneficiaries));
    if (c->mutual)
        put(o, "mutual", json_true());
    put(o, "status", json_string(ent_commit_status_name(c->status)));
    if (asof != ENT_DATE_MIN)
        put(o, "status_asof",
            json_string(ent_commit_status_name(ent_commitment_status_at(c, asof))));
    json_t *h = json_array();
    for (size_t i = 0; i < c->n_history; i++) {
        json_t *e = json_object();
        put(e, "date", jdate(c->history[i].date));
        put(e, "status", json_string(ent_commit_status_name(c->history[i].status)));
        put(e, "by", jstr(c->history[i].by));
        put(e, "source", jstr(c->history[i].source));
        json_array_append_new(h, e);
    }
    put(o, "history", h);
    json_t *k = json_array();
    for (size_t i = 0; i < c->n_conditions; i++) {
        json_t *e = json_object();
        put(e, "id", jstr(c->conditions[i].id));
        put(e, "text", jstr(c->conditions[i].text));
        put(e, "state", json_string(ent_cond_state_name(c->conditions[i].state)));
        json_array_append_new(k, e);
    }
    put(o, "conditions", k);
    put(o, "opponents", jstrv(c->opponents));
    put(o, "against", jstrv(c->against));
    put(o, "scope", jstr(c->scope));
    if (c->level != 0)
        put(o, "level", json_real(c->level));
    put(o, "unit", jstr(c->unit));
    put(o, "from", jdate(c->from));
    put(o, "until", jdate(c->until));
    put(o, "source", jstr(c->source));
    return o;
}

json_t *ent_json_capability(const ent_capability *c)
{
    json_t *o = json_object();
    put(o, "actor", jstr(c->actor));
    put(o, "year", json_integer(c->year));
    put(o, "milex_usd_m", jnum(c->milex_usd_m));
    put(o, "personnel", jnum(c->personnel));
    put(o, "warheads", jnum(c->warheads));
    put(o, "cinc", jnum(c->cinc));
    put(o, "source", jstr(c->source));
    return o;
}

json_t *ent_json_claim(const ent_claim *c)
{
    json_t *o = json_object();
    put(o, "id", jstr(c->id));
    put(o, "actor", jstr(c->actor));
    put(o, "kind", jstr(c->kind));
    put(o, "targets", jstrv(c->targets));
    put(o, "about", jstr(c->about));
    put(o, "text", jstr(c->text));
    put(o, "date", jdate(c->date));
    put(o, "source", jstr(c->source));
    return o;
}

static json_t *positions_json(const ent_position *p, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_object();
        put(e, "actor", jstr(p[i].actor));
        put(e, "position", json_real(p[i].position));
        put(e, "salience", json_real(p[i].salience));
        put(e, "capability", jnum(p[i].capability));
        json_array_append_new(a, e);
    }
    return a;
}

json_t *ent_json_issue(const ent_issue *is)
{
    json_t *o = json_object();
    put(o, "id", jstr(is->id));
    put(o, "name", jstr(is->name));
    json_t *scale = json_object();
    put(scale, "min", json_real(is->min));
    put(scale, "max", json_real(is->max));
    json_t *pts = json_array();
    for (size_t i = 0; i < is->n_points; i++) {
        json_t *e = json_object();
        put(e, "value", json_real(is->points[i].value));
        put(e, "label", jstr(is->points[i].label));
        json_array_append_new(pts, e);
    }
    put(scale, "points", pts);
    put(o, "scale", scale);
    if (!isnan(is->status_quo))
        put(o, "status_quo", json_real(is->status_quo));
    put(o, "positions", positions_json(is->positions, is->n_positions));
    json_t *rule = json_object();
    put(rule, "kind", json_string(ent_rule_kind_name(is->rule)));
    put(rule, "approvers", jstrv(is->approvers));
    put(rule, "vetoers", jstrv(is->vetoers));
    put(o, "rule", rule);
    put(o, "source", jstr(is->source));
    return o;
}

json_t *ent_json_trigger(const ent_trigger *t)
{
    json_t *o = json_object();
    put(o, "id", jstr(t->id));
    put(o, "attacker", jstr(t->attacker));
    put(o, "target", jstr(t->target));
    put(o, "text", jstr(t->text));
    return o;
}

json_t *ent_json_assumption(const ent_assumption *a)
{
    json_t *o = json_object();
    put(o, "id", jstr(a->id));
    put(o, "text", jstr(a->text));
    put(o, "remove", jstr(a->remove));
    if (a->add)
        put(o, "add", ent_json_commitment(a->add, ENT_DATE_MIN));
    put(o, "commitment", jstr(a->commitment));
    if (a->status >= 0)
        put(o, "status",
            json_string(ent_commit_status_name((ent_commit_status)a->status)));
    if (a->n_conditions) {
        json_t *c = json_object();
        for (size_t i = 0; i < a->n_conditions; i++)
            json_object_set_new(
                c, a->conditions[i].id,
                json_string(ent_cond_state_name(a->conditions[i].state)));
        put(o, "conditions", c);
    }
    put(o, "issue", jstr(a->issue));
    put(o, "positions", positions_json(a->positions, a->n_positions));
    return o;
}

json_t *ent_json_scenario(const ent_scenario_info *s)
{
    json_t *o = json_object();
    put(o, "id", jstr(s->id));
    put(o, "name", jstr(s->name));
    put(o, "date", jdate(s->date));
    put(o, "description", jstr(s->description));
    put(o, "source", jstr(s->source));
    return o;
}

/* --- JSON back to records ------------------------------------------------ */

typedef struct {
    const char **ptrs[64];
    size_t n;
    void *blocks[64];
    size_t nb;
    bool bad;
} scratch;

static void *salloc(scratch *s, size_t n)
{
    if (s->nb >= 64) {
        s->bad = true;
        return NULL;
    }
    void *p = calloc(1, n ? n : 1);
    if (!p)
        s->bad = true;
    else
        s->blocks[s->nb++] = p;
    return p;
}

static void sfree(scratch *s)
{
    for (size_t i = 0; i < s->nb; i++)
        free(s->blocks[i]);
}

static const char *gs(const json_t *o, const char *k)
{
    const json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static double gn(const json_t *o, const char *k, double dflt)
{
    const json_t *v = json_object_get(o, k);
    return json_is_number(v) ? json_number_value(v) : dflt;
}

static ent_date gd(const json_t *o, const char *k, ent_date dflt)
{
    const char *s = gs(o, k);
    ent_date d;
    return s && ent_date_parse(&d, s) == 0 ? d : dflt;
}

static const char *const *gv(scratch *s, const json_t *o, const char *k)
{
    const json_t *a = json_object_get(o, k);
    size_t n = json_is_array(a) ? json_array_size(a) : 0;
    const char **v = salloc(s, (n + 1) * sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < n; i++)
        v[i] = json_string_value(json_array_get(a, i));
    return v;
}

static int parse_enum(int (*fn)(const char *), const char *s, int dflt)
{
    int v = s ? fn(s) : -1;
    return v >= 0 ? v : dflt;
}

static ent_cond_state cond_parse(const char *s)
{
    if (s && strcmp(s, "holds") == 0)
        return ENT_COND_HOLDS;
    if (s && strcmp(s, "fails") == 0)
        return ENT_COND_FAILS;
    return ENT_COND_UNKNOWN;
}

static void read_commitment(scratch *s, const json_t *o, ent_commitment *c)
{
    memset(c, 0, sizeof *c);
    c->id = gs(o, "id");
    c->name = gs(o, "name");
    c->kind = (ent_commit_kind)parse_enum(ent_commit_kind_parse, gs(o, "kind"), 0);
    c->parties = gv(s, o, "parties");
    c->beneficiaries = gv(s, o, "beneficiaries");
    c->mutual = json_is_true(json_object_get(o, "mutual"));
    c->status = (ent_commit_status)parse_enum(ent_commit_status_parse,
                                              gs(o, "status"), 0);
    const json_t *h = json_object_get(o, "history");
    size_t nh = json_is_array(h) ? json_array_size(h) : 0;
    ent_status_change *hist = salloc(s, nh * sizeof *hist);
    for (size_t i = 0; hist && i < nh; i++) {
        const json_t *e = json_array_get(h, i);
        hist[i].date = gd(e, "date", ENT_DATE_MIN);
        hist[i].status = (ent_commit_status)parse_enum(ent_commit_status_parse,
                                                       gs(e, "status"), 0);
        hist[i].by = gs(e, "by");
        hist[i].source = gs(e, "source");
    }
    c->history = hist;
    c->n_history = hist ? nh : 0;
    const json_t *k = json_object_get(o, "conditions");
    size_t nk = json_is_array(k) ? json_array_size(k) : 0;
    ent_condition *conds = salloc(s, nk * sizeof *conds);
    for (size_t i = 0; conds && i < nk; i++) {
        const json_t *e = json_array_get(k, i);
        conds[i].id = gs(e, "id");
        conds[i].text = gs(e, "text");
        conds[i].state = cond_parse(gs(e, "state"));
    }
    c->conditions = conds;
    c->n_conditions = conds ? nk : 0;
    c->opponents = gv(s, o, "opponents");
    c->against = gv(s, o, "against");
    c->scope = gs(o, "scope");
    c->level = gn(o, "level", 0);
    c->unit = gs(o, "unit");
    c->from = gd(o, "from", ENT_DATE_MIN);
    c->until = gd(o, "until", ENT_DATE_MAX);
    c->source = gs(o, "source");
}

static ent_position *read_positions(scratch *s, const json_t *a, size_t *n)
{
    *n = json_is_array(a) ? json_array_size(a) : 0;
    ent_position *p = salloc(s, *n * sizeof *p);
    for (size_t i = 0; p && i < *n; i++) {
        const json_t *e = json_array_get(a, i);
        p[i].actor = gs(e, "actor");
        p[i].position = gn(e, "position", 0);
        p[i].salience = gn(e, "salience", 0);
        p[i].capability = gn(e, "capability", -1);
    }
    return p;
}

int ent_json_add_record(ent_world *w, const char *kind, const json_t *o)
{
    scratch s = {0};
    int rc = 0;
    if (!json_is_object(o))
        return ent_error_set(ENT_EINVALID, "%s record is not a JSON object", kind);
    if (strcmp(kind, "actor") == 0) {
        ent_actor a = {0};
        a.code = gs(o, "code");
        a.kind = (ent_actor_kind)parse_enum(ent_actor_kind_parse, gs(o, "kind"), 0);
        a.name = gs(o, "name");
        a.iso3 = gs(o, "iso3");
        a.cow = (int)gn(o, "cow", 0);
        a.aliases = gv(&s, o, "aliases");
        a.demonyms = gv(&s, o, "demonyms");
        a.capital = gs(o, "capital");
        a.seats = gv(&s, o, "seats");
        a.nationality = gs(o, "nationality");
        a.from = gd(o, "from", ENT_DATE_MIN);
        a.until = gd(o, "until", ENT_DATE_MAX);
        a.source = gs(o, "source");
        rc = s.bad ? ENT_ENOMEM : ent_world_add_actor(w, &a);
    } else if (strcmp(kind, "membership") == 0) {
        ent_membership m = {0};
        m.member = gs(o, "member");
        m.group = gs(o, "of");
        m.status = gs(o, "status");
        m.from = gd(o, "from", ENT_DATE_MIN);
        m.until = gd(o, "until", ENT_DATE_MAX);
        m.source = gs(o, "source");
        rc = !m.member || !m.group ? ENT_EINVALID : ent_world_add_membership(w, &m);
    } else if (strcmp(kind, "role") == 0) {
        ent_role r = {0};
        r.person = gs(o, "person");
        r.role = gs(o, "role");
        r.of = gs(o, "of");
        r.at = gs(o, "at");
        r.title = gs(o, "title");
        r.from = gd(o, "from", ENT_DATE_MIN);
        r.until = gd(o, "until", ENT_DATE_MAX);
        r.source = gs(o, "source");
        rc = !r.person || !r.role || !r.of ? ENT_EINVALID : ent_world_add_role(w, &r);
    } else if (strcmp(kind, "commitment") == 0) {
        ent_commitment c;
        read_commitment(&s, o, &c);
        rc = s.bad ? ENT_ENOMEM : ent_world_add_commitment(w, &c);
    } else if (strcmp(kind, "capability") == 0) {
        ent_capability c = {0};
        c.actor = gs(o, "actor");
        c.year = (int)gn(o, "year", 0);
        c.milex_usd_m = gn(o, "milex_usd_m", -1);
        c.personnel = gn(o, "personnel", -1);
        c.warheads = gn(o, "warheads", -1);
        c.cinc = gn(o, "cinc", -1);
        c.source = gs(o, "source");
        rc = !c.actor ? ENT_EINVALID : ent_world_add_capability(w, &c);
    } else if (strcmp(kind, "claim") == 0) {
        ent_claim c = {0};
        c.id = gs(o, "id");
        c.actor = gs(o, "actor");
        c.kind = gs(o, "kind");
        c.targets = gv(&s, o, "targets");
        c.about = gs(o, "about");
        c.text = gs(o, "text");
        c.date = gd(o, "date", ENT_DATE_MIN);
        c.source = gs(o, "source");
        rc = s.bad ? ENT_ENOMEM
                   : (!c.actor || !c.kind ? ENT_EINVALID : ent_world_add_claim(w, &c));
    } else if (strcmp(kind, "issue") == 0) {
        ent_issue is = {0};
        is.id = gs(o, "id");
        is.name = gs(o, "name");
        const json_t *scale = json_object_get(o, "scale");
        is.min = gn(scale, "min", 0);
        is.max = gn(scale, "max", 100);
        const json_t *pts = json_object_get(scale, "points");
        is.n_points = json_is_array(pts) ? json_array_size(pts) : 0;
        ent_scale_point *pt = salloc(&s, is.n_points * sizeof *pt);
        for (size_t i = 0; pt && i < is.n_points; i++) {
            pt[i].value = gn(json_array_get(pts, i), "value", 0);
            pt[i].label = gs(json_array_get(pts, i), "label");
        }
        is.points = pt;
        is.status_quo = gn(o, "status_quo", NAN);
        is.positions = read_positions(&s, json_object_get(o, "positions"),
                                      &is.n_positions);
        const json_t *rule = json_object_get(o, "rule");
        is.rule = (ent_rule_kind)parse_enum(ent_rule_kind_parse, gs(rule, "kind"), 0);
        is.approvers = gv(&s, rule, "approvers");
        is.vetoers = gv(&s, rule, "vetoers");
        is.source = gs(o, "source");
        rc = s.bad ? ENT_ENOMEM : ent_world_add_issue(w, &is);
    } else if (strcmp(kind, "trigger") == 0) {
        ent_trigger t = {0};
        t.id = gs(o, "id");
        t.attacker = gs(o, "attacker");
        t.target = gs(o, "target");
        t.text = gs(o, "text");
        rc = ent_world_add_trigger(w, &t);
    } else if (strcmp(kind, "assumption") == 0) {
        ent_assumption a = {0};
        ent_commitment add;
        a.id = gs(o, "id");
        a.text = gs(o, "text");
        a.remove = gs(o, "remove");
        if (json_is_object(json_object_get(o, "add"))) {
            read_commitment(&s, json_object_get(o, "add"), &add);
            a.add = &add;
        }
        a.commitment = gs(o, "commitment");
        a.status = parse_enum(ent_commit_status_parse, gs(o, "status"), -1);
        const json_t *c = json_object_get(o, "conditions");
        size_t nc = json_is_object(c) ? json_object_size(c) : 0;
        ent_cond_setting *cs = salloc(&s, nc * sizeof *cs);
        size_t i = 0;
        const char *key;
        const json_t *val;
        json_object_foreach((json_t *)(uintptr_t)c, key, val)
        {
            if (cs && i < nc) {
                cs[i].id = key;
                cs[i].state = cond_parse(json_string_value(val));
                i++;
            }
        }
        a.conditions = cs;
        a.n_conditions = i;
        a.issue = gs(o, "issue");
        a.positions = read_positions(&s, json_object_get(o, "positions"),
                                     &a.n_positions);
        rc = s.bad || !a.id ? ENT_EINVALID : ent_world_add_assumption(w, &a);
    } else if (strcmp(kind, "scenario") == 0) {
        ent_scenario_info info = {0};
        info.id = gs(o, "id");
        info.name = gs(o, "name");
        info.description = gs(o, "description");
        info.source = gs(o, "source");
        info.date = gd(o, "date", ENT_DATE_MIN);
        rc = ent_world_set_scenario(w, &info);
    } else {
        rc = ent_error_set(ENT_EINVALID, "unknown record kind '%s'", kind);
    }
    sfree(&s);
    if (rc == ENT_EINVALID && !ent_error_last()[0])
        ent_error_set(rc, "malformed %s record", kind);
    return rc;
}

/* --- canonical dump -------------------------------------------------------- */

static int cmp_dumps(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static json_t *record_json(ent_world_record kind, const void *rec)
{
    switch (kind) {
    case ENT_REC_ACTOR:
        return ent_json_actor(rec);
    case ENT_REC_MEMBERSHIP:
        return ent_json_membership(rec);
    case ENT_REC_ROLE:
        return ent_json_role(rec);
    case ENT_REC_COMMITMENT:
        return ent_json_commitment(rec, ENT_DATE_MIN);
    case ENT_REC_CAPABILITY:
        return ent_json_capability(rec);
    case ENT_REC_CLAIM:
        return ent_json_claim(rec);
    case ENT_REC_ISSUE:
        return ent_json_issue(rec);
    case ENT_REC_TRIGGER:
        return ent_json_trigger(rec);
    }
    return NULL;
}

char *ent_json_dump_layer(const ent_world *w)
{
    static const char *const names[] = {"actors", "memberships", "roles",
                                        "commitments", "capabilities", "claims",
                                        "issues", "triggers"};
    size_t total = 0, cap = 4096;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    out[0] = '\0';
    for (int k = 0; k <= ENT_REC_TRIGGER; k++) {
        size_t n = ent_world__layer_count(w, (ent_world_record)k);
        char **lines = calloc(n + 1, sizeof *lines);
        for (size_t i = 0; lines && i < n; i++) {
            json_t *j = record_json((ent_world_record)k,
                                    ent_world__layer_get(w, (ent_world_record)k, i));
            lines[i] = json_dumps(j, JSON_SORT_KEYS | JSON_COMPACT | JSON_REAL_PRECISION(17));
            json_decref(j);
        }
        if (lines)
            qsort(lines, n, sizeof *lines, cmp_dumps);
        for (size_t i = 0; lines && i <= n; i++) {
            const char *line = i == 0 ? names[k] : lines[i - 1];
            size_t len = line ? strlen(line) : 0;
            if (total + len + 2 > cap) {
                while (total + len + 2 > cap)
                    cap *= 2;
                char *grown = realloc(out, cap);
                if (!grown)
                    break;
                out = grown;
            }
            if (line)
                memcpy(out + total, line, len);
            total += len;
            out[total++] = '\n';
            out[total] = '\0';
        }
        for (size_t i = 0; lines && i < n; i++)
            free(lines[i]);
        free(lines);
    }
    return out;
}
