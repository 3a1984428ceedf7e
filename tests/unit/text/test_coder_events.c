/*
 * test_coder_events.c - the event side of the coder: which acts are found
 * and which CAMEO code they get (light verbs with event nouns, joint acts
 * of compound subjects, event nouns with "between", unknown attackers,
 * curfews, refusals), on a small dictionary of its own.
 */
#include "test_util.h"

#include <entente/io.h>
#include <entente/text.h>
#include <string.h>
#include "text/coder_fixture.h"

static const char *dict_text =
    "state USA | United States | US! | U.S. | American\n"
    "state CHN | China | Chinese\n"
    "state GRC | Greece | Greek\n"
    "state TUR | Turkey | Turkish\n"
    "state ISR | Israel | Israeli\n"
    "state EGY | Egypt\n"
    "state RUS | Russia | Russian\n"
    "state IRQ | Iraq | Iraqi\n"
    "org EU | European Union | EU\n"
    "actor PSEREB PSE | Hamas\n"
    "agent GOV | government | authorities\n"
    "agent MIL | forces | troops | servicemen\n"
    "agent CVL | civilians | youths\n"
    "agent REB | rebels\nagent COP | police\nagent MIL | army\n"
    "verb 173 | arrested\nverb 1724 | imposed * martial law\n"
    "verb 180 | ambushed\n"
    "verb 194 | drone strike\nverb 186 | killed * general\n"
    "verb 138 | threatened to strike\nverb 1385 | threatened * with nuclear\n"
    "verb 057 | signed * deal / reached *3 deal\n"
    "verb 037 | agreed\n"
    "verb 040 | met\n"
    "verb 141 | march / marched\n"
    "verb 050 | restored relations\nverb 045 | brokered\n"

    "verb 0871 | truce * took effect\n"
    "verb 046 | talks between\n"
    "verb 160 | left the European Union\n"
    "verb 190 | attacked\n"
    "verb 1823 | killed\n"
    "verb 183 | explosive device / explosion\n"
    "verb 1723 | imposed * curfew\n"
    "state AFG | Afghanistan | Afghan\n"
    "actor AFGGOV AFG | Kabul\n"
    "agent OPP | opposition parties\n"
    "verb 141 | demonstrated\nverb 140 | protested\n"
    "verb 143 | general strike\n"
    "verb 090 | investigation / launched *3 investigation\n"
    "verb 091 | investigation * corruption\n"
    "verb 0874 | withdraw\n"
    "verb 080 | meet *5 demands\n"
    /* rejection codes exist in the dictionary (refusals map onto them) */
    "verb 044 | met * in\nverb 042 | visited\nverb 043 | hosted\n"
    "actor RUSGOV RUS | Moscow\nactor TURGOV TUR | Ankara\n"
    "verb 111 | criticized\nverb 126 | opposed to * mediation\nverb 1121 | indicted\n"
    "verb 114 | complained\nverb 072 | received *4 weapons\n"
    "verb 1246 | vowed to fight on\nverb 124 | refused to budge\n"
    "agent MIL | warplanes\nverb 195 | warplanes struck\n"
    "verb 161 | expelled * ambassador\nverb 112 | accusing / accused\n"
    "verb 045 | mediated\nverb 0871 | agreed to *3 truce\n"
    "verb 111 | condemned\nverb 163 | impose * sanctions / imposing * sanctions\n"
    "verb 057 | signed\nverb 1823 | killing / shot dead\nverb 202 | massacred\n"
    "verb 175 | violently dispersed\nverb 190 | struck\nverb 046 | talks / held talks\n"
    "verb 1121 | impeached!\nverb 170 | forced! * to\nverb 193 | traded fire\n"
    "verb 166 | expelled\nverb 201 | mass expulsion\n"
    "verb 100 | demanding / demanded that / demand that\nverb 0873 | disband\n"
    "verb 144 | blocked * roads\nverb 1822 | torture\nverb 183 | set off * bombs\n"
    "verb 1832 | car bombs\nverb 190 | stormed\nagent REB | bombers | gunmen\n"
    "verb 192 | captured\nverb 052 | defend\nverb 130 | vowed\nverb 0871 | pause * offensive\n"
    "verb 1831 | suicide bombing\nverb 145 | rioted\n"
    "verb 016 | denied *6 that\nverb 195 | dropped * bombs\nverb 2041 | chemical weapons\n"
    "verb 130 | warned\nverb 012 | pessimistic\nverb 154 | deployed\nverb 074 | protect\n"
    "verb 036 | to meet\nverb 175 | fired tear gas / water cannon\n"
    "verb 194 | pounding / artillery fire\nverb 195 | air strikes\nverb 190 | invasion\n"
    "agent OPP | opposition leader\nverb 193 | shot\nverb 185 | assassination attempt\n"
    "verb 186 | assassinated\nverb 111 | critic\nverb 173 | jailed\nverb 142 | hunger strike\n"
    "verb 182 | clubs\nagent CVL | protesters | mourners\nagent LEG | parliament\n"
    "verb 145 | stormed * parliament\nverb 141 | poured into the streets\n"
    "verb 0831 | resigned\nverb 0832 | withdrew * bill\n"
    "verb 175 | shot dead * rally\n"
    "verb 160 | withdraw from * treaty\nverb 131 | threatened\n"
    "verb 030 | pledged\nverb 061 | investment\nverb 070 | aid\n"
    "actor TUR TUR | Diyarbakir\nverb 192 | took control of\nagent JUD | court | judge\n"
    "verb 015 | claimed responsibility\nverb 011 | declined to comment\n"
    "verb 042 | visit\nverb 116 | conviction\nverb 0841 | release / swapped prisoners\n"
    "verb 063 | extradited\nverb 1121 | charges\nverb 115 | filed * lawsuit\nverb 020 | asking\n"
    "agent JUD | prosecutors\nverb 180 | raided\nverb 091 | probe into\n"
    "verb 054 | establishing *2 diplomatic relations\nverb 190 | battled\nverb 145 | riots\n"
    "verb 171 | seized * tanker / seized\nverb 111 | called * dictator\n"
    "person GRCELI GRC | Kostas Karamanlis\nverb 181 | abducted\nverb 110 | dismissing\n";

static int setup(void **state)
{
    (void)state;
    return fixture_open(dict_text);
}

static void code(const char *text, evs *out)
{
    out->n = 0;
    assert_int_equal(ent_coder_code(coder, "t", ENT_DATE_MIN, text, strlen(text), collect, out),
                     0);
}

static void test_joint_acts(void **state)
{
    (void)state;
    evs e;
    /* a compound subject's joint act: one event per party, no target */
    code("The European Union and Turkey signed a deal to return migrants from Greece.", &e);
    assert_int_equal(e.n, 2);
    assert_true(has(&e, "EU", "", "057"));
    assert_true(has(&e, "TUR", "", "057"));
    code("The United States and China reached a deal on trade.", &e);
    assert_int_equal(e.n, 2);
    assert_true(has(&e, "USA", "", "057"));
    /* a partner named with "with" stays the target */
    code("The United States and China signed a deal with Turkey.", &e);
    assert_true(has(&e, "USA", "TUR", "057"));
    assert_true(has(&e, "CHN", "TUR", "057"));
    /* one actor: the target is kept */
    code("Turkey signed a deal with Greece.", &e);
    assert_true(has(&e, "TUR", "GRC", "057"));
    /* a non-joint act keeps its target */
    code("Israel and Egypt attacked Hamas.", &e);
    assert_true(has(&e, "ISR", "PSEREB", "190"));
}

