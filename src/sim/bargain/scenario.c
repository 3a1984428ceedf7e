/*
 * scenario.c - the thin adapter from a scenario issue (world model
 * ent_issue) to the bargaining actor table, and the decision rules
 * (approval, veto, unanimity) applied to the models' forecasts.
 */
#include <entente/bargain.h>
#include <entente/io.h>
#include <entente/world.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double ent_bargain_apply_rule(double y, double sq, const double *ideal,
                              size_t n)
{
    if (!isfinite(sq) || n == 0)
        return y;
    /* each actor accepts the interval [ideal - r, ideal + r], r = |sq - ideal| */
    double lo = -INFINITY, hi = INFINITY;
    for (size_t i = 0; i < n; i++) {
        double r = fabs(sq - ideal[i]);
        lo = fmax(lo, ideal[i] - r);
        hi = fmin(hi, ideal[i] + r);
    }
    if (lo > hi)
        return sq; /* nothing beats the status quo for all: it stands */
    if (y < lo)
        return lo;
    if (y > hi)
        return hi;
    return y;
}

static char *dup_s(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s ? s : "", n + 1);
    return d;
}

static double world_capability(const ent_world *w, const char *actor,
                               ent_date asof)
{
    const ent_capability *c = ent_world_capability(w, actor, asof);
    if (c && c->cinc >= 0)
        return c->cinc * 100.0;
    if (c && c->milex_usd_m > 0)
        return c->milex_usd_m / 10000.0;
    return 1.0;
}

