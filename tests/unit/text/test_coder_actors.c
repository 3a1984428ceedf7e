/*
 * test_coder_actors.c - the actor side of the coder: noun phrases
 * ("pro-Russian separatists", "Croatian Serb refugees", "ethnic Albanians
 * in Serbia", "X and the government of Y", listed compounds with
 * modifiers), people with dated roles, the closing attribution of a
 * sentence, and the choice of source and target (modifiers that are no
 * actors, domestic acts, people placed by where they act), on a small
 * dictionary of its own.
 */
#include "test_util.h"

#include <entente/text.h>
#include <string.h>
#include "text/coder_fixture.h"

static const char *dict_text =
    "state USA | United States | US! | U.S. | American\n"
    "state CHN | China | Chinese\n"
    "state GRC | Greece | Greek\n"
    "state TUR | Turkey | Turkish\n"
    "state ISR | Israel | Israeli\n"
    "state EGY | Egypt | Egyptian\n"
    "state RUS | Russia | Russian\n"
    "state UKR | Ukraine | Ukrainian\n"
    "state SRB | Serbia | Serb | Serbs\n"
    "state ALB | Albania | Albanian | Albanians\n"
    "state HRV | Croatia | Croatian\n"
    "state SYR | Syria | Syrian\n"
    "state PSE | Palestinian | Palestinians\n"
    "state BIH | Bosnia\n"
    "state COD | Democratic Republic of Congo\n"
    "state COG | Republic of Congo\n"
    "state RWA | Rwanda\n"
    "state SOM | Somali\n"
    "state ETH | Ethiopian\n"
    "state NER | Niger\n"
    "actor COD COD | Goma\n"
    "actor COG COG | Brazzaville\n"
    "ambiguous COD COG | Congo ; COG COG 1971-10-27 1997-05-16\n"
    "state SWE | Sweden\n"
    "state FIN | Finland\n"
    "state AZE | Azerbaijani\n"
    "state ARM | Armenian\n"
    "state IRQ | Iraq\n"
    "state IRN | Iran\n"
    "state MLI | Mali\n"
    "org AQ | al Qaeda | al-Qaeda\n"
    "org EUR | Europe | European\n"
    "person RUSOPP RUS | Alexei Navalny\n"
    "person LBRELI LBR | Charles Taylor ; LBRGOV LBR 1997-08-02 2003-08-11\n"
    "person GBRELI GBR | Boris Johnson | Johnson ; GBRGOV GBR 2019-07-24 2022-09-05\n"
    "person ISRELI ISR | Menachem Begin ; ISRGOV ISR 1977-06-20 1983-10-10\n"
    "person EGYELI EGY | Anwar Sadat ; EGYGOV EGY 1970-10-15 1981-10-06\n"
    "state LBR | Liberia\n"
    "actor RUSGOV RUS | Kremlin\n"
    "group NORDIC = NOR FIN SWE DNK ISL | Nordic countries\n"
    "verb 112 | accused / accusing\n"
    "verb 192 | captured\n"
    "verb 175 | opened fire on\n"
    "verb 145 | hurled stones\n"
    "verb 195 | bombed\n"
    "verb 154 | sent * troops\n"
    "org EU | European Union | EU!\n"
    "actor PSEREB PSE | Hamas\n"
    "person FRAELI FRA | Francois Mitterrand | Mitterrand ; FRAGOV FRA 1981-05-21 1995-05-17\n"
    "person PSEELI PSE | Yasser Arafat | Arafat ; PSEGOV PSE 1969-02-04 2004-11-11\n"
    "person EGYELI EGY | Hosni Mubarak | Mubarak ; EGYGOV EGY 1981-10-14 2011-02-11\n"
    "verb 022 | urged\n"
    "agent GOV | government | authorities | leader | foreign minister | president | prime minister\n"
    "agent MIL | forces | troops | warplanes | soldiers\n"
    "agent CRM | gang\n"
    "verb 173 | detained\n"
    "verb 195 | warplanes bombed\n"
    "agent COP | police\n"
    "agent CVL | civilians | people | protesters | youths | crowd | supporters\n"
    "agent REF | refugees\n"
    "agent REB | separatists | rebel | militants\n"
    "agent MED | journalist\n"
    "verb 057 | signed * deal\n"
    "verb 040 | met\n"
    "verb 042 | arrived in\n"
    "verb 141 | demonstrated\n"
    "verb 190 | attacked\n"
    "verb 1723 | imposed * curfew\n"
    "verb 154 | deployed\n"
    "verb 111 | condemnation\n"
    "verb 114 | issue * protest\n"
    "verb 195 | launched * air strikes\n"
    "verb 194 | artillery barrages\n"
    "verb 173 | house arrest\n"
    "verb 139 | or face\n"
    "verb 063 | extradited\n"
    "org ICC | International Criminal Court\n"
    "agent JUD | court | tribunal | chief prosecutor\n"
    "person ICC ICC | Karim Khan\n"
    "agent LEG | parliament\n";