static void test_between(void **state)
{
    (void)state;
    evs e;
    code("A truce between Israel and Hamas took effect.", &e);
    assert_int_equal(e.n, 2);
    assert_true(has(&e, "ISR", "", "0871"));
    assert_true(has(&e, "PSEREB", "", "0871"));
    code("Talks between Israel and Hamas resumed in Cairo.", &e);
    assert_true(has(&e, "ISR", "", "046"));
    assert_true(has(&e, "PSEREB", "", "046"));
}

static void test_leave_organisation(void **state)
{
    (void)state;
    evs e;
    code("Turkey formally left the European Union.", &e);
    assert_true(has(&e, "TUR", "EU", "160"));
}

static void test_implied_targets(void **state)
{
    (void)state;
    evs e;
    /* a curfew targets the people of the place it covers */
    code("Turkey imposed a curfew in the town of Cizre in southeastern Turkey.", &e);
    assert_true(has(&e, "TUR", "TURCVL", "1723"));
    code("Afghanistan imposed a curfew in Kabul.", &e);
    assert_true(has(&e, "AFG", "AFGCVL", "1723"));
    code("The Afghan government imposed a curfew.", &e);
    assert_true(has(&e, "AFGGOV", "AFGCVL", "1723"));
    /* a protest or strike with no named target targets the government */
    code("Opposition parties in Afghanistan have organized a general strike.", &e);
    assert_true(has(&e, "AFGOPP", "AFGGOV", "143"));
    code("The Afghan government protested.", &e);
    assert_true(has(&e, "AFGGOV", "", "140"));
    code("Afghan civilians demonstrated against Turkey.", &e);
    assert_true(has(&e, "AFGCVL", "TUR", "141"));
}

static void test_noun_refinement(void **state)
{
    (void)state;
    evs e;
    code("Turkey launched an investigation into corruption.", &e);
    assert_true(has(&e, "TUR", "", "091"));
    code("Turkey launched an investigation.", &e);
    assert_true(has(&e, "TUR", "", "090"));
}

static bool has_neg(const evs *e, const char *src, const char *cameo)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].source, src) == 0 && strcmp(e->v[i].cameo, cameo) == 0 &&
            e->v[i].negated)
            return true;
    return false;
}

static void test_refusals(void **state)
{
    (void)state;
    evs e;
    /* refusing a cooperative act rejects it (CAMEO 12) */
    code("Russia refused to withdraw from Iraq.", &e);
    assert_true(has(&e, "RUS", "IRQ", "1246"));
    code("The U.S. said it would not meet the hostage-takers demands.", &e);
    assert_true(has(&e, "USA", "", "124"));
    /* a failure is no refusal; a refused attack stays a negated attack */
    code("Russia failed to withdraw from Iraq.", &e);
    assert_true(has_neg(&e, "RUS", "0874"));
    code("Russia refused to attack Iraq.", &e);
    assert_true(has_neg(&e, "RUS", "190"));
    assert_false(has(&e, "RUS", "IRQ", "190"));
}

static void test_meeting_without_partner(void **state)
{
    (void)state;
    evs e;
    /* one actor meeting alone is no event and does not use up the clause */
    code("The Turkish government met Sunday and attacked Iraq.", &e);
    assert_int_equal(e.n, 1);
    assert_true(has(&e, "TURGOV", "IRQ", "190"));
    /* "..., but was still <verb>": the subject carries over */
    code("Turkey attacked Iraq, but was still refusing to withdraw from Greece.", &e);
    assert_true(has(&e, "TUR", "IRQ", "190"));
    assert_true(has(&e, "TUR", "GRC", "1246"));
    code("Turkey met Greece.", &e);
    assert_true(has(&e, "TUR", "GRC", "040"));
}

static void test_roles(void **state)
{
    (void)state;
    evs e;
    /* a complaint targets what it is about, not its addressee */
    code("Egypt complained to the European Union over two Israeli air raids.", &e);
    assert_true(has(&e, "EGY", "ISR", "114"));
    code("Egypt complained to the European Union.", &e);
    assert_true(has(&e, "EGY", "EU", "114"));
    /* aid received is given by the actor after "from" */
    code("Iraq received new weapons from Russia.", &e);
    assert_int_equal(e.n, 1);
    assert_true(has(&e, "RUS", "IRQ", "072"));
    code("Iraq received new weapons.", &e);
    assert_int_equal(e.n, 0);
}

static void test_unnamed_attackers(void **state)
{
    (void)state;
    evs e;
    /* unidentified attackers: UAF of the country where it happened */
    code("Three US servicemen were killed by an explosive device outside of the Iraqi city "
         "of Basra.", &e);
    assert_true(has(&e, "IRQUAF", "USAMIL", "1823"));
    code("An explosion killed ten Iraqi civilians.", &e);
    assert_true(has(&e, "IRQUAF", "IRQCVL", "1823"));
    /* the owner of the violent event noun is the attacker */
    code("Three Iraqi servicemen were killed in a Russian explosion.", &e);
    assert_true(has(&e, "RUS", "IRQMIL", "190")); /* a state killing soldiers fights */
    /* no victims right after the verb, a noun after a determiner, or a
     * hypothetical: nothing */
    /* a violent event noun killing a leader is an assassination */
    code("A Turkish drone strike killed Iraqi general Ali.", &e);
    assert_true(has(&e, "TUR", "IRQ", "186"));
    /* a bare agent as subject names the kind of attacker */
    code("Rebels ambushed Iraqi troops.", &e);
    assert_true(has(&e, "IRQREB", "IRQMIL", "180"));
    code("The explosion drew condemnation from China.", &e);
    assert_int_equal(e.n, 0);
    code("An explosion would kill Iraqi civilians.", &e);
    assert_int_equal(e.n, 0);
}

static void test_meeting_places(void **state)
{
    (void)state;
    evs e;
    /* a meeting in the partner's country is a visit, in one's own hosting */
    code("Turkey met Russia in Moscow.", &e);
    assert_true(has(&e, "TUR", "RUS", "042"));
    code("Turkey met Russia in Ankara.", &e);
    assert_true(has(&e, "TUR", "RUS", "043"));
    code("Turkey met Russia in Egypt.", &e);
    assert_true(has(&e, "TUR", "RUS", "044"));
    /* a partner no dictionary knows, in another state: a visit to the host */
    code("The Turkish government met Sheikh Ahmed Salem in Egypt on Friday.", &e);
    assert_true(has(&e, "TURGOV", "EGY", "042"));
    /* in one's own country, or after a clause boundary: no event */
    code("The Turkish government met Sheikh Ahmed Salem in Ankara on Friday.", &e);
    assert_int_equal(e.n, 0);
    code("The Turkish government met on Friday, a week after talks in Egypt.", &e);
    assert_int_equal(e.n, 0);
}

static void test_specific_code_wins(void **state)
{
    (void)state;
    evs e;
    /* patterns of as many words: the more specific code of the root wins */
    code("Russia threatened to strike Turkey with nuclear weapons.", &e);
    assert_true(has(&e, "RUS", "TUR", "1385"));
}

