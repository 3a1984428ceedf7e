/*
 * test_coder_former.c - former states (ISO 3166-3: SUN, YUG, SCG, CSK, DDR,
 * YMD) coded by the document date with entente's own dictionaries
 * (data/world, then data/dict, as `entente code` loads them): a state's
 * name, its capital as seat of government and its office holders code as
 * the former state while it existed and as the successor after; and the
 * dictionary format's dated state and seat entries on a small dictionary.
 */
#include "test_util.h"

#include "text/coder_full_fixture.h"

static void test_soviet_union(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1985-06-01", "The Soviet Union condemned the attack on Friday.");
    assert_true(source_is(&e, "SUN"));
    code_on(&e, "1991-12-25", "The USSR condemned the attack on Friday.");
    assert_true(source_is(&e, "SUN"));
    code_on(&e, "1988-04-01", "Soviet troops attacked rebel positions.");
    assert_true(source_is(&e, "SUNMIL"));
    /* the name alone, without a date, is the state it names */
    code_on(&e, "", "The Soviet Union condemned the attack on Friday.");
    assert_true(source_is(&e, "SUN"));
    /* after the dissolution, the successor */
    code_on(&e, "1993-06-01", "The Soviet Union condemned the attack on Friday.");
    assert_true(source_is(&e, "RUS"));
    /* "Russia" is Russia at every date */
    code_on(&e, "1985-06-01", "Russia condemned the attack on Friday.");
    assert_true(source_is(&e, "RUS"));
}

static void test_moscow_by_date(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1995-03-01", "Moscow condemned the attack on Friday.");
    assert_true(source_is(&e, "RUSGOV"));
    code_on(&e, "1985-03-01", "Moscow condemned the attack on Friday.");
    assert_true(source_is(&e, "SUNGOV"));
    code_on(&e, "1989-03-01", "The Kremlin condemned the attack on Friday.");
    assert_true(source_is(&e, "SUNGOV"));
    code_on(&e, "2020-03-01", "The Kremlin condemned the attack on Friday.");
    assert_true(source_is(&e, "RUSGOV"));
    /* without a date, the seat of today's government */
    code_on(&e, "", "Moscow condemned the attack on Friday.");
    assert_true(source_is(&e, "RUSGOV"));
}

static void test_yugoslavia(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1991-06-27", "Yugoslav army tanks attacked Slovenian border posts on Thursday.");
    assert_true(source_is(&e, "YUGMIL"));
    code_on(&e, "1999-04-01", "Belgrade condemned the attack on Friday.");
    assert_true(source_is(&e, "YUGGOV"));
    code_on(&e, "2005-04-01", "Belgrade condemned the attack on Friday.");
    assert_true(source_is(&e, "SCGGOV"));
    code_on(&e, "2010-04-01", "Belgrade condemned the attack on Friday.");
    assert_true(source_is(&e, "SRBGOV"));
    /* a Serb militia is not the Yugoslav state */
    code_on(&e, "1992-05-01", "Serbia condemned the attack on Friday.");
    assert_true(source_is(&e, "SRB"));
}

static void test_serbia_and_montenegro(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2004-05-01", "Serbia and Montenegro condemned the attack on Friday.");
    assert_true(source_is(&e, "SCG"));
    code_on(&e, "1999-05-01", "Serbia and Montenegro condemned the attack on Friday.");
    assert_true(source_is(&e, "YUG"));
    code_on(&e, "2010-05-01", "Serbia condemned the attack on Friday.");
    assert_true(source_is(&e, "SRB"));
}

