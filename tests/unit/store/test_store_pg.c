/* test_store_pg.c - the store on PostgreSQL: the cases every engine passes
 * (store_cases.h), each in its own schema of the database named by
 * ENTENTE_TEST_PG (a postgresql:// URL). Skipped (exit 77) when that
 * variable is unset; .ci/run starts a throw-away server and sets it. */
#include "test_util.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *base_url(void)
{
    return getenv("ENTENTE_TEST_PG");
}

static void run_sql(const char *url, const char *sql)
{
    PGconn *c = PQconnectdb(url);
    if (PQstatus(c) != CONNECTION_OK)
        fail_msg("cannot connect to %s: %s", url, PQerrorMessage(c));
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        fail_msg("%s: %s", sql, PQresultErrorMessage(r));
    PQclear(r);
    PQfinish(c);
}

static void fresh_target(char *buf, size_t n, const char *name)
{
    char sql[256];
    const char *url = base_url();
    snprintf(sql, sizeof sql,
             "SET client_min_messages = warning;"
             "DROP SCHEMA IF EXISTS ent_%s_%d CASCADE; CREATE SCHEMA ent_%s_%d",
             name, (int)getpid(), name, (int)getpid());
    run_sql(url, sql);
    snprintf(buf, n, "%s%coptions=-csearch_path%%3Dent_%s_%d", url,
             strchr(url, '?') ? '&' : '?', name, (int)getpid());
}

static void drop_target(const char *target)
{
    const char *p = strstr(target, "search_path%3D");
    char sql[256];
    assert_non_null(p);
    snprintf(sql, sizeof sql,
             "SET client_min_messages = warning; DROP SCHEMA %s CASCADE",
             p + strlen("search_path%3D"));
    run_sql(base_url(), sql);
}

static void force_version(const char *target, int v)
{
    char sql[128];
    snprintf(sql, sizeof sql, "UPDATE entente_schema SET version = %d", v);
    run_sql(target, sql);
}

#include "store_cases.h"

static void test_store__pg_backend(void **state)
{
    (void)state;
    char db[4096];
    fresh_target(db, sizeof db, "names");
    ent_store *s = NULL;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_string_equal(ent_store_backend(s), "postgresql");
    assert_null(ent_store_db(s));
    ent_store_close(s);
    drop_target(db);
    s = NULL;
    assert_int_equal(ent_store_open(&s, "postgresql://nobody@127.0.0.1:1/x"
                                        "?connect_timeout=2"),
                     ENT_EDB);
    assert_null(s);
}

int main(void)
{
    if (!base_url() || !base_url()[0]) {
        fprintf(stderr, "ENTENTE_TEST_PG is not set: skipping the "
                        "PostgreSQL store tests\n");
        return 77;
    }
    const struct CMUnitTest tests[] = {
        STORE_CASES,
        cmocka_unit_test(test_store__pg_backend),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
