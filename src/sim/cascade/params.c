/*
 * params.c - the cascade parameter file: JSON with every coefficient by
 * name, its standard error, the cited or fitted auxiliary rates, the data
 * versions and the fit statistics. The simulator records the file's path
 * and an FNV-1a 64-bit hash of its bytes with every result.
 */
#include "core/readfile.h"
#include <entente/cascade.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t fnv1a(const unsigned char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static double num(json_t *o, const char *key, double dflt)
{
    json_t *v = json_object_get(o, key);
    return json_is_number(v) ? json_number_value(v) : dflt;
}

int ent_cascade_params_parse(ent_cascade_params *p, const char *buf,
                             size_t len, const char *path)
{
    int rc = 0;
    json_t *root = NULL;
    json_error_t err;
    root = json_loadb(buf, len, 0, &err);
    if (!root || !json_is_object(root)) {
        rc = ent_error_set(ENT_EINVALID, "%s:%d:%d: %s", path, err.line,
                           err.column, root ? "not a JSON object" : err.text);
        goto done;
    }
    ent_cascade_params_default(p);
    json_t *coef = json_object_get(root, "coefficients");
    if (!json_is_object(coef)) {
        rc = ent_error_set(ENT_EINVALID, "%s: no 'coefficients' object", path);
        goto done;
    }
    for (int k = 0; k < ENT_CASCADE_NFEAT; k++) {
        json_t *c = json_object_get(coef, ent_cascade_feature_name(k));
        if (!json_is_object(c)) {
            rc = ent_error_set(ENT_EINVALID, "%s: coefficient '%s' missing",
                               path, ent_cascade_feature_name(k));
            goto done;
        }
        p->beta[k] = num(c, "value", 0);
        p->se[k] = num(c, "se", 0);
    }
    json_t *rel = json_object_get(root, "reliability");
    p->rho_pre1945 = num(rel, "pre1945", p->rho_pre1945);
    p->rho_post1945 = num(rel, "post1945", p->rho_post1945);
    json_t *lev = json_object_get(root, "crisis_levels");
    p->p_level[0] = num(lev, "no_force", p->p_level[0]);
    p->p_level[1] = num(lev, "limited_force", p->p_level[1]);
    p->p_level[2] = num(lev, "war", p->p_level[2]);
    json_t *cr = json_object_get(root, "crisis_model");
    if (json_is_object(cr)) {
        json_t *cc = json_object_get(cr, "coefficients");
        p->crisis_fitted = json_is_object(cc);
        for (int k = 0; p->crisis_fitted && k < ENT_CRISIS_NFEAT; k++) {
            json_t *c = json_object_get(cc, ent_cascade_crisis_feature_name(k));
            if (!json_is_object(c)) {
                rc = ent_error_set(ENT_EINVALID, "%s: crisis coefficient '%s' "
                                                 "missing",
                                   path, ent_cascade_crisis_feature_name(k));
                goto done;
            }
            p->crisis_gamma[k] = num(c, "value", 0);
            p->crisis_se[k] = num(c, "se", 0);
            p->crisis_mean[k] = num(c, "mid_mean", 0);
        }
    }
    json_t *nuc = json_object_get(root, "nuclear");
    p->p_nuc_limited = num(nuc, "limited_use", p->p_nuc_limited);
    p->p_nuc_strategic = num(nuc, "strategic_after_limited",
                             p->p_nuc_strategic);
    json_t *fit = json_object_get(root, "fit");
    p->loglik = num(fit, "loglik", 0);
    p->loglik_null = num(fit, "loglik_null", 0);
    double no = num(fit, "n_obs", 0), nc = num(fit, "n_cases", 0);
    p->n_obs = no >= 0 && no < 1e15 ? (size_t)no : 0;
    p->n_cases = nc >= 0 && nc < 1e15 ? (size_t)nc : 0;
    json_t *dv = json_object_get(root, "data_versions");
    if (json_is_string(dv))
        snprintf(p->data_versions, sizeof p->data_versions, "%s",
                 json_string_value(dv));
    double s = p->p_level[0] + p->p_level[1] + p->p_level[2];
    if (!(s > 0.999 && s < 1.001) || p->rho_pre1945 < 0 ||
        p->rho_pre1945 > 1 || p->rho_post1945 < 0 || p->rho_post1945 > 1 ||
        p->p_nuc_limited < 0 || p->p_nuc_limited > 1 ||
        p->p_nuc_strategic < 0 || p->p_nuc_strategic > 1) {
        rc = ent_error_set(ENT_EINVALID, "%s: probabilities out of range",
                           path);
        goto done;
    }
    snprintf(p->source, sizeof p->source, "%s", path);
    snprintf(p->hash, sizeof p->hash, "%016llx",
             (unsigned long long)fnv1a((const unsigned char *)buf, len));
done:
    json_decref(root);
    return rc;
}

