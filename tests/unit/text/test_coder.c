/*
 * test_coder.c - tokenizer, sentence splitter and event assembly: negation,
 * refusal, passive voice, compounds, groups, dated roles, modality,
 * pronouns and references, invalid UTF-8.
 */
#include "test_util.h"

#include <entente/text.h>
#include <string.h>
#include "text/coder_fixture.h"

static const char *small_dict =
    "state USA | United States | US! | U.S. | American\n"
    "state GBR | Britain | British\n"
    "state RUS | Russia | Russian\n"
    "state UKR | Ukraine | Ukrainian\n"
    "state IRQ | Iraq | Iraqi\n"
    "state LTU | Lithuania\nstate LVA | Latvia\nstate EST | Estonia\n"
    "group BALTIC = LTU LVA EST | Baltic states\n"
    "actor RUSGOV RUS | the Kremlin\n"
    "person UKRELI UKR | Volodymyr Zelensky | Zelensky ; UKRGOV UKR 2019-05-20 -\n"
    "agent GOV | government | officials | delegation\n"
    "agent MIL | forces | warplanes | troops\n"
    "verb 190 | attacked / attack / bombed\n"
    "verb 138 | threatened * attack\n"
    "verb 130 | threatened\n"
    "verb 040 | met / meet\n"
    "verb 1224 | declined * security guarantees\n"
    "verb 030 | offered to\nverb 036 | agreed to meet\nverb 040 | hold talks\n"
    "verb 163 | impose * sanctions\nverb 1312 | threatened * sanctions\n"
    "verb 0332 | will send * weapons\nverb 072 | sent * weapons\n"
    "state CHN | China\nplace | South China Sea\nverb 062 | joint patrols\n";

static int setup(void **state)
{
    (void)state;
    return fixture_open(small_dict);
}

static void code(const char *text, const char *date, evs *out)
{
    ent_date d = ENT_DATE_MIN;
    if (date)
        assert_int_equal(ent_date_parse(&d, date), 0);
    out->n = 0;
    assert_int_equal(ent_coder_code(coder, "t", d, text, strlen(text), collect, out), 0);
}

static bool has_ev(const evs *e, const char *src, const char *tgt, const char *cameo, bool neg)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source, src) == 0 && strcmp(e->v[i].target, tgt) == 0 &&
            strcmp(e->v[i].cameo, cameo) == 0 && e->v[i].negated == neg)
            return true;
    return false;
}

static void test_tokens(void **state)
{
    (void)state;
    const char *t = "U.S. officials didn't meet Russia’s envoy in 1,000.5 days.";
    const ent_token *tk;
    const ent_sentence *ss;
    size_t nt, ns;
    assert_int_equal(ent_coder_split(coder, t, strlen(t), &tk, &nt, &ss, &ns), 0);
    const char *want[] = {"U.S.", "officials", "did", "n't", "meet", "Russia", "’s",
                          "envoy", "in", "1,000.5", "days", "."};
    assert_int_equal(nt, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < nt; i++) {
        assert_int_equal(tk[i].end - tk[i].start, strlen(want[i]));
        assert_memory_equal(t + tk[i].start, want[i], strlen(want[i]));
    }
    assert_int_equal(ns, 1);
}

static void test_sentences(void **state)
{
    (void)state;
    const char *t = "Mr. Smith went to Washington on Jan. 5. He met Gen. Jones! \"Was it "
                    "good?\" she asked.\n\nKYIV HEADLINE WITHOUT STOP\n\nThe U.S. Army said so.";
    const ent_token *tk;
    const ent_sentence *ss;
    size_t nt, ns;
    assert_int_equal(ent_coder_split(coder, t, strlen(t), &tk, &nt, &ss, &ns), 0);
    assert_int_equal(ns, 5);
    assert_memory_equal(t + ss[1].start, "He met", 6);
    assert_memory_equal(t + ss[3].start, "KYIV", 4);
    const char *t2 = "George W. Bush met Vladimir Putin. They talked.";
    assert_int_equal(ent_coder_split(coder, t2, strlen(t2), &tk, &nt, &ss, &ns), 0);
    assert_int_equal(ns, 2);
}

