/*
 * store_cases.h - the store tests, run against each engine: test_store.c
 * (SQLite) and test_store_pg.c (PostgreSQL) include this file after
 * defining
 *   static void fresh_target(char *buf, size_t n, const char *name);
 *       an empty store target of that engine, unique to this process;
 *   static void drop_target(const char *target);
 *       delete it;
 *   static void force_version(const char *target, int v);
 *       overwrite the recorded schema version of a store.
 * Each case checks what entente/store.h promises of every engine.
 */
#include <entente/events.h>
#include <entente/io.h>
#include <entente/par.h>
#include <entente/store.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static ent_world *load(const char *path)
{
    ent_list errors = {0};
    ent_world *w = NULL;
    assert_int_equal(ent_io_load(&w, &path, 1, &errors), 0);
    ent_world_errors_free(&errors);
    return w;
}

static void assert_same_layers(const ent_world *a, const ent_world *b)
{
    for (; a || b; a = ent_world_parent(a), b = ent_world_parent(b)) {
        assert_non_null(a);
        assert_non_null(b);
        char *x = ent_json_dump_layer(a), *y = ent_json_dump_layer(b);
        assert_string_equal(x, y);
        free(x);
        free(y);
    }
}

static void test_store__roundtrip_equals_files(void **state)
{
    (void)state;
    char db[4096];
    fresh_target(db, sizeof db, "roundtrip");
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
    assert_same_layers(w, back);
    assert_non_null(ent_world_assumption(back, "guarantee-in-force"));
    assert_string_equal(ent_world_scenario(back)->id, "mini");
    ent_world_free(back);
    assert_int_equal(ent_store_load_world(s, "", &back), 0);
    assert_same_layers(ent_world_parent(w), back);
    ent_world_free(back);
    ent_list ids = {0};
    assert_int_equal(ent_store_scenarios(s, &ids), 0);
    assert_int_equal(ids.n, 1);
    assert_string_equal(ids.items[0], "mini");
    ent_world_errors_free(&ids);
    assert_int_equal(ent_store_load_world(s, "no-such", &back), ENT_ENOTFOUND);
    ent_store_close(s);
    /* Reopened: the same schema, nothing migrated twice, same content. */
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_store_schema_version(s), ENT_STORE_SCHEMA_VERSION);
    assert_int_equal(ent_store_load_world(s, "mini", &back), 0);
    assert_same_layers(w, back);
    ent_world_free(back);
    ent_store_close(s);
    ent_world_free(w);
    drop_target(db);
}

/* The shipped reference world and the seed scenario survive the store. */
static void test_store__seed_roundtrip(void **state)
{
    (void)state;
    char db[4096];
    fresh_target(db, sizeof db, "seed");
    ent_world *w = load(ENT_SOURCE_DIR "/scenarios/ukraine-guarantees-2025.yaml");
    ent_store *s;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_store_save_world(s, w, NULL), 0);
    ent_world *back = NULL;
    assert_int_equal(ent_store_load_world(s, "ukraine-guarantees-2025", &back), 0);
    char *a = ent_json_dump_layer(ent_world_parent(w));
    assert_non_null(a);
    assert_true(strlen(a) > 1000);
    free(a);
    assert_same_layers(w, back);
    ent_world_free(back);
    ent_store_close(s);
    ent_world_free(w);
    drop_target(db);
}

/* Text that COPY and SQL quoting must carry unchanged. */
static void test_store__special_characters_roundtrip(void **state)
{
    (void)state;
    char db[4096], yaml[4096];
    fresh_target(db, sizeof db, "special");
    snprintf(yaml, sizeof yaml, "%s/special-%d.yaml", ENT_BINARY_DIR,
             (int)getpid());
    FILE *fp = fopen(yaml, "w");
    assert_non_null(fp);
    fputs("actors:\n"
          "  - {code: AAA, kind: state, name: \"tab\\there, back\\\\slash \\\\N"
          " new\\nline\", source: \"it's \\\"quoted\\\"; DROP TABLE x; --\"}\n"
          "  - {code: BBB, kind: state, name: \"\xc3\x89tat \xe2\x80\x94 "
          "\\r\\n\", source: \"\\\\.\"}\n",
          fp);
    fclose(fp);
    ent_world *w = load(yaml);
    ent_store *s;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_store_save_world(s, w, NULL), 0);
    ent_world *back = NULL;
    assert_int_equal(ent_store_load_world(s, NULL, &back), 0);
    assert_same_layers(w, back);
    ent_world_free(back);
    ent_store_close(s);
    ent_world_free(w);
    unlink(yaml);
    drop_target(db);
}

