/*
 * test_event_store.c - events in the SQLite store: one transaction per
 * document, idempotent ingest, queries, relations (repeated threats worsen
 * a pair), refusals of a guarantee marking commitments declined, and no
 * half-stored document after the writer is killed.
 */
#define _POSIX_C_SOURCE 200809L
#include "test_util.h"

#include <entente/events.h>
#include <entente/store.h>
#include <entente/world.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char path[4096];

static ent_event mk(const char *src, const char *tgt, const char *cameo, const char *date)
{
    ent_event e;
    memset(&e, 0, sizeof e);
    snprintf(e.source, sizeof e.source, "%s", src);
    snprintf(e.source_root, sizeof e.source_root, "%.3s", src);
    snprintf(e.target, sizeof e.target, "%s", tgt);
    snprintf(e.target_root, sizeof e.target_root, "%.3s", tgt);
    snprintf(e.cameo, sizeof e.cameo, "%s", cameo);
    ent_date_parse(&e.date, date);
    e.start = 1;
    e.end = 5;
    return e;
}

static int count(void *ctx, const ent_event *ev)
{
    (void)ev;
    (*(size_t *)ctx)++;
    return 0;
}

static void test_store_and_query(void **state)
{
    (void)state;
    snprintf(path, sizeof path, "%s/test_event_store_%d.db", ENT_BINARY_DIR, (int)getpid());
    unlink(path);
    ent_store *s;
    assert_int_equal(ent_store_open(&s, path), 0);
    ent_event ev[3] = {mk("RUSGOV", "LTU", "130", "2025-08-01"), mk("RUSGOV", "LTU", "138", "2025-08-10"),
                       mk("USAGOV", "UKR", "1224", "2025-08-27")};
    int added = -1;
    const char *text = "doc one";
    uint64_t h = ent_event_doc_hash(text, strlen(text));
    assert_int_equal(ent_events_store_document(s, "d1", ev[0].date, h, ev, 3, &added), 0);
    assert_int_equal(added, 1);
    assert_int_equal(ent_events_store_document(s, "d1", ev[0].date, h, ev, 3, &added), 0);
    assert_int_equal(added, 0); /* same document: nothing new */
    assert_int_equal(ent_events_store_document(s, "d1-copy", ev[0].date, h, ev, 3, &added), 0);
    assert_int_equal(added, 0); /* same text under another id */
    size_t n = 0;
    assert_int_equal(ent_events_query(s, NULL, ENT_DATE_MIN, count, &n), 0);
    assert_int_equal(n, 3);
    n = 0;
    assert_int_equal(ent_events_query(s, "LTU", ENT_DATE_MIN, count, &n), 0);
    assert_int_equal(n, 2);
    n = 0;
    ent_date since;
    ent_date_parse(&since, "2025-08-05");
    assert_int_equal(ent_events_query(s, "RUSGOV", since, count, &n), 0);
    assert_int_equal(n, 1);

    ent_relation *rel;
    size_t nrel;
    ent_date asof;
    ent_date_parse(&asof, "2025-08-05");
    assert_int_equal(ent_events_relations(s, asof, &rel, &nrel), 0);
    assert_int_equal(nrel, 1);
    double one_threat = rel[0].score;
    free(rel);
    ent_date_parse(&asof, "2025-09-01");
    assert_int_equal(ent_events_relations(s, asof, &rel, &nrel), 0);
    assert_int_equal(nrel, 2);
    assert_string_equal(rel[0].source, "RUS"); /* worst first */
    assert_int_equal(rel[0].threats, 2);
    assert_true(rel[0].score < one_threat); /* repeated threats worsen it */
    free(rel);

    /* a refusal of a guarantee declines the matching commitment */
    ent_world *w, *o;
    assert_int_equal(ent_world_new(&w), 0);
    const char *codes[] = {"USA", "UKR"};
    for (int i = 0; i < 2; i++) {
        ent_actor a = {.code = codes[i], .kind = ENT_ACTOR_STATE, .name = codes[i],
                       .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
        assert_int_equal(ent_world_add_actor(w, &a), 0);
    }
    const char *usa[] = {"USA", NULL}, *ukr[] = {"UKR", NULL};
    ent_commitment g = {.id = "g", .kind = ENT_COMMIT_SECURITY_GUARANTEE, .parties = usa,
                        .beneficiaries = ukr, .status = ENT_STATUS_PROPOSED,
                        .from = ENT_DATE_MIN, .until = ENT_DATE_MAX};
    assert_int_equal(ent_world_add_commitment(w, &g), 0);
    assert_int_equal(ent_world_overlay_new(&o, w), 0);
    ent_event_change *ch;
    size_t nch;
    assert_int_equal(ent_events_apply(s, o, asof, &ch, &nch), 0);
    assert_int_equal(nch, 1);
    assert_string_equal(ch[0].commitment, "g");
    assert_int_equal(ent_world_commitment(o, "g")->status, ENT_STATUS_DECLINED);
    assert_int_equal(ent_world_commitment(w, "g")->status, ENT_STATUS_PROPOSED);
    free(ch);
    ent_world_free(o);
    ent_world_free(w);
    ent_store_close(s);
}

/* A writer killed at a random moment leaves only whole documents. */
static void test_kill_mid_ingest(void **state)
{
    (void)state;
    unlink(path);
    ent_store *s;
    assert_int_equal(ent_store_open(&s, path), 0);
    ent_store_close(s);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        ent_store *cs;
        if (ent_store_open(&cs, path))
            _exit(1);
        static ent_event ev[200];
        for (int i = 0; i < 200; i++)
            ev[i] = mk("RUSGOV", "UKR", "190", "2025-01-01");
        for (int d = 0; d < 100000; d++) {
            char id[32];
            int added;
            snprintf(id, sizeof id, "doc%d", d);
            ent_events_store_document(cs, id, ev[0].date, (uint64_t)d * 7919u + 1u, ev,
                                      (size_t)(1 + d % 200), &added);
        }
        _exit(0);
    }
    struct timespec ts = {0, 150 * 1000 * 1000};
    nanosleep(&ts, NULL);
    kill(pid, SIGKILL);
    int st;
    waitpid(pid, &st, 0);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *q;
    /* every stored document has exactly its events, no event is orphaned */
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT count(*) FROM event_documents d WHERE n_events !="
                                        " (SELECT count(*) FROM events e WHERE e.doc = d.doc)",
                                        -1, &q, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(q, 0), 0);
    sqlite3_finalize(q);
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT count(*) FROM events WHERE doc NOT IN"
                                        " (SELECT doc FROM event_documents)",
                                        -1, &q, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(q, 0), 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    unlink(path);
    char aux[4200];
    snprintf(aux, sizeof aux, "%s-wal", path);
    unlink(aux);
    snprintf(aux, sizeof aux, "%s-shm", path);
    unlink(aux);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_store_and_query),
                                       cmocka_unit_test(test_kill_mid_ingest)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
