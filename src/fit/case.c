/*
 * case.c - historical worlds and outcomes: the dense cascade world of the
 * international system on a date, assembled from the datasets in ent_hist
 * (never from hand-typed lists), what happened in a crisis (who fought on
 * which side), every COW inter-state war as a case, and the case list file
 * used by backtests.
 */
#include <entente/fit.h>

#include "csv.h"
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAXCC = 1000 }; /* COW codes are 2..990 */

static int year_of(ent_date d)
{
    int y, m, dd;
    ent_date_to_ymd(d, &y, &m, &dd);
    return y;
}

static bool in_spell(const ent_hist_spell *s, size_t n, int cc, ent_date d)
{
    for (size_t i = 0; i < n; i++)
        if (s[i].ccode == cc && ent_date_within(d, s[i].from, s[i].until))
            return true;
    return false;
}

static double haversine_km(double la1, double lo1, double la2, double lo2)
{
    const double r = 6371.0088, k = 3.14159265358979323846 / 180.0;
    double dla = (la2 - la1) * k, dlo = (lo2 - lo1) * k;
    double a = sin(dla / 2) * sin(dla / 2) +
               cos(la1 * k) * cos(la2 * k) * sin(dlo / 2) * sin(dlo / 2);
    return 2 * r * asin(sqrt(a < 1 ? a : 1));
}

static int cmp_mid(const void *x, const void *y)
{
    const ent_hist_mid *a = *(const ent_hist_mid *const *)x;
    const ent_hist_mid *b = *(const ent_hist_mid *const *)y;
    return (a->dispnum > b->dispnum) - (a->dispnum < b->dispnum);
}

static int cmp_atop(const void *x, const void *y)
{
    const ent_hist_atop *a = *(const ent_hist_atop *const *)x;
    const ent_hist_atop *b = *(const ent_hist_atop *const *)y;
    return (a->atopid > b->atopid) - (a->atopid < b->atopid);
}

int ent_hist_world(ent_cascade_world **out, const ent_hist *h, ent_date date)
{
    return ent_fit__hist_world(out, h, date, false);
}

