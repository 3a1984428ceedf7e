/*
 * test_target_model.c - the coder's optional target model
 * (src/text/coder_rerank.c): `weight` dictionary entries and their errors,
 * feature names, the trace of target candidates, and a model that
 * overrides the rules' choice of a target (and one that leaves it alone).
 */
#include "test_util.h"

#include <entente/text.h>
#include <stdio.h>
#include <string.h>

#include "text/coder_fixture.h"
#include "text/text_int.h"

static const char *base = "state RUS | Russia | Russian\n"
                          "state UKR | Ukraine | Ukrainian\n"
                          "state POL | Poland\n"
                          "agent MIL | forces | troops\n"
                          "verb 190 | attacked\n";

/* Code one sentence with the base dictionary plus `extra` entries. */
static int code_with(const char *extra, const char *text, evs *out)
{
    char src[2048];
    snprintf(src, sizeof src, "%s%s", base, extra);
    if (fixture_open(src))
        return -1;
    memset(out, 0, sizeof *out);
    return ent_coder_code(coder, "d", ent_date_from_ymd(2024, 3, 1), text,
                          strlen(text), collect, out);
}

static void test_names_round_trip(void **state)
{
    (void)state;
    char buf[64];
    for (int id = 0; id < RR_NFEAT; id++) {
        text_rr_feature_name(id, buf, sizeof buf);
        assert_int_equal(text_rr_feature_id(buf), id);
    }
    assert_int_equal(text_rr_feature_id("rule"), RR_RULE);
    assert_int_equal(text_rr_feature_id("prep.to.root19"),
                     RR_PREP_ROOT + 1 * 20 + 18);
    assert_int_equal(text_rr_feature_id("no.such.feature"), -1);
}

static void test_bad_weights(void **state)
{
    (void)state;
    static const char *bad[] = {"weight nosuch 1\n", "weight rule x\n",
                                "weight rule\n",     "weight rule 1 2\n",
                                "weight rule nan\n", "weight rule 1e9\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ent_dict *d = NULL;
        assert_int_equal(ent_dict_new(&d), 0);
        int rc = ent_dict_load_string(d, bad[i], strlen(bad[i]), "m.txt");
        assert_int_equal(rc, ENT_EINVALID);
        assert_non_null(strstr(ent_error_last(), "m.txt:1:"));
        ent_dict_free(d);
    }
}

/* Without weights the rules choose; a model that strongly prefers "no
 * target" and one that prefers the farther actor after "near" override
 * them; a model with a large margin does not. */
static void test_model_overrides_rules(void **state)
{
    (void)state;
    const char *s = "Russian forces attacked Ukraine near Poland on Friday.";
    evs e;
    assert_int_equal(code_with("", s, &e), 0);
    assert_true(has(&e, "RUSMIL", "UKR", "190"));
    teardown(NULL);

    assert_int_equal(code_with("weight null 5\nweight margin 0\n", s, &e), 0);
    assert_true(has(&e, "RUSMIL", "", "190"));
    assert_false(has(&e, "RUSMIL", "UKR", "190"));
    teardown(NULL);

    assert_int_equal(code_with("weight prep.other 5\nweight margin 0\n", s, &e),
                     0);
    assert_true(has(&e, "RUSMIL", "POL", "190"));
    teardown(NULL);

    assert_int_equal(code_with("weight null 5\nweight margin 10\n", s, &e), 0);
    assert_true(has(&e, "RUSMIL", "UKR", "190"));
    teardown(NULL);
}

typedef struct lines {
    char v[8][256];
    size_t n;
} lines;

static void keep_line(void *ctx, const char *line)
{
    lines *l = ctx;
    if (l->n < 8)
        snprintf(l->v[l->n++], sizeof l->v[0], "%s", line);
}

/* Tracing lists no target, the rules' choice (flagged 1) and the other
 * actors, with their features. */
static void test_trace(void **state)
{
    (void)state;
    assert_int_equal(fixture_open(base), 0);
    lines l = {.n = 0};
    ent_coder_trace_targets(coder, keep_line, &l);
    const char *s = "Russian forces attacked Ukraine near Poland.";
    assert_int_equal(ent_coder_code(coder, "doc7",
                                    ent_date_from_ymd(2024, 3, 1), s, strlen(s),
                                    NULL, NULL),
                     0);
    assert_int_equal(l.n, 3);
    assert_non_null(strstr(l.v[0], "doc7\t0\t"));
    assert_non_null(
        strstr(l.v[0], "\t190\tRUS\t\t0\t0,")); /* no target, not chosen */
    assert_non_null(
        strstr(l.v[1], "\t190\tRUS\tUKR\t1\t")); /* the rules' choice */
    assert_non_null(strstr(l.v[2], "\t190\tRUS\tPOL\t0\t"));
    ent_coder_trace_targets(coder, NULL, NULL);
    l.n = 0;
    assert_int_equal(
        ent_coder_code(coder, "doc8", ENT_DATE_MIN, s, strlen(s), NULL, NULL),
        0);
    assert_int_equal(l.n, 0);
    teardown(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_round_trip),
        cmocka_unit_test(test_bad_weights),
        cmocka_unit_test(test_model_overrides_rules),
        cmocka_unit_test(test_trace),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
