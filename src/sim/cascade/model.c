/*
 * model.c - the cascade model's equations shared by the simulator and the
 * calibration: the dense world, the feature vector of a join decision, the
 * multinomial logit, the reliability of obligations, the counter-based
 * random numbers and the names of features and escalation rungs.
 * docs/model-cascade.md gives the equations with their sources.
 */
#include <entente/cascade.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

int ent_cascade_world_new(ent_cascade_world **out, size_t n)
{
    ent_cascade_world *w = calloc(1, sizeof *w);
    *out = NULL;
    if (!w || n == 0 || n > 4096) {
        free(w);
        return n == 0 || n > 4096
                   ? ent_error_set(ENT_EINVALID, "world of %zu states", n)
                   : ent_error_set(ENT_ENOMEM, "out of memory");
    }
    size_t nn = n * n;
    w->n = n;
    w->code = calloc(n, sizeof *w->code);
    w->ccode = calloc(n, sizeof *w->ccode);
    w->milex = calloc(n, sizeof *w->milex);
    w->nuclear = calloc(n, 1);
    w->major = calloc(n, 1);
    w->defend = calloc(nn, sizeof *w->defend);
    w->offend = calloc(nn, sizeof *w->offend);
    w->tie = calloc(nn, 1);
    w->contig = calloc(nn, 1);
    w->dist_km = calloc(nn, sizeof *w->dist_km);
    w->rival = calloc(nn, 1);
    w->tripwire = calloc(nn, 1);
    w->fixed = malloc(n);
    if (w->fixed)
        memset(w->fixed, -1, n);
    if (!w->fixed || !w->code || !w->ccode || !w->milex || !w->nuclear || !w->major ||
        !w->defend || !w->offend || !w->tie || !w->contig || !w->dist_km ||
        !w->rival || !w->tripwire) {
        ent_cascade_world_free(w);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    *out = w;
    return 0;
}

void ent_cascade_world_free(ent_cascade_world *w)
{
    if (!w)
        return;
    free(w->code);
    free(w->ccode);
    free(w->milex);
    free(w->nuclear);
    free(w->major);
    free(w->defend);
    free(w->offend);
    free(w->tie);
    free(w->contig);
    free(w->dist_km);
    free(w->rival);
    free(w->tripwire);
    free(w->fixed);
    free(w);
}

int ent_cascade_world_find(const ent_cascade_world *w, const char *code)
{
    for (size_t i = 0; i < w->n; i++)
        if (strcmp(w->code[i], code) == 0)
            return (int)i;
    return -1;
}

static const char *const feature_names[ENT_CASCADE_NFEAT] = {
    "const_attacker_side", "const_target_side", "oblig_principal",
    "oblig_joiner",        "tie_principal",     "tie_opponent",
    "contig_principal",    "contig_opponent",   "log_distance",
    "major_power",         "log_size",          "log_balance",
    "opponent_nuclear",    "opponent_ext_deterrence",
    "rival_principal",     "rival_opponent",    "tripwire"};

const char *ent_cascade_feature_name(int f)
{
    return f >= 0 && f < ENT_CASCADE_NFEAT ? feature_names[f] : "";
}

static const char *const crisis_names[ENT_CRISIS_NFEAT] = {
    "log_balance", "target_nuclear", "attacker_nuclear",
    "target_ext_deterrence", "target_major_defender", "contiguous"};

const char *ent_cascade_crisis_feature_name(int f)
{
    return f >= 0 && f < ENT_CRISIS_NFEAT ? crisis_names[f] : "";
}

void ent_cascade_crisis_features(const ent_cascade_world *w, size_t attacker,
                                 size_t target, double x[ENT_CRISIS_NFEAT])
{
    size_t n = w->n;
    double mx = 0;
    for (size_t k = 0; k < n; k++)
        if (w->milex[k] > mx)
            mx = w->milex[k];
    double fl = mx > 0 ? mx * 1e-4 : 1;
    double ma = w->milex[attacker] > fl ? w->milex[attacker] : fl;
    double mt = w->milex[target] > fl ? w->milex[target] : fl;
    x[ENT_CRISIS_BALANCE] = log(ma / mt);
    x[ENT_CRISIS_TARGET_NUC] = w->nuclear[target] ? 1 : 0;
    x[ENT_CRISIS_ATTACKER_NUC] = w->nuclear[attacker] ? 1 : 0;
    double ext = 0, maj = 0;
    for (size_t k = 0; k < n; k++) {
        if (k == attacker || k == target || w->defend[k * n + target] <= 0)
            continue;
        if (w->nuclear[k])
            ext = 1;
        if (w->major[k])
            maj = 1;
    }
    x[ENT_CRISIS_TARGET_EXTDET] = ext;
    x[ENT_CRISIS_TARGET_MAJOR] = maj;
    x[ENT_CRISIS_CONTIG] = w->contig[attacker * n + target] ? 1 : 0;
}

static double logit(double p)
{
    if (p < 1e-12)
        p = 1e-12;
    if (p > 1 - 1e-12)
        p = 1 - 1e-12;
    return log(p / (1 - p));
}

void ent_cascade_crisis_levels(const ent_cascade_world *w,
                               const ent_cascade_params *p, size_t attacker,
                               size_t target, double out[3])
{
    if (!p->crisis_fitted) {
        out[0] = p->p_level[0];
        out[1] = p->p_level[1];
        out[2] = p->p_level[2];
        return;
    }
    double x[ENT_CRISIS_NFEAT], s = 0;
    ent_cascade_crisis_features(w, attacker, target, x);
    for (int k = 0; k < ENT_CRISIS_NFEAT; k++)
        s += p->crisis_gamma[k] * (x[k] - p->crisis_mean[k]);
    /* cut points from the ICB levels at the mean: P(L >= 1), P(L >= 2) */
    double k1 = logit(p->p_level[1] + p->p_level[2]), k2 = logit(p->p_level[2]);
    double g1 = 1 / (1 + exp(-(k1 + s))), g2 = 1 / (1 + exp(-(k2 + s)));
    out[0] = 1 - g1;
    out[1] = g1 - g2;
    out[2] = g2;
}

static const char *const level_names[ENT_ESC_LEVELS] = {
    "no use of force",
    "limited use of force",
    "war between the trigger pair",
    "regional war with third states fighting",
    "direct war between nuclear-armed states",
    "limited nuclear use",
    "strategic nuclear exchange"};

const char *ent_cascade_level_name(int level)
{
    return level >= 0 && level < ENT_ESC_LEVELS ? level_names[level] : "";
}

void ent_cascade_params_default(ent_cascade_params *p)
{
    memset(p, 0, sizeof *p);
    p->beta[ENT_CF_CONST_A] = -4.0;
    p->beta[ENT_CF_CONST_T] = -4.0;
    p->rho_pre1945 = 0.5;
    p->rho_post1945 = 0.5;
    /* ICB v13: 123 / (141 + 116) / 101 of 481 crises. */
    p->p_level[0] = 123.0 / 481.0;
    p->p_level[1] = 257.0 / 481.0;
    p->p_level[2] = 101.0 / 481.0;
    p->p_nuc_limited = 0.05;
    p->p_nuc_strategic = 0.5;
    strcpy(p->source, "built-in defaults");
    strcpy(p->hash, "0000000000000000");
}

double ent_cascade_rho(const ent_cascade_params *p, ent_date date)
{
    /* 1945-01-01 is day -9131 since 1970-01-01. */
    return date < -9131 ? p->rho_pre1945 : p->rho_post1945;
}

static double logdist(double km)
{
    return log1p(km / 1000.0);
}

void ent_cascade_features(const ent_cascade_world *w, size_t attacker,
                          size_t target, size_t i, int side,
                          double x[ENT_CASCADE_NFEAT])
{
    size_t n = w->n;
    size_t pr = side == ENT_ROLE_ATTACKER ? attacker : target;
    size_t op = side == ENT_ROLE_ATTACKER ? target : attacker;
    memset(x, 0, ENT_CASCADE_NFEAT * sizeof *x);
    x[side == ENT_ROLE_ATTACKER ? ENT_CF_CONST_A : ENT_CF_CONST_T] = 1;
    x[ENT_CF_TIE_P] = w->tie[i * n + pr] ? 1 : 0;
    x[ENT_CF_TIE_O] = w->tie[i * n + op] ? 1 : 0;
    x[ENT_CF_CONTIG_P] = w->contig[i * n + pr] ? 1 : 0;
    x[ENT_CF_CONTIG_O] = w->contig[i * n + op] ? 1 : 0;
    double da = w->dist_km[i * n + attacker], dt = w->dist_km[i * n + target];
    x[ENT_CF_DIST] = logdist(da < dt ? da : dt);
    x[ENT_CF_MAJOR] = w->major[i] ? 1 : 0;
    double mx = 0;
    for (size_t k = 0; k < n; k++)
        if (w->milex[k] > mx)
            mx = w->milex[k];
    /* Unknown spending counts as 1/10000 of the largest (a micro-state). */
    double floor_ = mx > 0 ? mx * 1e-4 : 1;
    double mi = w->milex[i] > floor_ ? w->milex[i] : floor_;
    double mp = w->milex[pr] > floor_ ? w->milex[pr] : floor_;
    double mo = w->milex[op] > floor_ ? w->milex[op] : floor_;
    x[ENT_CF_SIZE] = mx > 0 ? log(mi / mx) : 0;
    x[ENT_CF_BALANCE] = log(mp / mo);
    x[ENT_CF_NUC_O] = w->nuclear[op] ? 1 : 0;
    double ext = 0;
    for (size_t k = 0; k < n; k++)
        if (k != op && w->nuclear[k] && w->defend[k * n + op] > 0)
            ext = 1;
    x[ENT_CF_EXTDET_O] = w->nuclear[op] ? 0 : ext;
    x[ENT_CF_RIVAL_P] = w->rival[i * n + pr] ? 1 : 0;
    x[ENT_CF_RIVAL_O] = w->rival[i * n + op] ? 1 : 0;
    x[ENT_CF_TRIPWIRE] = w->tripwire[i * n + pr] ? 1 : 0;
}

void ent_cascade_choice(const double beta[ENT_CASCADE_NFEAT],
                        const double xa[ENT_CASCADE_NFEAT],
                        const double xt[ENT_CASCADE_NFEAT], double p[3])
{
    double ea = 0, et = 0;
    for (int k = 0; k < ENT_CASCADE_NFEAT; k++) {
        ea += beta[k] * xa[k];
        et += beta[k] * xt[k];
    }
    double m = ea > et ? ea : et;
    if (m < 0)
        m = 0;
    double e0 = exp(-m), e1 = exp(ea - m), e2 = exp(et - m);
    double s = e0 + e1 + e2;
    p[0] = e0 / s;
    p[1] = e1 / s;
    p[2] = e2 / s;
}

uint64_t ent_cascade_mix64(uint64_t z)
{
    /* SplitMix64 output function (Steele, Lea & Flood 2014; Vigna). */
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

uint32_t ent_cascade_rand32(uint64_t seed, uint64_t trial, uint64_t k)
{
    uint64_t key = ent_cascade_mix64(seed * 0x9e3779b97f4a7c15ULL + trial);
    uint64_t z = ent_cascade_mix64(key + ((k >> 1) + 1) * 0x9e3779b97f4a7c15ULL);
    return (k & 1) ? (uint32_t)(z >> 32) : (uint32_t)z;
}

double ent_cascade_rand(uint64_t seed, uint64_t trial, uint64_t k)
{
    return (double)ent_cascade_rand32(seed, trial, k) * 0x1.0p-32;
}

int ent_cascade_explain_state(ent_cascade_explain *out,
                              const ent_cascade_world *w,
                              const ent_cascade_params *p, size_t attacker,
                              size_t target, size_t i)
{
    if (attacker >= w->n || target >= w->n || i >= w->n ||
        attacker == target)
        return ent_error_set(ENT_EINVALID, "bad state index");
    memset(out, 0, sizeof *out);
    size_t n = w->n;
    double rho = ent_cascade_rho(p, w->date);
    ent_cascade_features(w, attacker, target, i, ENT_ROLE_ATTACKER, out->x[0]);
    ent_cascade_features(w, attacker, target, i, ENT_ROLE_TARGET, out->x[1]);
    out->q_oblig[0] = rho * w->offend[i * n + attacker];
    out->q_oblig[1] = rho * w->defend[i * n + target];
    double pz[2][2][3];
    for (int za = 0; za < 2; za++)
        for (int zt = 0; zt < 2; zt++) {
            out->x[0][ENT_CF_OBLIG_P] = za;
            out->x[1][ENT_CF_OBLIG_P] = zt;
            ent_cascade_choice(p->beta, out->x[0], out->x[1], pz[za][zt]);
        }
    double qa = out->q_oblig[0], qt = out->q_oblig[1];
    for (int k = 0; k < 3; k++) {
        out->p_first[k] = (1 - qa) * (1 - qt) * pz[0][0][k] +
                          qa * (1 - qt) * pz[1][0][k] +
                          (1 - qa) * qt * pz[0][1][k] + qa * qt * pz[1][1][k];
        /* "honoured" means the obligations that exist hold */
        out->p_if_honoured[k] = pz[qa > 0][qt > 0][k];
        out->p_if_not[k] = pz[0][0][k];
    }
    out->x[0][ENT_CF_OBLIG_P] = qa > 0 ? 1 : 0;
    out->x[1][ENT_CF_OBLIG_P] = qt > 0 ? 1 : 0;
    for (int s = 0; s < 2; s++)
        for (int k = 0; k < ENT_CASCADE_NFEAT; k++)
            out->term[s][k] = p->beta[k] * out->x[s][k];
    return 0;
}
