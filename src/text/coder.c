/*
 * coder.c - the coder's set-up and token annotation: the function-word
 * and keyword tables, ent_coder_new/free, and the annotation of each
 * token of a document (word classes, keyword bits, stem and dictionary
 * ids) through a word cache keyed by the token's bytes. The coder's rules
 * are in coder_actors.c (actor mentions) and coder_events.c (patterns,
 * events, the document loop); coder_int.h holds what they share.
 */
#include "coder_int.h"

#include <stdlib.h>
#include <string.h>

static const struct {
    const char *word;
    uint64_t bits;
} fwords[] = {
    {"rains", W_NATURE},
    {"rainfall", W_NATURE},
    {"monsoon", W_NATURE},
    {"floodwaters", W_NATURE},
    {"floodwater", W_NATURE},
    {"stampede", W_NATURE},
    {"stampedes", W_NATURE},
    {"lava", W_NATURE},
    {"torrent", W_NATURE},
    {"torrents", W_NATURE},
    {"storms", W_NATURE},
    {"snowstorm", W_NATURE},
    {"blizzard", W_NATURE},
    {"heatwave", W_NATURE},
    {"pandemic", W_NATURE},
    {"cholera", W_NATURE},
    {"cancer", W_NATURE}, /* "died after a battle with cancer" */
    {"illness", W_NATURE},
    {"ebola", W_NATURE},
    {"virus", W_NATURE},
    {"earthquakes", W_NATURE},
    {"eruptions", W_NATURE},
    {"volcano", W_NATURE},
    {"hurricanes", W_NATURE},
    {"typhoons", W_NATURE},
    {"cyclones", W_NATURE},
    {"tornadoes", W_NATURE},
    {"stocks", W_MARKET},
    {"shares", W_MARKET},
    {"markets", W_MARKET},
    {"bonds", W_MARKET},
    {"earthquake", W_NATURE},
    {"outage", W_NATURE},
    {"outages", W_NATURE},
    {"blackout", W_NATURE},
    {"quake", W_NATURE},
    {"cyclone", W_NATURE},
    {"hurricane", W_NATURE},
    {"typhoon", W_NATURE},
    {"storm", W_NATURE},
    {"floods", W_NATURE},
    {"flood", W_NATURE},
    {"flooding", W_NATURE},
    {"tsunami", W_NATURE},
    {"tsunamis", W_NATURE},
    {"quakes", W_NATURE},
    {"avalanches", W_NATURE},
    {"droughts", W_NATURE},
    {"landslide", W_NATURE},
    {"landslides", W_NATURE},
    {"mudslide", W_NATURE},
    {"mudslides", W_NATURE},
    {"tornado", W_NATURE},
    {"avalanche", W_NATURE},
    {"eruption", W_NATURE},
    {"wildfire", W_NATURE},
    {"wildfires", W_NATURE},
    {"drought", W_NATURE},
    {"famine", W_NATURE},
    {"crashed", W_NATURE},
    {"crash", W_NATURE},
    {"accident", W_NATURE},
    {"epidemic", W_NATURE},
    {"outbreak", W_NATURE},
    {"crashes", W_NATURE},
    {"derailed", W_NATURE},
    {"collided", W_NATURE},
    {"collision", W_NATURE},
    {"capsized", W_NATURE},
    {"capsize", W_NATURE},
    {"aground", W_NATURE},
    {"sank", W_NATURE},
    {"collapsed", W_NATURE},
    {"monsoon", W_NATURE},
    {"rains", W_NATURE},
    {"downpours", W_NATURE},
    {"heatwave", W_NATURE},
    {"stampede", W_NATURE},
    {"storms", W_NATURE},
    {"danger", W_DANGER},
    {"risk", W_DANGER},
    {"collapse", W_DANGER},
    {"catastrophe", W_DANGER},
    {"catastrophic", W_DANGER},
    {"bloodbath", W_DANGER},
    {"outlook", W_DANGER},
    {"famine", W_DANGER},
    {"crisis", W_DANGER},
    {"disaster", W_DANGER},
    {"dire", W_DANGER},
    {"grim", W_DANGER},
    {"deteriorating", W_DANGER},
    {"worsening", W_DANGER},
    {"consequences", W_PENALTY},
    {"retaliation", W_PENALTY},
    {"retaliate", W_PENALTY},
    {"respond", W_PENALTY},
    {"response", W_PENALTY},
    {"punished", W_PENALTY},
    {"punish", W_PENALTY},
    {"price", W_PENALTY},
    {"force", W_PENALTY},
    {"measures", W_PENALTY},
    {"sanctions", W_PENALTY},
    {"strike", W_PENALTY},
    {"attack", W_PENALTY},
    {"warning", W_WARN},
    {"warns", W_WARN},
    {"suicide", W_SUICIDE},
    {"wave", W_KIND},
    {"series", W_KIND},
    {"barrage", W_KIND},
    {"campaign", W_KIND},
    {"string", W_KIND},
    {"spate", W_KIND},
    {"salvo", W_KIND},
    {"volley", W_KIND},
    {"round", W_KIND},
    {"hail", W_KIND},
    {"chemical", W_CHEM},
    {"chlorine", W_CHEM},
    {"sarin", W_CHEM},
    {"mustard", W_CHEM},
    {"nerve", W_CHEM},
    {"chloropicrin", W_CHEM},
    {"toxic", W_CHEM},
    {"poison", W_CHEM},
    {"vx", W_CHEM},
    {"economy", W_MARKET},
    {"economies", W_MARKET},
    {"currency", W_MARKET},
    {"currencies", W_MARKET},
    {"rial", W_MARKET},
    {"peso", W_MARKET},
    {"rupee", W_MARKET},
    {"rouble", W_MARKET},
    {"ruble", W_MARKET},
    {"lira", W_MARKET},
    {"yuan", W_MARKET},
    {"exports", W_MARKET},
    {"imports", W_MARKET},
    {"inflation", W_MARKET},
    {"prices", W_MARKET},
    {"bourse", W_MARKET},
    {"gdp", W_MARKET},
    {"executive", W_NOT_VERB},
    {"executives", W_NOT_VERB},
    {"caves", W_NOT_VERB},
    {"down", W_NOT_VERB},
    {"returns", W_NOT_VERB},
    {"within", W_PREPS},
    {"via", W_PREPS},
    {"towards", W_PREPS},
    {"toward", W_PREPS},
    {"beyond", W_PREPS},
    {"behind", W_PREPS},
    {"along", W_PREPS},
    {"under", W_PREPS},
    {"through", W_PREPS | W_LOCATIVE},
    {"around", W_PREPS | W_LOCATIVE},
    {"inside", W_PREPS},
    {"expected", W_PLAN},
    {"expects", W_PLAN},
    {"preparing", W_PLAN},
    {"prepared", W_PLAN},
    {"prepares", W_PLAN},
    {"aimed", W_PLAN},
    {"aims", W_PLAN},
    {"intending", W_PLAN},
    {"intend", W_PLAN},
    {"intended", W_PLAN},
    {"intends", W_PLAN},
    {"due", W_PLAN}, /* "was due to step down": scheduled, not done */
    {"plan", W_PLAN},
    {"planning", W_PLAN},
    {"planned", W_PLAN},
    {"plans", W_PLAN},
    {"dismissed", W_DENY},
    {"denying", W_DENY},
    {"deny", W_DENY},
    {"denies", W_DENY},
    {"denied", W_DENY},
    {"throughout", W_OF_IN_FROM},
    {"across", W_OF_IN_FROM | W_PREPS | W_LOCATIVE},
    {"latest", W_DET},
    {"recent", W_DET},
    {"last", W_DET},
    {"an", W_DET},
    {"a", W_DET},
    {"until", W_TEMPORAL | W_BG},
    {"despite", W_TEMPORAL | W_PREPS},
    {"amid", W_TEMPORAL | W_PREPS | W_BG},
    {"following", W_TEMPORAL | W_BG},
    {"during", W_TEMPORAL | W_PREPS},
    {"since", W_TEMPORAL | W_PREPS | W_BG},
    {"'ll", W_FUT_WORDS},
    {",", W_CONNECTORS | W_COORD | W_BOUNDARY},
    {";", W_BOUNDARY},
    {"about", W_PREPS | W_S_OVER},
    {"according", W_REPORTING},
    {"added", W_REPORTING},
    {"after", W_CLAUSE_WORDS | W_TEMPORAL | W_PREPS | W_BG},
    {"against", W_PREPS | W_S_OVER},
    {"already", W_AUX_WORDS},
    {"still", W_AUX_WORDS},
    {"also", W_CONNECTORS | W_AUX_WORDS},
    {"although", W_CLAUSE_WORDS},
    {"among", W_PREPS},
    {"and", W_CONNECTORS | W_NOT_ADJ_NEXT | W_COORD | W_BOUNDARY | W_S_AND},
    {"announced", W_REPORTING},
    {"are", W_BE_FORMS | W_AUX_WORDS},
    {"as", W_CONNECTORS | W_BOUNDARY | W_NOT_ADJ_NEXT},
    {"at", W_PREPS | W_LOCATIVE},
    {"be", W_BE_FORMS | W_AUX_WORDS},
    {"beaten", W_IRREG_PART},
    {"because", W_CLAUSE_WORDS | W_SUBORD},
    {"been", W_BE_FORMS | W_AUX_WORDS},
    {"before", W_CLAUSE_WORDS | W_TEMPORAL | W_PREPS | W_BG},
    {"being", W_BE_FORMS},
    {"between", W_PREPS | W_S_WITH | W_S_BETWEEN},
    {"both", W_CONNECTORS},
    {"but", W_CLAUSE_WORDS | W_COORD | W_BOUNDARY | W_S_BUT},
    {"by", W_PREPS | W_S_BY},
    {"can", W_HYP_WORDS},
    {"cannot", W_NEG_WORDS},
    {"charged", W_REPORTING},
    {"claimed", W_REPORTING},
    {"could", W_HYP_WORDS | W_AUX_WORDS},
    {"declared", W_DECLARE},
    {"decline", W_REFUSAL},
    {"declined", W_REFUSAL},
    {"declines", W_REFUSAL},
    {"declining", W_REFUSAL},
    {"fail", W_REFUSAL},
    {"failed", W_REFUSAL},
    {"fails", W_REFUSAL},
    {"for", W_PREPS | W_OFFOR},
    {"from", W_PREPS | W_OF_IN_FROM},
    {"going", W_S_GOING},
    {"got", W_BE_FORMS},
    {"had", W_AUX_WORDS | W_HAD},
    {"has", W_AUX_WORDS},
    {"have", W_AUX_WORDS},
    {"he", W_PRON_PERSON},
    {"held", W_IRREG_PART},
    {"her", W_PRON_PERSON | W_DET},
    {"him", W_PRON_PERSON},
    {"his", W_PRON_PERSON | W_DET},
    {"hit", W_IRREG_PART},
    {"if", W_COND_WORDS | W_SUBORD},
    {"in", W_PREPS | W_OF_IN_FROM | W_LOCATIVE},
    {"insisted", W_DECLARE},
    {"into", W_PREPS},
    {"is", W_BE_FORMS | W_AUX_WORDS},
    {"it", W_PRON_OTHER},
    {"its", W_PRON_OTHER | W_DET},
    {"later", W_AUX_WORDS},
    {"may", W_HYP_WORDS | W_AUX_WORDS},
    {"might", W_HYP_WORDS | W_AUX_WORDS},
    {"must", W_HYP_WORDS | W_MUST},
    {"n't", W_NEG_WORDS | W_AUX_WORDS},
    {"near", W_LOCATIVE | W_PREPS},
    {"neither", W_NEG_WORDS},
    {"never", W_NEG_WORDS},
    {"no", W_NEG_WORDS},
    {"nor", W_NEG_WORDS},
    {"not", W_NEG_WORDS | W_AUX_WORDS},
    {"of", W_PREPS | W_OF_IN_FROM | W_S_OF | W_OFFOR},
    {"on", W_PREPS},
    {"or", W_CONNECTORS | W_NOT_ADJ_NEXT},
    {"outside", W_LOCATIVE | W_PREPS},
    {"over", W_PREPS | W_S_OVER},
    {"quoted", W_REPORTING},
    {"opposed", W_ADJ_PART},
    {"concerned", W_ADJ_PART},
    {"committed", W_ADJ_PART},
    {"determined", W_ADJ_PART},
    {"worried", W_ADJ_PART},
    {"disappointed", W_ADJ_PART},
    {"pleased", W_ADJ_PART},
    {"alarmed", W_ADJ_PART},
    {"dismayed", W_ADJ_PART},
    {"satisfied", W_ADJ_PART},
    {"convinced", W_ADJ_PART},
    {"interested", W_ADJ_PART},
    {"involved", W_ADJ_PART},
    {"received", W_RECEIVE},
    {"receive", W_RECEIVE},
    {"receives", W_RECEIVE},
    {"receiving", W_RECEIVE},
    {"obtained", W_RECEIVE},
    {"obtain", W_RECEIVE},
    {"refuse", W_REFUSAL},
    {"refused", W_REFUSAL},
    {"refuses", W_REFUSAL},
    {"refusing", W_REFUSAL},
    {"reiterated", W_DECLARE},
    {"reminder", W_DECLARE},
    {"reported", W_REPORTING},
    {"reports", W_REPORTING},
    {"said", W_REPORTING | W_NOT_ADJ_NEXT},
    {"say", W_REPORTING | W_NOT_ADJ_NEXT},
    {"says", W_REPORTING | W_NOT_ADJ_NEXT},
    {"shall", W_FUT_WORDS},
    {"she", W_PRON_PERSON},
    {"shot", W_IRREG_PART},
    {"should", W_HYP_WORDS | W_MUST},
    {"slain", W_IRREG_PART},
    {"stated", W_REPORTING},
    {"stating", W_REPORTING},
    {"stressed", W_DECLARE},
    {"struck", W_IRREG_PART},
    {"that", W_CLAUSE_WORDS | W_RELPRON | W_NOT_ADJ_NEXT | W_S_THAT | W_DET},
    {"the", W_CONNECTORS | W_DETERMINER | W_S_THE | W_DET},
    {"their", W_PRON_OTHER | W_PRON_PLURAL | W_DET},
    {"them", W_PRON_OTHER | W_PRON_PLURAL},
    {"there", W_SUBORD},
    {"they", W_PRON_OTHER | W_PRON_PLURAL},
    {"this", W_DETERMINER | W_DET},
    {"to", W_PREPS | W_S_TO},
    {"told", W_REPORTING},
    {"unless", W_COND_WORDS | W_SUBORD},
    {"unwilling", W_REFUSAL},
    {"warned", W_DECLARE | W_WARN},
    {"was", W_BE_FORMS | W_AUX_WORDS},
    {"well", W_CONNECTORS},
    {"were", W_BE_FORMS | W_AUX_WORDS},
    {"when", W_SUBORD},
    {"whereas", W_CLAUSE_WORDS | W_BOUNDARY},
    {"which", W_CLAUSE_WORDS | W_RELPRON | W_NOT_ADJ_NEXT | W_WHO_WHICH},
    {"while", W_CLAUSE_WORDS | W_BOUNDARY},
    {"who", W_CLAUSE_WORDS | W_RELPRON | W_NOT_ADJ_NEXT | W_WHO_WHICH},
    {"whom", W_RELPRON},
    {"will", W_FUT_WORDS | W_AUX_WORDS},
    {"with", W_PREPS | W_S_WITH},
    {"wo", W_FUT_WORDS},
    {"would", W_HYP_WORDS | W_AUX_WORDS},
    /* irregular past forms (coder_past_form): "the Supreme Court upheld
     * former President X's conviction" is no name between two titles */
    {"upheld", W_IRREG_PART},
    {"withheld", W_IRREG_PART},
    {"fought", W_IRREG_PART},
    {"sought", W_IRREG_PART},
    {"brought", W_IRREG_PART},
    {"caught", W_IRREG_PART},
    {"sold", W_IRREG_PART},
    {"sent", W_IRREG_PART},
    {"spent", W_IRREG_PART},
    {"built", W_IRREG_PART},
    {"kept", W_IRREG_PART},
    {"paid", W_IRREG_PART},
    {"won", W_IRREG_PART},
    {"took", W_IRREG_PART},
    {"gave", W_IRREG_PART},
    {"made", W_IRREG_PART},
    {"began", W_IRREG_PART},
    {"broke", W_IRREG_PART},
    {"chose", W_IRREG_PART},
    {"drove", W_IRREG_PART},
    {"flew", W_IRREG_PART},
    {"froze", W_IRREG_PART},
    {"overran", W_IRREG_PART},
    {"ran", W_IRREG_PART},
    {"rose", W_IRREG_PART},
    {"sank", W_IRREG_PART},
    {"spoke", W_IRREG_PART},
    {"stole", W_IRREG_PART},
    {"swore", W_IRREG_PART},
    {"threw", W_IRREG_PART},
    {"tore", W_IRREG_PART},
    {"withdrew", W_IRREG_PART},
    {"wrote", W_IRREG_PART},
    {"undertook", W_IRREG_PART},
    {"forbade", W_IRREG_PART},
    {"bought", W_IRREG_PART},
    {"overthrew", W_IRREG_PART},
    {"swept", W_IRREG_PART},
    {"blew", W_IRREG_PART},
    {"drew", W_IRREG_PART},
    {"grew", W_IRREG_PART},
    {"fled", W_IRREG_PART},
    {"lent", W_IRREG_PART},
    {"dealt", W_IRREG_PART},
};