/* A failed save leaves the store as it was: all layers or none. */
static void test_store__failed_save_rolls_back(void **state)
{
    (void)state;
    char db[4096];
    fresh_target(db, sizeof db, "rollback");
    ent_world *base = load(ENT_SOURCE_DIR "/tests/data/mini-world.yaml");
    ent_world *top = NULL;
    assert_int_equal(ent_world_overlay_new(&top, base), 0);
    ent_store *s;
    int changed = -1;
    assert_int_equal(ent_store_open(&s, db), 0);
    /* The base layer is written first, then the overlay (no scenario id)
     * fails: the base must not stay behind. */
    assert_int_equal(ent_store_save_world(s, top, &changed), ENT_EINVALID);
    assert_int_equal(changed, 0);
    ent_world *back = NULL;
    assert_int_equal(ent_store_load_world(s, NULL, &back), ENT_ENOTFOUND);
    assert_null(back);
    /* The store is still usable afterwards. */
    assert_int_equal(ent_store_save_world(s, base, &changed), 0);
    assert_int_equal(changed, 1);
    ent_store_close(s);
    ent_world_free(top);
    ent_world_free(base);
    drop_target(db);
}

static void test_store__refuses_newer_schema(void **state)
{
    (void)state;
    char db[4096];
    fresh_target(db, sizeof db, "newer");
    ent_store *s = NULL;
    assert_int_equal(ent_store_open(&s, db), 0);
    ent_store_close(s);
    force_version(db, ENT_STORE_SCHEMA_VERSION + 1);
    s = NULL;
    assert_int_equal(ent_store_open(&s, db), ENT_EDB);
    assert_null(s);
    assert_non_null(strstr(ent_error_last(), "newer"));
    drop_target(db);
}

/* Writers in several processes at once (as MPI ranks are): they queue, the
 * schema is created once, and exactly one of them writes the layers. */
static void test_store__concurrent_writers(void **state)
{
    (void)state;
    enum { N = 6 };
    char db[4096];
    fresh_target(db, sizeof db, "concurrent");
    pid_t pids[N];
    for (int i = 0; i < N; i++) {
        pids[i] = fork();
        assert_true(pids[i] >= 0);
        if (pids[i] == 0) {
            ent_world *w = load(ENT_SOURCE_DIR "/tests/data/scenario.yaml");
            ent_store *s = NULL;
            int changed = 0;
            int rc = ent_store_open(&s, db);
            if (!rc)
                rc = ent_store_save_world(s, w, &changed);
            if (rc)
                fprintf(stderr, "writer %d: %s\n", i, ent_error_last());
            /* No close: a process that ends without closing keeps what it
             * committed. */
            _exit(rc ? 100 : changed);
        }
    }
    int total = 0;
    for (int i = 0; i < N; i++) {
        int st = 0;
        assert_int_equal(waitpid(pids[i], &st, 0), pids[i]);
        assert_true(WIFEXITED(st));
        assert_true(WEXITSTATUS(st) <= 2);
        total += WEXITSTATUS(st);
    }
    assert_int_equal(total, 2);
    ent_store *s;
    ent_world *back = NULL, *w = load(ENT_SOURCE_DIR "/tests/data/scenario.yaml");
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_store_load_world(s, "mini", &back), 0);
    assert_same_layers(w, back);
    ent_world_free(back);
    ent_world_free(w);
    ent_store_close(s);
    drop_target(db);
}

/* A writer killed in the middle of its work loses nothing committed, and
 * leaves no half-written layer. */
static void test_store__killed_writer_loses_nothing(void **state)
{
    (void)state;
    char db[4096], yaml[4096];
    fresh_target(db, sizeof db, "killed");
    snprintf(yaml, sizeof yaml, "%s/other-%d.yaml", ENT_BINARY_DIR,
             (int)getpid());
    FILE *fp = fopen(yaml, "w");
    assert_non_null(fp);
    fputs("actors:\n", fp);
    for (int i = 0; i < 300; i++)
        fprintf(fp, "  - {code: S%03d, kind: state, name: State %d}\n", i, i);
    fclose(fp);
    ent_world *a = load(ENT_SOURCE_DIR "/tests/data/mini-world.yaml");
    ent_world *b = load(yaml);
    char *da = ent_json_dump_layer(a), *dbump = ent_json_dump_layer(b);
    ent_store *s;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_store_save_world(s, a, NULL), 0);
    ent_store_close(s);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        /* Replace the base world by the other one, and back, until killed. */
        ent_store *c = NULL;
        if (ent_store_open(&c, db))
            _exit(1);
        for (;;) {
            ent_store_save_world(c, b, NULL);
            ent_store_save_world(c, a, NULL);
        }
    }
    usleep(300000);
    kill(pid, SIGKILL);
    int st;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFSIGNALED(st));
    assert_int_equal(ent_store_open(&s, db), 0);
    ent_world *back = NULL;
    assert_int_equal(ent_store_load_world(s, "", &back), 0);
    char *d = ent_json_dump_layer(back);
    assert_true(strcmp(d, da) == 0 || strcmp(d, dbump) == 0);
    free(d);
    ent_world_free(back);
    ent_store_close(s);
    free(da);
    free(dbump);
    ent_world_free(b);
    ent_world_free(a);
    unlink(yaml);
    drop_target(db);
}