static int setup(void **state)
{
    (void)state;
    return fixture_open(dict_text);
}

static void code_on(const char *text, ent_date date, evs *out)
{
    out->n = 0;
    assert_int_equal(ent_coder_code(coder, "t", date, text, strlen(text), collect, out), 0);
}

static void code(const char *text, evs *out) { code_on(text, ENT_DATE_MIN, out); }

/* any event with this root as source or target */
static bool mentions_root(const evs *e, const char *root)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source_root, root) == 0 || strcmp(e->v[i].target_root, root) == 0)
            return true;
    return false;
}

static void test_attitudes_and_modifiers(void **state)
{
    (void)state;
    evs e;
    /* "pro-Russian separatists" are rebels of the state they fight in (the
     * partner named with them, else the place, else another state of the
     * sentence); alone they stay Russian; the compound keeps Ukraine */
    code("Ukraine and pro-Russian separatists signed a ceasefire deal.", &e);
    assert_true(has(&e, "UKR", "", "057"));
    assert_true(has(&e, "UKRREB", "", "057"));
    code("Pro-Russian separatists attacked troops in Ukraine.", &e);
    assert_true(has(&e, "UKRREB", "UKRMIL", "190") || has(&e, "UKRREB", "UKR", "190"));
    code("Pro-Russian separatists signed a deal.", &e);
    assert_true(has(&e, "RUSREB", "", "057"));
    /* "pro-EU protesters": people of the place who take the EU's side,
     * not the EU */
    code("Turkish troops opened fire on pro-EU protesters in Turkey.", &e);
    assert_true(has(&e, "TURMIL", "TURCVL", "175"));
    assert_false(mentions_root(&e, "EU"));
    /* and so are people on Europe's side */
    code("Turkish troops opened fire on pro-European protesters in Turkey.", &e);
    assert_true(has(&e, "TURMIL", "TURCVL", "175"));
    assert_false(mentions_root(&e, "EUR"));
    /* a state's one-word name keeps its capital: "turkey" is a bird; the
     * all-capital form still names the state */
    code("Ukrainian troops attacked a turkey farm.", &e);
    assert_false(mentions_root(&e, "TUR"));
    code("TURKEY attacked Ukrainian troops.", &e);
    assert_true(mentions_root(&e, "TUR"));
    /* "anti-Russian": an attitude, not Russia */
    code("Turkish police attacked an anti-Russian journalist.", &e);
    assert_true(e.n > 0);
    assert_false(mentions_root(&e, "RUS"));
    /* "Russian-brokered deal": a third party, not the target */
    code("Israel and Egypt signed a Russian-brokered deal.", &e);
    assert_true(has(&e, "ISR", "", "057"));
    assert_false(mentions_root(&e, "RUS"));
    /* "Bosnia-style", "US $50": no actors */
    code("Israel attacked Hamas in a Bosnia-style operation costing US $50 million.", &e);
    assert_true(has(&e, "ISR", "PSEREB", "190"));
    assert_false(mentions_root(&e, "BIH"));
    assert_false(mentions_root(&e, "USA"));
}

static void test_ethnic_groups(void **state)
{
    (void)state;
    evs e;
    /* a second nationality after a nationality adjective is an ethnicity */
    code("Croatian Serb refugees attacked Turkey.", &e);
    assert_true(has(&e, "HRVREF", "TUR", "190"));
    assert_false(mentions_root(&e, "SRB"));
    /* an ethnic group "on <state>'s" lake or border lives in that state */
    code("Turkey attacked ethnic Albanian civilians in a village on Serbia's border.", &e);
    assert_true(has(&e, "TUR", "SRBCVL", "190"));
    /* an ethnic group belongs to the state it lives in, whose government
     * its protest targets */
    code("Ethnic Albanians demonstrated on Tuesday in south Serbia.", &e);
    assert_true(has(&e, "SRBCVL", "SRBGOV", "141"));
}