static const struct {
    const char *word;
    uint32_t bits;
} kwords[] = {
    {"monday", K_CALENDAR}, {"tuesday", K_CALENDAR}, {"wednesday", K_CALENDAR},
    {"thursday", K_CALENDAR}, {"friday", K_CALENDAR}, {"saturday", K_CALENDAR},
    {"sunday", K_CALENDAR}, {"january", K_CALENDAR}, {"february", K_CALENDAR},
    {"march", K_CALENDAR}, {"april", K_CALENDAR}, {"may", K_CALENDAR},
    {"june", K_CALENDAR}, {"july", K_CALENDAR}, {"august", K_CALENDAR},
    {"september", K_CALENDAR}, {"october", K_CALENDAR}, {"november", K_CALENDAR},
    {"december", K_CALENDAR}, {"jan.", K_CALENDAR}, {"feb.", K_CALENDAR},
    {"mar.", K_CALENDAR}, {"apr.", K_CALENDAR}, {"jun.", K_CALENDAR},
    {"jul.", K_CALENDAR}, {"aug.", K_CALENDAR}, {"sept.", K_CALENDAR},
    {"sep.", K_CALENDAR}, {"oct.", K_CALENDAR}, {"nov.", K_CALENDAR},
    {"dec.", K_CALENDAR},
    {"al", K_PARTICLE}, {"el", K_PARTICLE}, {"bin", K_PARTICLE}, {"ibn", K_PARTICLE},
    {"ben", K_PARTICLE}, {"de", K_PARTICLE}, {"da", K_PARTICLE}, {"dos", K_PARTICLE},
    {"du", K_PARTICLE}, {"van", K_PARTICLE}, {"von", K_PARTICLE}, {"der", K_PARTICLE},
    {"la", K_PARTICLE}, {"le", K_PARTICLE}, {"abu", K_PARTICLE},
    {"group", K_GROUP_HEAD}, {"movement", K_GROUP_HEAD}, {"organisation", K_GROUP_HEAD},
    {"organization", K_GROUP_HEAD}, {"alliance", K_GROUP_HEAD}, {"bloc", K_GROUP_HEAD},
    {"the", K_PAIR_OPEN | K_THE}, {"both", K_PAIR_OPEN}, {"each", K_PAIR_OPEN},
    {"countries", K_PAIR_NOUN}, {"nations", K_PAIR_NOUN}, {"sides", K_PAIR_NOUN},
    {"neighbors", K_PAIR_NOUN}, {"neighbours", K_PAIR_NOUN}, {"governments", K_PAIR_NOUN},
    {"states", K_PAIR_NOUN}, {"leaders", K_PAIR_NOUN}, {"parties", K_PAIR_NOUN},
    {"rivals", K_PAIR_NOUN}, {"allies", K_PAIR_NOUN},
    {"week", K_TIME_NOUN}, {"month", K_TIME_NOUN}, {"year", K_TIME_NOUN},
    {"weekend", K_TIME_NOUN}, {"decade", K_TIME_NOUN}, {"day", K_TIME_NOUN},
    {"summer", K_TIME_NOUN}, {"winter", K_TIME_NOUN}, {"spring", K_TIME_NOUN},
    {"autumn", K_TIME_NOUN},
    {"drawing", K_CONSEQ_FROM}, {"sparking", K_CONSEQ_FROM}, {"triggering", K_CONSEQ_FROM},
    {"provoking", K_CONSEQ_FROM}, {"earning", K_CONSEQ_FROM},
    {"prompting", K_CONSEQ_SUBJ}, {"forcing", K_CONSEQ_SUBJ}, {"leading", K_CONSEQ_SUBJ},
    {"court", K_COURT}, {"tribunal", K_COURT}, {"pro", K_PRO},
    {"gave", K_GIVE}, {"given", K_GIVE}, {"giving", K_GIVE},
    {"bombardment", K_ACT}, {"shelling", K_ACT}, {"strike", K_ACT}, {"strikes", K_ACT},
    {"attack", K_ACT}, {"attacks", K_ACT}, {"raid", K_ACT}, {"raids", K_ACT},
    {"killing", K_ACT}, {"killings", K_ACT}, {"offensive", K_ACT}, {"incursion", K_ACT},
    {"invasion", K_ACT}, {"crackdown", K_ACT}, {"bombing", K_ACT},
    {"protests", K_PROTEST}, {"protesters", K_PROTEST}, {"demonstrations", K_PROTEST},
    {"demonstrators", K_PROTEST},
    {"bowing", K_YIELD}, {"bowed", K_YIELD}, {"yielding", K_YIELD}, {"despite", K_YIELD},
    {"amid", K_YIELD}, {"unrest", K_PROTEST}, {"protest", K_PROTEST}, {"rallies", K_PROTEST},
    {"after", K_YIELD_NEAR}, {"following", K_YIELD_NEAR}, {"face", K_YIELD_NEAR},
    {"under", K_YIELD_NEAR}, {"pressure", K_PRESSURE}, {"demands", K_PRESSURE},
    {"fire", K_FIRE}, {"fires", K_FIRE}, {"blaze", K_FIRE}, {"inferno", K_FIRE},
    {"afghan", K_AFGHAN}, {"afghans", K_AFGHAN}, {"afghanistan", K_AFGHAN}, {"kabul", K_AFGHAN},
    {"beat", K_WIN}, {"beating", K_WIN}, {"won", K_WIN}, {"winning", K_WIN}, {"wins", K_WIN},
    {"cup", K_CONTEST}, {"olympic", K_CONTEST}, {"olympics", K_CONTEST},
    {"eurovision", K_CONTEST}, {"medal", K_CONTEST}, {"medals", K_CONTEST},
    {"semi-final", K_CONTEST}, {"quarter-final", K_CONTEST}, {"tournament", K_CONTEST},
    {"championship", K_CONTEST}, {"trophy", K_CONTEST}, {"marathon", K_CONTEST},
    {"bomb", K_WEAPON}, {"bombs", K_WEAPON}, {"shell", K_WEAPON}, {"shells", K_WEAPON},
    {"mine", K_WEAPON}, {"mines", K_WEAPON}, {"device", K_WEAPON}, {"devices", K_WEAPON},
    {"explosive", K_WEAPON}, {"explosives", K_WEAPON}, {"missile", K_WEAPON},
    {"missiles", K_WEAPON}, {"rocket", K_WEAPON}, {"rockets", K_WEAPON},
    {"grenade", K_WEAPON}, {"grenades", K_WEAPON}, {"mortar", K_WEAPON}, {"drone", K_WEAPON},
    {"drones", K_WEAPON},
    {"move", K_ACT_NOUN}, {"decision", K_ACT_NOUN}, {"step", K_ACT_NOUN}, {"measure", K_ACT_NOUN},
    {"measures", K_ACT_NOUN}, {"action", K_ACT_NOUN}, {"coup", K_ACT_NOUN}, {"vote", K_ACT_NOUN},
    {"visit", K_ACT_NOUN}, {"law", K_ACT_NOUN}, {"ruling", K_ACT_NOUN}, {"verdict", K_ACT_NOUN},
    {"plan", K_ACT_NOUN}, {"announcement", K_ACT_NOUN}, {"exercises", K_ACT_NOUN},
    {"drills", K_ACT_NOUN}, {"remarks", K_ACT_NOUN}, {"test", K_ACT_NOUN}, {"tests", K_ACT_NOUN},
    {"launch", K_ACT_NOUN}, {"annexation", K_ACT_NOUN}, {"referendum", K_ACT_NOUN},
    {"deal", K_ACT_NOUN}, {"accord", K_ACT_NOUN}, {"agreement", K_ACT_NOUN},
    {"resolution", K_ACT_NOUN}, {"election", K_ACT_NOUN}, {"sentence", K_ACT_NOUN},
};


