/*
 * cmd_calibrate.c - `entente calibrate`: fit the cascade model by maximum
 * likelihood on the historical datasets and write the parameter file that
 * `entente simulate` loads by default.
 */
#include "cascade_common.h"
#include "cli.h"

#include <entente/fit.h>

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *fp)
{
    fprintf(fp,
        "usage: entente calibrate [--data DIR] [--out FILE] [--quiet]\n\n"
        "Fit the cascade model (docs/model-cascade.md) by maximum likelihood on\n"
        "every COW inter-state war, with the worlds on their dates built from\n"
        "the historical datasets in DIR (default ../shared/data/history, or\n"
        "$ENTENTE_HISTORY). Writes the parameter file (default\n"
        "data/params/cascade.json) and prints each coefficient with its\n"
        "standard error.\n");
}

int cmd_calibrate(int argc, char **argv)
{
    const char *data = NULL, *outp = NULL;
    bool quiet = false;
    char hbuf[4096], pbuf[4096];
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            help(stdout);
            return ENT_EXIT_OK;
        } else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            data = argv[++i];
        } else if (!strcmp(argv[i], "--out") && i + 1 < argc) {
            outp = argv[++i];
        } else if (!strcmp(argv[i], "--quiet") || !strcmp(argv[i], "-q")) {
            quiet = true;
        } else {
            return cli_usage("calibrate", "unexpected argument '%s'", argv[i]);
        }
    }
    const char *dir = cli_history_dir(data, hbuf, sizeof hbuf);
    if (!outp)
        outp = cli_params_path(pbuf, sizeof pbuf);
    ent_hist *h = NULL;
    ent_hist_case *wars = NULL;
    size_t nw = 0;
    int rc = ent_hist_new(&h);
    if (!rc)
        rc = ent_hist_load(h, dir);
    if (!rc)
        rc = ent_hist_war_cases(&wars, &nw, h);
    ent_cascade_params p;
    ent_fit_stats st;
    ent_fit_crisis_stats cst;
    if (!rc)
        rc = ent_fit_calibrate(&p, &st, h, wars, nw, nw);
    if (!rc)
        rc = ent_fit_crisis(&p, &cst, h);
    if (rc) {
        int e = cli_fail("calibrate", rc);
        free(wars);
        ent_hist_free(h);
        return e;
    }
    snprintf(p.data_versions, sizeof p.data_versions,
             "ATOP v4.01 member level; COW NMC v7.0; COW State System 2016; "
             "COW Inter-State War v4.0; COW Direct Contiguity v3.2; COW "
             "capitals (peacesciencer); COW major powers 2016; MID 5.0 "
             "participants; ICB v13; Berkemeier & Fuhrmann 2018; nuclear "
             "states (Bleek 2017)");
    json_t *extra = json_object();
    json_t *fs = json_object();
    json_object_set_new(fs, "method", json_string(
        "penalised maximum likelihood, N(0,10^2) prior, Newton steps; SE from "
        "the inverse negative Hessian"));
    json_object_set_new(fs, "iterations", json_integer(st.iterations));
    json_object_set_new(fs, "converged", json_boolean(st.converged));
    json_object_set_new(fs, "n_obs", json_integer((json_int_t)st.n_obs));
    json_object_set_new(fs, "n_cases", json_integer((json_int_t)st.n_cases));
    json_object_set_new(fs, "n_joined_attacker_side",
                        json_integer((json_int_t)st.n_joined_a));
    json_object_set_new(fs, "n_joined_target_side",
                        json_integer((json_int_t)st.n_joined_t));
    json_object_set_new(fs, "loglik", json_real(st.loglik));
    json_object_set_new(fs, "loglik_null", json_real(st.loglik_null));
    json_object_set_new(fs, "mcfadden_r2",
                        json_real(1 - st.loglik / st.loglik_null));
    json_object_set_new(fs, "n_bf_defence_cases_pre1945",
                        json_integer((json_int_t)st.n_bf_pre));
    json_object_set_new(fs, "n_bf_defence_cases_post1945",
                        json_integer((json_int_t)st.n_bf_post));
    json_object_set_new(fs, "n_icb_crises", json_integer((json_int_t)st.n_icb));
    json_object_set_new(fs, "n_wars_nuclear_on_weaker_side",
                        json_integer((json_int_t)st.n_nuc_wars));
    json_object_set_new(extra, "fit", fs);
    json_t *cf = json_object();
    json_object_set_new(cf, "method", json_string(
        "ordered logit on MID 5.0 disputes (highest hostility 1-3 / 4 / 5), "
        "N(0,10^2) prior on the shifts; cut points set so that the ICB "
        "crisis levels hold at the MID mean of the features"));
    json_object_set_new(cf, "n_disputes", json_integer((json_int_t)cst.n_disputes));
    json_object_set_new(cf, "n_no_force", json_integer((json_int_t)cst.n_level[0]));
    json_object_set_new(cf, "n_use_of_force", json_integer((json_int_t)cst.n_level[1]));
    json_object_set_new(cf, "n_war", json_integer((json_int_t)cst.n_level[2]));
    json_object_set_new(cf, "loglik", json_real(cst.loglik));
    json_object_set_new(cf, "loglik_null", json_real(cst.loglik_null));
    json_object_set_new(cf, "iterations", json_integer(cst.iterations));
    json_object_set_new(cf, "converged", json_boolean(cst.converged));
    json_object_set_new(extra, "crisis_fit", cf);
    json_t *files = json_array();
    for (int d = 0; d < ENT_HIST_COUNT; d++)
        json_array_append_new(files,
                              json_string(ent_hist_file((ent_hist_dataset)d)));
    json_object_set_new(extra, "data_files", files);
    rc = ent_cascade_params_save(&p, outp, extra);
    json_decref(extra);
    if (rc) {
        int e = cli_fail("calibrate", rc);
        free(wars);
        ent_hist_free(h);
        return e;
    }
    if (!quiet) {
        printf("calibrated on %zu COW wars, %zu state decisions (%zu joined the "
               "attacker, %zu the target)\n",
               st.n_cases, st.n_obs, st.n_joined_a, st.n_joined_t);
        printf("log-likelihood %.3f (null %.3f), McFadden R2 %.3f, %s after "
               "%d iterations\n\n",
               st.loglik, st.loglik_null, 1 - st.loglik / st.loglik_null,
               st.converged ? "converged" : "NOT converged", st.iterations);
        printf("%-26s %10s %10s %8s\n", "coefficient", "value", "se", "z");
        for (int k = 0; k < ENT_CASCADE_NFEAT; k++)
            printf("%-26s %10.4f %10.4f %8.2f\n", ent_cascade_feature_name(k),
                   p.beta[k], p.se[k], p.se[k] > 0 ? p.beta[k] / p.se[k] : 0);
        printf("\ncrisis level (ordered logit on %zu MIDs: %zu no force, %zu "
               "force, %zu war; log-likelihood %.3f, null %.3f):\n",
               cst.n_disputes, cst.n_level[0], cst.n_level[1], cst.n_level[2],
               cst.loglik, cst.loglik_null);
        printf("%-26s %10s %10s %8s %10s\n", "shift", "value", "se", "z",
               "MID mean");
        for (int k = 0; k < ENT_CRISIS_NFEAT; k++)
            printf("%-26s %10.4f %10.4f %8.2f %10.4f\n",
                   ent_cascade_crisis_feature_name(k), p.crisis_gamma[k],
                   p.crisis_se[k],
                   p.crisis_se[k] > 0 ? p.crisis_gamma[k] / p.crisis_se[k] : 0,
                   p.crisis_mean[k]);
        printf("\nreliability of defence obligations: %.3f before 1945 (%zu "
               "cases), %.3f after (%zu cases)\n",
               p.rho_pre1945, st.n_bf_pre, p.rho_post1945, st.n_bf_post);
        printf("crisis levels (ICB, %zu crises): no force %.3f, limited "
               "force %.3f, war %.3f\n",
               st.n_icb, p.p_level[0], p.p_level[1], p.p_level[2]);
        printf("limited nuclear use %.4f (0 uses in %zu wars), strategic "
               "after limited %.2f (no data: prior mean)\n",
               p.p_nuc_limited, st.n_nuc_wars, p.p_nuc_strategic);
        printf("wrote %s\n", outp);
    }
    free(wars);
    ent_hist_free(h);
    return ENT_EXIT_OK;
}