static void test_compounds(void **state)
{
    (void)state;
    evs e;
    code("Israel and the government of Egypt attacked Hamas.", &e);
    assert_true(has(&e, "ISR", "PSEREB", "190"));
    assert_true(has(&e, "EGYGOV", "PSEREB", "190"));
    code("Russia, the mighty China, and good Turkey attacked Greece.", &e);
    assert_true(has(&e, "RUS", "GRC", "190"));
    assert_true(has(&e, "CHN", "GRC", "190"));
    assert_true(has(&e, "TUR", "GRC", "190"));
    /* "Israel's troops and police": two sector words of one state */
    code("Israel's troops and police detained protesters on Monday.", &e);
    assert_true(has(&e, "ISRMIL", "ISRCVL", "173"));
    assert_true(has(&e, "ISRCOP", "ISRCVL", "173"));
    /* "ordered X detained": the one who ordered acts on X */
    code("An Egyptian court ordered the Turkish journalist detained on Monday.", &e);
    assert_true(has(&e, "EGYJUD", "TURMED", "173"));
    /* a former office holder no dictionary dates is the state's elite,
     * whom its government or police may act against */
    code("Egyptian police detained former President Ahmed Fawzi on Monday.", &e);
    assert_true(has(&e, "EGYCOP", "EGYELI", "173"));
    /* one plain modifier between "of" and the place: "of northern Syria" */
    code("Turkish troops detained people of northern Syria.", &e);
    assert_true(has(&e, "TURMIL", "SYRCVL", "173"));
    /* "A's P and B's Q": each member is a person, B's possessive names
     * Q's state (not a member of its own) */
    code_on("Israel's Menachem Begin and Egypt's Anwar Sadat signed a peace deal.",
            ent_date_from_ymd(1979, 3, 26), &e);
    assert_true(has(&e, "ISRGOV", "", "057"));
    assert_true(has(&e, "EGYGOV", "", "057"));
    /* a title, a name the dictionary does not know, "of" and the state */
    code("Foreign Minister Ahmet Davutoglu of Turkey met Egypt.", &e);
    assert_true(has(&e, "TURGOV", "EGY", "040"));
    /* of two adjacent sector words the head noun decides */
    code("Syrian government troops attacked Hamas.", &e);
    assert_true(has(&e, "SYRMIL", "PSEREB", "190"));
    /* a person after a compound replaces only the last actor */
    code("Egypt met Syria and Palestinian leader Yasser Arafat.", &e);
    assert_true(has(&e, "EGY", "SYR", "040"));
    assert_true(has(&e, "EGY", "PSEGOV", "040"));
}

static void test_people_by_date(void **state)
{
    (void)state;
    evs e;
    ent_date in_office = ENT_DATE_MIN, later = ENT_DATE_MIN;
    assert_int_equal(ent_date_parse(&in_office, "1990-06-01"), 0);
    assert_int_equal(ent_date_parse(&later, "2000-06-01"), 0);
    code_on("President Francois Mitterrand met Egypt.", in_office, &e);
    assert_true(has(&e, "FRAGOV", "EGY", "040"));
    code_on("Mitterrand met Egypt.", later, &e);
    assert_true(has(&e, "FRAELI", "EGY", "040"));
    /* a former office holder in apposition to a role acts in the role */
    code_on("Francois Mitterrand, the EU president, met Egypt.", later, &e);
    assert_true(has(&e, "EU", "EGY", "040"));
    assert_false(has(&e, "FRAELI", "EGY", "040"));
}