void ent_coder_trace_events(ent_coder *c, void (*fn)(void *ctx, const char *line), void *ctx)
{
    c->ev_trace = fn;
    c->ev_trace_ctx = ctx;
}

void ent_coder_trace_targets(ent_coder *c, void (*fn)(void *ctx, const char *line), void *ctx)
{
    c->trace = fn;
    c->trace_ctx = ctx;
}

/* The index of a three-letter upper-case root in 0 .. 26^3-1, or -1. */
static int root_index(const char *r)
{
    if (!r || strlen(r) != 3)
        return -1;
    int x = 0;
    for (int i = 0; i < 3; i++) {
        if (r[i] < 'A' || r[i] > 'Z')
            return -1;
        x = x * 26 + (r[i] - 'A');
    }
    return x;
}

bool coder_str_in(const char *s, const char *const *set)
{
    for (size_t i = 0; set[i]; i++)
        if (strcmp(set[i], s) == 0)
            return true;
    return false;
}

bool coder_state_root(const ent_coder *c, const char *root)
{
    int x = root_index(root);
    return x >= 0 && (c->state_roots[x / 8] >> (x % 8)) & 1;
}

int ent_coder_new(ent_coder **out, const ent_dict *d)
{
    ent_coder *c = calloc(1, sizeof *c);
    if (!c)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    c->d = d;
    c->st = sb_stemmer_new("english", NULL);
    if (!c->st) {
        free(c);
        return ent_error_set(ENT_ENOMEM, "cannot create the English stemmer");
    }
    for (size_t i = 0; i < d->n_actors; i++) {
        const char *r = d->actors[i].root;
        if (d->actors[i].kind == AK_STATE && root_index(r) >= 0)
            c->state_roots[root_index(r) / 8] |= (uint8_t)(1u << (root_index(r) % 8));
    }
    size_t nfw = sizeof fwords / sizeof fwords[0];
    c->fwbits = calloc(nfw + 1, sizeof *c->fwbits);
    if (!c->fwbits) {
        ent_coder_free(c);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nfw; i++) {
        uint32_t id;
        if (strtab_add(&c->fw, fwords[i].word, strlen(fwords[i].word), &id)) {
            ent_coder_free(c);
            return ent_error_set(ENT_ENOMEM, "out of memory");
        }
        c->fwbits[id] |= fwords[i].bits;
    }
    size_t nkw = sizeof kwords / sizeof kwords[0];
    c->kwbits = calloc(nkw + 1, sizeof *c->kwbits);
    if (!c->kwbits) {
        ent_coder_free(c);
        return ent_error_set(ENT_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nkw; i++) {
        uint32_t id;
        if (strtab_add(&c->kwt, kwords[i].word, strlen(kwords[i].word), &id)) {
            ent_coder_free(c);
            return ent_error_set(ENT_ENOMEM, "out of memory");
        }
        c->kwbits[id] |= kwords[i].bits;
    }
    *out = c;
    return 0;
}

void ent_coder_free(ent_coder *c)
{
    if (!c)
        return;
    if (c->st)
        sb_stemmer_delete(c->st);
    strtab_free(&c->cache);
    free(c->cstem);
    strtab_free(&c->fw);
    free(c->fwbits);
    strtab_free(&c->kwt);
    free(c->kwbits);
    free(c->cls);
    free(c->kw);
    free(c->tflag);
    free(c->best);
    free(c->toks.v);
    free(c->sents.v);
    free(c->atoms);
    free(c->ments);
    free(c->mem);
    free(c->vms);
    free(c->evbuf);
    free(c->evscored);
    free(c->evline);
    free(c);
}

size_t ent_coder_invalid_bytes(const ent_coder *c) { return c ? c->invalid : 0; }
size_t ent_coder_sentences_total(const ent_coder *c) { return c ? c->total_sent : 0; }
size_t ent_coder_tokens_total(const ent_coder *c) { return c ? c->total_tok : 0; }

/* The annotations of the token text s[0..n): the dictionary ids of its
 * folded form and stem, its function-word classes and keyword bits. */
static void annotate_word(const ent_coder *c, const char *s, size_t n, struct centry *out)
{
    const ent_dict *d = c->d;
    char fold[128];
    memset(out, 0, sizeof *out);
    size_t fl = text_fold(s, n, fold, sizeof fold);
    if (fl) {
        uint32_t fid = strtab_find(&c->fw, fold, fl);
        out->cls = fid ? c->fwbits[fid] : 0;
        size_t sl;
        const char *st = text_stem(c->st, fold, fl, &sl);
        out->stem = strtab_find(&d->words, st, sl);
        out->word = strtab_find(&d->words, fold, fl);
    }
    if (n < 64) { /* keywords: the ASCII lower case, as tok_is compares */
        char low[64];
        for (size_t k = 0; k < n; k++)
            low[k] = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] - 'A' + 'a') : s[k];
        uint32_t kid = strtab_find(&c->kwt, low, n);
        out->kw = kid ? c->kwbits[kid] : 0;
    }
}

