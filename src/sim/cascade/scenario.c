/*
 * scenario.c - compile an ent_world (a scenario overlay on the reference
 * world) into the cascade model's dense world, and apply assumptions given
 * on the command line. How each commitment kind maps onto the model's
 * pairwise terms is documented in docs/model-cascade.md, section 5.
 */
#include <entente/cascade.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int index_of(const ent_cascade_world *cw, const char *code)
{
    return code ? ent_cascade_world_find(cw, code) : -1;
}

/* Expand a NULL-terminated list of codes to state indices of cw. */
static int expand(const ent_world *w, ent_date asof, const char *const *codes,
                  const ent_cascade_world *cw, int *out, size_t max,
                  size_t *n)
{
    *n = 0;
    for (size_t k = 0; codes && codes[k]; k++) {
        ent_list l = {0};
        int rc = ent_world_expand(w, asof, codes[k], &l);
        if (rc) {
            ent_list_free(&l);
            return rc;
        }
        for (size_t i = 0; i < l.n; i++) {
            const ent_actor *a = l.items[i];
            int x = index_of(cw, a->code);
            if (x < 0)
                continue;
            bool dup = false;
            for (size_t j = 0; j < *n; j++)
                dup = dup || out[j] == x;
            if (!dup && *n < max)
                out[(*n)++] = x;
        }
        ent_list_free(&l);
    }
    return 0;
}

static double milex_of(const ent_world *w, const char *code, ent_date asof)
{
    /* the latest record with a known figure, up to 10 years back */
    for (int back = 0; back <= 10; back++) {
        int y, m, d;
        ent_date_to_ymd(asof, &y, &m, &d);
        const ent_capability *c =
            ent_world_capability(w, code, ent_date_from_ymd(y - back, 12, 31));
        if (!c)
            return 0;
        if (c->milex_usd_m >= 0)
            return c->milex_usd_m;
        int cy = c->year;
        back = y - cy; /* skip to the year before that record */
    }
    return 0;
}

static double product_of_conditions(const ent_commitment *c)
{
    for (size_t k = 0; k < c->n_conditions; k++)
        if (c->conditions[k].state == ENT_COND_FAILS)
            return 0;
    return 1;
}