static void test_basic_and_negation(void **state)
{
    (void)state;
    evs e;
    code("Russia attacked Ukraine.", NULL, &e);
    assert_int_equal(e.n, 1);
    assert_true(has_ev(&e, "RUS", "UKR", "190", false));
    assert_string_equal(e.v[0].source_root, "RUS");
    code("Russia did not attack Ukraine.", NULL, &e);
    assert_true(has_ev(&e, "RUS", "UKR", "190", true));
    assert_false(has_ev(&e, "RUS", "UKR", "190", false));
    code("Russia declined to attack Ukraine.", NULL, &e);
    assert_true(has_ev(&e, "RUS", "UKR", "190", true));
    assert_false(has_ev(&e, "RUS", "UKR", "190", false));
    code("Russia denied that it planned to attack Ukraine.", NULL, &e);
    assert_true(has_ev(&e, "RUS", "UKR", "190", true));
    assert_false(has_ev(&e, "RUS", "UKR", "190", false));
    assert_int_equal(e.v[0].modality, ENT_MOD_FUTURE);
}

static void test_passive_compound_group(void **state)
{
    (void)state;
    evs e;
    code("Ukraine was attacked by Russian forces.", NULL, &e);
    assert_true(has_ev(&e, "RUSMIL", "UKR", "190", false));
    code("American and British warplanes bombed Iraq.", NULL, &e);
    assert_int_equal(e.n, 2);
    assert_true(has_ev(&e, "USAMIL", "IRQ", "190", false));
    assert_true(has_ev(&e, "GBRMIL", "IRQ", "190", false));
    code("Russia threatened the Baltic states.", NULL, &e);
    assert_int_equal(e.n, 3);
    assert_true(has_ev(&e, "RUS", "LTU", "130", false));
    assert_true(has_ev(&e, "RUS", "EST", "130", false));
    code("The Kremlin threatened to attack the Baltic states of Lithuania and Latvia.",
         NULL, &e);
    assert_int_equal(e.n, 2);
    assert_true(has_ev(&e, "RUSGOV", "LTU", "138", false));
    assert_true(has_ev(&e, "RUSGOV", "LVA", "138", false));
}

static void test_dated_roles_and_modality(void **state)
{
    (void)state;
    evs e;
    code("Zelensky met US officials.", "2018-01-01", &e);
    assert_true(has_ev(&e, "UKRELI", "USAGOV", "040", false));
    code("Zelensky met US officials.", "2025-08-27", &e);
    assert_true(has_ev(&e, "UKRGOV", "USAGOV", "040", false));
    assert_int_equal(e.v[0].modality, ENT_MOD_ASSERTED);
    code("Russia will attack Ukraine.", NULL, &e);
    assert_int_equal(e.v[0].modality, ENT_MOD_FUTURE);
    code("Russia could attack Ukraine.", NULL, &e);
    assert_int_equal(e.v[0].modality, ENT_MOD_HYPOTHETICAL);
    code("If talks fail, Russia will attack Ukraine.", NULL, &e);
    assert_int_equal(e.v[0].modality, ENT_MOD_CONDITIONAL);
    code("Ukrainian officials said Russia attacked Ukraine.", NULL, &e);
    assert_int_equal(e.v[0].modality, ENT_MOD_REPORTED);
}

static void test_references(void **state)
{
    (void)state;
    evs e;
    code("Zelensky arrived on Monday. He met British officials. The delegation "
         "later met Russian officials.",
         "2025-08-27", &e);
    assert_true(has_ev(&e, "UKRGOV", "GBRGOV", "040", false));
    assert_true(has_ev(&e, "UKRGOV", "RUSGOV", "040", false));
    code("Trump declined to provide security guarantees to Ukraine.", "2025-08-27", &e);
    assert_int_equal(e.n, 0); /* Trump is not in this small dictionary */
}