static void test_passive_patients(void **state)
{
    (void)state;
    evs e;
    /* a passive subject is the patient: no event without the agent */
    code("Turkey was criticized.", &e);
    assert_int_equal(e.n, 0);
    code("Turkey was indicted by Greece.", &e);
    assert_true(has(&e, "GRC", "TUR", "1121"));
    /* "by" inside a longer pattern still names the agent */
    code("Turkey was indicted by Greece for attacking Iraq.", &e);
    assert_true(has(&e, "GRC", "TUR", "1121"));
    /* the agent after a name or modifiers: "by National Guard troops" */
    code("The Turkish opposition leader was arrested by National Guard troops.", &e);
    assert_true(has(&e, "TURMIL", "TUROPP", "173"));
    /* a gerund after a preposition is no event */
    code("Turkey lowered the threshold for attacking Iraq.", &e);
    assert_int_equal(e.n, 0);
    /* "is opposed to" is an adjective, the subject acts */
    code("Israel is opposed to Turkish mediation.", &e);
    assert_true(has(&e, "ISR", "TUR", "126"));
    /* an act of cooperation does not target the agent of a reduced
     * relative ("a deal brokered by Egypt") */
    code("Turkey restored relations with Greece in a deal brokered by Egypt.", &e);
    assert_true(has(&e, "TUR", "GRC", "050"));
    code("Turkey restored relations in a deal brokered by Egypt.", &e);
    assert_true(has(&e, "TUR", "", "050"));
    assert_false(has(&e, "TUR", "EGY", "050"));
    /* "as" opening a clause with its own subject and verb ends the main
     * clause: no target there, and the second act is coded */
    code("Turkey imposed a curfew on Monday as Iraqi troops attacked Egypt.", &e);
    assert_false(has(&e, "TUR", "IRQMIL", "1723"));
    assert_true(has(&e, "IRQMIL", "EGY", "190"));
    /* deployments go where "to" sends them, past a listed object */
    code("Turkey deployed tanks, artillery and thousands of troops to Greece.", &e);
    assert_true(has(&e, "TUR", "GRC", "154"));
    /* force with no target falls on the victims of its consequence */
    code("Turkish troops attacked the town on Monday, killing dozens of civilians.", &e);
    assert_true(has(&e, "TURMIL", "TURCVL", "190"));
    /* the agent after "by a": "by a Greek drone" */
    code("Turkish troops were attacked by a Greek drone on Monday.", &e);
    assert_true(has(&e, "GRC", "TURMIL", "190"));
    /* a capitalised month is no verb ("in March" is not "march") */
    code("The Turkish government met in March.", &e);
    assert_int_equal(e.n, 0);
}

static void test_agent_of_place(void **state)
{
    (void)state;
    evs e;
    /* a bare agent as subject belongs to the country of the event's place */
    code("Police arrested thirty civilians in Iraq.", &e);
    assert_true(has(&e, "IRQCOP", "IRQCVL", "173"));
    code("The army imposed martial law in Turkey.", &e);
    assert_true(has(&e, "TURMIL", "TURCVL", "1724"));
    /* no place, no actor */
    code("Police arrested two American tourists.", &e);
    assert_int_equal(e.n, 0);
    /* a place given by direction: "east of Turkey's capital" */
    code("Police arrested thirty civilians east of Turkey's capital.", &e);
    assert_true(has(&e, "TURCOP", "TURCVL", "173"));
    /* a court or legislature tries the officials of its own state */
    code("A court indicted the Turkish opposition leader on Monday.", &e);
    assert_true(has(&e, "TURJUD", "TUROPP", "1121"));
    code("A court indicted two Turkish civilians on Monday.", &e);
    assert_int_equal(e.n, 0);
}

static void test_subject_in_pattern(void **state)
{
    (void)state;
    evs e;
    /* "warplanes struck" is the pattern; "American warplanes" the subject */
    code("American warplanes struck Iraqi forces on Sunday.", &e);
    assert_true(has(&e, "USAMIL", "IRQMIL", "195"));
}

static void test_act_participles(void **state)
{
    (void)state;
    evs e;
    /* a participle naming a verbal act of its own is a second event of
     * the clause's subject, not of the noun phrase before it */
    code("Turkey expelled the Greek ambassador on Monday, accusing Greece of spying.", &e);
    assert_true(has(&e, "TUR", "GRC", "161"));
    assert_true(has(&e, "TUR", "GRC", "112"));
    assert_int_equal(e.n, 2);
    /* a consequence of the act is part of it */
    code("Turkey attacked Iraqi forces, killing ten civilians.", &e);
    assert_true(has(&e, "TUR", "IRQMIL", "190"));
    assert_int_equal(e.n, 1);
    /* no accusation without someone accused; an object the dictionaries
     * do not place is the last event's target */
    code("Turkey held an election on Monday, accusing foreign powers of meddling.", &e);
    assert_int_equal(e.n, 0);
    code("Turkey expelled the Greek ambassador, accusing him of lying.", &e);
    assert_true(has(&e, "TUR", "GRC", "112"));
}

static void test_mediation(void **state)
{
    (void)state;
    evs e;
    /* the mediator after "mediated by" mediates between the parties of the
     * act; agreeing to a truce is the truce (0871) */
    code("Israel and Hamas agreed to a truce on Tuesday, in talks mediated by Egypt.", &e);
    assert_true(has(&e, "ISR", "", "0871"));
    assert_true(has(&e, "PSEREB", "", "0871"));
    assert_true(has(&e, "EGY", "ISR", "045"));
    assert_true(has(&e, "EGY", "PSEREB", "045"));
    assert_int_equal(e.n, 4);
    /* the host of the meeting, named after "hosted by", hosts its parties */
    code("Russia and Turkey held talks on Friday, hosted by Egypt.", &e);
    assert_true(has(&e, "EGY", "RUS", "043"));
    assert_true(has(&e, "EGY", "TUR", "043"));
    /* a list of acts of one subject */
    code("Turkey expelled the Greek ambassador, attacked Iraq and arrested thirty civilians.",
         &e);
    assert_true(has(&e, "TUR", "GRC", "161"));
    assert_true(has(&e, "TUR", "IRQ", "190"));
}

static void test_reactions(void **state)
{
    (void)state;
    evs e;
    /* a reaction to the act just reported targets its source */
    code("Russia attacked Iraq on Friday, a move the European Union condemned.", &e);
    assert_true(has(&e, "RUS", "IRQ", "190"));
    assert_true(has(&e, "EU", "RUS", "111"));
    code("Russia attacked Iraq on Friday, and Turkey condemned the move.", &e);
    assert_true(has(&e, "TUR", "RUS", "111"));
}

static void test_decisions_and_instruments(void **state)
{
    (void)state;
    evs e;
    /* agreeing to a non-cooperative act is deciding it: the act itself */
    code("The European Union agreed to impose sanctions on Russia.", &e);
    assert_true(has(&e, "EU", "RUS", "163"));
    assert_int_equal(e.n, 1);
    /* agreeing to restore relations is the agreement reached (05), as the
     * real-news and development golds code it */
    code("Turkey and Egypt agreed to restore relations.", &e);
    assert_true(has(&e, "TUR", "", "050"));
    assert_true(has(&e, "EGY", "", "050"));
    /* signing an order is no agreement: what it does is the event */
    code("The United States signed an executive order imposing sanctions on China.", &e);
    assert_true(has(&e, "USA", "CHN", "163"));
    assert_int_equal(e.n, 1);
}

static void test_mass_killing(void **state)
{
    (void)state;
    evs e;
    /* twenty or more killed is a mass killing (202); protesters killed
     * are a protest violently repressed (175) */
    code("Rebels killed at least 184 civilians in Iraq on Sunday.", &e);
    assert_true(has(&e, "IRQREB", "IRQCVL", "202"));
    code("Turkish troops shot dead more than 100 protesters in Iraq.", &e);
    assert_true(has(&e, "TURMIL", "IRQ", "175") || has(&e, "TURMIL", "", "175") ||
                has(&e, "TURMIL", "IRQCVL", "175"));
    /* many armed men killed is fighting (190), not a massacre */
    code("Rebels killed dozens of Turkish troops in Iraq on Sunday.", &e);
    assert_true(has(&e, "IRQREB", "TURMIL", "190") || has(&e, "TURREB", "TURMIL", "190"));
    /* a year is no count; a few are no massacre */
    code("Turkish troops killed three Iraqi civilians in 2019.", &e);
    assert_true(has(&e, "TURMIL", "IRQCVL", "1823"));
}

/* "the impeached president" qualifies a noun, "impeached the president"
 * reports the act; "forced! * to" is the verb, never the noun "forces". */