int ent_cascade_compile(ent_cascade_world **out, const ent_world *w,
                        ent_date asof, const ent_cascade_stance *stances,
                        size_t n_stances)
{
    int rc = 0;
    ent_list states = {0}, commits = {0};
    ent_cascade_world *cw = NULL;
    int *pa = NULL, *pb = NULL;
    *out = NULL;
    rc = ent_world_actors(w, asof, ENT_ACTOR_STATE, &states);
    if (rc)
        goto done;
    if (states.n < 2) {
        rc = ent_error_set(ENT_EINVALID, "fewer than two states in the world");
        goto done;
    }
    rc = ent_cascade_world_new(&cw, states.n);
    if (rc)
        goto done;
    size_t n = cw->n;
    cw->date = asof;
    for (size_t i = 0; i < n; i++) {
        const ent_actor *a = states.items[i];
        snprintf(cw->code[i], sizeof cw->code[i], "%s", a->code);
        cw->ccode[i] = a->cow;
        cw->milex[i] = milex_of(w, a->code, asof);
        const ent_capability *c = ent_world_capability(w, a->code, asof);
        cw->nuclear[i] = c && c->warheads > 0;
        for (size_t j = 0; j < n; j++)
            cw->dist_km[i * n + j] = i == j ? 0.0f : 2000.0f;
    }
    double p5min = -1;
    for (size_t i = 0; i < n; i++)
        if (ent_world_is_member(w, asof, cw->code[i], "P5")) {
            cw->major[i] = 1;
            if (p5min < 0 || cw->milex[i] < p5min)
                p5min = cw->milex[i];
        }
    for (size_t i = 0; i < n && p5min > 0; i++)
        if (cw->milex[i] >= p5min)
            cw->major[i] = 1;
    pa = calloc(n, sizeof *pa);
    pb = calloc(n, sizeof *pb);
    if (!pa || !pb) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    rc = ent_world_commitments(w, asof, NULL, &commits);
    if (rc)
        goto done;
    for (size_t k = 0; k < commits.n; k++) {
        const ent_commitment *c = commits.items[k];
        ent_commit_status st = ent_commitment_status_at(c, asof);
        if (st != ENT_STATUS_IN_FORCE)
            continue; /* proposed, declined, rejected ...: no term */
        size_t na, nb;
        rc = expand(w, asof, c->parties, cw, pa, n, &na);
        if (!rc) {
            const char *const *ben = c->beneficiaries;
            if (c->kind == ENT_COMMIT_SANCTIONS || c->kind == ENT_COMMIT_RIVALRY)
                ben = c->against && c->against[0] ? c->against
                                                  : c->beneficiaries;
            rc = expand(w, asof, ben, cw, pb, n, &nb);
        }
        if (rc)
            goto done;
        if (c->mutual) {
            /* every party to every other party (and any beneficiary) */
            for (size_t x = 0; x < na && nb < n; x++) {
                bool dup = false;
                for (size_t y = 0; y < nb; y++)
                    dup = dup || pb[y] == pa[x];
                if (!dup)
                    pb[nb++] = pa[x];
            }
        }
        if ((c->kind == ENT_COMMIT_RIVALRY || c->kind == ENT_COMMIT_SANCTIONS) &&
            c->mutual) {
            /* rivals are the listed parties of each other, not members of
             * the same listed group: RUS vs NATO, not NATO vs NATO */
            for (size_t k1 = 0; c->parties && c->parties[k1]; k1++)
                for (size_t k2 = k1 + 1; c->parties[k2]; k2++) {
                    const char *l1[] = {c->parties[k1], NULL};
                    const char *l2[] = {c->parties[k2], NULL};
                    rc = expand(w, asof, l1, cw, pa, n, &na);
                    if (!rc)
                        rc = expand(w, asof, l2, cw, pb, n, &nb);
                    if (rc)
                        goto done;
                    for (size_t x = 0; x < na; x++)
                        for (size_t y = 0; y < nb; y++)
                            if (pa[x] != pb[y])
                                cw->rival[(size_t)pa[x] * n + (size_t)pb[y]] =
                                    cw->rival[(size_t)pb[y] * n +
                                              (size_t)pa[x]] = 1;
                }
            continue;
        }
        double app = product_of_conditions(c);
        for (size_t x = 0; x < na; x++)
            for (size_t y = 0; y < nb; y++) {
                size_t i = (size_t)pa[x], j = (size_t)pb[y];
                if (i == j)
                    continue;
                size_t ij = i * n + j, ji = j * n + i;
                switch (c->kind) {
                case ENT_COMMIT_COLLECTIVE_DEFENCE:
                case ENT_COMMIT_DEFENCE_PACT:
                case ENT_COMMIT_SECURITY_GUARANTEE:
                    if ((float)app > cw->defend[ij])
                        cw->defend[ij] = (float)app;
                    cw->tie[ij] = cw->tie[ji] = 1;
                    break;
                case ENT_COMMIT_TROOPS_STATIONED:
                case ENT_COMMIT_BASING:
                    cw->tripwire[ij] = 1;
                    cw->tie[ij] = cw->tie[ji] = 1;
                    break;
                case ENT_COMMIT_SANCTIONS:
                case ENT_COMMIT_RIVALRY:
                    cw->rival[ij] = cw->rival[ji] = 1;
                    break;
                default: /* assurance, neutrality, non-aggression,
                            consultation, arms supply, political support */
                    cw->tie[ij] = cw->tie[ji] = 1;
                    break;
                }
            }
    }
    for (size_t s = 0; s < n_stances; s++) {
        int i = index_of(cw, stances[s].code);
        if (i < 0) {
            rc = ent_error_set(ENT_ENOTFOUND, "stance: no state '%s' on the "
                                              "date",
                               stances[s].code);
            goto done;
        }
        cw->fixed[i] = (int8_t)stances[s].role;
    }
    *out = cw;
    cw = NULL;
done:
    ent_list_free(&states);
    ent_list_free(&commits);
    free(pa);
    free(pb);
    ent_cascade_world_free(cw);
    return rc;
}

