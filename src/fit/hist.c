/*
 * hist.c - readers for the historical datasets behind the cascade model's
 * calibration and backtests (the files in ../shared/data/history, as users
 * download them). Each reader takes the CSV text, finds its columns by name
 * and keeps only what the model needs, as plain arrays in ent_hist.
 *
 * Conventions of the sources: COW and MID code missing days and months as
 * -9 (or -8); such days are read as the 1st (starts) or the last day of the
 * month (ends). Spells that end in the dataset's last year (2016 for the
 * COW 2016 lists, 0 = "still in effect" for ATOP) are read as open-ended,
 * so that worlds after the data's end keep the states and alliances that
 * existed then.
 */
#include <entente/fit.h>

#include "csv.h"
#include "core/readfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const files[ENT_HIST_COUNT] = {
    "cow_states2016.csv",
    "cow_nmc_v7.0_abridged.csv",
    "atop_v4.01_member_level.csv",
    "cow_contdir_v3.2_directed_spells.csv",
    "cow_capitals_latlng.csv",
    "cow_mindist_cshapes2_selected_years.csv",
    "cow_majors2016.csv",
    "nuclear_weapons_states.csv",
    "cow_interstate_war_v4.0.csv",
    "reiter_stam_horowitz_2016_interstate_war_rev.csv",
    "cow_midb_v5.0_participants.csv",
    "icb_v13_system_level_crises.csv",
    "berkemeier_fuhrmann_2018_alliance_war_reliability.csv",
};

const char *ent_hist_file(ent_hist_dataset d)
{
    return (unsigned)d < ENT_HIST_COUNT ? files[d] : "";
}

int ent_hist_new(ent_hist **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? 0 : ent_error_set(ENT_ENOMEM, "out of memory");
}

static void clear(ent_hist *h, ent_hist_dataset d)
{
    switch (d) {
    case ENT_HIST_STATES: free(h->states); h->states = NULL; h->n_states = 0; break;
    case ENT_HIST_NMC: free(h->nmc); h->nmc = NULL; h->n_nmc = 0; break;
    case ENT_HIST_ATOP: free(h->atop); h->atop = NULL; h->n_atop = 0; break;
    case ENT_HIST_CONTIG: free(h->contig); h->contig = NULL; h->n_contig = 0; break;
    case ENT_HIST_CAPITALS: free(h->capitals); h->capitals = NULL; h->n_capitals = 0; break;
    case ENT_HIST_MINDIST: free(h->mindist); h->mindist = NULL; h->n_mindist = 0; break;
    case ENT_HIST_MAJORS: free(h->majors); h->majors = NULL; h->n_majors = 0; break;
    case ENT_HIST_NUCLEAR: free(h->nuclear); h->nuclear = NULL; h->n_nuclear = 0; break;
    case ENT_HIST_WARS: free(h->wars); h->wars = NULL; h->n_wars = 0; break;
    case ENT_HIST_RSH: free(h->rsh); h->rsh = NULL; h->n_rsh = 0; break;
    case ENT_HIST_MID: free(h->mid); h->mid = NULL; h->n_mid = 0; break;
    case ENT_HIST_ICB: free(h->icb); h->icb = NULL; h->n_icb = 0; break;
    case ENT_HIST_RELIABILITY: free(h->reliab); h->reliab = NULL; h->n_reliab = 0; break;
    default: break;
    }
    h->loaded[d] = false;
}

void ent_hist_free(ent_hist *h)
{
    if (!h)
        return;
    for (int d = 0; d < ENT_HIST_COUNT; d++)
        clear(h, (ent_hist_dataset)d);
    free(h);
}

/* A date from year, month, day with COW's negative "unknown" codes. */
static ent_date ymd(long y, long m, long d, bool end)
{
    if (y < -9999 || y > 9999)
        return end ? ENT_DATE_MAX : ENT_DATE_MIN;
    if (m < 1 || m > 12)
        m = end ? 12 : 1;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d < 1 || d > mdays[m - 1])
        d = end ? mdays[m - 1] : 1;
    if (!ent_date_valid_ymd((int)y, (int)m, (int)d))
        d = 28;
    return ent_date_from_ymd((int)y, (int)m, (int)d);
}

/* "YYYY-MM-DD" (or empty) into a date; `dflt` when absent or bad. */
static ent_date isodate(const char *s, ent_date dflt)
{
    ent_date d;
    if (!s[0] || ent_date_parse(&d, s) != 0) {
        long y = strtol(s, NULL, 10);
        if (s[0] && y > 0 && y < 3000)
            return ent_date_from_ymd((int)y, 1, 1);
        return dflt;
    }
    return d;
}

