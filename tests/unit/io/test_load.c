/* test_load.c - the YAML loader: a valid file loads, and every kind of
 * problem is reported at its file:line:col in one pass. */
#include "test_util.h"

#include <entente/io.h>
#include <string.h>

static bool has_error(const ent_list *errors, const char *needle)
{
    for (size_t i = 0; i < errors->n; i++)
        if (strstr(errors->items[i], needle))
            return true;
    return false;
}

static int load_text(const char *text, ent_list *errors, ent_world **w)
{
    return ent_io_load_buffer(w, "t.yaml", text, strlen(text), errors);
}

static void test_io__loads_records(void **state)
{
    (void)state;
    ent_list errors = {0};
    ent_world *w = NULL;
    const char *path = ENT_SOURCE_DIR "/tests/data/mini-world.yaml";
    assert_int_equal(ent_io_load(&w, &path, 1, &errors), 0);
    assert_int_equal(errors.n, 0);
    const ent_commitment *c = ent_world_commitment(w, "us-guarantee-ukr");
    assert_non_null(c);
    assert_int_equal(c->n_conditions, 1);
    assert_string_equal(c->opponents[0], "RUS");
    assert_string_equal(c->source, "press");
    ent_world_free(w);
}

static void test_io__all_errors_in_one_pass(void **state)
{
    (void)state;
    ent_list errors = {0};
    ent_world *w = NULL;
    const char *paths[] = {ENT_SOURCE_DIR "/tests/data/bad-scenario.yaml"};
    assert_int_equal(ent_io_load(&w, paths, 1, &errors), ENT_EINVALID);
    assert_null(w);
    assert_int_equal(errors.n, 3);
    assert_true(has_error(&errors, "bad-scenario.yaml:9:5: unknown key 'benficiaries'"));
    assert_true(has_error(&errors, "bad-scenario.yaml:14:15: unknown actor code 'RUX'"));
    assert_true(has_error(&errors, "bad-scenario.yaml:17:11: 2025-02-30 is not a calendar date"));
    ent_world_errors_free(&errors);
}

static void test_io__wrong_types_and_overlaps(void **state)
{
    (void)state;
    ent_list errors = {0};
    ent_world *w = NULL;
    const char *text =
        "actors:\n"
        "  - {code: A, kind: state, name: A}\n"
        "  - {code: B, kind: organisation, name: B}\n"
        "  - {code: C, kind: planet, name: C}\n"
        "memberships:\n"
        "  - {member: A, of: B, from: 2000-01-01}\n"
        "  - {member: A, of: B, from: 2010-01-01}\n"
        "capabilities:\n"
        "  - {actor: A, year: [2024]}\n"
        "claims:\n"
        "  - {actor: A, kind: threat, about: nothing-here}\n";
    assert_int_equal(load_text(text, &errors, &w), ENT_EINVALID);
    assert_true(has_error(&errors, "t.yaml:4:21: unknown actor kind 'planet'"));
    assert_true(has_error(&errors, "t.yaml:9:23: year must be a single value, not a list"));
    assert_true(has_error(&errors, "t.yaml:7:6: membership of A in B overlaps"));
    assert_true(has_error(&errors, "'nothing-here' is neither a commitment nor an issue"));
    ent_world_errors_free(&errors);
}

static void test_io__syntax_error_has_position(void **state)
{
    (void)state;
    ent_list errors = {0};
    ent_world *w = NULL;
    assert_int_equal(load_text("actors:\n  - {code: A\n  kind: [\n", &errors, &w),
                     ENT_EINVALID);
    assert_int_equal(errors.n, 1);
    assert_true(has_error(&errors, "t.yaml:3:"));
    assert_true(has_error(&errors, "YAML syntax: "));
    ent_world_errors_free(&errors);
    assert_int_equal(load_text("- just\n- a list\n", &errors, &w), ENT_EINVALID);
    assert_true(has_error(&errors, "t.yaml:1:3: the file's top level must be a mapping"));
    ent_world_errors_free(&errors);
}

/* Found by fuzzing: libfyaml 0.7.12 never returned on "%\xfbv"; malformed
 * UTF-8 is now refused, with its position, before parsing. */
static void test_io__invalid_utf8_is_refused(void **state)
{
    (void)state;
    ent_list errors = {0};
    ent_world *w = NULL;
    assert_int_equal(load_text("%\xfbv", &errors, &w), ENT_EINVALID);
    assert_true(has_error(&errors, "t.yaml:1:2: invalid UTF-8 (byte 0xfb)"));
    ent_world_errors_free(&errors);
    assert_int_equal(load_text("actors:\n  - {code: A, kind: state, name: \"Caf\xe9\"}\n",
                               &errors, &w), ENT_EINVALID);
    assert_true(has_error(&errors, "t.yaml:2:38: invalid UTF-8"));
    ent_world_errors_free(&errors);
    /* Well-formed non-ASCII text is fine. */
    assert_int_equal(load_text("actors:\n  - {code: A, kind: state, name: \"T\xc3\xbcrkiye\"}\n",
                               &errors, &w), 0);
    assert_string_equal(ent_world_actor(w, "A")->name, "T\xc3\xbcrkiye");
    ent_world_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_io__loads_records),
        cmocka_unit_test(test_io__all_errors_in_one_pass),
        cmocka_unit_test(test_io__wrong_types_and_overlaps),
        cmocka_unit_test(test_io__syntax_error_has_position),
        cmocka_unit_test(test_io__invalid_utf8_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