static void test_other_former_states(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1989-11-27", "Czechoslovakia condemned the attack on Friday.");
    assert_true(source_is(&e, "CSK"));
    code_on(&e, "1990-01-10", "Prague condemned the attack on Friday.");
    assert_true(source_is(&e, "CSKGOV"));
    code_on(&e, "1995-01-10", "Prague condemned the attack on Friday.");
    assert_true(source_is(&e, "CZEGOV"));
    code_on(&e, "1989-10-16", "East Germany condemned the attack on Friday.");
    assert_true(source_is(&e, "DDR"));
    code_on(&e, "1989-10-16", "West Germany condemned the attack on Friday.");
    assert_true(source_is(&e, "DEU"));
    code_on(&e, "1986-01-20", "South Yemen condemned the attack on Friday.");
    assert_true(source_is(&e, "YMD"));
    code_on(&e, "1986-01-20", "Aden condemned the attack on Friday.");
    assert_true(source_is(&e, "YMDGOV"));
}

static void test_office_holders(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1988-05-01", "Gorbachev condemned the attack on Friday.");
    assert_true(source_is(&e, "SUNGOV"));
    code_on(&e, "1995-05-01", "Gorbachev condemned the attack on Friday.");
    assert_true(source_is(&e, "RUSELI"));
    code_on(&e, "1998-05-01", "Milosevic condemned the attack on Friday.");
    assert_true(source_is(&e, "YUGGOV"));
    code_on(&e, "1993-05-01", "Milosevic condemned the attack on Friday.");
    assert_true(source_is(&e, "SRBGOV"));
    code_on(&e, "1996-05-01", "Boris Yeltsin condemned the attack on Friday.");
    assert_true(source_is(&e, "RUSGOV"));
}

/* The format: a state's dated code, a seat's dated code, and a dated
 * name winning over an undated one of the same length loaded before it. */
static void test_dated_entries_format(void **state)
{
    (void)state;
    ent_dict *d = NULL;
    ent_coder *c = NULL;
    const char *text = "actor ZZZGOV ZZZ | Oldtown\n"
                       "state XXX | Oldland ; ZZZ ZZZ 2000-01-01 -\n"
                       "actor ZZZGOV ZZZ | Oldtown ; XXXGOV XXX - 1999-12-31\n"
                       "verb 111 | condemned\n";
    assert_int_equal(ent_dict_new(&d), 0);
    assert_int_equal(ent_dict_load_string(d, text, strlen(text), "t"), 0);
    assert_int_equal(ent_coder_new(&c, d), 0);
    static evs e;
    const char *s1 = "Oldland condemned the attack.", *s2 = "Oldtown condemned the attack.";
    ent_date d1, d2;
    assert_int_equal(ent_date_parse(&d1, "1990-01-01"), 0);
    assert_int_equal(ent_date_parse(&d2, "2001-01-01"), 0);
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "t", d1, s1, strlen(s1), collect, &e), 0);
    assert_true(source_is(&e, "XXX"));
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "t", d2, s1, strlen(s1), collect, &e), 0);
    assert_true(source_is(&e, "ZZZ"));
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "t", d1, s2, strlen(s2), collect, &e), 0);
    assert_true(source_is(&e, "XXXGOV"));
    e.n = 0;
    assert_int_equal(ent_coder_code(c, "t", d2, s2, strlen(s2), collect, &e), 0);
    assert_true(source_is(&e, "ZZZGOV"));
    ent_coder_free(c);
    ent_dict_free(d);
    /* groups take no dated codes */
    const char *bad = "group G = AAA BBB | the pair ; AAA AAA - 1990-01-01\n";
    assert_int_equal(ent_dict_new(&d), 0);
    assert_int_equal(ent_dict_load_string(d, bad, strlen(bad), "t"), ENT_EINVALID);
    ent_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_soviet_union),
        cmocka_unit_test(test_moscow_by_date),
        cmocka_unit_test(test_yugoslavia),
        cmocka_unit_test(test_serbia_and_montenegro),
        cmocka_unit_test(test_other_former_states),
        cmocka_unit_test(test_office_holders),
        cmocka_unit_test(test_dated_entries_format),
    };
    return cmocka_run_group_tests(tests, setup_full, teardown_full);
}