/* --- events ---------------------------------------------------------- */

/* A JSONL file of n synthetic events (as `entente code` writes them),
 * with a bad line after `bad_after` events when bad_after < n. */
static void write_events(const char *path, int n, int bad_after)
{
    static const char *const codes[] = {"010", "042", "1224", "190", "0874"};
    static const char *const actors[] = {"UKR", "RUS", "USA", "EUR", "NATO"};
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    for (int i = 0; i < n; i++) {
        if (i == bad_after)
            fputs("{\"doc\": \"broken\", no json here\n", fp);
        fprintf(fp,
                "{\"doc\":\"d%04d\",\"sentence\":%d,\"date\":\"2025-%02d-%02d\","
                "\"source\":\"%sGOV\",\"target\":\"%s\",\"source_root\":\"%s\","
                "\"target_root\":\"%s\",\"cameo\":\"%s\",\"root\":\"%.2s\","
                "\"plover\":\"CONSULT\",\"plover_mode\":\"\","
                "\"quad_class\":\"verbal_cooperation\",\"goldstein\":%.1f,"
                "\"negated\":%s,\"modality\":\"asserted\",\"start\":%d,"
                "\"end\":%d,\"text\":\"tab\\there \\\\ and \\\"quotes\\\"\"}\n",
                i / 3, i % 3, 1 + i % 12, 1 + i % 28, actors[i % 5],
                actors[(i + 1) % 5], actors[i % 5], actors[(i + 1) % 5],
                codes[i % 5], codes[i % 5], (double)(i % 21) - 10.0,
                i % 7 ? "false" : "true", i % 50, i % 50 + 5);
    }
    fclose(fp);
}

static uint64_t count_events(const char *db)
{
    ent_store *s;
    uint64_t n = 0, d = 0;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_events_count(s, &n, &d), 0);
    assert_int_equal(d, (n + 2) / 3); /* three events per document */
    ent_store_close(s);
    return n;
}

static void ingest_range(const char *db, const char *path, uint64_t b,
                         uint64_t e, size_t batch, ent_events_ingest_stats *st)
{
    ent_store *s;
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    assert_int_equal(ent_store_open(&s, db), 0);
    int rc = ent_events_ingest_jsonl(s, fp, path, b, e, batch, st);
    if (rc)
        fail_msg("%s", ent_error_last());
    ent_store_close(s);
    fclose(fp);
}

static int count_rows(void *ctx, const ent_event *ev)
{
    (void)ev;
    (*(size_t *)ctx)++;
    return 0;
}

/* Ingest is idempotent; batches and line shares change nothing; the
 * queries read what was stored. */
static void test_store__events_ingest_idempotent(void **state)
{
    (void)state;
    char db[4096], path[4096];
    fresh_target(db, sizeof db, "events");
    snprintf(path, sizeof path, "%s/events-%d.jsonl", ENT_BINARY_DIR,
             (int)getpid());
    write_events(path, 1000, 1000);
    ent_events_ingest_stats st;
    ingest_range(db, path, 0, UINT64_MAX, 300, &st);
    assert_int_equal(st.lines, 1000);
    assert_int_equal(st.docs, 334);
    assert_int_equal(st.added_docs, 334);
    assert_int_equal(st.added_events, 1000);
    assert_int_equal(count_events(db), 1000);
    ingest_range(db, path, 0, UINT64_MAX, 0, &st);
    assert_int_equal(st.lines, 1000);
    assert_int_equal(st.added_docs, 0);
    assert_int_equal(st.added_events, 0);
    assert_int_equal(count_events(db), 1000);
    /* the queries of entente/events.h on this engine */
    ent_store *s;
    size_t n = 0;
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_events_query(s, NULL, ENT_DATE_MIN, count_rows, &n), 0);
    assert_int_equal(n, 1000);
    n = 0;
    assert_int_equal(ent_events_query(s, "UKR", ENT_DATE_MIN, count_rows, &n), 0);
    assert_int_equal(n, 400); /* source or target */
    ent_date since;
    assert_int_equal(ent_date_parse(&since, "2025-12-01"), 0);
    n = 0;
    assert_int_equal(ent_events_query(s, NULL, since, count_rows, &n), 0);
    assert_true(n > 0 && n < 1000);
    ent_relation *rel = NULL;
    size_t nrel = 0;
    assert_int_equal(ent_events_relations(s, ENT_DATE_MIN, &rel, &nrel), 0);
    assert_int_equal(nrel, 5);
    size_t total = 0;
    for (size_t i = 0; i < nrel; i++)
        total += rel[i].events;
    assert_true(total > 0 && total <= 1000);
    free(rel);
    ent_store_close(s);
    drop_target(db);
    /* Line shares cut anywhere, even inside a document: each document is
     * stored once, whole. */
    for (int size = 2; size <= 7; size += 5) {
        fresh_target(db, sizeof db, "events_shares");
        struct stat sb;
        assert_int_equal(stat(path, &sb), 0);
        uint64_t lines = 0, docs = 0;
        for (int r = size - 1; r >= 0; r--) {
            uint64_t lo, hi, b, e;
            ent_par_cut((uint64_t)sb.st_size, r, size, &lo, &hi);
            assert_int_equal(ent_par_line_range(path, lo, hi, &b, &e, NULL), 0);
            ingest_range(db, path, b, e, 128, &st);
            assert_int_equal(st.added_docs, st.docs);
            lines += st.lines;
            docs += st.docs;
        }
        assert_int_equal(lines, 1000);
        assert_int_equal(docs, 334);
        assert_int_equal(count_events(db), 1000);
        drop_target(db);
    }
    unlink(path);
}

