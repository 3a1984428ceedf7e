/*
 * test_reader.c - the bargaining input readers (KTAB CSV and the plain
 * actor table): values, scales, file:line:col errors; and the decision-rule
 * constraint used by the scenario adapter.
 */
#include "test_util.h"

#include <entente/bargain.h>
#include <math.h>
#include <string.h>

static void test_ktab_basic(void **s)
{
    (void)s;
    const char *txt = "Tiny,\"two actors\",2,1,\n"
                      "Actor,Description,Power,P1,S1,\n"
                      "A,first,10,20,50,\n"
                      "\"B, Ltd\",second,5,80,40\n";
    ent_bargain_table *t = NULL;
    assert_int_equal(ent_bargain_parse_ktab(txt, strlen(txt), "x.csv", &t), 0);
    assert_int_equal(t->n_actors, 2);
    assert_int_equal(t->n_dims, 1);
    assert_string_equal(t->names[1], "B, Ltd");
    assert_string_equal(t->dim_names[0], "P1");
    assert_close(t->capability[0], 10, 0);
    assert_close(t->position[1], 80, 0);
    assert_close(t->salience[1], 40, 0);
    assert_close(t->scale_hi, 100, 0);
    ent_bargain_table_free(t);
}

static void test_ktab_errors(void **s)
{
    (void)s;
    ent_bargain_table *t = NULL;
    const char *bad = "n,d,1,1\nActor,D,P,X,S\nA,a,1,200,5\n";
    assert_int_equal(ent_bargain_parse_ktab(bad, strlen(bad), "b.csv", &t),
                     ENT_EINVALID);
    assert_null(t);
    assert_string_equal(ent_error_last(),
                        "b.csv:3:7: position must be in [0,100]");
    const char *few = "n,d,3,1\nActor,D,P,X,S\nA,a,1,2,5\n";
    assert_int_equal(ent_bargain_parse_ktab(few, strlen(few), "c.csv", &t),
                     ENT_EINVALID);
    assert_non_null(strstr(ent_error_last(), "c.csv:4:1"));
    const char *hdr = "n,d,x,1\n";
    assert_int_equal(ent_bargain_parse_ktab(hdr, strlen(hdr), "d.csv", &t),
                     ENT_EINVALID);
    assert_non_null(strstr(ent_error_last(), "d.csv:1:"));
    assert_int_equal(ent_bargain_parse_ktab("", 0, "e.csv", &t), ENT_EINVALID);
}

static void test_plain(void **s)
{
    (void)s;
    const char *txt = "Position,Salience,Actor,Capability\r\n"
                      "3,0.9,N1,0.5\r\n9,0.5,N2,0.3\r\n";
    ent_bargain_table *t = NULL;
    assert_int_equal(ent_bargain_parse_plain(txt, strlen(txt), "p.csv", &t), 0);
    assert_int_equal(t->n_actors, 2);
    assert_string_equal(t->names[1], "N2");
    assert_close(t->position[1], 9, 0);
    assert_close(t->scale_lo, 3, 0);
    assert_close(t->scale_hi, 9, 0);
    assert_close(t->sal_scale, 1, 0);
    ent_bargain_table_free(t);
    const char *bad = "Actor,Capability,Position,Salience\nA,-1,3,0.5\n";
    assert_int_equal(ent_bargain_parse_plain(bad, strlen(bad), "q.csv", &t),
                     ENT_EINVALID);
    assert_string_equal(ent_error_last(),
                        "q.csv:2:3: capability must be a number >= 0");
    const char *nohdr = "Name,Capability\nA,1\n";
    assert_int_equal(ent_bargain_parse_plain(nohdr, strlen(nohdr), "r.csv", &t),
                     ENT_EINVALID);
}

static void test_read_file_detects(void **s)
{
    (void)s;
    char p[4096];
    ent_bargain_table *t = NULL;
    int rc = ent_bargain_read_file(
        ent_test_shared_path(p, sizeof p,
                             "data/bargain/ktab/dummyData_3Dim-no-final-comma.csv"),
        &t);
    if (rc == 0) {
        assert_int_equal(t->n_actors, 7);
        assert_int_equal(t->n_dims, 3);
        assert_close(t->position[0 * 3 + 1], 6.37, 1e-12);
    }
    ent_bargain_table_free(t);
    t = NULL;
    assert_int_equal(ent_bargain_read_file("/nonexistent/x.csv", &t), ENT_EIO);
}

static void test_rule(void **s)
{
    (void)s;
    /* approver at 20, status quo 10: acceptable outcomes are [10, 30] */
    double ideal[2] = {20, 90};
    assert_close(ent_bargain_apply_rule(50, 10, ideal, 1), 30, 1e-12);
    assert_close(ent_bargain_apply_rule(25, 10, ideal, 1), 25, 1e-12);
    /* two vetoers with disjoint acceptable sets: the status quo stands */
    assert_close(ent_bargain_apply_rule(50, 55, ideal, 2), 55, 1e-12);
    /* no status quo: unchanged */
    assert_close(ent_bargain_apply_rule(50, NAN, ideal, 1), 50, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ktab_basic),
        cmocka_unit_test(test_ktab_errors),
        cmocka_unit_test(test_plain),
        cmocka_unit_test(test_read_file_detects),
        cmocka_unit_test(test_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
