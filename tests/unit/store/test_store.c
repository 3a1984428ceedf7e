/* test_store.c - the store on SQLite: the cases every engine passes
 * (store_cases.h), and a foreign file refused without being changed. */
#include "test_util.h"

#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

static void fresh_target(char *buf, size_t n, const char *name)
{
    snprintf(buf, n, "%s/%s-%d.db", ENT_BINARY_DIR, name, (int)getpid());
    unlink(buf);
}

static void drop_target(const char *target)
{
    char p[4200];
    unlink(target);
    snprintf(p, sizeof p, "%s-wal", target);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", target);
    unlink(p);
}

static void force_version(const char *target, int v)
{
    sqlite3 *db = NULL;
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v);
    assert_int_equal(sqlite3_open(target, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

#include "store_cases.h"

static void test_store__refuses_foreign_file(void **state)
{
    (void)state;
    char path[4096];
    fresh_target(path, sizeof path, "foreign");
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

static void test_store__backend_names(void **state)
{
    (void)state;
    char db[4096];
    fresh_target(db, sizeof db, "names");
    ent_store *s = NULL;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_string_equal(ent_store_backend(s), "sqlite");
    assert_non_null(ent_store_db(s));
    ent_store_close(s);
    drop_target(db);
    assert_true(ent_store_is_url("postgresql://u@h/db"));
    assert_true(ent_store_is_url("postgres://h/db"));
    assert_false(ent_store_is_url("postgresql.db"));
    assert_false(ent_store_is_url("./entente.db"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        STORE_CASES,
        cmocka_unit_test(test_store__refuses_foreign_file),
        cmocka_unit_test(test_store__backend_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