static void test_participles_and_forms(void **state)
{
    (void)state;
    evs e;
    code("The Turkish parliament impeached the president of Turkey.", &e);
    assert_int_equal(e.n, 1);
    code("Turkey's currency fell amid turmoil around the impeached president.", &e);
    assert_int_equal(e.n, 0);
    code("Turkey forced Greece to close the border.", &e);
    assert_true(has(&e, "TUR", "GRC", "170"));
    code("Turkish forces agreed in Greece on Monday to talks.", &e);
    assert_false(has(&e, "TURMIL", "GRC", "170"));
    /* an expulsion of thousands is a mass expulsion */
    code("Turkey expelled about 40,000 Greek civilians.", &e);
    assert_true(has(&e, "TUR", "GRCCVL", "201"));
    code("Turkey expelled 12 Greek civilians.", &e);
    assert_true(has(&e, "TUR", "GRCCVL", "166"));
    /* reciprocal acts: the pair acts jointly, with no target */
    code("Turkey and Greece traded fire on Monday.", &e);
    assert_true(has(&e, "TUR", "", "193"));
    assert_true(has(&e, "GRC", "", "193"));
    /* ... but "each accused the other" is an act each way (since
     * session 17: five of the six development golds code it so) */
    code("Turkey and Greece signed a deal, but each accused the other of delays.", &e);
    assert_true(has(&e, "TUR", "GRC", "112"));
    assert_true(has(&e, "GRC", "TUR", "112"));
}

static void test_speculation_and_nature(void **state)
{
    (void)state;
    evs e;
    /* what an actor could do, in others' words, is no event */
    code("Turkey could attack Iraq at any time, analysts said.", &e);
    assert_int_equal(e.n, 0);
    code("Talks would resume only if Turkey arrested the rebels.", &e);
    assert_int_equal(e.n, 0);
    /* an actor's own word on what it may do stays (as intent) */
    code("Turkey may attack Iraq, Turkish officials said.", &e);
    assert_int_equal(e.n, 1);
    /* a disaster is no attacker, and its consequences no events */
    code("An earthquake measuring 7.3 struck Iraq on Thursday, killing 25 civilians.", &e);
    assert_int_equal(e.n, 0);
    /* a consequence participle of a disaster's clause is no act either */
    code("A wildfire swept through forests near Athens on Monday, killing 25 Greek civilians.", &e);
    assert_int_equal(e.n, 0);
    code("Monsoon rains struck Iraq on Thursday, killing 25 civilians.", &e);
    assert_int_equal(e.n, 0);
    /* markets do not act: "as stocks marched higher" */
    code("Turkey's main share index closed at a record high on Thursday as chip stocks "
         "marched higher.", &e);
    assert_int_equal(e.n, 0);
    /* a background clause is no event of the sentence */
    code("Turkey attacked Iraq on Friday, a day after Iraq attacked Turkey.", &e);
    assert_true(has(&e, "TUR", "IRQ", "190"));
    assert_int_equal(e.n, 1);
    /* an event noun as the object of a preposition names an event */
    code("Turkey accused Iraq over the killing of ten civilians.", &e);
    assert_true(has(&e, "TUR", "IRQ", "112"));
    assert_int_equal(e.n, 1);
}

/* Round 3 of the event side: which clauses report no act, and which code
 * an act takes by the kind of its actor or weapon. */
static void test_non_acts(void **state)
{
    (void)state;
    evs e;
    /* a market report: the owner of the economy or currency does not act */
    code("Turkey's exports struck a record high in September.", &e);
    assert_int_equal(e.n, 0);
    code("The Turkish currency struck a record low on Monday.", &e);
    assert_int_equal(e.n, 0);
    /* an accident is no one's act, nor are its consequences */
    code("Two Turkish generals were killed in Iraq when their helicopter crashed.", &e);
    assert_int_equal(e.n, 0);
    code("A Turkish airliner crashed into a mountain in Iraq on Saturday, killing 25 civilians.",
         &e);
    assert_int_equal(e.n, 0);
    /* a protest's demand is part of the protest; what is demanded is not done */
    code("Iraqi civilians blocked major roads in Iraq, demanding that the government "
         "disband the police, a unit notorious for torture.",
         &e);
    assert_int_equal(e.n, 1);
    assert_true(has(&e, "IRQCVL", "IRQGOV", "144") || has(&e, "IRQCVL", "", "144"));
    /* a relative clause in the past perfect is background */
    code("Iraqi rebels captured Mosul, which Turkish troops had captured in 2019.", &e);
    assert_int_equal(e.n, 1);
    code("Turkey, which had vowed to defend Iraq, attacked Greece.", &e);
    assert_true(has(&e, "TUR", "GRC", "190"));
    assert_false(has(&e, "TUR", "IRQ", "052"));
    /* ... but a clause reported with "that" is the event */
    code("Turkey said that Iraqi rebels had captured Mosul.", &e);
    assert_int_equal(e.n, 1);
}

static void test_codes_by_kind(void **state)
{
    (void)state;
    evs e;
    /* suicide bombers' attacks are suicide attacks, whatever the count */
    code("Iraqi suicide bombers attacked Turkey, killing more than 40 civilians.", &e);
    assert_true(has(&e, "IRQREB", "TUR", "1831"));
    /* the more specific noun ending a light verb's match */
    code("Iraqi rebels set off two car bombs in Turkey.", &e);
    assert_true(has(&e, "IRQREB", "", "1832") || has(&e, "IRQREB", "TUR", "1832"));
    /* storming: armed men attack, people riot */
    code("Iraqi gunmen stormed Turkey's embassy.", &e);
    assert_true(has(&e, "IRQREB", "TUR", "190"));
    code("Iraqi civilians stormed Turkey's embassy.", &e);
    assert_true(has(&e, "IRQCVL", "TUR", "145"));
    /* a military does not use unconventional violence */
    code("Turkish troops ambushed Iraqi rebels.", &e);
    assert_true(has(&e, "TURMIL", "IRQREB", "190"));
    code("Iraqi rebels ambushed Turkish troops.", &e);
    assert_true(has(&e, "IRQREB", "TURMIL", "180"));
    /* agreeing to de-escalate is the act */
    code("Turkey agreed on Thursday to pause its offensive in Iraq.", &e);
    assert_true(has(&e, "TUR", "IRQ", "0871") || has(&e, "TUR", "", "0871"));
}

/* Round 3, second part: denials, chemical weapons, warnings of danger,
 * protective deployments, journeys to meet, one act named twice. */
