/*
 * cameo.c - the CAMEO event-code table: every code of the CAMEO 1.1b3
 * codebook with its Goldstein score and the PLOVER type and mode it maps
 * to (see include/entente/events.h for the sources and the conventions).
 */
#include <entente/events.h>

#include <string.h>

static const ent_cameo_info table[] = {
    /* 01 make public statement: no PLOVER type */
    {"01", 0.0, NULL, ""}, {"010", 0.0, NULL, ""}, {"011", -0.1, NULL, ""},
    {"012", -0.4, NULL, ""}, {"013", 0.4, NULL, ""}, {"014", 0.0, NULL, ""},
    {"015", 0.0, NULL, ""}, {"016", -2.0, NULL, ""}, {"017", 0.0, NULL, ""},
    {"018", 3.4, NULL, ""}, {"019", 3.4, NULL, ""},
    /* 02 appeal */
    {"02", 3.0, "REQUEST", ""}, {"020", 3.0, "REQUEST", ""},
    {"021", 3.4, "REQUEST", "assist"}, {"0211", 3.4, "REQUEST", "assist"},
    {"0212", 3.4, "REQUEST", "assist"}, {"0213", 3.4, "REQUEST", "assist"},
    {"0214", 3.4, "REQUEST", "assist"}, {"022", 3.2, "REQUEST", "assist"},
    {"023", 3.4, "REQUEST", "assist"}, {"0231", 3.4, "REQUEST", "assist"},
    {"0232", 3.4, "REQUEST", "assist"}, {"0233", 3.4, "REQUEST", "assist"},
    {"0234", 3.4, "REQUEST", "assist"}, {"024", -0.3, "REQUEST", "change"},
    {"0241", -0.3, "REQUEST", "change"}, {"0242", -0.3, "REQUEST", "change"},
    {"0243", -0.3, "REQUEST", "change"}, {"0244", -0.3, "REQUEST", "change"},
    {"025", -0.3, "REQUEST", "yield"}, {"0251", -0.3, "REQUEST", "yield"},
    {"0252", -0.3, "REQUEST", "yield"}, {"0253", -0.3, "REQUEST", "yield"},
    {"0254", -0.3, "REQUEST", "yield"}, {"0255", -0.3, "REQUEST", "yield"},
    {"0256", -0.3, "REQUEST", "yield"}, {"026", 4.0, "REQUEST", "meet"},
    {"027", 4.0, "REQUEST", "meet"}, {"028", 4.0, "REQUEST", "meet"},
    /* 03 express intent to cooperate */
    {"03", 4.0, "AGREE", ""}, {"030", 4.0, "AGREE", ""}, {"031", 5.2, "AGREE", ""},
    {"0311", 5.2, "AGREE", ""}, {"0312", 5.2, "AGREE", ""},
    {"0313", 5.2, "AGREE", ""}, {"0314", 5.2, "AGREE", ""},
    {"032", 4.5, "AGREE", ""}, {"033", 5.2, "AGREE", ""},
    {"0331", 5.2, "AGREE", ""}, {"0332", 5.2, "AGREE", ""},
    {"0333", 5.2, "AGREE", ""}, {"0334", 6.0, "AGREE", ""},
    {"034", 7.0, "AGREE", ""}, {"0341", 7.0, "AGREE", ""},
    {"0342", 7.0, "AGREE", ""}, {"0343", 7.0, "AGREE", ""},
    {"0344", 7.0, "AGREE", ""}, {"035", 7.0, "AGREE", ""},
    {"0351", 7.0, "AGREE", ""}, {"0352", 7.0, "AGREE", ""},
    {"0353", 7.0, "AGREE", ""}, {"0354", 7.0, "AGREE", ""},
    {"0355", 7.0, "AGREE", ""}, {"0356", 7.0, "AGREE", ""},
    {"036", 4.0, "AGREE", ""}, {"037", 5.0, "AGREE", ""},
    {"038", 7.0, "AGREE", ""}, {"039", 5.0, "AGREE", ""},
    /* 04 consult */
    {"04", 1.0, "CONSULT", ""}, {"040", 1.0, "CONSULT", ""},
    {"041", 1.0, "CONSULT", "phone"}, {"042", 1.9, "CONSULT", "visit"},
    {"043", 2.8, "CONSULT", "visit"}, {"044", 2.5, "CONSULT", "third-party"},
    {"045", 5.0, "CONSULT", ""}, {"046", 7.0, "CONSULT", ""},
    /* 05 diplomatic cooperation */
    {"05", 3.5, "SUPPORT", ""}, {"050", 3.5, "SUPPORT", ""},
    {"051", 3.4, "SUPPORT", ""}, {"052", 3.5, "SUPPORT", ""},
    {"053", 3.8, "SUPPORT", ""}, {"054", 6.0, "SUPPORT", ""},
    {"055", 7.0, "SUPPORT", ""}, {"056", 7.0, "SUPPORT", ""},
    {"057", 8.0, "SUPPORT", ""},
    /* 06 material cooperation */
    {"06", 6.0, "COOPERATE", ""}, {"060", 6.0, "COOPERATE", ""},
    {"061", 6.4, "COOPERATE", ""}, {"062", 7.4, "COOPERATE", ""},
    {"063", 7.4, "COOPERATE", ""}, {"064", 7.0, "COOPERATE", ""},
    /* 07 provide aid */
    {"07", 7.0, "AID", ""}, {"070", 7.0, "AID", ""}, {"071", 7.4, "AID", ""},
    {"072", 8.3, "AID", ""}, {"073", 7.4, "AID", ""}, {"074", 8.5, "AID", ""},
    {"075", 7.0, "AID", ""},
    /* 08 yield */
    {"08", 5.0, "CONCEDE", ""}, {"080", 5.0, "CONCEDE", ""},
    {"081", 5.0, "CONCEDE", ""}, {"0811", 5.0, "CONCEDE", ""},
    {"0812", 5.0, "CONCEDE", ""}, {"0813", 5.0, "RETREAT", ""},
    {"0814", 5.0, "RETREAT", ""}, {"082", 5.0, "CONCEDE", ""},
    {"083", 5.0, "CONCEDE", ""}, {"0831", 5.0, "CONCEDE", ""},
    {"0832", 5.0, "CONCEDE", ""}, {"0833", 5.0, "CONCEDE", ""},
    {"0834", 5.0, "CONCEDE", ""}, {"084", 7.0, "RETREAT", ""},
    {"0841", 7.0, "RETREAT", "release"}, {"0842", 7.0, "RETREAT", "return"},
    {"085", 7.0, "RETREAT", "ease"}, {"086", 9.0, "RETREAT", "access"},
    {"0861", 9.0, "RETREAT", "access"}, {"0862", 9.0, "RETREAT", "access"},
    {"0863", 9.0, "RETREAT", "access"}, {"087", 9.0, "RETREAT", "disarm"},
    {"0871", 9.0, "RETREAT", "ceasefire"}, {"0872", 9.0, "RETREAT", "withdraw"},
    {"0873", 9.0, "RETREAT", "disarm"}, {"0874", 10.0, "RETREAT", "disarm"},
    /* 09 investigate */
    {"09", -2.0, "ACCUSE", "investigate"}, {"090", -2.0, "ACCUSE", "investigate"},
    {"091", -2.0, "ACCUSE", "investigate"}, {"092", -2.0, "ACCUSE", "investigate"},
    {"093", -2.0, "ACCUSE", "investigate"}, {"094", -2.0, "ACCUSE", "investigate"},
    /* 10 demand */
    {"10", -5.0, "REQUEST", ""}, {"100", -5.0, "REQUEST", ""},
    {"101", -5.0, "REQUEST", "assist"}, {"1011", -5.0, "REQUEST", "assist"},
    {"1012", -5.0, "REQUEST", "assist"}, {"1013", -5.0, "REQUEST", "assist"},
    {"1014", -5.0, "REQUEST", "assist"}, {"102", -5.0, "REQUEST", "assist"},
    {"103", -5.0, "REQUEST", "assist"}, {"1031", -5.0, "REQUEST", "assist"},
    {"1032", -5.0, "REQUEST", "assist"}, {"1033", -5.0, "REQUEST", "assist"},
    {"1034", -5.0, "REQUEST", "assist"}, {"104", -5.0, "REQUEST", "change"},
    {"1041", -5.0, "REQUEST", "change"}, {"1042", -5.0, "REQUEST", "change"},
    {"1043", -5.0, "REQUEST", "change"}, {"1044", -5.0, "REQUEST", "change"},
    {"105", -5.0, "REQUEST", "change"}, {"1051", -5.0, "REQUEST", "yield"},
    {"1052", -5.0, "REQUEST", "yield"}, {"1053", -5.0, "REQUEST", "yield"},
    {"1054", -5.0, "REQUEST", "yield"}, {"1055", -5.0, "REQUEST", "yield"},
    {"1056", -5.0, "REQUEST", "yield"}, {"106", -5.0, "REQUEST", "meet"},
    {"107", -5.0, "REQUEST", "meet"}, {"108", -5.0, "REQUEST", "meet"},
    /* 11 disapprove */
    {"11", -2.0, "ACCUSE", "disapprove"}, {"110", -2.0, "ACCUSE", "disapprove"},
    {"111", -2.0, "ACCUSE", "disapprove"}, {"112", -2.0, "ACCUSE", "disapprove"},
    {"1121", -2.0, "ACCUSE", "allege"}, {"1122", -2.0, "ACCUSE", "allege"},
    {"1123", -2.0, "ACCUSE", "allege"}, {"1124", -2.0, "ACCUSE", "allege"},
    {"1125", -2.0, "ACCUSE", "allege"}, {"113", -2.0, "ACCUSE", "disapprove"},
    {"114", -2.0, "ACCUSE", "allege"}, {"115", -2.0, "ACCUSE", "allege"},
    {"116", -2.0, "ACCUSE", "disapprove"},
    /* 12 reject */
    {"12", -4.0, "REJECT", ""}, {"120", -4.0, "REJECT", ""},
    {"121", -4.0, "REJECT", "assist"}, {"1211", -4.0, "REJECT", "assist"},
    {"1212", -4.0, "REJECT", "assist"}, {"122", -4.0, "REJECT", "assist"},
    {"1221", -4.0, "REJECT", "assist"}, {"1222", -4.0, "REJECT", "assist"},
    {"1223", -4.0, "REJECT", "assist"}, {"1224", -4.0, "REJECT", "assist"},
    {"123", -4.0, "REJECT", "change"}, {"1231", -4.0, "REJECT", "change"},
    {"1232", -4.0, "REJECT", "change"}, {"1233", -4.0, "REJECT", "change"},
    {"1234", -4.0, "REJECT", "change"}, {"124", -4.0, "REJECT", "change"},
    {"1241", -4.0, "REJECT", "change"}, {"1242", -4.0, "REJECT", "change"},
    {"1243", -4.0, "REJECT", "yield"}, {"1244", -4.0, "REJECT", "yield"},
    {"1245", -4.0, "REJECT", "yield"}, {"1246", -4.0, "REJECT", "yield"},
    {"125", -5.0, "REJECT", "meet"}, {"126", -5.0, "REJECT", "meet"},
    {"127", -5.0, "REJECT", "meet"}, {"128", -5.0, "REJECT", "yield"},
    {"129", -5.0, "REJECT", "yield"},
    /* 13 threaten */
    {"13", -6.0, "THREATEN", ""}, {"130", -4.4, "THREATEN", ""},
    {"131", -5.8, "THREATEN", ""}, {"1311", -5.8, "THREATEN", "relations"},
    {"1312", -5.8, "THREATEN", "restrict"}, {"1313", -5.8, "THREATEN", "relations"},
    {"132", -5.8, "THREATEN", "ban"}, {"1321", -5.8, "THREATEN", "political"},
    {"1322", -5.8, "THREATEN", "ban"}, {"1323", -5.8, "THREATEN", "restrict"},
    {"1324", -5.8, "THREATEN", "restrict"}, {"133", -5.8, "THREATEN", "relations"},
    {"134", -5.8, "THREATEN", "relations"}, {"135", -5.8, "THREATEN", "relations"},
    {"136", -7.0, "THREATEN", "expel"}, {"137", -7.0, "THREATEN", "violence"},
    {"138", -7.0, "THREATEN", "violence"}, {"1381", -7.0, "THREATEN", "restrict"},
    {"1382", -7.0, "THREATEN", "territory"}, {"1383", -7.0, "THREATEN", "violence"},
    {"1384", -7.0, "THREATEN", "violence"}, {"1385", -7.0, "THREATEN", "violence"},
    {"139", -7.0, "THREATEN", "relations"},
    /* 14 protest */
    {"14", -6.5, "PROTEST", ""}, {"140", -6.5, "PROTEST", ""},
    {"141", -6.5, "PROTEST", "demo"}, {"1411", -6.5, "PROTEST", "demo"},
    {"1412", -6.5, "PROTEST", "demo"}, {"1413", -6.5, "PROTEST", "demo"},
    {"1414", -6.5, "PROTEST", "demo"}, {"142", -6.5, "PROTEST", "hunger"},
    {"1421", -6.5, "PROTEST", "hunger"}, {"1422", -6.5, "PROTEST", "hunger"},
    {"1423", -6.5, "PROTEST", "hunger"}, {"1424", -6.5, "PROTEST", "hunger"},
    {"143", -6.5, "PROTEST", "boycott"}, {"1431", -6.5, "PROTEST", "boycott"},
    {"1432", -6.5, "PROTEST", "boycott"}, {"1433", -6.5, "PROTEST", "boycott"},
    {"1434", -6.5, "PROTEST", "boycott"}, {"144", -7.5, "PROTEST", "obstruct"},
    {"1441", -7.5, "PROTEST", "obstruct"}, {"1442", -7.5, "PROTEST", "obstruct"},
    {"1443", -7.5, "PROTEST", "obstruct"}, {"1444", -7.5, "PROTEST", "obstruct"},
    {"145", -7.5, "PROTEST", "riot"}, {"1451", -7.5, "PROTEST", "riot"},
    {"1452", -7.5, "PROTEST", "riot"}, {"1453", -7.5, "PROTEST", "riot"},
    {"1454", -7.5, "PROTEST", "riot"},
    /* 15 exhibit force posture */
    {"15", -7.2, "MOBILIZE", ""}, {"150", -7.2, "MOBILIZE", ""},
    {"151", -7.2, "MOBILIZE", "police"}, {"152", -7.2, "MOBILIZE", "troops"},
    {"153", -7.2, "MOBILIZE", "police"}, {"154", -7.2, "MOBILIZE", "troops"},
    /* 16 reduce relations */
    {"16", -4.0, "SANCTION", ""}, {"160", -4.0, "SANCTION", ""},
    {"161", -4.0, "SANCTION", "withdraw"}, {"162", -5.6, "SANCTION", "discontinue"},
    {"1621", -5.6, "SANCTION", "discontinue"}, {"1622", -5.6, "SANCTION", "discontinue"},
    {"1623", -5.6, "SANCTION", "discontinue"}, {"163", -8.0, "COERCE", "restrict"},
    {"164", -7.0, "SANCTION", "withdraw"}, {"165", -6.5, "SANCTION", "withdraw"},
    {"166", -7.0, "SANCTION", "expel"}, {"1661", -7.0, "SANCTION", "expel"},
    {"1662", -7.0, "SANCTION", "expel"}, {"1663", -7.0, "SANCTION", "expel"},
    /* 17 coerce */
    {"17", -7.0, "COERCE", ""}, {"170", -7.0, "COERCE", ""},
    {"171", -9.2, "COERCE", "seize"}, {"1711", -9.2, "COERCE", "seize"},
    {"1712", -9.2, "ASSAULT", "seize"}, {"172", -5.0, "COERCE", "restrict"},
    {"1721", -5.0, "COERCE", "restrict"}, {"1722", -5.0, "COERCE", "ban"},
    {"1723", -5.0, "COERCE", "curfew"}, {"1724", -5.0, "COERCE", "martial-law"},
    {"173", -5.0, "COERCE", "arrest"}, {"174", -5.0, "COERCE", "deport"},
    {"175", -9.0, "ASSAULT", ""},
    /* 176 (attack cybernetically) is in the CAMEO 1.1b3 codebook but not in
     * CAMEO2PLOVER-2021 (PLOVER treats cyber-security as context): its
     * root's type and Goldstein value */
    {"176", -7.0, "COERCE", ""},
    /* 18 assault */
    {"18", -9.0, "ASSAULT", ""}, {"180", -9.0, "ASSAULT", ""},
    {"181", -9.0, "ASSAULT", "abduct"}, {"182", -9.5, "ASSAULT", "beat"},
    {"1821", -9.0, "ASSAULT", "sexual"}, {"1822", -9.0, "ASSAULT", "torture"},
    {"1823", -10.0, "ASSAULT", ""}, {"183", -10.0, "ASSAULT", "suicide-attack"},
    {"1831", -10.0, "ASSAULT", "suicide-attack"}, {"1832", -10.0, "ASSAULT", "explosives"},
    {"1833", -10.0, "ASSAULT", "explosives"}, {"184", -8.0, "ASSAULT", "abduct"},
    {"185", -8.0, "ASSAULT", "assassinate"}, {"186", -10.0, "ASSAULT", "assassinate"},
    /* 19 fight */
    {"19", -10.0, "ASSAULT", ""}, {"190", -10.0, "ASSAULT", ""},
    {"191", -9.5, "COERCE", "restrict"}, {"192", -9.5, "COERCE", "seize"},
    {"193", -10.0, "ASSAULT", "firearms"}, {"194", -10.0, "ASSAULT", "heavy-weapons"},
    {"195", -10.0, "ASSAULT", "heavy-weapons"}, {"196", -9.5, "ASSAULT", ""},
    /* 20 unconventional mass violence */
    {"20", -10.0, "ASSAULT", ""}, {"200", -10.0, "ASSAULT", "massacre"},
    {"201", -9.5, "ASSAULT", "cleansing"}, {"202", -10.0, "ASSAULT", "massacre"},
    {"203", -10.0, "ASSAULT", "cleansing"}, {"204", -10.0, "ASSAULT", "unconventional"},
    {"2041", -10.0, "ASSAULT", "unconventional"}, {"2042", -10.0, "ASSAULT", "unconventional"},
};