/* Open-ended when the spell runs to the end of the data. */
static ent_date open_end(ent_date d, int last_year)
{
    int y, m, dd;
    if (d == ENT_DATE_MAX)
        return d;
    ent_date_to_ymd(d, &y, &m, &dd);
    return y >= last_year ? ENT_DATE_MAX : d;
}

#define COLS(...)                                                              \
    static const char *const names[] = {__VA_ARGS__};                          \
    int c[sizeof names / sizeof names[0]];                                     \
    rc = ent_fit__csv_cols(csv, names, sizeof names / sizeof names[0], c);     \
    if (rc)                                                                    \
        goto done;

#define ALLOC(field, count)                                                    \
    do {                                                                       \
        h->field = calloc((count) + 1, sizeof *h->field);                      \
        if (!h->field) {                                                       \
            rc = ent_error_set(ENT_ENOMEM, "out of memory");                   \
            goto done;                                                         \
        }                                                                      \
    } while (0)

#define L(r, i, d) ent_fit__csv_long(csv, r, c[i], d)
#define S(r, i) ent_fit__csv_get(csv, r, c[i])

static int read_states(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("stateabb", "ccode", "styear", "stmonth", "stday", "endyear",
         "endmonth", "endday");
    ALLOC(states, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_state *s = &h->states[h->n_states];
        s->ccode = (int)L(r, 1, 0);
        if (s->ccode <= 0)
            continue;
        snprintf(s->abb, sizeof s->abb, "%s", S(r, 0));
        s->from = ymd(L(r, 2, 0), L(r, 3, 1), L(r, 4, 1), false);
        s->until = open_end(ymd(L(r, 5, 9999), L(r, 6, 12), L(r, 7, 31), true),
                            2016);
        h->n_states++;
    }
done:
    return rc;
}

static int read_nmc(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("ccode", "year", "milex", "cinc");
    ALLOC(nmc, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_nmc *x = &h->nmc[h->n_nmc];
        double v;
        x->ccode = (int)L(r, 0, 0);
        x->year = (int)L(r, 1, 0);
        if (x->ccode <= 0 || x->year <= 0)
            continue;
        x->milex = ent_fit__csv_num(csv, r, c[2], &v) && v >= 0 ? v : -1;
        x->cinc = ent_fit__csv_num(csv, r, c[3], &v) && v >= 0 ? v : -1;
        h->n_nmc++;
    }
done:
    return rc;
}

static int read_atop(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit",
         "dayexit", "defense", "offense", "neutral", "nonagg", "consul",
         "base");
    ALLOC(atop, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_atop *a = &h->atop[h->n_atop];
        a->atopid = (int)L(r, 0, 0);
        a->ccode = (int)L(r, 1, 0);
        if (a->atopid <= 0 || a->ccode <= 0)
            continue;
        a->from = ymd(L(r, 2, 0), L(r, 3, 1), L(r, 4, 1), false);
        long ey = L(r, 5, 0);
        a->until = ey <= 0 ? ENT_DATE_MAX
                           : ymd(ey, L(r, 6, 12), L(r, 7, 31), true);
        a->defense = L(r, 8, 0) > 0;
        a->offense = L(r, 9, 0) > 0;
        a->neutral = L(r, 10, 0) > 0;
        a->nonagg = L(r, 11, 0) > 0;
        a->consul = L(r, 12, 0) > 0;
        a->base = L(r, 13, 0) > 0;
        h->n_atop++;
    }
done:
    return rc;
}

static int read_contig(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("ccode1", "ccode2", "conttype", "stdate", "enddate");
    ALLOC(contig, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_contig *x = &h->contig[h->n_contig];
        x->c1 = (int)L(r, 0, 0);
        x->c2 = (int)L(r, 1, 0);
        x->type = (int)L(r, 2, 0);
        if (x->c1 <= 0 || x->c2 <= 0)
            continue;
        x->from = isodate(S(r, 3), ENT_DATE_MIN);
        x->until = open_end(isodate(S(r, 4), ENT_DATE_MAX), 2016);
        h->n_contig++;
    }
done:
    return rc;
}