/* Annotate a token text seen for the first time and cache it under *cid. */
static int annotate_new(ent_coder *c, const char *s, size_t n, uint32_t *cid)
{
    struct centry e;
    annotate_word(c, s, n, &e);
    if (c->cache.n >= CACHE_MAX) {
        strtab_free(&c->cache);
        free(c->cstem);
        c->cstem = NULL;
        c->ccap = 0;
    }
    if (strtab_add(&c->cache, s, n, cid))
        return ENT_ENOMEM;
    if (text_grow((void **)&c->cstem, &c->ccap, *cid, sizeof *c->cstem))
        return ENT_ENOMEM;
    c->cstem[*cid] = e;
    return 0;
}

/* Tokens this long are annotated but not cached (they are rarely words,
 * and the cache's memory stays bounded by CACHE_MAX short strings). */
#define CACHE_LEN_MAX 128

/* Give each token the dictionary ids of its folded form and stem, its
 * classes and keyword bits (cached by the token's bytes). */

/* Token i is a weekday's name ("Monday", "Tue."). */
static bool weekday(const ent_coder *c, size_t i)
{
    static const char *const d[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday", NULL};
    for (size_t k = 0; d[k]; k++)
        if (tok_is(c, i, d[k]))
            return true;
    return false;
}

int coder_annotate(ent_coder *c, const char *text)
{
    size_t n = c->toks.n;
    if (n && (text_grow((void **)&c->cls, &c->cap_cls, n, sizeof *c->cls) ||
              text_grow((void **)&c->kw, &c->cap_kw, n, sizeof *c->kw) ||
              text_grow((void **)&c->tflag, &c->cap_tflag, n, sizeof *c->tflag)))
        return ENT_ENOMEM;
    if (n)
        memset(c->tflag, 0, n * sizeof *c->tflag);
    for (size_t i = 0; i < n; i++) {
        ent_token *t = &c->toks.v[i];
        const char *s = text + t->start;
        size_t len = t->end - t->start;
        struct centry tmp;
        const struct centry *e = &tmp;
        if (len < CACHE_LEN_MAX) {
            uint32_t cid = strtab_find(&c->cache, s, len);
            if (!cid && annotate_new(c, s, len, &cid))
                return ENT_ENOMEM;
            e = &c->cstem[cid];
        } else {
            annotate_word(c, s, len, &tmp);
        }
        t->stem = e->stem;
        t->word = e->word;
        c->cls[i] = e->cls;
        c->kw[i] = e->kw;
    }
    /* "as he left", "when they", "and it": a clause word before a subject
     * pronoun opens a new clause, which no pattern's gap crosses */
    for (size_t i = 1; i < n; i++)
        if ((c->cls[i] & (W_PRON_PERSON | W_PRON_OTHER)) && !(c->cls[i] & W_DET) &&
            ((c->cls[i - 1] & (W_SUBORD | W_CLAUSE_WORDS | W_BOUNDARY | W_BG)) ||
             tok_is(c, i - 1, "what"))) /* "crush what he called an uprising" */
            c->tflag[i - 1] |= TF_NEWCL;
    /* "on Monday", "in March", "Tuesday": a date adverbial, which a
     * pattern passes over ("called on Monday for": "called for") and
     * never matches ("halted their war on Saturday" is no "war on") */
    for (size_t i = 1; i < n; i++) {
        if (!(c->kw[i] & K_CALENDAR) || !(c->toks.v[i].flags & ENT_TOK_CAP))
            continue;
        bool prep = tok_is(c, i - 1, "on") || tok_is(c, i - 1, "in");
        /* a month only as a date ("in May", "May 5"), not in "Theresa May" */
        if (!weekday(c, i) && !prep && !(i + 1 < n && (c->toks.v[i + 1].flags & ENT_TOK_NUM)))
            continue;
        c->tflag[i] |= TF_DATE;
        c->toks.v[i].flags |= TOKF_DATE;
        if (prep) {
            c->tflag[i - 1] |= TF_DATE;
            c->toks.v[i - 1].flags |= TOKF_DATE;
        }
    }
    return 0;
}