static void test_pronouns(void **state)
{
    (void)state;
    evs e;
    /* "he"/"she" prefer the last subject, "him"/"her" the other person */
    code("Mubarak met Arafat in Cairo. He urged him to accept the plan.", &e);
    assert_true(has(&e, "EGYGOV", "PSEGOV", "022"));
    /* "their governments": the possessive pronoun's referent's organ */
    code("Egypt expelled diplomats from Russia and Turkey on Monday when their government "
         "accused Israel.", &e);
    assert_true(has(&e, "RUSGOV", "ISR", "112"));
    assert_true(has(&e, "TURGOV", "ISR", "112"));
    /* "X told Y that he would ...": he is the teller */
    code("Mubarak told Arafat on Monday that he accused Israel.", &e);
    assert_true(has(&e, "EGYGOV", "ISR", "112"));
    /* a person in apposition to an organ of the same organisation is
     * that organ, not a second actor */
    code("The International Criminal Court's chief prosecutor, Karim Khan, accused Israel.", &e);
    assert_true(has(&e, "ICCJUD", "ISR", "112"));
    assert_int_equal(e.n, 1);
    /* "X notified Y that it ...": it is the teller too */
    code("Egypt notified the European Union on Monday that it accused Israel.", &e);
    assert_true(has(&e, "EGY", "ISR", "112"));
    assert_false(has(&e, "EU", "ISR", "112"));
    /* an object pronoun is not its own clause's subject */
    code("Arafat spoke in Gaza on Monday, and Mubarak swiftly accused him.", &e);
    assert_true(has(&e, "EGYGOV", "PSEGOV", "112"));
    /* "the two countries": the last pair named */
    code("Israel and Egypt met in Cairo. The two countries attacked Hamas.", &e);
    assert_true(has(&e, "ISR", "PSEREB", "190"));
    assert_true(has(&e, "EGY", "PSEREB", "190"));
}

static void test_attribution(void **state)
{
    (void)state;
    evs e;
    /* a participle after the closing attribution is the speaker's act */
    code("Russian troops bombed Ukraine on Monday, the Egyptian government said on Tuesday, "
         "accusing Russia of aggression.", &e);
    assert_true(has(&e, "RUSMIL", "UKR", "195"));
    assert_true(has(&e, "EGYGOV", "RUS", "112"));
    assert_false(has(&e, "RUSMIL", "RUS", "112"));
    /* the closing attribution codes no event of its own */
    code("Israel attacked Hamas, a member of the Egyptian team that met Syria said.", &e);
    assert_true(has(&e, "ISR", "PSEREB", "190"));
    assert_false(mentions_root(&e, "EGY"));
    assert_false(mentions_root(&e, "SYR"));
}

static void test_sources_and_targets(void **state)
{
    (void)state;
    evs e;
    /* an event noun before the subject does not use up the clause */
    code("The first deployment of American troops arrived in Greece.", &e);
    assert_true(has(&e, "USAMIL", "GRC", "042"));
    /* a curfew falls on the state's own people */
    code("Turkish authorities imposed a curfew in southeastern Turkey.", &e);
    assert_true(has(&e, "TURGOV", "TURCVL", "1723"));
    /* people with no country yet belong to where they act */
    code("Thousands of people demonstrated in Turkey against the Chinese government.", &e);
    assert_true(has(&e, "TURCVL", "CHNGOV", "141"));
    /* a consequence clause: its own actor reacts to the main subject */
    code("Russia attacked Ukraine, drawing condemnation from the European Union.", &e);
    assert_true(has(&e, "RUS", "UKR", "190"));
    assert_true(has(&e, "EU", "RUS", "111"));
    code("Russia attacked Ukraine, prompting Turkey to issue a protest.", &e);
    assert_true(has(&e, "TUR", "RUS", "114"));
    /* a passive's agent may follow adverbials */
    code("A Greek tanker was attacked on Friday in the Gulf by Turkish forces.", &e);
    assert_true(has(&e, "TURMIL", "GRC", "190"));
    /* an opening attribution is no part of the subject */
    code("According to Egyptian officials, Israel attacked Hamas.", &e);
    assert_true(has(&e, "ISR", "PSEREB", "190"));
    assert_false(mentions_root(&e, "EGY"));
    /* an apposition naming the same actor twice is one actor */
    code("Yasser Arafat, the Palestinian leader, met Egypt.", &e);
    assert_int_equal(e.n, 1);
    assert_true(has(&e, "PSEGOV", "EGY", "040"));
    /* a state's own troops are no target of it */
    code("Turkey said it had deployed more troops to Greece.", &e);
    assert_true(has(&e, "TUR", "GRC", "154"));
    /* a place governed by a preposition is no subject */
    code("Protesters in south Serbia attacked Greece.", &e);
    assert_false(has(&e, "SRB", "GRC", "190"));
}

