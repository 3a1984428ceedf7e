/*
 * test_coder_filter.c - the event model (coder_filter.c): its dictionary
 * entries, the events it drops and keeps, negated events passed on
 * untouched, and the features it traces.
 */
#include "test_util.h"

#include <entente/text.h>
#include <stdio.h>
#include <string.h>
#include "text/coder_fixture.h"

static const char *dict_text = "state RUS | Russia | Russian\n"
                               "state UKR | Ukraine | Ukrainian\n"
                               "verb 190 | attacked\n"
                               "verb 112 | accused\n"
                               "verb 120 | rejected\n";

static const char *text = "Russia attacked Ukraine on Monday, and Ukraine accused Russia.";

static void code_with(const char *model, evs *e)
{
    memset(e, 0, sizeof *e);
    ent_dict *d = NULL;
    ent_coder *c = NULL;
    assert_int_equal(ent_dict_new(&d), 0);
    assert_int_equal(ent_dict_load_string(d, dict_text, strlen(dict_text), "t"), 0);
    if (model)
        assert_int_equal(ent_dict_load_string(d, model, strlen(model), "model"), 0);
    assert_int_equal(ent_coder_new(&c, d), 0);
    assert_int_equal(ent_coder_code(c, "doc", ENT_DATE_MIN, text, strlen(text), collect, e), 0);
    ent_coder_free(c);
    ent_dict_free(d);
}

/* Without a model every event passes; a low score drops an event, a
 * feature's weight keeps it. */
static void test_drops_and_keeps(void **state)
{
    (void)state;
    evs e;
    code_with(NULL, &e);
    assert_true(has(&e, "RUS", "UKR", "190"));
    assert_true(has(&e, "UKR", "RUS", "112"));
    code_with("event bias -10\nevent threshold 0.5\n", &e);
    assert_int_equal(e.n, 0);
    code_with("event bias -10\nevent c=112 20\nevent threshold 0.5\n", &e);
    assert_false(has(&e, "RUS", "UKR", "190"));
    assert_true(has(&e, "UKR", "RUS", "112"));
    /* a root-level feature and one crossed with the root */
    code_with("event bias -10\nevent sa=bare/19 20\n", &e);
    assert_true(has(&e, "RUS", "UKR", "190"));
    assert_false(has(&e, "UKR", "RUS", "112"));
}

/* Negated events are neither scored nor dropped. */
static void test_negated_pass(void **state)
{
    (void)state;
    evs e;
    memset(&e, 0, sizeof e);
    static const char *neg = "Russia did not attack Ukraine on Monday.";
    ent_dict *d = NULL;
    ent_coder *c = NULL;
    static const char *model = "event bias -10\n";
    assert_int_equal(ent_dict_new(&d), 0);
    assert_int_equal(ent_dict_load_string(d, dict_text, strlen(dict_text), "t"), 0);
    assert_int_equal(ent_dict_load_string(d, "verb 190 | attack\n", 18, "t2"), 0);
    assert_int_equal(ent_dict_load_string(d, model, strlen(model), "model"), 0);
    assert_int_equal(ent_coder_new(&c, d), 0);
    assert_int_equal(ent_coder_code(c, "doc", ENT_DATE_MIN, neg, strlen(neg), collect, &e), 0);
    ent_coder_free(c);
    ent_dict_free(d);
    assert_int_equal(e.n, 1);
    assert_true(e.v[0].negated);
}

/* Bad entries are errors that name the file and line. */
static void test_bad_entries(void **state)
{
    (void)state;
    ent_dict *d = NULL;
    assert_int_equal(ent_dict_new(&d), 0);
    static const char *bad[] = {"event c=190\n", "event c=190 x1\n", "event threshold 1.5\n",
                                "event threshold 0\n", "event c=190 1 2\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_not_equal(ent_dict_load_string(d, bad[i], strlen(bad[i]), "m.txt"), 0);
        assert_non_null(strstr(ent_error_last(), "m.txt:1"));
    }
    ent_dict_free(d);
}

typedef struct lines {
    char v[8][1024];
    size_t n;
} lines;

static void keep_line(void *ctx, const char *line)
{
    lines *l = ctx;
    if (l->n < 8)
        snprintf(l->v[l->n++], sizeof l->v[0], "%s", line);
}

/* The trace: one line per event with its roots, code, decision, score
 * and features. */
static void test_trace(void **state)
{
    (void)state;
    evs e;
    memset(&e, 0, sizeof e);
    lines l;
    memset(&l, 0, sizeof l);
    ent_dict *d = NULL;
    ent_coder *c = NULL;
    assert_int_equal(ent_dict_new(&d), 0);
    assert_int_equal(ent_dict_load_string(d, dict_text, strlen(dict_text), "t"), 0);
    assert_int_equal(ent_coder_new(&c, d), 0);
    ent_coder_trace_events(c, keep_line, &l);
    assert_int_equal(ent_coder_code(c, "doc", ENT_DATE_MIN, text, strlen(text), collect, &e), 0);
    ent_coder_free(c);
    ent_dict_free(d);
    assert_int_equal(l.n, e.n);
    assert_true(l.n >= 2);
    assert_non_null(strstr(l.v[0], "doc\t0\tRUS\tUKR\t190\t1\t"));
    static const char *f0[] = {"bias", "c=190", "r=19", "m=asserted", "t1", "w1=attacked",
                               "w1=attacked/19", "p1=russia", "evi=0", "sa=bare/19", "ta=bare"};
    for (size_t i = 0; i < sizeof f0 / sizeof f0[0]; i++)
        assert_non_null(strstr(l.v[0], f0[i]));
    /* the second event follows a comma and "and" */
    assert_non_null(strstr(l.v[1], "evi=1"));
    assert_non_null(strstr(l.v[1], "p1=ukraine"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_drops_and_keeps),
        cmocka_unit_test(test_negated_pass),
        cmocka_unit_test(test_bad_entries),
        cmocka_unit_test(test_trace),
    };
    (void)fixture_open;
    (void)teardown;
    return cmocka_run_group_tests(tests, NULL, NULL);
}
