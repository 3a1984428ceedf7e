/*
 * negotiation.c - the report's negotiation section: for each issue of the
 * scenario with positions of two actors or more, the Spatial Model of
 * Politics and the expected-utility model are run (entente/bargain.h) on
 * the issue's actor table as the world holds it (assumptions included);
 * positions by round are drawn as lines, and the forecasts are shown
 * before and after the issue's decision rule (ent_bargain_apply_rule).
 *
 * The table is built as ent_bargain_run_scenario builds it (capability from
 * the position, else from the world's capability record), but from the
 * world in hand rather than a file, so that overlays are honoured.
 */
#include "internal.h"

#include <entente/bargain.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

static char *dup_s(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s ? s : "", n + 1);
    return d;
}

static double capability(const ent_world *w, const char *actor, ent_date asof)
{
    const ent_capability *c = ent_world_capability(w, actor, asof);
    if (c && c->cinc >= 0)
        return c->cinc * 100.0;
    if (c && c->milex_usd_m > 0)
        return c->milex_usd_m / 10000.0;
    return 1.0;
}

static int make_table(const ent_world *w, const ent_issue *is, ent_date asof,
                      ent_bargain_table **out)
{
    ent_bargain_table *t = ent_bargain_table_new(is->n_positions, 1);
    *out = NULL;
    if (!t)
        return ent_error_set(ENT_ENOMEM, "out of memory");
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
        t->capability[i] = p->capability >= 0 ? p->capability
                                              : capability(w, p->actor, asof);
        if (!t->names[i]) {
            ent_bargain_table_free(t);
            return ent_error_set(ENT_ENOMEM, "out of memory");
        }
    }
    *out = t;
    return 0;
}

/* The forecast under the issue's rule; writes its explanation. */
static double apply_rule(FILE *fp, const ent_issue *is,
                         const ent_bargain_table *t, double y)
{
    double ideal[256];
    size_t ni = 0;
    const char *const *who = NULL;
    if (is->rule == ENT_RULE_APPROVAL)
        who = is->approvers;
    else if (is->rule == ENT_RULE_VETO)
        who = is->vetoers;
    fprintf(fp, "<p><strong>Decision rule:</strong> %s",
            ent_rule_kind_name(is->rule));
    if (is->rule == ENT_RULE_UNANIMITY) {
        for (size_t i = 0; i < t->n_actors && ni < 256; i++)
            ideal[ni++] = t->position[i];
    } else if (who) {
        fprintf(fp, " by ");
        for (size_t q = 0; who[q]; q++) {
            fprintf(fp, "%s", q ? ", " : "");
            ent_report_escape(fp, who[q]);
            bool found = false;
            for (size_t i = 0; i < t->n_actors && ni < 256; i++)
                if (strcmp(t->names[i], who[q]) == 0) {
                    ideal[ni++] = t->position[i];
                    found = true;
                }
            if (!found)
                fprintf(fp, " (holds no position: not applied to them)");
        }
    }
    fprintf(fp, ". ");
    if (is->rule == ENT_RULE_WEIGHTED || is->rule == ENT_RULE_MAJORITY ||
        (!who && is->rule != ENT_RULE_UNANIMITY)) {
        fprintf(fp, "The models' forecast stands.</p>\n");
        return y;
    }
    if (!isfinite(is->status_quo)) {
        fprintf(fp, "Not applied: the issue has no status quo.</p>\n");
        return y;
    }
    if (ni == 0) {
        fprintf(fp, "Not applied: no constraining actor holds a position."
                    "</p>\n");
        return y;
    }
    double z = ent_bargain_apply_rule(y, is->status_quo, ideal, ni);
    if (fabs(z - y) > 1e-9)
        fprintf(fp, "The forecast %.2f is worse for them than the status quo "
                    "%.2f, so the outcome is limited to <strong>%.2f</strong>"
                    ", the nearest point all of them accept.</p>\n",
                y, is->status_quo, z);
    else
        fprintf(fp, "The forecast %.2f is at least as good for them as the "
                    "status quo %.2f: it stands.</p>\n",
                y, is->status_quo);
    return z;
}

static const char *scale_label(const ent_issue *is, double v)
{
    const char *best = NULL;
    double bd = INFINITY;
    for (size_t k = 0; k < is->n_points; k++) {
        double d = fabs(is->points[k].value - v);
        if (d < bd) {
            bd = d;
            best = is->points[k].label;
        }
    }
    return best;
}

static int chart(FILE *fp, const ent_issue *is, const ent_bargain_table *t,
                 const ent_bargain_result *r, const char *model, double fc,
                 double fc_rule)
{
    size_t n = t->n_actors, np = r->n_rounds;
    double *y = malloc((n * np + 1) * sizeof *y);
    if (!y)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++)
        for (size_t q = 0; q < np; q++)
            y[i * np + q] = r->rounds[q].position[i];
    ent_report__hline hl[3] = {
        {is->status_quo, "status quo", "#7f7f7f", "2,3"},
        {fc, "forecast", "#111111", "6,3"},
        {fc_rule, "under the rule", "#2e8b57", NULL},
    };
    size_t nhl = fabs(fc_rule - fc) > 1e-9 ? 3 : 2;
    char title[160];
    snprintf(title, sizeof title, "%s: positions by round", model);
    ent_report__svg_lines(fp, "positions", title,
                          (const char *const *)t->names, n, y, np, is->min,
                          is->max > is->min ? is->max : is->min + 1, hl, nhl,
                          is->points, is->n_points, "round");
    free(y);
    return 0;
}