static void test_ambiguous_names(void **state)
{
    (void)state;
    evs e;
    /* "Congo": the other names of the sentence decide */
    code_on("Congo attacked rebels near Goma.", ent_date_from_ymd(2020, 1, 1), &e);
    assert_true(mentions_root(&e, "COD"));
    assert_false(mentions_root(&e, "COG"));
    code_on("Congo attacked Rwanda from Brazzaville.", ent_date_from_ymd(2020, 1, 1), &e);
    assert_true(has(&e, "COG", "RWA", "190"));
    /* else the name of the day: the Republic while the other was Zaire */
    code_on("Congo attacked Rwanda.", ent_date_from_ymd(1990, 1, 1), &e);
    assert_true(has(&e, "COG", "RWA", "190"));
    code_on("Congo attacked Rwanda.", ent_date_from_ymd(2020, 1, 1), &e);
    assert_true(has(&e, "COD", "RWA", "190"));
}

static void test_titled_names(void **state)
{
    (void)state;
    evs e;
    /* a title and a name the dictionary does not know are one person of
     * the title's country, and may be the target of their own state */
    code("Members of Niger's presidential guard detained President Mohamed Bazoum.", &e);
    assert_true(has(&e, "NER", "NERGOV", "173"));
    /* titled names in a compound, each with its own title */
    code("Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud "
         "signed a deal in Turkey.", &e);
    assert_true(has(&e, "ETHGOV", "", "057"));
    assert_true(has(&e, "SOMGOV", "", "057"));
    code("Ethiopian Prime Minister Abiy Ahmed and rebel leader Jawar Mohammed signed a deal.",
         &e);
    assert_true(has(&e, "ETHGOV", "", "057"));
    assert_true(has(&e, "ETHREB", "", "057"));
    /* a verb pattern that starts with the noun phrase's head */
    code("Chinese warplanes bombed Turkey.", &e);
    assert_true(has(&e, "CHNMIL", "TUR", "195"));
}

static void test_people_and_titles(void **state)
{
    (void)state;
    evs e;
    /* a title other than an office says what a person out of office is */
    code_on("Rebel leader Charles Taylor attacked Liberia.", ent_date_from_ymd(1990, 6, 1), &e);
    assert_true(has(&e, "LBRREB", "LBR", "190"));
    code_on("Former rebel leader Charles Taylor attacked Liberia.", ent_date_from_ymd(1990, 6, 1),
            &e);
    assert_false(has(&e, "LBRREB", "LBR", "190"));
    /* a known surname after an unknown first name is someone else */
    code_on("Liberian forces attacked rebel leader Prince Johnson.", ent_date_from_ymd(2020, 1, 1),
            &e);
    assert_false(mentions_root(&e, "GBR"));
    /* "President X of Egypt and Prime Minister Y of Israel": two people */
    code_on("President Anwar Sadat of Egypt and Prime Minister Menachem Begin of Israel signed "
            "a deal.", ent_date_from_ymd(1979, 3, 26), &e);
    assert_true(has(&e, "EGYGOV", "", "057"));
    assert_true(has(&e, "ISRGOV", "", "057"));
}

static void test_noun_phrase_owners(void **state)
{
    (void)state;
    evs e;
    /* a bare agent belongs to the same kind of actor named before it, a
     * state organ to the last state or organ that is no place */
    code("Palestinian youths hurled stones at Israeli troops in Gaza, and soldiers opened fire "
         "on the crowd.", &e);
    assert_true(has(&e, "ISRMIL", "PSECVL", "175"));
    /* a title after another sector word keeps it */
    code("Police in Mali detained a gang leader.", &e);
    assert_true(has(&e, "MLICOP", "MLICRM", "173"));
    /* a possessor inside an apposition is no member */
    code("Alexei Navalny, the Kremlin's critic, accused Russia.", &e);
    assert_true(has(&e, "RUSOPP", "RUS", "112"));
    assert_false(has(&e, "RUSGOV", "RUS", "112"));
    /* "X-linked militants" are no X */
    code("Al-Qaeda-linked militants attacked troops in Mali.", &e);
    assert_false(mentions_root(&e, "AQ"));
    /* the armed forces of an ethnic group in a state are its rebels */
    code("Croatian Serb forces attacked Bosnia.", &e);
    assert_true(has(&e, "HRVREB", "BIH", "190"));
}