static void test_acts_and_their_kind(void **state)
{
    (void)state;
    evs e;
    /* a denial is the denier's own event; the denied act stays negated */
    code("The Turkish army denied on Tuesday that it had attacked Iraq.", &e);
    assert_true(has(&e, "TURMIL", "", "016"));
    assert_false(has(&e, "TURMIL", "IRQ", "190"));
    /* chemical bombs dropped, or an attack with a chemical weapon */
    code("Iraqi warplanes dropped chemical bombs on Turkish troops.", &e);
    assert_true(has(&e, "IRQMIL", "TURMIL", "2041"));
    code("Iraqi warplanes dropped bombs on Turkish chemical weapons sites.", &e);
    assert_false(has(&e, "IRQMIL", "TUR", "2041"));
    /* a warning of danger is pessimism, a warning of consequences a threat;
     * the state in danger is what the pessimism is about, not whom it
     * addresses (no target, as the development golds code "warned that
     * Syria could descend into hell") */
    code("Turkey warned that Iraq faced the risk of collapse.", &e);
    assert_true(has(&e, "TUR", "", "012"));
    code("Turkey warned that Iraq faced serious consequences.", &e);
    assert_true(has(&e, "TUR", "IRQ", "130"));
    /* troops sent to help another protect it */
    code("Turkey deployed 1,000 troops to Iraq to help the Iraqi army.", &e);
    assert_true(has(&e, "TUR", "IRQ", "074"));
    code("Turkey deployed 1,000 troops to its border with Iraq.", &e);
    assert_false(has(&e, "TUR", "IRQ", "074"));
    /* a journey made to meet someone is the visit */
    code("Turkish troops crossed the border on Friday to meet Iraqi troops.", &e);
    assert_true(has(&e, "TURMIL", "IRQMIL", "042"));
    code("Turkish troops are expected to meet Iraqi troops.", &e);
    assert_false(has(&e, "TURMIL", "IRQMIL", "042"));
    /* weapons named with "with" after an act of force are attacks of their
     * own kind; a participle of force hits the act's target */
    code("Turkey launched an invasion of Iraq, pounding cities with air strikes.", &e);
    assert_true(has(&e, "TUR", "IRQ", "190"));
    assert_true(has(&e, "TUR", "IRQ", "194"));
    assert_true(has(&e, "TUR", "IRQ", "195"));
    code("Turkey launched an invasion of Iraq after talks with rebels who fled.", &e);
    assert_int_equal(e.n, 1);
    /* a participle after the object of the last event carries its subject */
    code("Turkey attacked Iraq during talks on Friday, accusing Iraqi rebels of attacks.", &e);
    assert_true(has(&e, "TUR", "IRQREB", "112"));
    /* an event noun governed by "of" or "for" names an event */
    code("Turkey and Iraq signed a deal on Monday ending two decades of invasion.", &e);
    assert_false(has(&e, "TUR", "", "190"));
    code("Turkey launched a wave of air strikes against Iraq.", &e);
    assert_true(has(&e, "TUR", "IRQ", "195"));
    /* one act named twice with "and" is one event */
    code("Turkish police fired tear gas and water cannon at Iraqi civilians.", &e);
    assert_int_equal(e.n, 1);
}

/* Shooting a leader is an attempt on his life (185), shooting him dead
 * the assassination (186); a passive victim may be set off from its verb
 * by an appositive. */
static void test_shootings(void **state)
{
    (void)state;
    evs e;
    code("Rebels shot and wounded the Turkish opposition leader in Ankara on Friday.", &e);
    assert_true(has(&e, "TURREB", "TUROPP", "185"));
    code("The Turkish opposition leader was shot in the leg in Ankara on Friday.", &e);
    assert_true(has(&e, "TURUAF", "TUROPP", "185"));
    /* not a leader: the armed clash stays */
    code("Turkish troops shot Iraqi civilians on Friday.", &e);
    assert_true(has(&e, "TURMIL", "IRQCVL", "193"));
    assert_false(has(&e, "TURMIL", "IRQCVL", "185"));
    code("Israeli troops shot dead the Turkish opposition leader on Friday.", &e);
    assert_true(has(&e, "ISRMIL", "TUROPP", "186"));
    /* a victim with an appositive: the attacker is unnamed */
    code("Ali Demir, the Turkish opposition leader, was shot dead in Ankara on Friday.", &e);
    assert_true(has(&e, "TURUAF", "TUROPP", "186"));
    code("The Turkish opposition leader, a fierce critic of Iraq, was killed in Ankara.", &e);
    assert_false(has(&e, "TURUAF", "IRQ", "1823"));
}

/* A participle opening the sentence or after a preposition, right before
 * an actor, qualifies it ("Jailed opposition leader X"): no arrest. */
static void test_title_participles(void **state)
{
    (void)state;
    evs e;
    code("Jailed Turkish opposition leader Ali Demir began a hunger strike on Sunday.", &e);
    assert_false(has(&e, "TUROPP", "", "173"));
    bool strike = false;
    for (size_t i = 0; i < e.n; i++)
        strike = strike || (strcmp(e.v[i].source, "TUROPP") == 0 && strcmp(e.v[i].cameo, "142") == 0);
    assert_true(strike);
    /* a finite verb after its subject stays the act */
    code("Turkey jailed the Turkish opposition leader on Sunday.", &e);
    assert_true(has(&e, "TUR", "TUROPP", "173"));
}

/* Weapon nouns after "armed with" or "wielding" are the attackers' arms,
 * not acts of their own. */
static void test_weapon_lists(void **state)
{
    (void)state;
    evs e;
    code("Turkish rebels wielding machetes, clubs and grenades massacred Iraqi civilians.", &e);
    assert_true(has(&e, "TURREB", "IRQCVL", "202"));
    assert_false(has(&e, "TURREB", "IRQCVL", "182"));
    code("Turkish rebels armed with clubs massacred Iraqi civilians.", &e);
    assert_true(has(&e, "TURREB", "IRQCVL", "202"));
}

/* Protesters with no country named: the institution they act on tells
 * it ("stormed Turkey's parliament"), not a place after "of". */
static void test_protest_object(void **state)
{
    (void)state;
    evs e;
    code("Protesters stormed Turkey's parliament on Monday.", &e);
    assert_true(has(&e, "TURCVL", "TURLEG", "145"));
    code("Mourners poured into the streets of Ankara on Sunday.", &e);
    assert_int_equal(e.n, 0);
}

/* concessions answer whoever forced them: the protesters ("after days of
 * protests", "in the face of protests") or the pressure's source */
static void test_concessions(void **state)
{
    (void)state;
    evs e;
    code("The Turkish government withdrew the bill on Sunday after days of protests.", &e);
    assert_true(has(&e, "TURGOV", "TURCVL", "0832"));
    code("The Turkish government resigned in the face of mounting street protests.", &e);
    assert_true(has(&e, "TURGOV", "TURCVL", "0831"));
    code("The Turkish government resigned, bowing to pressure from the European Union.", &e);
    assert_true(has(&e, "TURGOV", "EU", "0831"));
    code("The Turkish government resigned under pressure from Russia and the United States.", &e);
    assert_true(has(&e, "TURGOV", "RUS", "0831"));
    assert_true(has(&e, "TURGOV", "USA", "0831"));
    /* a truce answers the enemy, not the party that pressed for it */
    code("Israel and Hamas agreed to a truce after intense pressure from the United States.", &e);
    assert_true(has(&e, "ISR", "", "0871"));
    /* "after" alone is time, not cause: with no one who forced it, the
     * concession is to the government's own country */
    code("The Turkish government withdrew the bill after a meeting in Ankara on Monday.", &e);
    assert_true(has(&e, "TURGOV", "TUR", "0832"));
    code("The Turkish government withdrew the bill after a long debate in parliament that "
         "ended with calls for new protests.", &e);
    assert_true(has(&e, "TURGOV", "TUR", "0832"));
}

/* A denial is the denier's own event (016, as the dev golds code it), with
 * no target inside what is denied: "denied attacking X", "denied it had
 * attacked X"; "a charge X denied" answers the accuser. */
static void test_denials(void **state)
{
    (void)state;
    evs e;
    code("The Turkish army denied attacking Iraq on Tuesday.", &e);
    assert_true(has(&e, "TURMIL", "", "016"));
    assert_false(has(&e, "TURMIL", "IRQ", "016"));
    assert_false(has(&e, "TURMIL", "IRQ", "190"));
    code("Turkey denied ever having attacked Iraqi civilians.", &e);
    assert_true(has(&e, "TUR", "", "016"));
    code("Turkey denied it had attacked Iraq.", &e);
    assert_true(has(&e, "TUR", "", "016"));
    assert_false(has(&e, "TUR", "IRQ", "190"));
    code("Iraq accused Turkey of attacking the city, a charge Ankara denied.", &e);
    assert_true(has(&e, "IRQ", "TUR", "112"));
    assert_true(has(&e, "TURGOV", "IRQ", "016"));
    /* denying someone something is no denial of responsibility */
    code("Turkey denied Iraqi civilians entry on Tuesday.", &e);
    assert_false(has(&e, "TUR", "", "016"));
}

