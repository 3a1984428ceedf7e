/*
 * entente/date.h - calendar dates as day numbers.
 *
 * A date is the number of days since 1970-01-01 in the proleptic Gregorian
 * calendar, so comparisons and differences are plain integer operations.
 * ENT_DATE_MIN and ENT_DATE_MAX stand for an open start or end of an interval.
 */
#ifndef ENTENTE_DATE_H
#define ENTENTE_DATE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef int32_t ent_date;

#define ENT_DATE_MIN INT32_MIN
#define ENT_DATE_MAX INT32_MAX

/** Day number of a valid (y, m, d); the caller checks validity first. */
ENT_API ent_date ent_date_from_ymd(int y, int m, int d);

/** Split a day number into year, month (1-12) and day (1-31). */
ENT_API void ent_date_to_ymd(ent_date date, int *y, int *m, int *d);

/** True if (y, m, d) is a real calendar day (2025-02-30 is not). */
ENT_API bool ent_date_valid_ymd(int y, int m, int d);

/**
 * Parse exactly "YYYY-MM-DD" (nothing before or after) into *out.
 * Returns 0, or ENT_EINVALID with a message naming the problem
 * ("2025-02-30 is not a calendar date").
 */
ENT_API int ent_date_parse(ent_date *out, const char *text);

/**
 * Format a date as "YYYY-MM-DD" into buf (at least 11 bytes). Open ends
 * format as "" (ENT_DATE_MIN / ENT_DATE_MAX). Returns buf.
 */
ENT_API char *ent_date_format(ent_date date, char *buf);

/** Today's date in UTC. */
ENT_API ent_date ent_date_today(void);

/** True if from <= date <= until (both inclusive; open ends allowed). */
static inline bool ent_date_within(ent_date date, ent_date from, ent_date until)
{
    return date >= from && date <= until;
}

#ifdef __cplusplus
}
#endif
#endif