int ent_cascade_assume(ent_world *w, const char *expr,
                       ent_cascade_stance *stances, size_t *n_stances,
                       size_t max)
{
    char buf[256];
    if (!expr || !expr[0] || strlen(expr) >= sizeof buf)
        return ent_error_set(ENT_EINVALID, "empty or too long assumption");
    snprintf(buf, sizeof buf, "%s", expr);
    char *colon = strchr(buf, ':'), *eq = strchr(buf, '=');
    if (colon && !eq) {
        *colon = '\0';
        const char *r = colon + 1;
        int role = !strcmp(r, "out")        ? ENT_ROLE_OUT
                   : !strcmp(r, "attacker") ? ENT_ROLE_ATTACKER
                   : !strcmp(r, "target")   ? ENT_ROLE_TARGET
                                            : -1;
        if (role < 0)
            return ent_error_set(ENT_EINVALID, "'%s': the role must be out, "
                                               "attacker or target",
                                 expr);
        const ent_actor *a = ent_world_actor(w, buf);
        if (!a || a->kind != ENT_ACTOR_STATE)
            return ent_error_set(ENT_ENOTFOUND, "'%s': no state '%s'", expr,
                                 buf);
        if (*n_stances >= max)
            return ent_error_set(ENT_ELIMIT, "too many stances");
        size_t len = strlen(buf);
        if (len >= sizeof stances[0].code)
            return ent_error_set(ENT_EINVALID, "'%s': code too long", expr);
        memcpy(stances[*n_stances].code, buf, len + 1);
        stances[*n_stances].role = role;
        (*n_stances)++;
        return 0;
    }
    if (buf[0] == '-') {
        if (!ent_world_commitment(w, buf + 1))
            return ent_error_set(ENT_ENOTFOUND, "'%s': no commitment '%s'",
                                 expr, buf + 1);
        return ent_world_remove_commitment(w, buf + 1);
    }
    if (eq) {
        *eq = '\0';
        const char *val = eq + 1;
        char *dot = strchr(buf, '.');
        if (dot) {
            /* commitment ids may hold dots: split at the last one */
            dot = strrchr(buf, '.');
            *dot = '\0';
            ent_cond_state cs = !strcmp(val, "holds")     ? ENT_COND_HOLDS
                                : !strcmp(val, "fails")   ? ENT_COND_FAILS
                                : !strcmp(val, "unknown") ? ENT_COND_UNKNOWN
                                                          : (ent_cond_state)-1;
            if ((int)cs < 0)
                return ent_error_set(ENT_EINVALID, "'%s': a condition holds, "
                                                   "fails or is unknown",
                                     expr);
            int rc = ent_world_set_condition(w, buf, dot + 1, cs);
            if (rc)
                return ent_error_set(rc, "'%s': no commitment '%s' with "
                                         "condition '%s'",
                                     expr, buf, dot + 1);
            return 0;
        }
        int st = ent_commit_status_parse(val);
        if (st < 0)
            return ent_error_set(ENT_EINVALID, "'%s': unknown status '%s'",
                                 expr, val);
        int rc = ent_world_set_commitment_status(w, buf,
                                                 (ent_commit_status)st);
        if (rc)
            return ent_error_set(rc, "'%s': no commitment '%s'", expr, buf);
        return 0;
    }
    const ent_assumption *a = ent_world_assumption(w, buf);
    if (!a)
        return ent_error_set(ENT_ENOTFOUND,
                             "no assumption '%s' in the scenario (and not "
                             "an expression: CODE:role, ID=status, "
                             "ID.COND=state, -ID)",
                             expr);
    return ent_world_apply_assumption(w, a);
}
