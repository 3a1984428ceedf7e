/* test_store.c - the SQLite store: a world read back equals the world
 * loaded from the files, loading twice changes nothing, the schema is
 * versioned, and a foreign file is refused without being changed. */
#include "test_util.h"

#include <entente/io.h>
#include <entente/store.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void tmp_path(char *buf, size_t n, const char *name)
{
    snprintf(buf, n, "%s/%s-%d.db", ENT_BINARY_DIR, name, (int)getpid());
    unlink(buf);
}

static ent_world *load(const char *path)
{
    ent_list errors = {0};
    ent_world *w = NULL;
    assert_int_equal(ent_io_load(&w, &path, 1, &errors), 0);
    ent_world_errors_free(&errors);
    return w;
}

static void test_store__roundtrip_equals_files(void **state)
{
    (void)state;
    char db[4096];
    tmp_path(db, sizeof db, "roundtrip");
    ent_world *w = load(ENT_SOURCE_DIR "/tests/data/scenario.yaml");
    ent_store *s;
    int changed = -1;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_store_schema_version(s), ENT_STORE_SCHEMA_VERSION);
    assert_int_equal(ent_store_save_world(s, w, &changed), 0);
    assert_int_equal(changed, 2);
    assert_int_equal(ent_store_save_world(s, w, &changed), 0);
    assert_int_equal(changed, 0); /* idempotent */
    ent_world *back = NULL;
    assert_int_equal(ent_store_load_world(s, NULL, &back), 0);
    char *a = ent_json_dump_layer(w), *b = ent_json_dump_layer(back);
    assert_string_equal(a, b);
    free(a);
    free(b);
    a = ent_json_dump_layer(ent_world_parent(w));
    b = ent_json_dump_layer(ent_world_parent(back));
    assert_string_equal(a, b);
    free(a);
    free(b);
    assert_non_null(ent_world_assumption(back, "guarantee-in-force"));
    assert_string_equal(ent_world_scenario(back)->id, "mini");
    ent_world_free(back);
    assert_int_equal(ent_store_load_world(s, "no-such", &back), ENT_ENOTFOUND);
    ent_store_close(s);
    ent_world_free(w);
    unlink(db);
}

/* The shipped reference world and the seed scenario survive the store. */
static void test_store__seed_roundtrip(void **state)
{
    (void)state;
    char db[4096];
    tmp_path(db, sizeof db, "seed");
    ent_world *w = load(ENT_SOURCE_DIR "/scenarios/ukraine-guarantees-2025.yaml");
    ent_store *s;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_store_save_world(s, w, NULL), 0);
    ent_world *back = NULL;
    assert_int_equal(ent_store_load_world(s, "ukraine-guarantees-2025", &back), 0);
    const ent_world *layers[2][2] = {{w, back},
                                     {ent_world_parent(w), ent_world_parent(back)}};
    for (int i = 0; i < 2; i++) {
        char *a = ent_json_dump_layer(layers[i][0]);
        char *b = ent_json_dump_layer(layers[i][1]);
        assert_non_null(a);
        assert_true(strlen(a) > 1000);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    ent_world_free(back);
    ent_store_close(s);
    ent_world_free(w);
    unlink(db);
}

static void test_store__refuses_foreign_file(void **state)
{
    (void)state;
    char path[4096];
    tmp_path(path, sizeof path, "foreign");
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("this is not a database, and must not be overwritten\n", fp);
    fclose(fp);
    ent_store *s = NULL;
    assert_int_equal(ent_store_open(&s, path), ENT_EDB);
    assert_null(s);
    fp = fopen(path, "r");
    char line[128];
    assert_non_null(fgets(line, sizeof line, fp));
    fclose(fp);
    assert_string_equal(line, "this is not a database, and must not be overwritten\n");
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_store__roundtrip_equals_files),
        cmocka_unit_test(test_store__seed_roundtrip),
        cmocka_unit_test(test_store__refuses_foreign_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