#define N_CODES (sizeof table / sizeof table[0])

const ent_cameo_info *ent_cameo_lookup(const char *code)
{
    if (!code)
        return NULL;
    for (size_t i = 0; i < N_CODES; i++)
        if (strcmp(table[i].code, code) == 0)
            return &table[i];
    return NULL;
}

bool ent_cameo_valid(const char *code) { return ent_cameo_lookup(code) != NULL; }

size_t ent_cameo_count(void) { return N_CODES; }

const ent_cameo_info *ent_cameo_at(size_t i) { return i < N_CODES ? &table[i] : NULL; }

static int root_of(const char *code)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return -1;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

ent_quad ent_cameo_quad(const char *code)
{
    int r = root_of(code);
    if (r < 1 || r > 20)
        return ENT_QUAD_NONE;
    if (r <= 4)
        return ENT_QUAD_VERBAL_COOP;
    if (r <= 8)
        return ENT_QUAD_MATERIAL_COOP;
    if (r <= 13)
        return ENT_QUAD_VERBAL_CONFLICT;
    return ENT_QUAD_MATERIAL_CONFLICT;
}

const char *ent_quad_name(ent_quad q)
{
    switch (q) {
    case ENT_QUAD_VERBAL_COOP: return "verbal_cooperation";
    case ENT_QUAD_MATERIAL_COOP: return "material_cooperation";
    case ENT_QUAD_VERBAL_CONFLICT: return "verbal_conflict";
    case ENT_QUAD_MATERIAL_CONFLICT: return "material_conflict";
    default: return "";
    }
}

