/*
 * test_cameo.c - the CAMEO code table: every root present, PLOVER and quad
 * mappings, Goldstein range, and the JSONL/TSV writers.
 */
#define _POSIX_C_SOURCE 200809L
#include "test_util.h"

#include <entente/events.h>
#include <string.h>

static void test_table(void **state)
{
    (void)state;
    char root[3];
    for (int r = 1; r <= 20; r++) {
        snprintf(root, sizeof root, "%02d", r);
        assert_true(ent_cameo_valid(root));
    }
    assert_false(ent_cameo_valid("21"));
    assert_false(ent_cameo_valid("999"));
    for (size_t i = 0; i < ent_cameo_count(); i++) {
        const ent_cameo_info *ci = ent_cameo_at(i);
        assert_true(ci->goldstein >= -10.0 && ci->goldstein <= 10.0);
        /* every code's parent exists */
        char parent[8];
        snprintf(parent, sizeof parent, "%.*s", (int)strlen(ci->code) - 1, ci->code);
        if (strlen(ci->code) > 2)
            assert_true(ent_cameo_valid(parent));
    }
    assert_string_equal(ent_cameo_lookup("1224")->plover, "REJECT");
    assert_string_equal(ent_cameo_lookup("042")->mode, "visit");
    assert_null(ent_cameo_lookup("010")->plover);
    assert_int_equal(ent_cameo_quad("1224"), ENT_QUAD_VERBAL_CONFLICT);
    assert_int_equal(ent_cameo_quad("190"), ENT_QUAD_MATERIAL_CONFLICT);
    assert_int_equal(ent_cameo_quad("057"), ENT_QUAD_MATERIAL_COOP);
    assert_string_equal(ent_plover_legacy("111"), "DISAPPROVE");
    assert_string_equal(ent_plover_legacy("193"), "FIGHT");
    assert_string_equal(ent_plover_legacy("192"), "COERCE");
    assert_close(ent_cameo_lookup("190")->goldstein, -10.0, 1e-9);
}

/* Goldstein values of GDELT's published CAMEO.goldsteinscale.txt where an
 * earlier table, written from memory, had them wrong (session 11). */
static void test_goldstein_published(void **state)
{
    (void)state;
    static const struct { const char *code; double g; } pub[] = {
        {"016", -2.0}, {"102", -5.0}, {"124", -4.0}, {"1241", -4.0},
        {"1246", -4.0}, {"13", -6.0}, {"130", -4.4}, {"165", -6.5},
        {"182", -9.5}, {"1821", -9.0}, {"1822", -9.0}, {"1823", -10.0},
        {"0874", 10.0}, {"072", 8.3}, {"201", -9.5}, {"163", -8.0},
    };
    for (size_t i = 0; i < sizeof pub / sizeof pub[0]; i++) {
        const ent_cameo_info *ci = ent_cameo_lookup(pub[i].code);
        assert_non_null(ci);
        if (ci->goldstein < pub[i].g - 1e-9 || ci->goldstein > pub[i].g + 1e-9)
            fail_msg("Goldstein of %s is %.1f, published %.1f", pub[i].code,
                     ci->goldstein, pub[i].g);
    }
}

static void test_writers(void **state)
{
    (void)state;
    ent_event ev;
    memset(&ev, 0, sizeof ev);
    ev.doc = "d\"1";
    ev.sentence = 2;
    ent_date_parse(&ev.date, "2025-08-27");
    strcpy(ev.source, "USAGOV");
    strcpy(ev.source_root, "USA");
    strcpy(ev.target, "UKR");
    strcpy(ev.target_root, "UKR");
    strcpy(ev.cameo, "1224");
    ev.start = 17;
    ev.end = 56;
    char buf[2048];
    FILE *fp = fmemopen(buf, sizeof buf, "w");
    assert_int_equal(ent_event_write_jsonl(fp, &ev), 0);
    fclose(fp);
    assert_non_null(strstr(buf, "\"doc\":\"d\\\"1\""));
    assert_non_null(strstr(buf, "\"cameo\":\"1224\",\"root\":\"12\",\"plover\":\"REJECT\""));
    assert_non_null(strstr(buf, "\"negated\":false,\"modality\":\"asserted\""));
    assert_non_null(strstr(buf, "\"date\":\"2025-08-27\""));
    fp = fmemopen(buf, sizeof buf, "w");
    ent_event_write_tsv_header(fp);
    ent_event_write_tsv(fp, &ev);
    fclose(fp);
    assert_non_null(strstr(buf, "\nd\"1\t2\t2025-08-27\tUSAGOV\tUKR\tUSA\tUKR\t1224\t12\tREJECT"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_table),
                                       cmocka_unit_test(test_goldstein_published),
                                       cmocka_unit_test(test_writers)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