static int read_capitals(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("ccode", "stdate", "enddate", "lat", "lng");
    ALLOC(capitals, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_capital *x = &h->capitals[h->n_capitals];
        x->ccode = (int)L(r, 0, 0);
        if (x->ccode <= 0 || !ent_fit__csv_num(csv, r, c[3], &x->lat) ||
            !ent_fit__csv_num(csv, r, c[4], &x->lng))
            continue;
        x->from = isodate(S(r, 1), ENT_DATE_MIN);
        x->until = open_end(isodate(S(r, 2), ENT_DATE_MAX), 2016);
        h->n_capitals++;
    }
done:
    return rc;
}

static int read_mindist(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("ccode1", "ccode2", "year", "mindist");
    ALLOC(mindist, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_mindist *x = &h->mindist[h->n_mindist];
        x->c1 = (int)L(r, 0, 0);
        x->c2 = (int)L(r, 1, 0);
        x->year = (int)L(r, 2, 0);
        if (x->c1 <= 0 || x->c2 <= 0 ||
            !ent_fit__csv_num(csv, r, c[3], &x->km))
            continue;
        h->n_mindist++;
    }
done:
    return rc;
}

static int read_majors(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("ccode", "styear", "stmonth", "stday", "endyear", "endmonth",
         "endday");
    ALLOC(majors, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_spell *x = &h->majors[h->n_majors];
        x->ccode = (int)L(r, 0, 0);
        if (x->ccode <= 0)
            continue;
        x->from = ymd(L(r, 1, 0), L(r, 2, 1), L(r, 3, 1), false);
        x->until = open_end(ymd(L(r, 4, 9999), L(r, 5, 12), L(r, 6, 31), true),
                            2016);
        h->n_majors++;
    }
done:
    return rc;
}

/* Nuclear-armed from Bleek's (2017) acquisition year, or the first test if
 * that is the same year and dated; until Bleek's end year if any. */
static int read_nuclear(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("ccode", "first_test_date", "bleek2017_acquire_start",
         "bleek2017_acquire_end");
    ALLOC(nuclear, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_spell *x = &h->nuclear[h->n_nuclear];
        x->ccode = (int)L(r, 0, 0);
        long y = L(r, 2, 0);
        if (x->ccode <= 0 || y <= 0)
            continue;
        x->from = ymd(y, 1, 1, false);
        ent_date t = isodate(S(r, 1), ENT_DATE_MIN);
        if (t != ENT_DATE_MIN) {
            int ty, tm, td;
            ent_date_to_ymd(t, &ty, &tm, &td);
            if (ty == y)
                x->from = t;
        }
        long e = L(r, 3, 0);
        x->until = e > 0 ? ymd(e, 12, 31, true) : ENT_DATE_MAX;
        h->n_nuclear++;
    }
done:
    return rc;
}

static int read_wars(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("WarNum", "ccode", "Side", "StartMonth1", "StartDay1", "StartYear1",
         "EndMonth1", "EndDay1", "EndYear1", "Initiator", "EndYear2",
         "EndMonth2", "EndDay2");
    ALLOC(wars, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_war *x = &h->wars[h->n_wars];
        x->warnum = (int)L(r, 0, 0);
        x->ccode = (int)L(r, 1, 0);
        x->side = (int)L(r, 2, 0);
        long sy = L(r, 5, -9);
        if (x->warnum <= 0 || x->ccode <= 0 || (x->side != 1 && x->side != 2) ||
            sy <= 0)
            continue;
        x->initiator = L(r, 9, 0) == 1;
        x->from = ymd(sy, L(r, 3, 1), L(r, 4, 1), false);
        long ey = L(r, 10, -9) > 0 ? L(r, 10, -9) : L(r, 8, -9);
        x->until = ey > 0 ? (L(r, 10, -9) > 0
                                 ? ymd(ey, L(r, 11, 12), L(r, 12, 31), true)
                                 : ymd(ey, L(r, 6, 12), L(r, 7, 31), true))
                          : ENT_DATE_MAX;
        h->n_wars++;
    }
done:
    return rc;
}

static int read_rsh(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("larger_war_id", "year", "init_ccode", "target_ccode", "joiner");
    ALLOC(rsh, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_rsh *x = &h->rsh[h->n_rsh];
        x->war_id = (int)L(r, 0, 0);
        x->year = (int)L(r, 1, 0);
        x->init_ccode = (int)L(r, 2, 0);
        x->target_ccode = (int)L(r, 3, 0);
        if (x->war_id <= 0 || x->init_ccode <= 0)
            continue;
        x->joiner = L(r, 4, 0) == 1;
        h->n_rsh++;
    }
done:
    return rc;
}