/* Code text on 2020-06-01 with entente's own dictionaries (data/world,
 * then data/dict, as `entente code` loads them): for rules that live in
 * the dictionary's patterns. */
static void code_real(const char *text, evs *out)
{
    ent_world *w = NULL;
    ent_dict *rd = NULL;
    ent_coder *rc = NULL;
    ent_list errors = {0};
    const char *wp = ENT_SOURCE_DIR "/data/world";
    ent_date d = ENT_DATE_MIN;
    assert_int_equal(ent_date_parse(&d, "2020-06-01"), 0);
    assert_int_equal(ent_dict_new(&rd), 0);
    assert_int_equal(ent_io_load(&w, &wp, 1, &errors), 0);
    ent_world_errors_free(&errors);
    assert_int_equal(ent_dict_add_world(rd, w), 0);
    assert_int_equal(ent_dict_load_dir(rd, ENT_SOURCE_DIR "/data/dict"), 0);
    assert_int_equal(ent_coder_new(&rc, rd), 0);
    out->n = 0;
    assert_int_equal(ent_coder_code(rc, "t", d, text, strlen(text), collect, out), 0);
    ent_coder_free(rc);
    ent_dict_free(rd);
    ent_world_free(w);
}

/* Suspending or expelling a member from an organisation reduces relations
 * (160, as the dev golds code "suspended Mali from all its activities");
 * expelling people from a country does not. */
static void test_suspension(void **state)
{
    (void)state;
    evs e;
    code_real("The African Union suspended Mali from the bloc on Tuesday.", &e);
    assert_true(has(&e, "AU", "MLI", "160"));
    code_real("The Council of Europe suspended Russia's voting rights in 2014.", &e);
    assert_true(has(&e, "COE", "RUS", "160"));
    code_real("The Arab League suspended Syria's membership on Saturday.", &e);
    assert_true(has(&e, "ARL", "SYR", "160"));
    code_real("ECOWAS expelled Guinea from the regional organisation.", &e);
    assert_true(has(&e, "ECOWAS", "GIN", "160"));
    code_real("Russia expelled two British diplomats from the country.", &e);
    assert_false(has(&e, "RUS", "GBR", "160"));
}

/* Capturing a person is an arrest (173), as the dev golds code captured
 * pilots, suspects and guerrilla leaders, by police or by soldiers;
 * capturing a place stays the occupation of territory (192). Police
 * capture no territory. */
static void test_capture_of_people(void **state)
{
    (void)state;
    evs e;
    code("Iraqi troops captured the Turkish opposition leader on Friday.", &e);
    assert_true(has(&e, "IRQMIL", "TUROPP", "173"));
    assert_false(has(&e, "IRQMIL", "TUROPP", "192"));
    code("Turkish police captured two Iraqi rebels near the border.", &e);
    assert_true(has(&e, "TURCOP", "IRQREB", "173"));
    code("Turkish troops captured the Iraqi town of Zakho on Friday.", &e);
    assert_true(has(&e, "TURMIL", "IRQ", "192"));
    code("Iraqi rebels captured Ankara on Friday.", &e);
    assert_true(has(&e, "IRQREB", "TURGOV", "192"));
}

/* A pattern's gap does not cross into a new clause ("as he left", "when
 * they"): the rally a victim was leaving is the time of the shooting, not
 * its object, so the killing of a leader stays the assassination. */
static void test_gaps_stop_at_clauses(void **state)
{
    (void)state;
    evs e;
    code("The Turkish opposition leader was shot dead as he left a rally in Ankara.", &e);
    assert_true(has(&e, "TURUAF", "TUROPP", "186"));
    assert_false(has(&e, "TURUAF", "TUROPP", "175"));
    code("Turkish police shot dead three Iraqi civilians at a rally on Friday.", &e);
    assert_true(has(&e, "TURCOP", "IRQCVL", "175"));
}

/* "X-led": the leader of a body with a name of its own is no actor ("the
 * Russian-led CSTO" is the CSTO); a body with no name is the leader's
 * ("the Saudi-led coalition"), as the dev golds code "NATO-led
 * peacekeepers" and "U.S.-led talks". */
static void test_led_by(void **state)
{
    (void)state;
    evs e;
    code("Iraq criticized the Turkish-led European Union on Friday.", &e);
    assert_true(has(&e, "IRQ", "EU", "111"));
    assert_false(has(&e, "IRQ", "TUR", "111"));
    code("The Turkish-led EU imposed sanctions on Iraq.", &e);
    assert_true(has(&e, "EU", "IRQ", "163"));
    assert_false(has(&e, "TUR", "IRQ", "163"));
    code("Iraq criticized the Turkish-led coalition on Friday.", &e);
    assert_true(has(&e, "IRQ", "TUR", "111"));
}

/* A stated intention to withdraw from an agreement or organisation is the
 * withdrawal (160) with modality future, as the dev golds code "will
 * withdraw from the WHO"; a threat to withdraw, or a withdrawal on a
 * condition, stays a threat (13x). */
static void test_stated_withdrawal(void **state)
{
    (void)state;
    evs e;
    code("Turkey will withdraw from the treaty next year.", &e);
    assert_true(has(&e, "TUR", "", "160"));
    assert_int_equal(e.v[0].modality, ENT_MOD_FUTURE);
    code("Turkey will leave the European Union next year.", &e);
    assert_true(has(&e, "TUR", "EU", "160"));
    code("Turkey threatened to withdraw from the treaty.", &e);
    assert_false(has(&e, "TUR", "", "160"));
    code("Turkey will withdraw from the treaty if Iraq attacked Turkish troops.", &e);
    assert_false(has(&e, "TUR", "", "160"));
    assert_true(has(&e, "TUR", "IRQ", "131"));
}

/* what an "after" or "before" clause reports is background (these cases
 * also held before in_background; the case it decides, a subject the
 * rules resolve to an earlier actor, needs the full dictionaries and is
 * in tests/cli/code.test) */
static void test_background(void **state)
{
    (void)state;
    evs e;
    code("Turkey deployed troops to Iraq on Thursday after rioters stormed the parliament in "
         "Baghdad.", &e);
    assert_true(has(&e, "TUR", "IRQ", "154"));
    assert_int_equal(e.n, 1);
    code("Israel struck Egypt on Tuesday, shattering a truce, after Hamas attacked Turkish "
         "troops.", &e);
    assert_true(has(&e, "ISR", "EGY", "190"));
    assert_int_equal(e.n, 1);
    /* a clause after the comma is the sentence's own again */
    code("After long talks, Turkey deployed troops to Iraq.", &e);
    assert_true(has(&e, "TUR", "IRQ", "154"));
    /* "following" and "amid" open background as "after" does */
    code("Turkey condemned Egypt on Monday, following Iraqi troops' invasion.", &e);
    assert_true(has(&e, "TUR", "EGY", "111"));
    assert_int_equal(e.n, 1);
    /* (with no event of its own, the sentence is about its background: see
     * tests/cli/code.test, which needs the full dictionaries) */
}

/* "pledged $12 billion in aid and investment to Egypt": the money's form
 * ("in aid") is the pledge's object, not an event of its own, and the
 * pledge goes to the recipient past it */
static void test_amount_in(void **state)
{
    (void)state;
    evs e;
    code("Turkey and Russia pledged a combined $12 billion in aid and investment to Egypt on "
         "Friday.", &e);
    assert_true(has(&e, "TUR", "EGY", "030"));
    assert_true(has(&e, "RUS", "EGY", "030"));
    assert_int_equal(e.n, 2);
    /* without a verb of giving before it, the noun is the event */
    code("Turkey sent 3 million dollars in aid to Egypt.", &e);
    assert_true(has(&e, "TUR", "EGY", "070"));
}