/* A bad line stops the ingest with its place; the batches before stay. */
static void test_store__events_bad_line(void **state)
{
    (void)state;
    char db[4096], path[4096];
    fresh_target(db, sizeof db, "badevents");
    snprintf(path, sizeof path, "%s/bad-%d.jsonl", ENT_BINARY_DIR,
             (int)getpid());
    write_events(path, 500, 250);
    ent_store *s;
    ent_events_ingest_stats st;
    FILE *fp = fopen(path, "rb");
    assert_int_equal(ent_store_open(&s, db), 0);
    assert_int_equal(ent_events_ingest_jsonl(s, fp, "bad.jsonl", 0, UINT64_MAX,
                                             100, &st),
                     ENT_EINVALID);
    assert_non_null(strstr(ent_error_last(), "bad.jsonl: byte "));
    fclose(fp);
    uint64_t n = 0;
    assert_int_equal(ent_events_count(s, &n, NULL), 0);
    assert_int_equal(n, 204); /* two batches of 34 whole documents */
    ent_store_close(s);
    drop_target(db);
    unlink(path);
}

/* Several processes ingesting the same file at once store it once. */
static void test_store__events_concurrent_ingest(void **state)
{
    (void)state;
    enum { N = 4 };
    char db[4096], path[4096];
    fresh_target(db, sizeof db, "events_conc");
    snprintf(path, sizeof path, "%s/conc-%d.jsonl", ENT_BINARY_DIR,
             (int)getpid());
    write_events(path, 3000, 3000);
    ent_store *s;
    assert_int_equal(ent_store_open(&s, db), 0);
    ent_store_close(s);
    pid_t pids[N];
    for (int i = 0; i < N; i++) {
        pids[i] = fork();
        assert_true(pids[i] >= 0);
        if (pids[i] == 0) {
            ent_store *c = NULL;
            ent_events_ingest_stats st;
            FILE *fp = fopen(path, "rb");
            int rc = fp ? ent_store_open(&c, db) : -1;
            if (!rc)
                rc = ent_events_ingest_jsonl(c, fp, path, 0, UINT64_MAX, 500, &st);
            if (rc)
                fprintf(stderr, "ingester %d: %s\n", i, ent_error_last());
            _exit(rc ? 1 : 0);
        }
    }
    for (int i = 0; i < N; i++) {
        int st = 0;
        assert_int_equal(waitpid(pids[i], &st, 0), pids[i]);
        assert_true(WIFEXITED(st));
        assert_int_equal(WEXITSTATUS(st), 0);
    }
    assert_int_equal(count_events(db), 3000);
    drop_target(db);
    unlink(path);
}

#define STORE_CASES                                                            \
    cmocka_unit_test(test_store__roundtrip_equals_files),                      \
        cmocka_unit_test(test_store__seed_roundtrip),                          \
        cmocka_unit_test(test_store__special_characters_roundtrip),            \
        cmocka_unit_test(test_store__failed_save_rolls_back),                  \
        cmocka_unit_test(test_store__refuses_newer_schema),                    \
        cmocka_unit_test(test_store__concurrent_writers),                      \
        cmocka_unit_test(test_store__killed_writer_loses_nothing),             \
        cmocka_unit_test(test_store__events_ingest_idempotent),                \
        cmocka_unit_test(test_store__events_bad_line),                         \
        cmocka_unit_test(test_store__events_concurrent_ingest)