static void test_targets_and_references(void **state)
{
    (void)state;
    evs e;
    /* an apposition after an unknown name says whose it is */
    code("Armenian forces captured the town of Shusha, the last Azerbaijani stronghold.", &e);
    assert_true(has(&e, "ARMMIL", "AZE", "192"));
    /* a possessive opening a coordinated clause is the subject's */
    code("Iraq sent troops across the border into Iran on Monday and its warplanes bombed Iran.",
         &e);
    assert_true(has(&e, "IRQMIL", "IRN", "195") || has(&e, "IRQ", "IRN", "195"));
    /* "the group": the last organisation or armed group named */
    code("Hamas attacked Israel. Egypt accused the militant group.", &e);
    assert_true(has(&e, "EGY", "PSEREB", "112"));
    /* "both Nordic countries": the pair just named */
    code("Turkey blocked Sweden and Finland, and accused both Nordic countries.", &e);
    assert_false(mentions_root(&e, "DNK"));
    /* two event nouns joined by "and" share the object after the second */
    code("Turkey launched air strikes and artillery barrages against Syria on Monday.", &e);
    assert_true(has(&e, "TUR", "SYR", "195"));
    assert_true(has(&e, "TUR", "SYR", "194"));
    /* "supporters of <person>": the person's country's people, not the
     * person; an opposition figure's followers stay opposition */
    code("Supporters of former President Hosni Mubarak attacked Israel.", &e);
    assert_true(has(&e, "EGYCVL", "ISR", "145")); /* people attacking riot */
    assert_false(has(&e, "EGYELI", "ISR", "145"));
    code("Supporters of Alexei Navalny attacked the Kremlin.", &e);
    assert_true(has(&e, "RUSOPP", "RUSGOV", "190"));
    /* people a verb acts on take the place named inside a later noun
     * phrase, not the subject's country */
    code("Russian troops opened fire on a crowd protecting a journalist in Goma.", &e);
    assert_true(has(&e, "RUSMIL", "CODCVL", "175"));
}

static void test_objects_and_roles(void **state)
{
    (void)state;
    evs e;
    /* an object pronoun for another actor of the source's country */
    code_on("Menachem Begin accused Egypt, and Israeli police detained him.",
            ent_date_from_ymd(1980, 1, 1), &e);
    assert_true(has(&e, "ISRCOP", "ISRGOV", "173"));
    /* "them" is not the subject of its own clause */
    code("Ethiopian authorities ordered Somali journalists to leave, accusing them of spying.",
         &e);
    assert_true(has(&e, "ETHGOV", "SOM", "112"));
    /* ", and" with no list before it joins clauses, not members */
    code("Israel attacked Syria, and Egypt, which borders Israel, urged restraint.", &e);
    assert_true(has(&e, "EGY", "", "022"));
    assert_false(has(&e, "SYR", "", "022"));
    /* placed under house arrest: the one placed is the target */
    code_on("Egyptian troops placed President Anwar Sadat under house arrest.",
            ent_date_from_ymd(1980, 1, 1), &e);
    assert_true(has(&e, "EGYMIL", "EGYGOV", "173"));
    /* an ultimatum: the giver threatens the one given the time */
    code("The European Union gave Russia 15 days to withdraw or face sanctions.", &e);
    assert_true(has(&e, "EU", "RUS", "139"));
    assert_false(has(&e, "RUS", "EU", "139"));
    /* judicial cooperation goes to the actor after "to" */
    code("Greece extradited a Russian journalist to the United States.", &e);
    assert_true(has(&e, "GRC", "USA", "063"));
    /* "the tribunal" after an international court is that court */
    code("Mali quit the International Criminal Court on Monday, accusing the Hague-based "
         "tribunal.",
         &e);
    assert_true(has(&e, "MLI", "ICC", "112"));
    code("Niger accused the tribunal of bias.", &e);
    assert_true(has(&e, "NER", "NERJUD", "112"));
    /* a target list closed with "and" is every member */
    code("Israeli protesters attacked Israel's parliament, government and police.", &e);
    assert_true(has(&e, "ISRCVL", "ISRLEG", "145")); /* people attacking riot */
    assert_true(has(&e, "ISRCVL", "ISRGOV", "145"));
    assert_true(has(&e, "ISRCVL", "ISRCOP", "145"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attitudes_and_modifiers),
        cmocka_unit_test(test_ethnic_groups),
        cmocka_unit_test(test_compounds),
        cmocka_unit_test(test_people_by_date),
        cmocka_unit_test(test_pronouns),
        cmocka_unit_test(test_attribution),
        cmocka_unit_test(test_sources_and_targets),
        cmocka_unit_test(test_ambiguous_names),
        cmocka_unit_test(test_titled_names),
        cmocka_unit_test(test_people_and_titles),
        cmocka_unit_test(test_noun_phrase_owners),
        cmocka_unit_test(test_targets_and_references),
        cmocka_unit_test(test_objects_and_roles),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
