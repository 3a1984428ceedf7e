/* test_date.c - calendar conversions and strict parsing of dates. */
#include "test_util.h"

#include <entente/date.h>
#include <string.h>

static void test_core__date_roundtrip(void **state)
{
    (void)state;
    assert_int_equal(ent_date_from_ymd(1970, 1, 1), 0);
    assert_int_equal(ent_date_from_ymd(2000, 3, 1), 11017);
    for (ent_date d = -700000; d < 2900000; d += 997) {
        int y, m, dd;
        ent_date_to_ymd(d, &y, &m, &dd);
        assert_true(ent_date_valid_ymd(y, m, dd));
        assert_int_equal(ent_date_from_ymd(y, m, dd), d);
    }
}

static void test_core__date_parse_strict(void **state)
{
    (void)state;
    ent_date d;
    char buf[11];
    assert_int_equal(ent_date_parse(&d, "2004-03-29"), 0);
    assert_string_equal(ent_date_format(d, buf), "2004-03-29");
    assert_int_equal(ent_date_parse(&d, "2024-02-29"), 0);
    assert_int_equal(ent_date_parse(&d, "2025-02-29"), ENT_EINVALID);
    assert_int_equal(ent_date_parse(&d, "2025-02-30"), ENT_EINVALID);
    assert_non_null(strstr(ent_error_last(), "not a calendar date"));
    assert_int_equal(ent_date_parse(&d, "2025-13-01"), ENT_EINVALID);
    assert_int_equal(ent_date_parse(&d, "2025-1-01"), ENT_EINVALID);
    assert_int_equal(ent_date_parse(&d, "2025-01-01x"), ENT_EINVALID);
    assert_int_equal(ent_date_parse(&d, ""), ENT_EINVALID);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_core__date_roundtrip),
        cmocka_unit_test(test_core__date_parse_strict),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