static int one_issue(FILE *fp, const ent_report_input *in,
                     const ent_issue *is, ent_date asof)
{
    int rc = 0;
    ent_bargain_table *t = NULL;
    ent_bargain_result *smp = NULL, *eum = NULL;
    fprintf(fp, "<article class=\"issue\"><h3>");
    ent_report_escape(fp, is->name ? is->name : is->id);
    fprintf(fp, " <code>");
    ent_report_escape(fp, is->id);
    fprintf(fp, "</code></h3>\n");
    if (is->n_positions < 2) {
        ent_report__na(fp, "The forecast",
                       "the issue has positions of fewer than two actors");
        goto done;
    }
    if ((rc = make_table(in->world, is, asof, &t)))
        goto done;
    ent_bargain_options o = {0};
    o.model = ENT_BARGAIN_SMP;
    o.max_rounds = in->bargain_rounds;
    o.seed = in->seed;
    rc = ent_bargain_run(t, &o, &smp);
    if (rc == ENT_EINVALID) {
        ent_report__na(fp, "The forecast", ent_error_last());
        rc = 0;
        goto done;
    } else if (rc) {
        goto done;
    }
    o.model = ENT_BARGAIN_EUM;
    rc = ent_bargain_run(t, &o, &eum);
    if (rc == ENT_EINVALID) {
        rc = 0;
        eum = NULL;
    } else if (rc) {
        goto done;
    }
    double f_smp = smp->outcome[0];
    fprintf(fp, "<p>Forecast (Spatial Model of Politics, %zu rounds): "
                "<strong>%.2f</strong>",
            smp->n_rounds - 1, f_smp);
    const char *lab = scale_label(is, f_smp);
    if (lab) {
        fprintf(fp, " (nearest point: ");
        ent_report_escape(fp, lab);
        fprintf(fp, ")");
    }
    if (eum)
        fprintf(fp, "; expected-utility model (%zu rounds): <strong>%.2f"
                    "</strong>",
                eum->n_rounds - 1, eum->outcome[0]);
    fprintf(fp, "; most probable winner (SMP): ");
    ent_report_escape(fp, t->names[smp->most_probable_actor]);
    fprintf(fp, " (p = %.2f).</p>\n", smp->most_probable_p);
    double f_rule = apply_rule(fp, is, t, f_smp);
    fprintf(fp, "<div class=\"cols\"><div>\n");
    if ((rc = chart(fp, is, t, smp, "Spatial Model of Politics", f_smp,
                    f_rule)))
        goto done;
    fprintf(fp, "</div><div>\n");
    if (eum) {
        double f_eum = eum->outcome[0];
        if ((rc = chart(fp, is, t, eum, "Expected-utility model", f_eum,
                        f_eum)))
            goto done;
    }
    fprintf(fp, "</div></div>\n<table class=\"positions\"><thead><tr><th>"
                "actor</th><th>capability</th><th>salience</th><th>start</th>"
                "<th>end (SMP)</th><th>p(prevail)</th><th>end (EUM)</th></tr>"
                "</thead><tbody>\n");
    const ent_bargain_round *last = &smp->rounds[smp->n_rounds - 1];
    for (size_t i = 0; i < t->n_actors; i++) {
        fprintf(fp, "<tr><td><span style=\"color:%s\">&#9632;</span> ",
                ent_report__color(i));
        ent_report_escape(fp, ent_report__actor_name(in->world, t->names[i]));
        fprintf(fp, "</td><td class=\"n\">%.3g</td><td class=\"n\">%.2f</td>"
                    "<td class=\"n\">%.1f</td><td class=\"n\">%.1f</td>"
                    "<td class=\"n\">",
                t->capability[i], t->salience[i], t->position[i],
                last->position[i]);
        ent_report__num(fp, last->prob ? last->prob[i] : NAN, 3);
        fprintf(fp, "</td><td class=\"n\">");
        ent_report__num(fp,
                        eum ? eum->rounds[eum->n_rounds - 1].position[i] : NAN,
                        1);
        fprintf(fp, "</td></tr>\n");
    }
    fprintf(fp, "</tbody></table>\n");
    if (is->source) {
        fprintf(fp, "<p class=\"muted\">Positions: ");
        ent_report_escape(fp, is->source);
        fprintf(fp, "</p>\n");
    }
done:
    if (!rc)
        fprintf(fp, "</article>\n");
    ent_bargain_result_free(smp);
    ent_bargain_result_free(eum);
    ent_bargain_table_free(t);
    return rc;
}

int ent_report__negotiation(FILE *fp, const ent_report_input *in,
                            ent_date asof)
{
    int rc = 0;
    ent_list issues = {0};
    fprintf(fp, "<section id=\"negotiation\"><h2>Negotiation</h2>\n");
    if ((rc = ent_world_issues(in->world, &issues)))
        goto done;
    if (issues.n == 0)
        ent_report__na(fp, "The negotiation", "the scenario has no issues");
    for (size_t k = 0; k < issues.n && !rc; k++)
        rc = one_issue(fp, in, issues.items[k], asof);
done:
    if (!rc)
        fprintf(fp, "</section>\n");
    ent_list_free(&issues);
    return rc;
}