static void test_intent_and_threat_codes(void **state)
{
    (void)state;
    evs e;
    /* a future act codes as intent (03x) or threat (13x) */
    code("Russia offered to hold talks with Ukraine.", NULL, &e);
    assert_true(has_ev(&e, "RUS", "UKR", "036", false));
    code("Russia will attack Ukraine.", NULL, &e);
    assert_true(has_ev(&e, "RUS", "UKR", "138", false));
    code("Britain sent weapons to Ukraine.", NULL, &e);
    assert_true(has_ev(&e, "GBR", "UKR", "072", false));
    code("Britain will impose sanctions on Russia.", NULL, &e);
    assert_true(has_ev(&e, "GBR", "RUS", "1312", false));
}

static void test_places_and_possessives(void **state)
{
    (void)state;
    evs e;
    code("Britain and Ukraine launched joint patrols in the South China Sea.", NULL, &e);
    assert_int_equal(e.n, 2);
    assert_false(has_ev(&e, "GBR", "CHN", "062", false));
    code("Russia met Britain. Ukraine and Iraq met to settle their dispute.", NULL, &e);
    assert_false(has_ev(&e, "UKR", "RUS", "040", false));
    assert_false(has_ev(&e, "UKR", "GBR", "040", false));
}

static void test_time_reference(void **state)
{
    (void)state;
    evs e;
    code("Ukraine met Russia, the first time since the attack.", NULL, &e);
    assert_int_equal(e.n, 1);
    assert_true(has_ev(&e, "UKR", "RUS", "040", false));
}

static void test_relative_clause(void **state)
{
    (void)state;
    evs e;
    code("Russia, which Britain attacked last year, attacked Ukraine.", NULL, &e);
    assert_true(has_ev(&e, "RUS", "UKR", "190", false));
    assert_false(has_ev(&e, "GBR", "UKR", "190", false));
}

static void test_dateline(void **state)
{
    (void)state;
    evs e;
    code("KYIV, Aug 27 (Reuters) - Russia attacked Ukraine.", NULL, &e);
    assert_int_equal(e.n, 1);
    assert_true(has_ev(&e, "RUS", "UKR", "190", false));
    code("MOSCOW \xe2\x80\x94 Ukrainian forces attacked Russia.", NULL, &e);
    assert_true(has_ev(&e, "UKRMIL", "RUS", "190", false));
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    evs e;
    const char t[] = "Russia\xff\xfe attacked \xc3 Ukraine.";
    e.n = 0;
    assert_int_equal(ent_coder_code(coder, "t", ENT_DATE_MIN, t, sizeof t - 1, collect, &e), 0);
    assert_true(ent_coder_invalid_bytes(coder) >= 3);
    assert_true(has_ev(&e, "RUS", "UKR", "190", false));
}

static void test_dict_errors(void **state)
{
    (void)state;
    ent_dict *d;
    assert_int_equal(ent_dict_new(&d), 0);
    const char *bad = "verb 999 | attack\n";
    assert_int_equal(ent_dict_load_string(d, bad, strlen(bad), "bad.txt"), ENT_EINVALID);
    assert_non_null(strstr(ent_error_last(), "bad.txt:1"));
    const char *bad2 = "person USAELI USA | X ; USAGOV USA notadate -\n";
    assert_int_equal(ent_dict_load_string(d, bad2, strlen(bad2), "b2"), ENT_EINVALID);
    ent_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_basic_and_negation),
        cmocka_unit_test(test_passive_compound_group),
        cmocka_unit_test(test_dated_roles_and_modality),
        cmocka_unit_test(test_references),
        cmocka_unit_test(test_intent_and_threat_codes),
        cmocka_unit_test(test_places_and_possessives),
        cmocka_unit_test(test_time_reference),
        cmocka_unit_test(test_relative_clause),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_dict_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
