/*
 * test_eval.c - scoring a second coding against a gold file (inter-coder
 * agreement, ent_eval_against): counts at each level, compounds, items
 * the second coding lacks, the split, and its errors.
 */
#include "../test_util.h"

#include <entente/common.h>
#include <entente/text.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/ent_eval_XXXXXX";

static const char *write_file(const char *name, const char *text)
{
    static char path[8][256];
    static int k;
    char *p = path[k++ % 8];
    snprintf(p, 256, "%s/%s", dir, name);
    FILE *fp = fopen(p, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    return p;
}

static const char *GOLD =
    "id\tdate\tcategory\tgold\ttext\n"
    "G-1\t2024-01-01\t19\tRUS|UKR|190\tRussia attacked Ukraine.\n"
    "G-2\t2024-01-01\t04\tUKRGOV|USAGOV|040\tUkrainian officials met US officials.\n"
    "G-3\t2024-01-01\t16\tUSA+GBR|IRN|163\tThe US and Britain sanctioned Iran.\n"
    "G-4\t2024-01-01\t11\tFRAGOV|RUS|111\tFrance criticised Russia.\n";

static void test_identical(void **state)
{
    (void)state;
    const char *g = write_file("gold.tsv", GOLD);
    ent_eval_result r;
    assert_int_equal(ent_eval_against(g, g, ENT_SPLIT_ALL, &r, NULL, NULL), 0);
    assert_int_equal(r.items, 4);
    assert_int_equal(r.gold_events, 5); /* the compound source gives two */
    const ent_eval_counts *k = &r.level[ENT_EVAL_ROOT];
    assert_int_equal(k->tp, 5);
    assert_int_equal(k->fp, 0);
    assert_int_equal(k->fn, 0);
    ent_eval_result_free(&r);
}

static void test_disagreement(void **state)
{
    (void)state;
    const char *g = write_file("gold2.tsv", GOLD);
    /* JSONL second coding: G-1 agrees, G-2 agrees at root level only,
     * G-3 codes one of the two senders and a wrong target root, G-4 is
     * missing (coded with no events). */
    const char *o = write_file(
        "other.jsonl",
        "{\"id\":\"G-2\",\"text\":\"x\",\"events\":[{\"source\":\"UKRGOV\","
        "\"target\":\"USAGOV\",\"code\":\"042\"}]}\n"
        "{\"id\":\"G-1\",\"text\":\"x\",\"events\":[{\"source\":\"RUSMIL\","
        "\"target\":\"UKR\",\"code\":\"190\"}]}\n"
        "{\"id\":\"G-3\",\"text\":\"x\",\"events\":[{\"source\":\"USAGOV\","
        "\"target\":\"IRQ\",\"code\":\"163\"}]}\n");
    ent_eval_result r;
    assert_int_equal(ent_eval_against(g, o, ENT_SPLIT_ALL, &r, NULL, NULL), 0);
    assert_int_equal(r.pred_events, 3);
    const ent_eval_counts *root = &r.level[ENT_EVAL_ROOT];
    assert_int_equal(root->tp, 2);
    assert_int_equal(root->fp, 1);
    assert_int_equal(root->fn, 3);
    const ent_eval_counts *full = &r.level[ENT_EVAL_FULL];
    assert_int_equal(full->tp, 1);
    const ent_eval_counts *code = &r.level[ENT_EVAL_CODE];
    assert_int_equal(code->tp, 3); /* 19, 04 and 16: the code alone agrees */
    double p, rc, f1;
    ent_eval_prf(root, &p, &rc, &f1);
    assert_close(p, 2.0 / 3.0, 1e-12);
    assert_close(rc, 2.0 / 5.0, 1e-12);
    ent_eval_result_free(&r);

    /* the split follows the gold's ids: odd ids only */
    assert_int_equal(ent_eval_against(g, o, ENT_SPLIT_TEST, &r, NULL, NULL), 0);
    assert_int_equal(r.items, 2);
    assert_int_equal(r.level[ENT_EVAL_ROOT].tp, 1);
    assert_int_equal(r.level[ENT_EVAL_ROOT].fn, 2);
    ent_eval_result_free(&r);
}

/* Organisations compare by their own codes (UN is not NATO), unless the
 * item's gold codes them by the generic IGO code, as the PLOVER gold does. */
static void test_organisations(void **state)
{
    (void)state;
    const char *g = write_file("gold_org.tsv",
                               "id\tdate\tcategory\tgold\ttext\n"
                               "O-1\t2024-01-01\t11\tUN|RUS|111\tThe UN criticised Russia.\n"
                               "O-2\t2024-01-01\t11\tIGOGOV|RUS|111\tThe UN criticised Russia.\n");
    const char *o = write_file("other_org.tsv",
                               "id\tdate\tcategory\tgold\ttext\n"
                               "O-1\t2024-01-01\t11\tNATO|RUS|111\tx\n"
                               "O-2\t2024-01-01\t11\tNATO|RUS|111\tx\n");
    ent_eval_result r;
    assert_int_equal(ent_eval_against(g, o, ENT_SPLIT_ALL, &r, NULL, NULL), 0);
    assert_int_equal(r.level[ENT_EVAL_ROOT].tp, 1); /* O-2 only */
    assert_int_equal(r.level[ENT_EVAL_ROOT].fp, 1);
    ent_eval_result_free(&r);
    /* every intergovernmental body of the dictionaries counts, the courts
     * and tribunals too */
    g = write_file("gold_org2.tsv", "id\tdate\tcategory\tgold\ttext\n"
                                    "O-3\t2024-01-01\t11\tIGO|RUS|116\tx\n"
                                    "O-4\t2024-01-01\t11\tIGO|SRB|116\tx\n"
                                    "O-5\t2024-01-01\t11\tIGO|SYR|111\tx\n");
    o = write_file("other_org2.tsv", "id\tdate\tcategory\tgold\ttext\n"
                                     "O-3\t2024-01-01\t11\tECHR|RUS|116\tx\n"
                                     "O-4\t2024-01-01\t11\tICTY|SRB|116\tx\n"
                                     "O-5\t2024-01-01\t11\tOPCW|SYR|111\tx\n");
    assert_int_equal(ent_eval_against(g, o, ENT_SPLIT_ALL, &r, NULL, NULL), 0);
    assert_int_equal(r.level[ENT_EVAL_ROOT].tp, 3);
    ent_eval_result_free(&r);
    /* CAMEO's code of the World Bank (WBK) is entente's WB */
    g = write_file("gold_org3.tsv", "id\tdate\tcategory\tgold\ttext\n"
                                    "O-6\t2024-01-01\t16\tWBK|UGA|1621\tx\n");
    o = write_file("other_org3.tsv", "id\tdate\tcategory\tgold\ttext\n"
                                     "O-6\t2024-01-01\t16\tWB|UGA|1621\tx\n");
    assert_int_equal(ent_eval_against(g, o, ENT_SPLIT_ALL, &r, NULL, NULL), 0);
    assert_int_equal(r.level[ENT_EVAL_ROOT].tp, 1);
    ent_eval_result_free(&r);
}

/* A repeated id: the k-th gold item with it meets the k-th coded one. */
static void test_repeated_ids(void **state)
{
    (void)state;
    const char *g = write_file("rep.tsv", "R-1\td\t19\tRUS|UKR|190\tt\n"
                                          "R-2\td\t04\tUKR|USA|040\tt\n"
                                          "R-1\td\t16\tUSA|IRN|163\tt\n");
    const char *o = write_file("rep2.tsv", "R-1\td\t19\tRUS|UKR|190\tt\n"
                                           "R-1\td\t16\tUSA|IRN|163\tt\n"
                                           "R-9\td\t16\tUSA|IRN|163\tt\n");
    ent_eval_result r;
    assert_int_equal(ent_eval_against(g, o, ENT_SPLIT_ALL, &r, NULL, NULL), 0);
    assert_int_equal(r.items, 3);
    assert_int_equal(r.level[ENT_EVAL_ROOT].tp, 2);
    assert_int_equal(r.level[ENT_EVAL_ROOT].fp, 0); /* R-9 is not in the gold */
    assert_int_equal(r.level[ENT_EVAL_ROOT].fn, 1);
    ent_eval_result_free(&r);
}

/* The per-item report behind `eval --errors`: a sentence with no event,
 * coded with none, is a correct item. */
typedef struct seen {
    char id[8][8];
    ent_eval_counts k[8];
    int n;
} seen;

static void on_item(void *ctx, const char *id, const char *text, const char *gold,
                    const char *pred, const ent_eval_counts *root)
{
    (void)text;
    (void)gold;
    (void)pred;
    seen *s = ctx;
    snprintf(s->id[s->n], sizeof s->id[0], "%s", id);
    s->k[s->n++] = *root;
}

static void test_item_report(void **state)
{
    (void)state;
    const char *g = write_file("items.tsv", "N-1\td\t--\tNOEVENT\tt\n"
                                            "N-2\td\t19\tRUS|UKR|190\tt\n"
                                            "N-3\td\t19\tRUS|UKR|190\tt\n"
                                            "N-4\td\t19\tRUS|UKR|190\tt\n");
    const char *o = write_file("items2.tsv", "N-1\td\t--\tNOEVENT\tt\n"
                                             "N-2\td\t19\tRUS|UKR|190\tt\n"
                                             "N-4\td\t19\tRUS|UKR|190;UKR|RUS|111\tt\n");
    seen s;
    memset(&s, 0, sizeof s);
    ent_eval_result r;
    assert_int_equal(ent_eval_against(g, o, ENT_SPLIT_ALL, &r, on_item, &s), 0);
    assert_int_equal(s.n, 4);
    assert_string_equal(s.id[0], "N-1");
    size_t want[4][3] = {{0, 0, 0},  /* no event, none coded */
                         {1, 0, 0},  /* found */
                         {0, 0, 1},  /* missed */
                         {1, 1, 0}}; /* found, and one more coded */
    for (int i = 0; i < 4; i++) {
        assert_int_equal(s.k[i].tp, want[i][0]);
        assert_int_equal(s.k[i].fp, want[i][1]);
        assert_int_equal(s.k[i].fn, want[i][2]);
    }
    ent_eval_result_free(&r);
}

static void test_errors(void **state)
{
    (void)state;
    const char *g = write_file("gold3.tsv", GOLD);
    ent_eval_result r;
    const char *bad = write_file("bad.jsonl", "{\"id\":\"G-1\",\"text\":\"t\"}\n{\"id\":\n");
    assert_int_equal(ent_eval_against(g, bad, ENT_SPLIT_ALL, &r, NULL, NULL),
                     ENT_EINVALID);
    assert_non_null(strstr(ent_error_last(), "bad.jsonl:2:"));
    char missing[300];
    snprintf(missing, sizeof missing, "%s/none.tsv", dir);
    assert_int_equal(ent_eval_against(g, missing, ENT_SPLIT_ALL, &r, NULL, NULL),
                     ENT_EIO);
    assert_int_equal(ent_eval_against(missing, g, ENT_SPLIT_ALL, &r, NULL, NULL),
                     ENT_EIO);
}

int main(void)
{
    if (!mkdtemp(dir))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identical),
        cmocka_unit_test(test_disagreement),
        cmocka_unit_test(test_organisations),
        cmocka_unit_test(test_repeated_ids),
        cmocka_unit_test(test_item_report),
        cmocka_unit_test(test_errors),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        rc = rc ? rc : 1;
    return rc;
}
