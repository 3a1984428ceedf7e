/* test_grid.c - assumption grids (entente/sweep.h): options, expressions,
 * row-major set numbering, and errors with their line. */
#include "test_util.h"

#include <entente/sweep.h>
#include <string.h>

static ent_grid *parse(const char *text)
{
    ent_grid *g = NULL;
    assert_int_equal(ent_grid_parse(&g, text, strlen(text), "g"), 0);
    return g;
}

static void test_grid__product_row_major(void **state)
{
    (void)state;
    ent_grid *g = parse("# sweep\n[troops]\nnone:\nfra-gbr: FRA:target, "
                        "GBR:target  # two\nall: FRA:target GBR:target "
                        "DEU:target\n\n[us]\nout: USA:out\njoins: USA:target\n");
    assert_int_equal(ent_grid_dims(g), 2);
    assert_string_equal(ent_grid_dim_name(g, 0), "troops");
    assert_int_equal(ent_grid_options(g, 0), 3);
    assert_int_equal(ent_grid_options(g, 1), 2);
    assert_int_equal(ent_grid_sets(g), 6);
    /* set 3 = (fra-gbr, joins) */
    assert_int_equal(ent_grid_choice(g, 3, 0), 1);
    assert_int_equal(ent_grid_choice(g, 3, 1), 1);
    assert_int_equal(ent_grid_choice(g, 4, 0), 2);
    assert_int_equal(ent_grid_choice(g, 4, 1), 0);
    assert_string_equal(ent_grid_label(g, 0, 1), "fra-gbr");
    const char *const *ex;
    assert_int_equal(ent_grid_exprs(g, 0, 1, &ex), 2);
    assert_string_equal(ex[0], "FRA:target");
    assert_string_equal(ex[1], "GBR:target");
    assert_int_equal(ent_grid_exprs(g, 0, 0, &ex), 0);
    assert_int_equal(ent_grid_exprs(g, 0, 2, &ex), 3);
    ent_grid_free(g);
}

static void expect_error(const char *text, int code, const char *msg)
{
    ent_grid *g = (ent_grid *)1;
    assert_int_equal(ent_grid_parse(&g, text, strlen(text), "g"), code);
    assert_null(g);
    if (!strstr(ent_error_last(), msg))
        fail_msg("error '%s' lacks '%s'", ent_error_last(), msg);
}

static void test_grid__errors(void **state)
{
    (void)state;
    expect_error("", ENT_EINVALID, "no [dimension]");
    expect_error("x: y\n", ENT_EINVALID, "g:1: an option before");
    expect_error("[a]\n[b]\nx:\n", ENT_EINVALID, "g:2: dimension [a] has no");
    expect_error("[a]\nx: 1\n[b]\n", ENT_EINVALID, "dimension [b] has no");
    expect_error("[a]\nbad label: y\n", ENT_EINVALID, "g:2: expected 'LABEL");
    expect_error("[a]\nx: 1\nx: 2\n", ENT_EINVALID, "g:3: option 'x' twice");
    expect_error("[a]\nx:\n[a]\ny:\n", ENT_EINVALID, "g:3: dimension [a] twice");
    expect_error("[a\nx:\n", ENT_EINVALID, "g:1: expected '[NAME]'");
    char big[4096] = "";
    for (int d = 0; d < 7; d++)
        strcat(big, "[d]\na:\nb:\nc:\nd:\ne:\nf:\ng:\nh:\n");
    for (size_t i = 0; big[i]; i++) /* distinct dimension names */
        if (big[i] == '[')
            big[i + 1] = (char)('a' + (i % 26));
    expect_error(big, ENT_ELIMIT, "more than 1000000 sets");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_grid__product_row_major),
        cmocka_unit_test(test_grid__errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