int ent_bargain_run_scenario(const char *path, const char *issue,
                             const ent_bargain_options *opt,
                             ent_bargain_table **table,
                             ent_bargain_result **result,
                             ent_bargain_rule_report *rule)
{
    int rc;
    ent_world *w = NULL;
    ent_list errs = {0}, issues = {0};
    ent_bargain_table *t = NULL;
    ent_bargain_result *r = NULL;
    const ent_issue *is = NULL;
    *table = NULL;
    *result = NULL;
    memset(rule, 0, sizeof *rule);
    rule->kind_name = "none";
    const char *paths[1] = {path};
    rc = ent_io_load(&w, paths, 1, &errs);
    if (rc != 0) {
        const char *first = errs.n ? (const char *)errs.items[0] : "";
        rc = ent_error_set(rc, "%s", first[0] ? first : ent_error_last());
        goto done;
    }
    is = ent_world_issue(w, issue);
    if (!is) {
        if (ent_world_issues(w, &issues) == 0)
            for (size_t k = 0; k < issues.n && !is; k++) {
                const ent_issue *c = issues.items[k];
                if (c->name && strcmp(c->name, issue) == 0)
                    is = c;
            }
    }
    if (!is) {
        rc = ent_error_set(ENT_ENOTFOUND, "%s: no issue '%s'", path, issue);
        goto done;
    }
    if (is->n_positions < 2) {
        rc = ent_error_set(ENT_EINVALID, "%s:%d:%d: issue '%s' needs positions "
                           "of at least 2 actors", is->file ? is->file : path,
                           is->line, is->col, is->id);
        goto done;
    }
    const ent_scenario_info *info = ent_world_scenario(w);
    ent_date asof = info ? info->date : ENT_DATE_MIN;
    t = ent_bargain_table_new(is->n_positions, 1);
    if (!t) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    t->title = dup_s(is->name ? is->name : is->id);
    t->dim_names[0] = dup_s(is->id);
    t->scale_lo = is->min;
    t->scale_hi = is->max > is->min ? is->max : is->min + 1.0;
    t->sal_scale = 1.0;
    for (size_t i = 0; i < is->n_positions; i++) {
        const ent_position *p = &is->positions[i];
        t->names[i] = dup_s(p->actor);
        t->position[i] = p->position;
        t->salience[i] = p->salience;
        t->capability[i] = p->capability >= 0
                               ? p->capability
                               : world_capability(w, p->actor, asof);
        if (!t->names[i]) {
            rc = ent_error_set(ENT_ENOMEM, "out of memory");
            goto done;
        }
    }
    rc = ent_bargain_run(t, opt, &r);
    if (rc != 0)
        goto done;
    /* decision rule */
    const char *const *who = NULL;
    switch (is->rule) {
    case ENT_RULE_APPROVAL:
        rule->kind = ENT_BARGAIN_RULE_APPROVAL;
        rule->kind_name = is->vetoers && is->vetoers[0] ? "approval and veto"
                                                         : "approval";
        who = is->approvers;
        break;
    case ENT_RULE_VETO:
        rule->kind = ENT_BARGAIN_RULE_VETO;
        rule->kind_name = "veto";
        who = is->vetoers;
        break;
    case ENT_RULE_UNANIMITY:
        rule->kind = ENT_BARGAIN_RULE_UNANIMITY;
        rule->kind_name = "unanimity";
        break;
    default:
        if (is->vetoers && is->vetoers[0]) {
            rule->kind = ENT_BARGAIN_RULE_VETO;
            rule->kind_name = "veto";
        }
        break;
    }
    rule->before[0] = r->outcome[0];
    rule->after[0] = r->outcome[0];
    if (rule->kind != ENT_BARGAIN_RULE_NONE) {
        double ideal[64];
        const char *iname[64];
        size_t ni = 0;
        char missing[256] = "";
        if (rule->kind == ENT_BARGAIN_RULE_UNANIMITY) {
            for (size_t i = 0; i < t->n_actors && ni < 64; i++) {
                iname[ni] = t->names[i];
                ideal[ni++] = t->position[i];
            }
            snprintf(rule->actor, sizeof rule->actor, "all");
        } else {
            const char *const *lists[2] = {who, is->vetoers};
            for (int li = 0; li < 2; li++)
            for (size_t q = 0; lists[li] && lists[li][q] && ni < 64; q++) {
                const char *const *who2 = lists[li];
                if (li == 1 && who2 == who)
                    break;
                size_t used = strlen(rule->actor);
                snprintf(rule->actor + used, sizeof rule->actor - used, "%s%s",
                         used ? "," : "", who2[q]);
                int found = 0;
                for (size_t i = 0; i < t->n_actors; i++)
                    if (strcmp(t->names[i], who2[q]) == 0 && ni < 64) {
                        iname[ni] = t->names[i];
                        ideal[ni++] = t->position[i];
                        found = 1;
                    }
                if (!found) {
                    size_t mu = strlen(missing);
                    snprintf(missing + mu, sizeof missing - mu, "%s%s",
                             mu ? "," : "", who2[q]);
                }
            }
        }
        double y = ent_bargain_apply_rule(r->outcome[0], is->status_quo, ideal,
                                          ni);
        rule->after[0] = y;
        rule->changed = fabs(y - r->outcome[0]) > 1e-9;
        if (!isfinite(is->status_quo))
            snprintf(rule->explanation, sizeof rule->explanation,
                     "%s rule (%s) not applied: the issue has no status quo",
                     rule->kind_name, rule->actor);
        else if (ni == 0)
            snprintf(rule->explanation, sizeof rule->explanation,
                     "%s rule not applied: %s hold(s) no position on the issue",
                     rule->kind_name, missing[0] ? missing : "nobody");
        else if (rule->changed) {
            char rej[256] = "";
            for (size_t q = 0; q < ni; q++)
                if (fabs(r->outcome[0] - ideal[q]) >
                    fabs(is->status_quo - ideal[q]) + 1e-9) {
                    size_t u = strlen(rej);
                    if (snprintf(rej + u, sizeof rej - u, "%s%.60s",
                                 u ? "," : "", iname[q]) >= (int)(sizeof rej - u))
                        break; /* a long list may be cut short */
                }
            /* A long list of actors may be cut short: that is fine. */
            if (snprintf(rule->explanation, sizeof rule->explanation,
                         "%s by %.100s: the model's forecast %.2f is worse "
                         "than the status quo %.2f for %.100s, so the outcome "
                         "is limited to %.2f%s%s%.100s",
                         rule->kind_name, rule->actor, r->outcome[0],
                         is->status_quo, rej, y,
                         y == is->status_quo ? " (the status quo stands)"
                                             : ", the nearest point all accept",
                         missing[0] ? "; no position for " : "",
                         missing) >= (int)sizeof rule->explanation)
                rule->explanation[sizeof rule->explanation - 1] = '\0';
        } else if (snprintf(rule->explanation, sizeof rule->explanation,
                            "%s by %.100s: the forecast %.2f is at least as "
                            "good as the status quo %.2f for each of them, so "
                            "the rule does not change it%s%.100s",
                            rule->kind_name, rule->actor, r->outcome[0],
                            is->status_quo,
                            missing[0] ? "; no position for " : "",
                            missing) >= (int)sizeof rule->explanation) {
            rule->explanation[sizeof rule->explanation - 1] = '\0';
        }
    }
    *table = t;
    *result = r;
    t = NULL;
    r = NULL;
    rc = 0;
done:
    ent_list_free(&issues);
    ent_world_errors_free(&errs);
    ent_world_free(w);
    ent_bargain_result_free(r);
    ent_bargain_table_free(t);
    return rc;
}