static int read_mid(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("dispnum", "ccode", "stday", "stmon", "styear", "sidea", "hiact",
         "orig", "hostlev");
    ALLOC(mid, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_mid *x = &h->mid[h->n_mid];
        x->dispnum = (int)L(r, 0, 0);
        x->ccode = (int)L(r, 1, 0);
        long y = L(r, 4, -9);
        if (x->dispnum <= 0 || x->ccode <= 0 || y <= 0)
            continue;
        x->from = ymd(y, L(r, 3, 1), L(r, 2, 1), false);
        x->sidea = L(r, 5, 0) == 1;
        x->hiact = (int)L(r, 6, 0);
        x->orig = L(r, 7, 0) == 1;
        x->hostlev = (int)L(r, 8, 0);
        h->n_mid++;
    }
done:
    return rc;
}

static int read_icb(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("crisno", "yrtrig", "viol");
    ALLOC(icb, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_icb *x = &h->icb[h->n_icb];
        x->crisno = (int)L(r, 0, 0);
        x->year = (int)L(r, 1, 0);
        long v = L(r, 2, 0);
        if (x->crisno <= 0)
            continue;
        x->viol = v >= 1 && v <= 4 ? (int)v : 0;
        h->n_icb++;
    }
done:
    return rc;
}

/* The first four-digit year (1800-2099) in a war name like
 * "Austro-Sardinian1848-1849". */
static int year_in(const char *s)
{
    for (; *s; s++) {
        if ((s[0] == '1' && s[1] == '8') || (s[0] == '1' && s[1] == '9') ||
            (s[0] == '2' && s[1] == '0')) {
            if (s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9')
                return (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
                       (s[2] - '0') * 10 + (s[3] - '0');
        }
    }
    return 0;
}

static int read_reliab(ent_hist *h, const ent_csv *csv)
{
    int rc = 0;
    COLS("atopid", "cowwarid", "warname", "honorBF", "violateBF", "defense");
    ALLOC(reliab, csv->rows);
    for (size_t r = 0; r < csv->rows; r++) {
        ent_hist_reliab *x = &h->reliab[h->n_reliab];
        x->atopid = (int)L(r, 0, 0);
        x->cowwarid = (int)L(r, 1, 0);
        x->year = year_in(S(r, 2));
        x->defense = L(r, 5, 0) == 1;
        long hon = L(r, 3, -1), vio = L(r, 4, -1);
        x->honor = hon == 1 ? 1 : vio == 1 ? 0 : -1;
        if (x->atopid <= 0)
            continue;
        h->n_reliab++;
    }
done:
    return rc;
}

int ent_hist_parse(ent_hist *h, ent_hist_dataset d, const char *buf,
                   size_t len, const char *name)
{
    ent_csv csv;
    int rc;
    if ((unsigned)d >= ENT_HIST_COUNT)
        return ent_error_set(ENT_EINVALID, "unknown dataset %d", (int)d);
    clear(h, d);
    rc = ent_fit__csv_parse(&csv, buf, len, name ? name : files[d]);
    if (rc)
        return rc;
    static int (*const readers[ENT_HIST_COUNT])(ent_hist *, const ent_csv *) = {
        read_states, read_nmc, read_atop, read_contig, read_capitals,
        read_mindist, read_majors, read_nuclear, read_wars, read_rsh,
        read_mid, read_icb, read_reliab};
    rc = readers[d](h, &csv);
    ent_fit__csv_free(&csv);
    if (rc)
        clear(h, d);
    else
        h->loaded[d] = true;
    return rc;
}

int ent_hist_load(ent_hist *h, const char *dir)
{
    return ent_hist_load_only(h, dir, (1u << ENT_HIST_COUNT) - 1);
}

int ent_hist_load_only(ent_hist *h, const char *dir, unsigned mask)
{
    int rc = 0;
    char path[4096];
    char *buf = NULL;
    for (int d = 0; d < ENT_HIST_COUNT && rc == 0; d++) {
        if (!(mask & (1u << d)))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, files[d]);
        size_t len;
        rc = ent_core__read_file(path, (size_t)1 << 30, &buf, &len);
        if (rc == 0)
            rc = ent_hist_parse(h, (ent_hist_dataset)d, buf, len, files[d]);
        free(buf);
        buf = NULL;
    }
    return rc;
}

int ent_hist_ccode(const ent_hist *h, const char *abb)
{
    for (size_t i = 0; i < h->n_states; i++)
        if (strcmp(h->states[i].abb, abb) == 0)
            return h->states[i].ccode;
    return 0;
}