int ent_cascade_params_load(ent_cascade_params *p, const char *path)
{
    char *buf;
    size_t len;
    int rc = ent_core__read_file(path, (size_t)16 << 20, &buf, &len);
    if (rc == 0)
        rc = ent_cascade_params_parse(p, buf, len, path);
    free(buf);
    return rc;
}

static json_t *pair(double v, double se)
{
    json_t *o = json_object();
    json_object_set_new(o, "value", json_real(v));
    json_object_set_new(o, "se", json_real(se));
    return o;
}

int ent_cascade_params_save(const ent_cascade_params *p, const char *path,
                            const void *extra)
{
    json_t *root = json_object();
    json_object_set_new(root, "model", json_string("entente cascade 1"));
    json_object_set_new(root, "doc", json_string("docs/model-cascade.md"));
    json_t *coef = json_object();
    for (int k = 0; k < ENT_CASCADE_NFEAT; k++)
        json_object_set_new(coef, ent_cascade_feature_name(k),
                            pair(p->beta[k], p->se[k]));
    json_object_set_new(root, "coefficients", coef);
    json_t *rel = json_object();
    json_object_set_new(rel, "pre1945", json_real(p->rho_pre1945));
    json_object_set_new(rel, "post1945", json_real(p->rho_post1945));
    json_object_set_new(root, "reliability", rel);
    json_t *lev = json_object();
    json_object_set_new(lev, "no_force", json_real(p->p_level[0]));
    json_object_set_new(lev, "limited_force", json_real(p->p_level[1]));
    json_object_set_new(lev, "war", json_real(p->p_level[2]));
    json_object_set_new(root, "crisis_levels", lev);
    if (p->crisis_fitted) {
        json_t *cr = json_object(), *cc = json_object();
        for (int k = 0; k < ENT_CRISIS_NFEAT; k++) {
            json_t *c = pair(p->crisis_gamma[k], p->crisis_se[k]);
            json_object_set_new(c, "mid_mean", json_real(p->crisis_mean[k]));
            json_object_set_new(cc, ent_cascade_crisis_feature_name(k), c);
        }
        json_object_set_new(cr, "coefficients", cc);
        json_object_set_new(root, "crisis_model", cr);
    }
    json_t *nuc = json_object();
    json_object_set_new(nuc, "limited_use", json_real(p->p_nuc_limited));
    json_object_set_new(nuc, "strategic_after_limited",
                        json_real(p->p_nuc_strategic));
    json_object_set_new(root, "nuclear", nuc);
    json_t *fit = json_object();
    json_object_set_new(fit, "loglik", json_real(p->loglik));
    json_object_set_new(fit, "loglik_null", json_real(p->loglik_null));
    json_object_set_new(fit, "n_obs", json_integer((json_int_t)p->n_obs));
    json_object_set_new(fit, "n_cases", json_integer((json_int_t)p->n_cases));
    json_object_set_new(root, "fit", fit);
    json_object_set_new(root, "data_versions", json_string(p->data_versions));
    if (extra && json_is_object((json_t *)extra))
        json_object_update(root, (json_t *)extra);
    int rc = json_dump_file(root, path,
                            JSON_INDENT(2) | JSON_REAL_PRECISION(10) |
                                JSON_PRESERVE_ORDER);
    json_decref(root);
    return rc == 0 ? 0 : ent_error_set(ENT_EIO, "%s: cannot write", path);
}
