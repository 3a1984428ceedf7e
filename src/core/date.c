/*
 * date.c - proleptic Gregorian day numbers (days since 1970-01-01).
 *
 * The conversions are Howard Hinnant's "days_from_civil" and
 * "civil_from_days" algorithms (chrono-compatible low-level date
 * algorithms, 2013), which are exact for every year representable here.
 */
#include <entente/date.h>

#include <string.h>
#include <time.h>

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool ent_date_valid_ymd(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    int max = mdays[m - 1] + (m == 2 && is_leap(y) ? 1 : 0);
    return d <= max;
}

ent_date ent_date_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (ent_date)(era * 146097 + doe - 719468);
}

void ent_date_to_ymd(ent_date date, int *y, int *m, int *d)
{
    int z = date + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int dd = doy - (153 * mp + 2) / 5 + 1;
    int mm = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (mm <= 2);
    *m = mm;
    *d = dd;
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int ent_date_parse(ent_date *out, const char *text)
{
    if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return ent_error_set(ENT_EINVALID,
                             "'%s' is not a date of the form YYYY-MM-DD",
                             text ? text : "");
    int y = digits(text, 4), m = digits(text + 5, 2), d = digits(text + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return ent_error_set(ENT_EINVALID,
                             "'%s' is not a date of the form YYYY-MM-DD",
                             text);
    if (!ent_date_valid_ymd(y, m, d))
        return ent_error_set(ENT_EINVALID, "%s is not a calendar date", text);
    *out = ent_date_from_ymd(y, m, d);
    return 0;
}

char *ent_date_format(ent_date date, char *buf)
{
    if (date == ENT_DATE_MIN || date == ENT_DATE_MAX) {
        buf[0] = '\0';
        return buf;
    }
    int y, m, d;
    ent_date_to_ymd(date, &y, &m, &d);
    unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 13u,
             ud = (unsigned)d % 32u;
    buf[0] = (char)('0' + uy / 1000);
    buf[1] = (char)('0' + uy / 100 % 10);
    buf[2] = (char)('0' + uy / 10 % 10);
    buf[3] = (char)('0' + uy % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + um / 10);
    buf[6] = (char)('0' + um % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + ud / 10);
    buf[9] = (char)('0' + ud % 10);
    buf[10] = '\0';
    return buf;
}

ent_date ent_date_today(void)
{
    time_t now = time(NULL);
    return (ent_date)(now / 86400);
}