const char *ent_modality_name(ent_modality m)
{
    static const char *names[] = {"asserted", "future", "conditional",
                                  "hypothetical", "reported"};
    return (unsigned)m < ENT_MOD_COUNT ? names[m] : "";
}

const char *ent_event_plover_code(const ent_event *ev)
{
    return ev->plover_code[0] ? ev->plover_code : ev->cameo;
}

const char *ent_plover_legacy(const char *cameo)
{
    int r = root_of(cameo);
    const ent_cameo_info *ci = ent_cameo_lookup(cameo);
    if (r == 2 || r == 10)
        return "DEMAND";
    if (r == 11)
        return "DISAPPROVE";
    if (r == 9)
        return "INVESTIGATE";
    /* easing a curfew or state of emergency: CONCEDE in the 2018 draft
     * (the 2021 table moved them to RETREAT: "ease is no longer a mode") */
    if (strcmp(cameo, "0813") == 0 || strcmp(cameo, "0814") == 0)
        return "CONCEDE";
    if (r == 16)
        return "SANCTION"; /* embargoes and sanctions too (163) */
    if (r == 17)
        return "COERCE";   /* destroying property too (1712) */
    if (r == 19 || r == 20) {
        if (ci && ci->plover && strcmp(ci->plover, "COERCE") == 0)
            return "COERCE";
        return "FIGHT";
    }
    return ci ? ci->plover : NULL;
}