int ent_fit__hist_world(ent_cascade_world **out, const ent_hist *h,
                        ent_date date, bool light)
{
    int rc = 0;
    int *idx = NULL;
    const ent_hist_mid **mids = NULL;
    const ent_hist_atop **al = NULL;
    double *lat = NULL, *lng = NULL;
    ent_cascade_world *w = NULL;
    *out = NULL;
    idx = malloc(MAXCC * sizeof *idx);
    if (!idx)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (int c = 0; c < MAXCC; c++)
        idx[c] = -1;
    size_t n = 0;
    for (size_t s = 0; s < h->n_states; s++) {
        const ent_hist_state *st = &h->states[s];
        if (st->ccode < MAXCC && ent_date_within(date, st->from, st->until) &&
            idx[st->ccode] < 0)
            idx[st->ccode] = (int)n++;
    }
    if (n < 2) {
        char b[16];
        rc = ent_error_set(ENT_EINVALID, "no state system on %s",
                           ent_date_format(date, b));
        goto done;
    }
    rc = ent_cascade_world_new(&w, n);
    if (rc)
        goto done;
    w->date = date;
    /* states in COW-code order */
    n = 0;
    for (int c = 0; c < MAXCC; c++)
        if (idx[c] >= 0)
            idx[c] = (int)n++;
    for (size_t s = 0; s < h->n_states; s++) {
        const ent_hist_state *st = &h->states[s];
        if (st->ccode < MAXCC && idx[st->ccode] >= 0 &&
            ent_date_within(date, st->from, st->until)) {
            size_t i = (size_t)idx[st->ccode];
            w->ccode[i] = st->ccode;
            snprintf(w->code[i], sizeof w->code[i], "%s", st->abb);
        }
    }
    /* NMC spending: the latest year <= the date's year (at most 5 back). */
    int y = year_of(date);
    int *best = calloc(n, sizeof *best);
    if (!best) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t r = 0; r < h->n_nmc; r++) {
        const ent_hist_nmc *x = &h->nmc[r];
        if (x->ccode >= MAXCC || idx[x->ccode] < 0 || x->year > y ||
            x->year < y - 5 || x->milex < 0)
            continue;
        size_t i = (size_t)idx[x->ccode];
        if (x->year >= best[i]) {
            best[i] = x->year;
            w->milex[i] = x->milex;
        }
    }
    free(best);
    for (size_t i = 0; i < n; i++) {
        w->nuclear[i] = in_spell(h->nuclear, h->n_nuclear, w->ccode[i], date);
        w->major[i] = in_spell(h->majors, h->n_majors, w->ccode[i], date);
    }
    /* ATOP: members of the same alliance in effect on the date. */
    al = malloc((h->n_atop + 1) * sizeof *al);
    if (!al) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    size_t na = 0;
    for (size_t r = 0; r < h->n_atop; r++) {
        const ent_hist_atop *a = &h->atop[r];
        if (a->ccode < MAXCC && idx[a->ccode] >= 0 &&
            ent_date_within(date, a->from, a->until))
            al[na++] = a;
    }
    qsort(al, na, sizeof *al, cmp_atop);
    for (size_t s = 0; s < na;) {
        size_t e = s;
        while (e < na && al[e]->atopid == al[s]->atopid)
            e++;
        for (size_t p = s; p < e; p++)
            for (size_t q = s; q < e; q++) {
                size_t i = (size_t)idx[al[p]->ccode];
                size_t j = (size_t)idx[al[q]->ccode];
                if (i == j)
                    continue;
                w->tie[i * n + j] = 1;
                if (al[p]->defense)
                    w->defend[i * n + j] = 1;
                if (al[p]->offense)
                    w->offend[i * n + j] = 1;
                if (al[p]->base || al[q]->base)
                    w->tripwire[i * n + j] = 1;
            }
        s = e;
    }
    /* Direct contiguity: land, or up to 24 miles of water (types 1-3). */
    for (size_t r = 0; r < h->n_contig; r++) {
        const ent_hist_contig *c = &h->contig[r];
        if (c->type < 1 || c->type > 3 || c->c1 >= MAXCC || c->c2 >= MAXCC ||
            idx[c->c1] < 0 || idx[c->c2] < 0 ||
            !ent_date_within(date, c->from, c->until))
            continue;
        size_t i = (size_t)idx[c->c1], j = (size_t)idx[c->c2];
        w->contig[i * n + j] = w->contig[j * n + i] = 1;
    }
    if (light) {
        *out = w;
        w = NULL;
        goto done;
    }
    /* Capitals: the one in place on the date, else the latest before. */
    lat = calloc(n, sizeof *lat);
    lng = calloc(n, sizeof *lng);
    int *have = calloc(n, sizeof *have);
    ent_date *when = calloc(n, sizeof *when);
    if (!lat || !lng || !have || !when) {
        free(have);
        free(when);
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t r = 0; r < h->n_capitals; r++) {
        const ent_hist_capital *c = &h->capitals[r];
        if (c->ccode >= MAXCC || idx[c->ccode] < 0)
            continue;
        size_t i = (size_t)idx[c->ccode];
        int rank = ent_date_within(date, c->from, c->until) ? 2 : 1;
        if (rank > have[i] || (rank == have[i] && c->from > when[i])) {
            have[i] = rank;
            when[i] = c->from;
            lat[i] = c->lat;
            lng[i] = c->lng;
        }
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            w->dist_km[i * n + j] =
                have[i] && have[j] && i != j
                    ? (float)haversine_km(lat[i], lng[i], lat[j], lng[j])
                    : (i == j ? 0.0f : 10000.0f);
    free(have);
    free(when);
    /* Prior disputes: MIDs begun 10 years to 60 days before the date, with
     * the two states on opposite sides. */
    mids = malloc((h->n_mid + 1) * sizeof *mids);
    if (!mids) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    size_t nm = 0;
    for (size_t r = 0; r < h->n_mid; r++) {
        const ent_hist_mid *m = &h->mid[r];
        if (m->ccode < MAXCC && idx[m->ccode] >= 0 &&
            m->from >= date - 3653 && m->from <= date - 60)
            mids[nm++] = m;
    }
    qsort(mids, nm, sizeof *mids, cmp_mid);
    for (size_t s = 0; s < nm;) {
        size_t e = s;
        while (e < nm && mids[e]->dispnum == mids[s]->dispnum)
            e++;
        for (size_t p = s; p < e; p++)
            for (size_t q = s; q < e; q++)
                if (mids[p]->sidea != mids[q]->sidea) {
                    size_t i = (size_t)idx[mids[p]->ccode];
                    size_t j = (size_t)idx[mids[q]->ccode];
                    w->rival[i * n + j] = 1;
                }
        s = e;
    }
    *out = w;
    w = NULL;
done:
    ent_cascade_world_free(w);
    free(idx);
    free(mids);
    free(al);
    free(lat);
    free(lng);
    return rc;
}

