/*
 * test_coder_civil.c - non-state actors of data/dict/civil_society.txt
 * coded with entente's own dictionaries (data/world, then data/dict, as
 * `entente code` loads them): international NGOs by the CAMEO codebook's
 * codes (root NGO), a national rights group under its state, trade unions
 * (LAB), religious offices (REL), parties by date (the ANC in opposition
 * before 1994-05-10 and governing after; the Muslim Brotherhood governing
 * only in 2012-2013; the Sandinistas as rebels, government and
 * opposition), and names that are English words matching case only.
 * Fails without the file.
 */
#include "test_util.h"

#include "text/coder_full_fixture.h"

static void test_international_ngos(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2014-03-01", "Human Rights Watch accused Egypt of killing protesters.");
    assert_true(source_is(&e, "NGOHRW"));
    assert_true(source_root_is(&e, "NGO"));
    assert_true(target_is(&e, "EGY"));
    code_on(&e, "1996-05-02", "Amnesty International accused Turkey of torturing Kurdish prisoners.");
    assert_true(source_is(&e, "NGOAMN"));
    code_on(&e, "2011-06-02", "The Committee to Protect Journalists condemned Syria for jailing reporters.");
    assert_true(source_is(&e, "NGOMED"));
}

static void test_national_rights_group(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2009-10-01", "Memorial accused Chechen authorities of abducting activists.");
    assert_true(source_is(&e, "RUSNGO"));
    /* a day or a monument named Memorial is no actor */
    code_on(&e, "2009-05-25", "Memorial Day crowds cheered as Obama criticized Iran.");
    assert_false(source_is(&e, "RUSNGO"));
    code_on(&e, "2014-03-01", "B'Tselem accused the Israeli army of killing civilians in Gaza.");
    assert_true(source_is(&e, "ISRNGO"));
}

static void test_unions(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1985-10-01", "COSATU called on the government to release Mandela.");
    assert_true(source_is(&e, "ZAFLAB"));
    code_on(&e, "1981-03-01", "Solidarity accused the Polish government of breaking the Gdansk agreement.");
    assert_true(source_is(&e, "POLLAB"));
    /* banned under martial law: the underground opposition */
    code_on(&e, "1983-03-01", "Solidarity accused the Polish government of breaking the Gdansk agreement.");
    assert_true(source_is(&e, "POLOPP"));
    /* the English word matches no actor */
    code_on(&e, "1983-03-01", "Farmers expressed solidarity and accused the Polish government of lying.");
    assert_false(source_is(&e, "POLLAB"));
}

static void test_religious_offices(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2003-03-01", "The Archbishop of Canterbury appealed to Iraq to free the hostages.");
    assert_true(source_is(&e, "GBRREL"));
    code_on(&e, "2010-10-01", "The Dalai Lama met President Obama in Washington.");
    assert_true(source_is(&e, "CHNREL"));
    code_on(&e, "2016-10-01", "Grand Ayatollah Ali al-Sistani urged Iraqi forces to protect civilians.");
    assert_true(source_is(&e, "IRQREL"));
}

static void test_parties_by_date(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "1990-03-01", "The African National Congress accused Britain of helping Pretoria.");
    assert_true(source_is(&e, "ZAFOPP"));
    code_on(&e, "1999-03-01", "The African National Congress accused Britain of helping Zimbabwe.");
    assert_true(source_is(&e, "ZAFGOV"));
    code_on(&e, "2012-10-01", "The Muslim Brotherhood condemned Israel.");
    assert_true(source_is(&e, "EGYGOV"));
    code_on(&e, "2015-10-01", "The Muslim Brotherhood condemned Israel.");
    assert_true(source_is(&e, "EGYOPP"));
    code_on(&e, "1978-10-01", "Sandinista guerrillas attacked a National Guard post in Leon.");
    assert_true(source_is(&e, "NICREB"));
    code_on(&e, "1985-10-01", "The Sandinistas accused Honduras of sheltering the Contras.");
    assert_true(source_is(&e, "NICGOV"));
    code_on(&e, "1995-10-01", "The Sandinistas accused Honduras of sheltering the Contras.");
    assert_true(source_is(&e, "NICOPP"));
    /* a party's government is the government, with or without a date */
    code_on(&e, "", "The Sandinista government accused Honduras of sheltering the Contras.");
    assert_true(source_is(&e, "NICGOV"));
}

static void test_armed_groups(void **state)
{
    (void)state;
    static evs e;
    code_on(&e, "2005-10-01", "Polisario accused Morocco of torturing prisoners.");
    assert_true(source_is(&e, "ESHREB"));
    /* "UCK" of 2001 is the Albanian rebels of Macedonia */
    code_on(&e, "2001-06-01", "UCK rebels attacked Macedonian police near Tetovo.");
    assert_true(source_root_is(&e, "MKD"));
    code_on(&e, "1998-06-01", "UCK rebels attacked Serbian police near Pristina.");
    assert_true(source_root_is(&e, "YUG"));
    code_on(&e, "2010-06-01", "Lashkar-e-Taiba militants attacked Indian troops in Kashmir.");
    assert_true(source_is(&e, "INDREB"));
    /* "chief of staff" is a title: its "of" does not make the person
     * after it the owner of the actors before it */
    code_on(&e, "1996-08-31",
            "Russian security chief Alexander Lebed and Chechen rebel chief of staff Aslan "
            "Maskhadov signed an accord on Saturday.");
    assert_true(source_is(&e, "RUSCOP"));
    assert_true(source_is(&e, "RUSREB"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_international_ngos),
        cmocka_unit_test(test_national_rights_group),
        cmocka_unit_test(test_unions),
        cmocka_unit_test(test_religious_offices),
        cmocka_unit_test(test_parties_by_date),
        cmocka_unit_test(test_armed_groups),
    };
    return cmocka_run_group_tests(tests, setup_full, teardown_full);
}