/* a state's forces using force against a city or region of their own
 * state (held by rebels) target it; the state itself is no target of its
 * own forces, and a place only located ("in") stays a place */
static void test_own_places(void **state)
{
    (void)state;
    evs e;
    code("Turkish troops struck Diyarbakir on Monday.", &e);
    assert_true(has(&e, "TURMIL", "TUR", "190"));
    code("Turkish troops took control of Diyarbakir on Monday.", &e);
    assert_true(has(&e, "TURMIL", "TUR", "192"));
    code("Turkish troops struck rebels in Diyarbakir on Monday.", &e);
    assert_true(has(&e, "TURMIL", "TURREB", "190"));
    /* the man, not the place, is arrested: a man of the police's own
     * country (test_domestic_target) */
    code("Turkish police arrested a man in Diyarbakir.", &e);
    assert_true(has(&e, "TURCOP", "TUR", "173"));
}

/* declining to comment and claiming responsibility have no target but
 * an addressee: not the subject of the report or the place of the attack */
static void test_statements_without_target(void **state)
{
    (void)state;
    evs e;
    code("Hamas claimed responsibility on Thursday for the attacks in Ankara.", &e);
    assert_true(has(&e, "PSEREB", "", "015"));
    code("Turkey declined to comment on Monday on a Russian report.", &e);
    assert_true(has(&e, "TUR", "", "011"));
}

/* "..., during a state visit to Beijing": the visit the main clause's
 * subject makes is an event of its own, past the one-event-per-clause rule */
static void test_visit_phrase(void **state)
{
    (void)state;
    evs e;
    code("Turkey criticized Russia on Thursday during a state visit to Egypt.", &e);
    assert_true(has(&e, "TUR", "RUS", "111"));
    assert_true(has(&e, "TUR", "EGY", "042"));
    /* the visit phrase in an apposition does not use up the clause */
    code("The Turkish government, on a state visit to Egypt, criticized Russia.", &e);
    assert_true(has(&e, "TURGOV", "EGY", "042"));
    assert_true(has(&e, "TURGOV", "RUS", "111"));
    /* "visiting" before the visitor describes him: no visit of its own */
    code("Turkey hosted visiting Iraqi troops on Monday.", &e);
    assert_true(has(&e, "TUR", "IRQMIL", "043"));
    assert_false(has(&e, "IRQMIL", "TUR", "042") || has(&e, "TUR", "IRQMIL", "042"));
    /* a visit only talked about is not made */
    code("Turkey criticized Russia's plans for a visit to Egypt.", &e);
    assert_false(has(&e, "TUR", "EGY", "042"));
}

/* "upheld former President X's conviction": the possessor of a noun of
 * what is done to someone (conviction, arrest, release) is its target,
 * and the clause's subject its source; with "of" after it the possessor
 * is the doer ("Turkey's release of prisoners") */
static void test_possessed_patient(void **state)
{
    (void)state;
    evs e;
    code("A Turkish court upheld the Turkish opposition leader's conviction on Tuesday.", &e);
    assert_true(has(&e, "TURJUD", "TUROPP", "116"));
    /* with "of" after the noun the possessor is the one who does it */
    code("Egypt welcomed Turkey's release of prisoners.", &e);
    assert_true(has(&e, "TUR", "", "0841"));
    assert_false(has(&e, "EGY", "TUR", "0841"));
}

/* a number inside a pattern's words is passed over */
static void test_numbers_in_patterns(void **state)
{
    (void)state;
    evs e;
    code("Turkey and Egypt swapped 35 prisoners on Saturday.", &e);
    assert_true(has(&e, "TUR", "", "0841"));
    assert_true(has(&e, "EGY", "", "0841"));
}

/* what an act is for is not another act: "extradited X to face charges",
 * "to head off sanctions"; a lawsuit's request is the lawsuit */
static void test_purposes(void **state)
{
    (void)state;
    evs e;
    code("Turkey extradited a suspect to Russia on Thursday to face charges of fraud.", &e);
    assert_true(has(&e, "TUR", "RUS", "063"));
    assert_int_equal(e.n, 1);
    code("Turkey sent troops to Iraq as it scrambled to head off new sanctions by the "
         "European Union.", &e);
    assert_false(has(&e, "EU", "", "163") || has(&e, "EU", "TUR", "163"));
    code("Turkey filed a lawsuit against Russia on Thursday, asking the court to order "
         "compensation.", &e);
    assert_true(has(&e, "TUR", "RUS", "115"));
    assert_int_equal(e.n, 1);
    /* "in the event of an invasion": a contingency, not an act */
    code("Turkey and Egypt signed a deal in Ankara to defend each other in the event of an "
         "invasion.", &e);
    assert_false(has(&e, "TUR", "", "190") || has(&e, "EGY", "", "190"));
    /* prosecutors who raid a place search it (091), they do not attack it */
    code("Turkish prosecutors raided the offices of the ruling party on Tuesday.", &e);
    assert_true(has(&e, "TURJUD", "", "091"));
}

/* ", with X <participle> ...": X is the participle's subject (an absolute
 * clause, no partner of the main verb); the main subject's own people
 * speaking there only elaborate its act, but their physical acts count */
static void test_with_clauses(void **state)
{
    (void)state;
    evs e;
    code("Russia and Turkey held talks on Tuesday, with Egypt asking Turkey for calm.", &e);
    assert_true(has(&e, "EGY", "TUR", "020"));
    code("Turkey criticized Egypt on Monday, with Ankara accusing Egypt of lying.", &e);
    assert_true(has(&e, "TUR", "EGY", "111"));
    assert_false(has(&e, "TURGOV", "EGY", "112"));
    assert_int_equal(e.n, 1);
    code("Turkey criticized Iraq on Monday, with Turkish troops pounding Iraqi positions.", &e);
    assert_true(has(&e, "TURMIL", "IRQ", "194"));
    /* "talks with X": a partner, not a subject */
    code("Russia held talks with Turkey on Tuesday.", &e);
    assert_false(has(&e, "TUR", "", "046"));
}

/* coercion, assault and mass violence with no actor named as their target
 * are done to the source's own country; so are the demands, rejections,
 * disapprovals and threats of its organs and people, but not those of the
 * state as a whole, nor a pair's joint act */
static void test_domestic_target(void **state)
{
    (void)state;
    evs e;
    code("Turkish troops massacred some 300 men on Monday.", &e);
    assert_true(has(&e, "TURMIL", "TUR", "202"));
    code("Turkish opposition parties demanded that the vote be cancelled.", &e);
    assert_true(has(&e, "TUROPP", "TUR", "100"));
    code("Turkey demanded that the vote be cancelled.", &e);
    assert_true(has(&e, "TUR", "", "100"));
    /* a seizure of property (171) has an owner the sentence may not name */
    code("Turkish troops seized a tanker on Monday.", &e);
    assert_true(has(&e, "TURMIL", "", "171"));
    /* seizing a place is occupying territory (192), seizing what a
     * demonym modifies is seizing property (171) */
    code("Hamas seized Diyarbakir on Monday.", &e);
    assert_true(has(&e, "PSEREB", "TUR", "192"));
    code("Hamas seized Turkish ships on Monday.", &e);
    assert_true(has(&e, "PSEREB", "TUR", "171"));
    /* seizing a person is abducting him, or arresting him for police */
    code("Hamas seized Kostas Karamanlis on Monday.", &e);
    assert_true(has(&e, "PSEREB", "GRCELI", "181"));
    code("Turkish police seized Kostas Karamanlis on Monday.", &e);
    assert_true(has(&e, "TURCOP", "GRCELI", "173"));
    code("Turkish troops massacred some 300 Greek civilians.", &e);
    assert_true(has(&e, "TURMIL", "GRCCVL", "202"));
    assert_false(has(&e, "TURMIL", "TUR", "202"));
}