int ent_hist_geography(ent_cascade_world *w, const ent_hist *h)
{
    size_t n = w->n;
    int idx[MAXCC];
    for (int c = 0; c < MAXCC; c++)
        idx[c] = -1;
    for (size_t i = 0; i < n; i++)
        if (w->ccode[i] > 0 && w->ccode[i] < MAXCC)
            idx[w->ccode[i]] = (int)i;
    for (size_t r = 0; r < h->n_contig; r++) {
        const ent_hist_contig *c = &h->contig[r];
        if (c->type < 1 || c->type > 3 || c->c1 >= MAXCC || c->c2 >= MAXCC ||
            c->c1 < 0 || c->c2 < 0 || idx[c->c1] < 0 || idx[c->c2] < 0 ||
            !ent_date_within(w->date, c->from, c->until))
            continue;
        size_t i = (size_t)idx[c->c1], j = (size_t)idx[c->c2];
        w->contig[i * n + j] = w->contig[j * n + i] = 1;
    }
    double lat[MAXCC], lng[MAXCC];
    ent_date when[MAXCC];
    int have[MAXCC];
    memset(have, 0, sizeof have);
    for (size_t r = 0; r < h->n_capitals; r++) {
        const ent_hist_capital *c = &h->capitals[r];
        if (c->ccode <= 0 || c->ccode >= MAXCC || idx[c->ccode] < 0)
            continue;
        int k = c->ccode;
        int rank = ent_date_within(w->date, c->from, c->until) ? 2 : 1;
        if (rank > have[k] || (rank == have[k] && c->from > when[k])) {
            have[k] = rank;
            when[k] = c->from;
            lat[k] = c->lat;
            lng[k] = c->lng;
        }
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            int a = w->ccode[i], b = w->ccode[j];
            if (i == j || a <= 0 || b <= 0 || a >= MAXCC || b >= MAXCC ||
                !have[a] || !have[b])
                continue;
            w->dist_km[i * n + j] =
                (float)haversine_km(lat[a], lng[a], lat[b], lng[b]);
        }
    return 0;
}

static int find_cc(const ent_cascade_world *w, int cc)
{
    for (size_t i = 0; i < w->n; i++)
        if (w->ccode[i] == cc)
            return (int)i;
    return -1;
}

int ent_hist_outcome(uint8_t *role, const ent_hist *h, const ent_hist_case *c,
                     const ent_cascade_world *w)
{
    int a = find_cc(w, c->attacker), t = find_cc(w, c->target);
    if (a < 0 || t < 0)
        return ent_error_set(ENT_EINVALID, "%s: attacker %d or target %d not "
                                           "a state on the case date",
                             c->id, c->attacker, c->target);
    memset(role, 0, w->n);
    role[a] = ENT_ROLE_ATTACKER;
    role[t] = ENT_ROLE_TARGET;
    if (c->cow_war > 0) {
        int sa = 0;
        ent_date first = ENT_DATE_MAX;
        for (size_t r = 0; r < h->n_wars; r++)
            if (h->wars[r].warnum == c->cow_war &&
                h->wars[r].ccode == c->attacker && h->wars[r].from < first) {
                first = h->wars[r].from;
                sa = h->wars[r].side;
            }
        if (!sa)
            return ent_error_set(ENT_EINVALID, "%s: attacker %d is not in COW "
                                               "war %d",
                                 c->id, c->attacker, c->cow_war);
        /* each state's earliest entry decides its side */
        for (size_t i = 0; i < w->n; i++) {
            if ((int)i == a || (int)i == t)
                continue;
            ent_date f = ENT_DATE_MAX;
            for (size_t r = 0; r < h->n_wars; r++) {
                const ent_hist_war *x = &h->wars[r];
                if (x->warnum == c->cow_war && x->ccode == w->ccode[i] &&
                    x->from < f) {
                    f = x->from;
                    role[i] = x->side == sa ? ENT_ROLE_ATTACKER
                                            : ENT_ROLE_TARGET;
                }
            }
        }
    } else if (c->mid > 0) {
        int found = 0;
        bool asa = false;
        for (size_t r = 0; r < h->n_mid; r++)
            if (h->mid[r].dispnum == c->mid && h->mid[r].ccode == c->attacker) {
                asa = h->mid[r].sidea;
                found = 1;
            }
        if (!found)
            return ent_error_set(ENT_EINVALID, "%s: attacker %d is not in MID "
                                               "%d",
                                 c->id, c->attacker, c->mid);
        for (size_t r = 0; r < h->n_mid; r++) {
            const ent_hist_mid *m = &h->mid[r];
            if (m->dispnum != c->mid)
                continue;
            int i = find_cc(w, m->ccode);
            if (i < 0 || i == a || i == t)
                continue;
            role[i] = m->sidea == asa ? ENT_ROLE_ATTACKER : ENT_ROLE_TARGET;
        }
    }
    return 0;
}

