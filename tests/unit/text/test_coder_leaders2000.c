/*
 * test_coder_leaders2000.c - office holders of 2000-2025 of
 * data/dict/leaders_2000_2025.txt coded by the document date with
 * entente's own dictionaries (data/world, then data/dict, as `entente code`
 * loads them): GOV while in office, the person's default (ELI, OPP, or an
 * organisation) after; a surname two office holders of one state share
 * ("Kirchner") codes the government in either's years.
 */
#include "test_util.h"

#include "text/coder_full_fixture.h"

static void test_morales_by_date(void **state)
{
    (void)state;
    static evs e;
    const char *s = "Evo Morales accused Chile of blocking Bolivia's access to the sea.";
    code_on(&e, "2010-06-01", s); /* president 2006-2019 */
    assert_true(source_is(&e, "BOLGOV"));
    code_on(&e, "2021-06-01", s); /* after: Bolivian elite */
    assert_true(source_is(&e, "BOLELI"));
    assert_false(source_is(&e, "BOLGOV"));
}

static void test_otunbayeva_and_mirziyoyev(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2010-07-01", "Roza Otunbayeva accused Uzbekistan of closing the border.");
    assert_true(source_is(&e, "KGZGOV"));
    code_on(&e, "2015-07-01", "Roza Otunbayeva accused Uzbekistan of closing the border.");
    assert_true(source_is(&e, "KGZELI"));
    code_on(&e, "2018-03-01", "Shavkat Mirziyoyev accused Kyrgyzstan of closing the border.");
    assert_true(source_is(&e, "UZBGOV"));
}

static void test_shared_surname(void **state)
{
    (void)state;
    static evs e;
    /* Nestor (2003-2007) and Cristina (2007-2015, vice-president
     * 2019-2023): the bare surname is the government in either's years */
    code_on(&e, "2005-03-01", "Kirchner criticized Britain over the Falklands.");
    assert_true(source_is(&e, "ARGGOV"));
    code_on(&e, "2012-03-01", "Kirchner criticized Britain over the Falklands.");
    assert_true(source_is(&e, "ARGGOV"));
    code_on(&e, "2017-03-01", "Kirchner criticized Britain over the Falklands.");
    assert_true(source_is(&e, "ARGELI"));
    /* the full name is the one person: Nestor is no longer in office */
    code_on(&e, "2012-03-01", "Nestor Kirchner criticized Britain over the Falklands.");
    assert_true(source_is(&e, "ARGELI"));
}

/* A known person's first name before the surname in another spelling
 * ("Volodymyr Zelenskiy", Reuters' spelling; the dictionaries hold
 * "Volodymyr Zelensky" and "Zelenskiy"): the person, not a namesake */
static void test_title_first_name_known_surname(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2022-02-24", "President Volodymyr Zelenskiy cut diplomatic ties with Moscow.");
    assert_true(source_is(&e, "UKRGOV"));
    code_on(&e, "2022-03-01", "Ukraine's president, Volodymyr Zelenskiy, met Biden in Warsaw.");
    assert_true(source_is(&e, "UKRGOV"));
    /* and the first name belongs to the name, so a list keeps it */
    code_on(&e, "2019-12-09",
            "Vladimir Putin and Volodymyr Zelenskiy met for the first time in Paris on Monday.");
    assert_true(source_is(&e, "RUSGOV"));
    assert_true(source_is(&e, "UKRGOV"));
}

/* "a person and <sector>": a second member of the person's state, the
 * person keeping the office held */
static void test_person_and_sector(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2014-02-21",
            "Ukrainian President Viktor Yanukovych and opposition leaders signed a deal on Friday.");
    assert_true(source_is(&e, "UKRGOV"));
    assert_true(source_is(&e, "UKROPP"));
    code_on(&e, "2014-02-21", "Viktor Yanukovich and opposition leaders signed a deal on Friday.");
    assert_true(source_is(&e, "UKRGOV"));
}

/* "<state>'s government and Marxist FARC rebels", "and Tamil Tiger
 * rebels": a creed or a group's attributive name before the second
 * member keeps the list, and the joint act has no target */
static void test_government_and_rebels(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2012-10-18",
            "Colombia's government and Marxist FARC rebels formally opened peace talks in Norway on "
            "Thursday.");
    assert_true(source_is(&e, "COLGOV"));
    assert_true(source_is(&e, "COLREB"));
    assert_false(target_is(&e, "NOR"));
    code_on(&e, "2002-09-16",
            "Sri Lanka's government and Tamil Tiger rebels opened their first peace talks in seven "
            "years at a Thai naval base on Monday.");
    assert_true(source_is(&e, "LKAGOV"));
    assert_true(source_is(&e, "LKAREB"));
}

static void test_io_head_and_opposition(void **state)
{
    (void)state;
    static evs e;
    /* Bachelet: Chile's president, then UN High Commissioner */
    code_on(&e, "2015-03-01", "Michelle Bachelet criticized Venezuela over the detentions.");
    assert_true(source_is(&e, "CHLGOV"));
    code_on(&e, "2019-07-01", "Michelle Bachelet criticized Venezuela over the detentions.");
    assert_true(source_is(&e, "UN"));
    /* Odinga: prime minister 2008-2013, then opposition leader */
    code_on(&e, "2010-05-01", "Raila Odinga criticized the electoral commission.");
    assert_true(source_is(&e, "KENGOV"));
    code_on(&e, "2017-09-01", "Raila Odinga criticized the electoral commission.");
    assert_true(source_is(&e, "KENOPP"));
}

/* Two titled persons joined by "and", the second after an organisation's
 * name and sector words ("Renamo rebel leader"): the sector words are the
 * second's, not a recoding of the first person's office */
static void test_titled_pair(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1992-10-04",
            "Mozambique's President Joaquim Chissano and Renamo rebel leader Afonso "
            "Dhlakama signed a peace treaty in Rome on Sunday.");
    assert_true(source_is(&e, "MOZGOV"));
    assert_true(source_is(&e, "MOZREB"));
    code_on(&e, "2016-11-24",
            "Colombian President Juan Manuel Santos and FARC rebel leader Rodrigo Londono "
            "signed a peace agreement in Cartagena on Thursday.");
    assert_true(source_is(&e, "COLGOV"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_morales_by_date),
        cmocka_unit_test(test_otunbayeva_and_mirziyoyev),
        cmocka_unit_test(test_shared_surname),
        cmocka_unit_test(test_io_head_and_opposition),
        cmocka_unit_test(test_title_first_name_known_surname),
        cmocka_unit_test(test_person_and_sector),
        cmocka_unit_test(test_government_and_rebels),
        cmocka_unit_test(test_titled_pair),
    };
    return cmocka_run_group_tests(tests, setup_full, teardown_full);
}