/* "signed agreements establishing full diplomatic relations with Israel":
 * the participle says what the instrument does; the pair's partner named
 * with "with" past it is the signing's target */
static void test_instrument_content(void **state)
{
    (void)state;
    evs e;
    code("Turkey and Greece signed a deal establishing full diplomatic relations with Egypt.", &e);
    assert_true(has(&e, "TUR", "EGY", "057"));
    assert_true(has(&e, "GRC", "EGY", "057"));
    assert_int_equal(e.n, 2);
}

/* two sides that battle fight each other: no target but a third side
 * named as the object or after "with" / "against" */
static void test_mutual_fight(void **state)
{
    (void)state;
    evs e;
    code("Turkish troops and Greek rebels battled for control of Diyarbakir on Monday.", &e);
    assert_true(has(&e, "TURMIL", "", "190"));
    assert_true(has(&e, "GRCREB", "", "190"));
    assert_int_equal(e.n, 2);
    code("Turkish and Greek troops battled Iraqi rebels on Monday.", &e);
    assert_true(has(&e, "TURMIL", "IRQREB", "190"));
    assert_true(has(&e, "GRCMIL", "IRQREB", "190"));
}

/* "..., sparking riots in Ankara": the protesters a consequence clause
 * names (after "by", else the people of the place named) protest against
 * the main subject */
static void test_consequence_protest(void **state)
{
    (void)state;
    evs e;
    code("Turkish police arrested the opposition leader on Monday, sparking riots in Ankara.", &e);
    assert_true(has(&e, "TURCOP", "TUROPP", "173"));
    assert_true(has(&e, "TURCVL", "TURCOP", "145"));
    code("Turkish police arrested the opposition leader on Monday, sparking riots by Greek "
         "civilians.", &e);
    assert_true(has(&e, "GRCCVL", "TURCOP", "145"));
    /* a bare agent's protest takes the state of the place it crosses or
     * is near, also right after the verb ("marched near") */
    code("Thousands of civilians marched through the streets of Ankara on Sunday.", &e);
    assert_true(has(&e, "TURCVL", "TURGOV", "141"));
    code("Hundreds of civilians marched near Ankara on Sunday.", &e);
    assert_true(has(&e, "TURCVL", "TURGOV", "141"));
    /* a crowd named by its number protests as the place's people */
    code("Thousands demonstrated in Ankara on Monday.", &e);
    assert_true(has(&e, "TURCVL", "TURGOV", "141"));
}

/* ", a move that Egypt on Tuesday condemned": an apposition naming the
 * main act and an actor's reaction to it, which answers the main subject;
 * the apposition's noun is no act of its own, and ", a ..." opens no list
 * of actors */
static void test_reaction_apposition(void **state)
{
    (void)state;
    evs e;
    code("Turkey imposed sanctions on Greece, a move that Egypt on Tuesday condemned.", &e);
    assert_true(has(&e, "TUR", "GRC", "163"));
    assert_true(has(&e, "EGY", "TUR", "111"));
    assert_false(has(&e, "TUR", "EGY", "163"));
    code("Turkey attacked Iraq on Monday, an invasion that Egypt condemned.", &e);
    assert_true(has(&e, "TUR", "IRQ", "190"));
    assert_true(has(&e, "EGY", "TUR", "111"));
    assert_int_equal(e.n, 2);
}

/* "their" skips a single actor for the nearest several in the sentence;
 * what the main act ends (", ending their talks") is no event */
static void test_their_and_ending(void **state)
{
    (void)state;
    evs e;
    code("Greece and Egypt criticized Iraq on Monday, and Ankara expelled their diplomats.", &e);
    assert_true(has(&e, "TURGOV", "GRC", "166"));
    assert_true(has(&e, "TURGOV", "EGY", "166"));
    code("Turkey and Greece signed a deal on Monday, ending their talks.", &e);
    assert_true(has(&e, "TUR", "", "057"));
    assert_false(has(&e, "TUR", "", "046"));
    assert_int_equal(e.n, 2);
}

/* "what X called ..." names an act in X's words; calling a person a
 * dictator is denouncing him */
static void test_what_called(void **state)
{
    (void)state;
    evs e;
    code("Turkey called Greece a dictator on Monday.", &e);
    assert_true(has(&e, "TUR", "GRC", "111"));
    code("Turkey launched what it called anti-dictator operations in Iraq on Monday.", &e);
    assert_false(has(&e, "TUR", "IRQ", "111"));
}

/* ", dismissing the claims as ..." after a denial is the denial's own
 * wording; ", accusing X of ..." is an accusation of its own */
static void test_denial_wording(void **state)
{
    (void)state;
    evs e;
    code("Turkey denied on Monday that it attacked Iraq, dismissing Iraqi claims.", &e);
    assert_true(has(&e, "TUR", "", "016"));
    assert_int_equal(e.n, 1);
    code("Turkey denied on Monday that it attacked Iraq, accusing Iraq of lying.", &e);
    assert_true(has(&e, "TUR", "IRQ", "112"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_joint_acts),
        cmocka_unit_test(test_non_acts),
        cmocka_unit_test(test_codes_by_kind),
        cmocka_unit_test(test_acts_and_their_kind),
        cmocka_unit_test(test_between),
        cmocka_unit_test(test_leave_organisation),
        cmocka_unit_test(test_implied_targets),
        cmocka_unit_test(test_noun_refinement),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_meeting_without_partner),
        cmocka_unit_test(test_roles),
        cmocka_unit_test(test_unnamed_attackers),
        cmocka_unit_test(test_meeting_places),
        cmocka_unit_test(test_specific_code_wins),
        cmocka_unit_test(test_passive_patients),
        cmocka_unit_test(test_agent_of_place),
        cmocka_unit_test(test_subject_in_pattern),
        cmocka_unit_test(test_act_participles),
        cmocka_unit_test(test_mediation),
        cmocka_unit_test(test_reactions),
        cmocka_unit_test(test_decisions_and_instruments),
        cmocka_unit_test(test_mass_killing),
        cmocka_unit_test(test_speculation_and_nature),
        cmocka_unit_test(test_participles_and_forms),
        cmocka_unit_test(test_shootings),
        cmocka_unit_test(test_title_participles),
        cmocka_unit_test(test_weapon_lists),
        cmocka_unit_test(test_protest_object),
        cmocka_unit_test(test_concessions),
        cmocka_unit_test(test_denials),
        cmocka_unit_test(test_suspension),
        cmocka_unit_test(test_capture_of_people),
        cmocka_unit_test(test_gaps_stop_at_clauses),
        cmocka_unit_test(test_led_by),
        cmocka_unit_test(test_stated_withdrawal),
        cmocka_unit_test(test_background),
        cmocka_unit_test(test_amount_in),
        cmocka_unit_test(test_own_places),
        cmocka_unit_test(test_statements_without_target),
        cmocka_unit_test(test_visit_phrase),
        cmocka_unit_test(test_possessed_patient),
        cmocka_unit_test(test_numbers_in_patterns),
        cmocka_unit_test(test_purposes),
        cmocka_unit_test(test_with_clauses),
        cmocka_unit_test(test_domestic_target),
        cmocka_unit_test(test_instrument_content),
        cmocka_unit_test(test_mutual_fight),
        cmocka_unit_test(test_consequence_protest),
        cmocka_unit_test(test_reaction_apposition),
        cmocka_unit_test(test_their_and_ending),
        cmocka_unit_test(test_what_called),
        cmocka_unit_test(test_denial_wording),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