int ent_hist_war_cases(ent_hist_case **out, size_t *n, const ent_hist *h)
{
    *out = NULL;
    *n = 0;
    int maxw = 0;
    for (size_t r = 0; r < h->n_wars; r++)
        if (h->wars[r].warnum > maxw)
            maxw = h->wars[r].warnum;
    ent_hist_case *cs = calloc((size_t)maxw + 1, sizeof *cs);
    if (!cs)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    size_t m = 0;
    for (int wn = 1; wn <= maxw; wn++) {
        const ent_hist_war *att = NULL, *tgt = NULL;
        for (size_t r = 0; r < h->n_wars; r++) {
            const ent_hist_war *x = &h->wars[r];
            if (x->warnum != wn || !x->initiator)
                continue;
            if (!att || x->from < att->from ||
                (x->from == att->from && x->ccode < att->ccode))
                att = x;
        }
        if (!att)
            continue;
        for (size_t r = 0; r < h->n_wars; r++) {
            const ent_hist_war *x = &h->wars[r];
            if (x->warnum != wn || x->side == att->side)
                continue;
            if (!tgt || x->from < tgt->from ||
                (x->from == tgt->from && x->ccode < tgt->ccode))
                tgt = x;
        }
        if (!tgt)
            continue;
        ent_hist_case *c = &cs[m++];
        snprintf(c->id, sizeof c->id, "cow:%d", wn);
        snprintf(c->name, sizeof c->name, "COW war %d", wn);
        c->date = att->from < tgt->from ? att->from : tgt->from;
        c->attacker = att->ccode;
        c->target = tgt->ccode;
        c->cow_war = wn;
    }
    *out = cs;
    *n = m;
    return 0;
}

static int cases_from_csv(ent_hist_case **out, size_t *n, ent_csv *tab,
                          const char *path);

int ent_hist_cases_read(ent_hist_case **out, size_t *n, const char *path)
{
    ent_csv csv;
    *out = NULL;
    *n = 0;
    int rc = ent_fit__csv_read(&csv, path);
    if (rc)
        return rc;
    return cases_from_csv(out, n, &csv, path);
}

int ent_hist_cases_parse(ent_hist_case **out, size_t *n, const char *buf,
                         size_t len, const char *name)
{
    ent_csv csv;
    *out = NULL;
    *n = 0;
    int rc = ent_fit__csv_parse(&csv, buf, len, name);
    if (rc)
        return rc;
    return cases_from_csv(out, n, &csv, name);
}

/* Takes the table (frees it). */
static int cases_from_csv(ent_hist_case **out, size_t *n, ent_csv *tab,
                          const char *path)
{
    ent_csv csv = *tab;
    int rc = 0;
    ent_hist_case *cs = NULL;
    static const char *const names[] = {"id",     "name",    "date", "attacker",
                                        "target", "outcome", "source"};
    int c[7];
    rc = ent_fit__csv_cols(&csv, names, 7, c);
    if (rc)
        goto done;
    cs = calloc(csv.rows + 1, sizeof *cs);
    if (!cs) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t r = 0; r < csv.rows; r++) {
        ent_hist_case *x = &cs[r];
        snprintf(x->id, sizeof x->id, "%s", ent_fit__csv_get(&csv, r, c[0]));
        snprintf(x->name, sizeof x->name, "%s",
                 ent_fit__csv_get(&csv, r, c[1]));
        if (ent_date_parse(&x->date, ent_fit__csv_get(&csv, r, c[2])) != 0) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu: bad date '%s'", path,
                               r + 2, ent_fit__csv_get(&csv, r, c[2]));
            goto done;
        }
        x->attacker = (int)ent_fit__csv_long(&csv, r, c[3], 0);
        x->target = (int)ent_fit__csv_long(&csv, r, c[4], 0);
        const char *o = ent_fit__csv_get(&csv, r, c[5]);
        if (strncmp(o, "cow:", 4) == 0)
            x->cow_war = atoi(o + 4);
        else if (strncmp(o, "mid:", 4) == 0)
            x->mid = atoi(o + 4);
        else if (strcmp(o, "none") != 0) {
            rc = ent_error_set(ENT_EINVALID,
                               "%s:%zu: outcome must be cow:N, mid:N or none",
                               path, r + 2);
            goto done;
        }
        snprintf(x->note, sizeof x->note, "%s",
                 ent_fit__csv_get(&csv, r, c[6]));
        if (x->attacker <= 0 || x->target <= 0 || !x->id[0]) {
            rc = ent_error_set(ENT_EINVALID, "%s:%zu: bad attacker or target",
                               path, r + 2);
            goto done;
        }
    }
    *out = cs;
    *n = csv.rows;
    cs = NULL;
done:
    free(cs);
    ent_fit__csv_free(&csv);
    return rc;
}
