#!/usr/bin/env python3
"""gen_world.py - write entente's reference world files in data/world/.

Reads the hand-written tables in scripts/world/ (states, 2024 capabilities)
and the facts in this file (organisations, groupings, memberships), joins the
Correlates of War state numbers from the COW/ISO3 crosswalk and the COW
National Material Capabilities v7.0 figures from ../shared/data/history, and
writes:

    data/world/states.yaml         actors of kind state
    data/world/organisations.yaml  actors of kind organisation and group
    data/world/memberships.yaml    memberships with dates
    data/world/capabilities.yaml   COW NMC (2016, latest year) + 2024 figures

Usage: python3 scripts/gen_world.py [--history DIR] [--out DIR]
(defaults: ../shared/data/history relative to the repository root, and
data/world). Standard library only. The generated YAML is committed; rerun
this script after editing the tables and commit the result.
"""

import argparse
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = os.path.join(ROOT, "scripts", "world")

SRC_STATES = ("UN, Member States (un.org/en/about-us/member-states); "
              "ISO 3166-1; COW State System Membership v2016 (cow code)")
SRC_UN = "UN, Member States: dates of admission (un.org/en/about-us/member-states)"
SRC_NMC = ("COW National Material Capabilities v7.0 (Singer, Bremer & Stuckey "
           "1972; Greig et al.)")
SRC_FAS22 = "FAS Status of World Nuclear Forces (2022 military stockpile)"


# --------------------------------------------------------------------------
# YAML output helpers: every free-text string is double-quoted, codes and
# dates are plain (they are letters, digits and '-').

def q(s):
    """Double-quoted YAML scalar."""
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out + '"'


def qlist(items):
    return "[" + ", ".join(q(x) for x in items) + "]"


def check_code(c):
    ok = c and all(ch.isalnum() or ch in "_-." for ch in c)
    if not ok or c.lower() in ("y", "n", "yes", "no", "on", "off", "true",
                               "false", "null"):
        sys.exit("gen_world: bad or YAML-ambiguous code %r" % c)
    return c


def num(x):
    """A number without a trailing .0."""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


# --------------------------------------------------------------------------
# Input tables

def read_states():
    states = []
    with open(os.path.join(TABLES, "states.txt"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            p = line.split("|")
            if len(p) != 8:
                sys.exit("states.txt:%d: expected 8 fields, got %d" % (ln, len(p)))
            split = lambda s: [x.strip() for x in s.split(";") if x.strip()]
            states.append({
                "code": check_code(p[0].strip()),
                "name": p[1].strip(),
                "aliases": split(p[2]),
                "demonyms": split(p[3]),
                "capital": p[4].strip(),
                "seats": split(p[5]),
                "un": p[6].strip(),
                "note": p[7].strip(),
            })
    return states


def read_caps2024():
    caps = {}
    with open(os.path.join(TABLES, "capabilities_2024.txt"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            p = line.split("|")
            if len(p) != 5:
                sys.exit("capabilities_2024.txt:%d: expected 5 fields" % ln)
            val = lambda s: float(s) if s.strip() else None
            caps[p[0].strip()] = {
                "milex": val(p[1]), "personnel": val(p[2]),
                "warheads": val(p[3]), "flags": p[4].strip(),
            }
    return caps


def read_cow_codes(history):
    """ISO3 -> COW ccode from the crosswalk, with the exceptions noted."""
    cw = {}
    path = os.path.join(history, "crosswalk_cow_iso3_gw_countrycode.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["iso3c"] and r["cown"]:
                cw[r["iso3c"]] = int(r["cown"])
    # The crosswalk leaves Serbia blank; COW codes Yugoslavia/Serbia 345
    # (1944-2016) as one continuing state. Kosovo is 347 (from 2008-02-20).
    cw["SRB"] = 345
    cw["XKX"] = 347
    # The crosswalk maps the Holy See to 327, COW's Papal States (1816-1860),
    # which is not the modern Holy See: no COW code.
    cw.pop("VAT", None)
    return cw


def read_nmc(history):
    """ccode -> {year: row} from COW NMC v7.0."""
    nmc = {}
    path = os.path.join(history, "cow_nmc_v7.0_abridged.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            nmc.setdefault(int(r["ccode"]), {})[int(r["year"])] = r
    return nmc


def read_fas2022(history):
    """ccode -> FAS 2022 stockpile from nuclear_weapons_states.csv."""
    out = {}
    path = os.path.join(history, "nuclear_weapons_states.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r.get("fas_stockpile_2022", "").strip():
                out[int(r["ccode"])] = int(float(r["fas_stockpile_2022"]))
    return out


# --------------------------------------------------------------------------
# Organisations and groupings (hand-written)

ORGS = [
    # code, kind, name, aliases, from, comment, source
    ("UN", "organisation", "United Nations",
     ["the United Nations", "the UN", "the U.N.", "UN", "U.N."], "1945-10-24", None,
     "Charter of the United Nations (in force 1945-10-24)"),
    ("P5", "group", "Permanent members of the UN Security Council",
     ["the P5", "P5", "the Permanent Five", "the permanent five",
      "permanent members of the Security Council",
      "the permanent members of the UN Security Council"], "1945-10-24", None,
     "Charter of the United Nations, Art. 23"),
    ("P5P1", "group", "The P5+1 powers",
     ["the P5+1", "P5+1", "the E3+3", "E3+3", "the EU3+3", "six world powers",
      "the six world powers", "six major powers", "the six major powers"], "2006-06-01",
     "The permanent members of the Security Council and Germany negotiating with Iran on its\n"
     "nuclear programme (the 'six world powers' of the news of 2006-2015); from the June 2006\n"
     "offer of the EU3 joined by China, Russia and the United States.",
     "EEAS, Joint Comprehensive Plan of Action (2015-07-14); UN Security Council resolution 1696 (2006)"),
    ("NATO", "organisation", "North Atlantic Treaty Organization",
     ["NATO", "the Alliance", "the North Atlantic Alliance", "the Atlantic Alliance",
      "North Atlantic Treaty Organisation", "OTAN"], "1949-08-24",
     "North Atlantic Treaty signed 1949-04-04, in force 1949-08-24.",
     "NATO, Member countries (nato.int); North Atlantic Treaty (1949)"),
    ("EU", "organisation", "European Union",
     ["the European Union", "the EU", "EU", "the E.U."], None,
     "The EU was founded by the Maastricht Treaty (in force 1993-11-01); it continues\n"
     "the European Communities (EEC and Euratom in force 1958-01-01), so no 'from' is\n"
     "given and membership dates are accession dates to the Communities.",
     "European Union, Country profiles (european-union.europa.eu); Treaty on European Union"),
    ("CSTO", "organisation", "Collective Security Treaty Organization",
     ["the CSTO", "CSTO", "Collective Security Treaty Organisation",
      "the Collective Security Treaty"], None,
     "Collective Security Treaty signed at Tashkent 1992-05-15, in force 1994-04-20;\n"
     "the Organization was set up on 2002-10-07 (Chisinau charter, in force 2003-09-18).\n"
     "No 'from': memberships date from the treaty.",
     "CSTO, From the Treaty to the Organization (odkb-csto.org)"),
    ("CIS", "organisation", "Commonwealth of Independent States",
     ["the CIS", "CIS", "the Commonwealth of Independent States"], "1991-12-08",
     "Belovezha Accords 1991-12-08; Alma-Ata Protocol 1991-12-21.",
     "CIS Executive Committee (cis.minsk.by); Alma-Ata Declaration (1991)"),
    ("SCO", "organisation", "Shanghai Cooperation Organisation",
     ["the SCO", "SCO", "Shanghai Cooperation Organization"], "2001-06-15", None,
     "SCO Secretariat (eng.sectsco.org); Declaration on the SCO (2001-06-15)"),
    ("BRICS", "group", "BRICS",
     ["the BRICS", "the BRICS countries", "BRICS nations", "BRIC"], "2009-06-16",
     "An informal grouping with no charter; first BRIC summit 2009-06-16 (Yekaterinburg).",
     "BRICS summit declarations (Yekaterinburg 2009, Sanya 2011, Johannesburg 2023, Kazan 2024, Rio de Janeiro 2025)"),
    ("G7", "group", "Group of Seven",
     ["the G7", "G7", "the G-7", "G-7", "the Group of Seven"], "1975-11-15",
     "First summit Rambouillet 1975-11-15 (as the G6). The EU takes part as a\n"
     "'non-enumerated member'; it is not listed as a member here because groupings\n"
     "stand for their members recursively (the EU would pull in every EU state).",
     "G7 summit communiques; Council on Foreign Relations, The Group of Seven (G7)"),
    ("G20", "group", "Group of Twenty",
     ["the G20", "G20", "the G-20", "G-20", "the Group of Twenty"], "1999-09-26",
     "Finance ministers' forum from 1999-09-26, leaders' summits since 2008-11-15.\n"
     "The EU and (since 2023-09-09) the African Union are members too; they are left\n"
     "out here because groupings stand for their members recursively.",
     "G20, About the G20 (g20.org)"),
    ("AU", "organisation", "African Union",
     ["the African Union", "the AU", "AU"], None,
     "Launched at Durban 2002-07-09, succeeding the Organisation of African Unity\n"
     "(1963-05-25). No 'from' so that one actor can carry both.",
     "African Union, Member States (au.int); Constitutive Act of the African Union"),
    ("ASEAN", "organisation", "Association of Southeast Asian Nations",
     ["ASEAN", "the Association of Southeast Asian Nations"], "1967-08-08", None,
     "ASEAN Secretariat, ASEAN Member States (asean.org); Bangkok Declaration (1967)"),
    ("GCC", "organisation", "Gulf Cooperation Council",
     ["the GCC", "GCC", "Cooperation Council for the Arab States of the Gulf",
      "the Gulf Cooperation Council"], "1981-05-25", None,
     "GCC Secretariat General (gcc-sg.org); GCC Charter (1981-05-25)"),
    ("AUKUS", "group", "AUKUS",
     ["AUKUS", "the AUKUS partnership", "AUKUS pact"], "2021-09-15",
     "Trilateral security partnership announced 2021-09-15.",
     "Joint Leaders Statement on AUKUS, 2021-09-15"),
    ("JEF", "organisation", "Joint Expeditionary Force",
     ["the JEF", "JEF", "the Joint Expeditionary Force"], "2014-09-05",
     "UK-led; founding memorandum of understanding signed at the NATO Wales summit.",
     "UK Ministry of Defence, Joint Expeditionary Force (gov.uk); JEF Policy Direction (2021)"),
    ("OSCE", "organisation", "Organization for Security and Co-operation in Europe",
     ["the OSCE", "OSCE", "Organisation for Security and Co-operation in Europe",
      "the CSCE", "Conference on Security and Co-operation in Europe"], "1975-08-01",
     "CSCE Helsinki Final Act 1975-08-01; renamed OSCE 1995-01-01. 57 participating States.",
     "OSCE, Participating States (osce.org); Helsinki Final Act (1975)"),
    # Organisations that appear in international news as actors of their own (no
    # membership tables: the coder needs their names, the models do not use them yet).
    ("ARL", "organisation", "League of Arab States",
     ["the Arab League", "Arab League", "the League of Arab States"], "1945-03-22",
     "Pact of the League of Arab States signed at Cairo 1945-03-22.",
     "League of Arab States, Pact of the League of Arab States (1945)"),
    ("APEC", "organisation", "Asia-Pacific Economic Cooperation",
     ["APEC", "the Asia-Pacific Economic Cooperation forum", "Asia Pacific Economic Cooperation"],
     "1989-11-07", "Founded at the Canberra ministerial meeting, 1989-11-06/07.",
     "APEC Secretariat, History (apec.org)"),
    ("ILO", "organisation", "International Labour Organization",
     ["the ILO", "ILO", "International Labor Organization", "International Labour Office",
      "International Labor Office"], "1919-04-11",
     "Created by the Treaty of Versailles (Part XIII) in 1919; a UN specialised agency since 1946.\n"
     "The International Labour Office is its secretariat.",
     "ILO, History of the ILO (ilo.org); ILO Constitution (1919)"),
    ("OIC", "organisation", "Organisation of Islamic Cooperation",
     ["the OIC", "OIC", "Organization of Islamic Cooperation", "Organisation of the Islamic Conference",
      "Organization of the Islamic Conference"], "1969-09-25",
     "Founded at the Rabat summit 1969-09-25 as the Organisation of the Islamic Conference;\n"
     "renamed 2011-06-28.",
     "OIC, History (oic-oci.org); Charter of the OIC"),
    ("OECD", "organisation", "Organisation for Economic Co-operation and Development",
     ["the OECD", "OECD", "Organization for Economic Cooperation and Development"], "1961-09-30",
     "Convention on the OECD signed 1960-12-14, in force 1961-09-30.",
     "OECD, Convention on the OECD (1960) and member list (oecd.org)"),
    ("UNICEF", "organisation", "United Nations Children's Fund",
     ["UNICEF", "the UN Children's Fund", "U.N. Children's Fund"], "1946-12-11",
     "Created by UN General Assembly resolution 57 (I), 1946-12-11.",
     "UNICEF, History (unicef.org); UNGA resolution 57 (I)"),
    ("BALTIC", "group", "The Baltic states",
     ["the Baltic states", "the Baltic States", "the Baltics", "Baltic states",
      "the Baltic countries", "Baltic countries", "the Baltic republics"], None, None,
     "Common usage: Estonia, Latvia and Lithuania"),
    ("NORDIC", "group", "The Nordic countries",
     ["the Nordic countries", "Nordic countries", "the Nordic states", "the Nordics",
      "Nordic nations", "the Nordic nations"], None,
     "Denmark, Finland, Iceland, Norway and Sweden (the members of the Nordic Council;\n"
     "the autonomous Faroe Islands, Greenland and Aland are not actors here).",
     "Nordic Council, About (norden.org)"),
    ("EUR", "group", "Europe (the European states)",
     ["Europe", "European nations", "European countries", "the European countries",
      "European states", "the European nations", "the Europeans", "Europeans",
      "European powers"], None,
     "The European states as political actors. Russia and Belarus are geographically\n"
     "European but are left out: in the usage this grouping models ('European nations\n"
     "offer Ukraine guarantees') they are on the other side. Transcontinental Turkiye,\n"
     "Georgia, Armenia, Azerbaijan and Kazakhstan are left out too; a scenario can add them.",
     "Geographic usage (UN M49 Europe region) narrowed as described in the comment"),
]


# --------------------------------------------------------------------------
# Memberships (hand-written). Each entry: (group, [members], from, until,
# status, source[, comment]).

NATO_SRC = "NATO, Member countries (nato.int)"
EU_SRC = "European Union, Country profiles (european-union.europa.eu)"
CSTO_SRC = "CSTO, Member States (odkb-csto.org)"
CIS_SRC = "CIS Executive Committee, Member States (cis.minsk.by)"
SCO_SRC = "SCO Secretariat, Member States (eng.sectsco.org)"
BRICS_SRC = "BRICS summit declarations"
AU_SRC = "African Union, Member States (au.int)"
ASEAN_SRC = "ASEAN Secretariat, ASEAN Member States (asean.org)"
OSCE_SRC = "OSCE, Participating States (osce.org)"

# AU members at the launch, except those with suspensions (listed separately).
AU_MEMBERS = ("DZA AGO BEN BWA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ "
              "ERI SWZ ETH GMB GHA GNB KEN LSO LBR LBY MWI MRT MUS "
              "MOZ NAM NGA RWA STP SEN SYC SLE SOM ZAF TZA TGO TUN UGA ZMB "
              "ZWE").split()

EU27 = ("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX "
        "MLT NLD POL PRT ROU SVK SVN ESP SWE").split()
EUR_EXTRA = ("GBR NOR ISL CHE LIE UKR MDA ALB BIH MNE MKD SRB XKX AND MCO SMR "
             "VAT").split()

M = [
    # NATO
    ("NATO", "BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA".split(), "1949-08-24",
     None, None, NATO_SRC,
     "Founding members. France left the integrated military command 1966-2009 but stayed a member."),
    ("NATO", ["GRC", "TUR"], "1952-02-18", None, None, NATO_SRC, None),
    ("NATO", ["DEU"], "1955-05-06", None, None, NATO_SRC,
     "As the Federal Republic; united Germany since 1990-10-03."),
    ("NATO", ["ESP"], "1982-05-30", None, None, NATO_SRC, None),
    ("NATO", ["CZE", "HUN", "POL"], "1999-03-12", None, None, NATO_SRC, None),
    ("NATO", "BGR EST LVA LTU ROU SVK SVN".split(), "2004-03-29", None, None, NATO_SRC, None),
    ("NATO", ["ALB", "HRV"], "2009-04-01", None, None, NATO_SRC, None),
    ("NATO", ["MNE"], "2017-06-05", None, None, NATO_SRC, None),
    ("NATO", ["MKD"], "2020-03-27", None, None, NATO_SRC, None),
    ("NATO", ["FIN"], "2023-04-04", None, None, NATO_SRC, None),
    ("NATO", ["SWE"], "2024-03-07", None, None, NATO_SRC, None),
    # EU (accession to the European Communities)
    ("EU", "BEL FRA DEU ITA LUX NLD".split(), "1958-01-01", None, None, EU_SRC,
     "Founding members of the EEC (Treaty of Rome in force 1958-01-01)."),
    ("EU", ["DNK", "IRL"], "1973-01-01", None, None, EU_SRC, None),
    ("EU", ["GBR"], "1973-01-01", "2020-01-31", None, EU_SRC + "; EU-UK Withdrawal Agreement",
     "The UK left at the end of 2020-01-31 (Brexit)."),
    ("EU", ["GRC"], "1981-01-01", None, None, EU_SRC, None),
    ("EU", ["PRT", "ESP"], "1986-01-01", None, None, EU_SRC, None),
    ("EU", ["AUT", "FIN", "SWE"], "1995-01-01", None, None, EU_SRC, None),
    ("EU", "CYP CZE EST HUN LVA LTU MLT POL SVK SVN".split(), "2004-05-01", None, None,
     EU_SRC, None),
    ("EU", ["BGR", "ROU"], "2007-01-01", None, None, EU_SRC, None),
    ("EU", ["HRV"], "2013-07-01", None, None, EU_SRC, None),
    # CSTO (Collective Security Treaty in force 1994-04-20)
    ("CSTO", "RUS BLR KAZ KGZ TJK".split(), "1994-04-20", None, None, CSTO_SRC, None),
    ("CSTO", ["ARM"], "1994-04-20", "2024-02-21", None, CSTO_SRC, None),
    ("CSTO", ["ARM"], "2024-02-22", None, "suspended",
     CSTO_SRC + "; PM Nikol Pashinyan, interview with France 24, 2024-02-22",
     "Armenia froze its participation in February 2024 (no delegates, no funding) but has not\n"
     "formally withdrawn; recorded as a suspended membership."),
    ("CSTO", ["AZE", "GEO"], "1994-04-20", "1999-04-19", None, CSTO_SRC,
     "Did not sign the 1999 protocol extending the treaty; left when the first term ended."),
    ("CSTO", ["UZB"], "1994-04-20", "1999-04-19", None, CSTO_SRC,
     "Did not sign the 1999 protocol extending the treaty."),
    ("CSTO", ["UZB"], "2006-06-23", "2012-06-28", None, CSTO_SRC,
     "Rejoined at the Minsk summit 2006-06-23; suspended its membership by a note of\n"
     "2012-06-28 (formalised by the CSTO in December 2012)."),
    # CIS
    ("CIS", ["RUS", "BLR"], "1991-12-08", None, None, CIS_SRC, "Belovezha Accords."),
    ("CIS", "ARM KAZ KGZ MDA TJK UZB".split(), "1991-12-21", None, None, CIS_SRC,
     "Alma-Ata Protocol. Moldova has been leaving the CIS's agreements since 2023 but\n"
     "had not formally withdrawn when this file was written."),
    ("CIS", ["AZE"], "1993-09-24", None, None, CIS_SRC,
     "Signed at Alma-Ata in 1991; its parliament ratified only in 1993."),
    ("CIS", ["GEO"], "1993-12-03", "2009-08-17", None, CIS_SRC,
     "Withdrew after the 2008 war; the withdrawal took effect on 2009-08-18."),
    ("CIS", ["TKM"], "1991-12-21", "2005-08-25", None, CIS_SRC, None),
    ("CIS", ["TKM"], "2005-08-26", None, "observer", CIS_SRC,
     "Associate member since the Kazan summit 2005-08-26 (recorded as observer)."),
    ("CIS", ["UKR"], "1991-12-08", "2018-05-19", None, CIS_SRC,
     "A founding state that never ratified the CIS Charter; it ended its participation\n"
     "in the CIS's statutory bodies by decree of 2018-05-19."),
    # SCO
    ("SCO", "CHN RUS KAZ KGZ TJK UZB".split(), "2001-06-15", None, None, SCO_SRC, None),
    ("SCO", ["IND", "PAK"], "2017-06-09", None, None, SCO_SRC, "Astana summit."),
    ("SCO", ["IRN"], "2023-07-04", None, None, SCO_SRC, None),
    ("SCO", ["BLR"], "2024-07-04", None, None, SCO_SRC, "Astana summit."),
    ("SCO", ["MNG"], "2004-06-17", None, "observer", SCO_SRC, None),
    # BRICS
    ("BRICS", "BRA RUS IND CHN".split(), "2009-06-16", None, None, BRICS_SRC,
     "First BRIC summit, Yekaterinburg."),
    ("BRICS", ["ZAF"], "2010-12-24", None, None, BRICS_SRC,
     "Invited 2010-12-24; took part from the Sanya summit (April 2011)."),
    ("BRICS", "EGY ETH IRN ARE".split(), "2024-01-01", None, None, BRICS_SRC,
     "Invited at Johannesburg 2023-08-24. Saudi Arabia was invited too but has not\n"
     "confirmed that it has joined and is not recorded."),
    ("BRICS", ["IDN"], "2025-01-06", None, None,
     BRICS_SRC + "; Brazilian presidency statement 2025-01-06", None),
    ("BRICS", "BLR BOL KAZ CUB MYS THA UGA UZB".split(), "2025-01-01", None, "partner",
     BRICS_SRC + "; Kazan Declaration 2024 (partner-country category)", None),
    ("BRICS", ["NGA"], "2025-01-17", None, "partner", BRICS_SRC, None),
    ("BRICS", ["VNM"], "2025-06-13", None, "partner", BRICS_SRC, None),
    # G7
    ("G7", "FRA DEU ITA JPN GBR USA".split(), "1975-11-15", None, None,
     "G7 summit communiques (Rambouillet 1975)", "Germany as the Federal Republic until 1990."),
    ("G7", ["CAN"], "1976-06-27", None, None, "G7 summit communiques (San Juan 1976)",
     "Russia took part as the G8 from 1997 until it was suspended on 2014-03-24; not recorded."),
    # G20
    ("G20", ("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR "
             "USA").split(), "1999-09-26", None, None, "G20, About the G20 (g20.org)", None),
    # P5: China's seat was held by the Republic of China until 1971-10-25.
    ("P5", ["FRA", "RUS", "GBR", "USA"], "1945-10-24", None, None,
     "Charter of the United Nations, Art. 23",
     "Russia holds the USSR's seat since 1991-12-24."),
    ("P5", ["TWN"], "1945-10-24", "1971-10-24", None,
     "Charter of the United Nations, Art. 23; UNGA resolution 2758 (XXVI)",
     "The Republic of China held China's permanent seat until 1971-10-25."),
    ("P5", ["CHN"], "1971-10-25", None, None,
     "Charter of the United Nations, Art. 23; UNGA resolution 2758 (XXVI)", None),
    # AU
    ("AU", AU_MEMBERS, "2002-07-09", None, None, AU_SRC,
     "Members at the launch of the AU. The Sahrawi Arab Democratic Republic is a member\n"
     "too but is not an actor here. Members that have been suspended are listed below."),
    ("AU", ["SSD"], "2011-07-28", None, None, AU_SRC, None),
    # Suspensions by the AU Peace and Security Council after unconstitutional
    # changes of government (known at the time of writing; they change often).
    ("AU", ["MLI"], "2002-07-09", "2021-05-31", None, AU_SRC,
     "Mali was also suspended 2020-08-19 to 2020-10-09; that spell is not split out."),
    ("AU", ["MLI"], "2021-06-01", None, "suspended",
     AU_SRC + "; AU Peace and Security Council communique, 2021-06-01", None),
    ("AU", ["GIN"], "2002-07-09", "2021-09-09", None, AU_SRC, None),
    ("AU", ["GIN"], "2021-09-10", None, "suspended",
     AU_SRC + "; AU Peace and Security Council communique, 2021-09-10", None),
    ("AU", ["SDN"], "2002-07-09", "2021-10-26", None, AU_SRC,
     "Sudan was also suspended 2019-06-06 to 2019-09-06; that spell is not split out."),
    ("AU", ["SDN"], "2021-10-27", None, "suspended",
     AU_SRC + "; AU Peace and Security Council communique, 2021-10-27", None),
    ("AU", ["BFA"], "2002-07-09", "2022-01-30", None, AU_SRC, None),
    ("AU", ["BFA"], "2022-01-31", None, "suspended",
     AU_SRC + "; AU Peace and Security Council communique, 2022-01-31", None),
    ("AU", ["NER"], "2002-07-09", "2023-08-21", None, AU_SRC, None),
    ("AU", ["NER"], "2023-08-22", None, "suspended",
     AU_SRC + "; AU Peace and Security Council communique, 2023-08-22", None),
    ("AU", ["GAB"], "2002-07-09", "2023-08-30", None, AU_SRC, None),
    ("AU", ["GAB"], "2023-08-31", "2025-04-29", "suspended",
     AU_SRC + "; AU Peace and Security Council communiques, 2023-08-31 and 2025-04-30", None),
    ("AU", ["GAB"], "2025-04-30", None, None, AU_SRC, "Reinstated after the April 2025 election."),
    ("AU", ["MDG"], "2002-07-09", "2025-10-14", None, AU_SRC, None),
    ("AU", ["MDG"], "2025-10-15", None, "suspended",
     AU_SRC + "; AU Peace and Security Council, 2025-10-15", None),
    ("AU", ["MAR"], "2017-01-31", None, None, AU_SRC,
     "Morocco left the OAU in 1984 and joined the AU on 2017-01-31."),
    # ASEAN
    ("ASEAN", "IDN MYS PHL SGP THA".split(), "1967-08-08", None, None, ASEAN_SRC,
     "Bangkok Declaration."),
    ("ASEAN", ["BRN"], "1984-01-07", None, None, ASEAN_SRC, None),
    ("ASEAN", ["VNM"], "1995-07-28", None, None, ASEAN_SRC, None),
    ("ASEAN", ["LAO", "MMR"], "1997-07-23", None, None, ASEAN_SRC, None),
    ("ASEAN", ["KHM"], "1999-04-30", None, None, ASEAN_SRC, None),
    ("ASEAN", ["TLS"], "2025-10-26", None, None,
     ASEAN_SRC + "; 47th ASEAN Summit, Kuala Lumpur", None),
    # GCC
    ("GCC", "BHR KWT OMN QAT SAU ARE".split(), "1981-05-25", None, None,
     "GCC Secretariat General (gcc-sg.org)", None),
    # P5+1
    ("P5P1", ["CHN", "FRA", "DEU", "RUS", "GBR"], "2006-06-01", None, None,
     "EEAS, Joint Comprehensive Plan of Action (2015-07-14)", None),
    ("P5P1", ["USA"], "2006-06-01", "2018-05-08", None,
     "EEAS, Joint Comprehensive Plan of Action (2015-07-14); White House, withdrawal from the JCPOA (2018-05-08)",
     "The United States left the JCPOA on 2018-05-08."),
    # AUKUS
    ("AUKUS", ["AUS", "GBR", "USA"], "2021-09-15", None, None,
     "Joint Leaders Statement on AUKUS, 2021-09-15", None),
    # JEF
    ("JEF", "GBR DNK EST LVA LTU NLD NOR".split(), "2014-09-05", None, None,
     "UK Ministry of Defence, Joint Expeditionary Force; JEF MoU (NATO Wales summit 2014)", None),
    ("JEF", ["FIN", "SWE"], "2017-06-30", None, None,
     "UK Ministry of Defence, Joint Expeditionary Force", "Joined in June 2017 (day as recalled, not checked against the MoU)."),
    ("JEF", ["ISL"], "2021-04-13", None, None,
     "UK Ministry of Defence, Joint Expeditionary Force", "Joined in April 2021 (day as recalled, not checked)."),
    # OSCE (participating States; the CSCE until 1995-01-01)
    ("OSCE", ("AUT BEL BGR CAN CYP DNK FIN FRA DEU GRC VAT HUN ISL IRL ITA LIE LUX MLT "
              "MCO NLD NOR POL PRT ROU SMR ESP SWE CHE TUR RUS GBR USA").split(),
     "1975-08-01", None, None, OSCE_SRC,
     "Signatories of the Helsinki Final Act. Germany was represented by both German states\n"
     "until 1990-10-03; Russia continues the USSR. Czechoslovakia and Yugoslavia were\n"
     "participants too (see their successors below)."),
    ("OSCE", ["ALB"], "1991-06-19", None, None, OSCE_SRC, None),
    ("OSCE", ["EST", "LVA", "LTU"], "1991-09-10", None, None, OSCE_SRC, None),
    ("OSCE", "ARM AZE BLR KAZ KGZ MDA TJK TKM UKR UZB".split(), "1992-01-30", None, None,
     OSCE_SRC, None),
    ("OSCE", ["GEO", "HRV", "SVN"], "1992-03-24", None, None, OSCE_SRC, None),
    ("OSCE", ["BIH"], "1992-04-30", None, None, OSCE_SRC, None),
    ("OSCE", ["CZE", "SVK"], "1993-01-01", None, None, OSCE_SRC, None),
    ("OSCE", ["MKD"], "1995-10-12", None, None, OSCE_SRC, None),
    ("OSCE", ["AND"], "1996-04-25", None, None, OSCE_SRC, None),
    ("OSCE", ["SRB"], "2000-11-10", None, None, OSCE_SRC,
     "Admitted as the Federal Republic of Yugoslavia (Yugoslavia had been suspended in 1992)."),
    ("OSCE", ["MNE"], "2006-06-22", None, None, OSCE_SRC, None),
    ("OSCE", ["MNG"], "2012-11-21", None, None, OSCE_SRC, None),
    # Groupings
    ("BALTIC", ["EST", "LVA", "LTU"], None, None, None,
     "Common usage: Estonia, Latvia and Lithuania", None),
    ("NORDIC", "DNK FIN ISL NOR SWE".split(), None, None, None,
     "Nordic Council, About (norden.org)", None),
    ("EUR", EU27 + EUR_EXTRA, None, None, None,
     "UN M49 Europe region, narrowed (see organisations.yaml)",
     "All EU members plus the other European states; Russia and Belarus are left out on\n"
     "purpose, as are transcontinental Turkiye, Georgia, Armenia, Azerbaijan and Kazakhstan\n"
     "(see the EUR actor in organisations.yaml)."),
]


# --------------------------------------------------------------------------
# Writers

HEADER = """# {title}
#
# GENERATED by scripts/gen_world.py from the tables in scripts/world/ and
# facts written in the script, with Correlates of War figures read from
# ../shared/data/history. Edit the tables or the script and rerun:
#     python3 scripts/gen_world.py
# Format: docs/scenario-format.md. Every record cites its source.
"""


def comment(lines, indent="  "):
    return "".join("%s# %s\n" % (indent, ln) for ln in lines.split("\n"))


def write_states(out, states, cow):
    lines = [HEADER.format(title="data/world/states.yaml - the states of the reference world:\n"
                           "# the 193 UN member states, Taiwan, Kosovo, Palestine and the Holy See."),
             "actors:\n"]
    for s in states:
        if s["note"]:
            lines.append(comment(s["note"]))
        lines.append("  - code: %s\n" % s["code"])
        lines.append("    kind: state\n")
        lines.append("    name: %s\n" % q(s["name"]))
        lines.append("    iso3: %s\n" % s["code"])
        c = cow.get(s["code"])
        if c is not None:
            lines.append("    cow: %d\n" % c)
        if s["aliases"]:
            lines.append("    aliases: %s\n" % qlist(s["aliases"]))
        if s["demonyms"]:
            lines.append("    demonyms: %s\n" % qlist(s["demonyms"]))
        if s["capital"]:
            lines.append("    capital: %s\n" % q(s["capital"]))
        if s["seats"]:
            lines.append("    seats: %s\n" % qlist(s["seats"]))
        src = SRC_STATES
        if s["code"] == "XKX":
            src = ("ISO 3166-1 user-assigned code XKX (as used by the European Commission "
                   "and the IMF); COW State System Membership v2016 (cow code)")
        elif s["code"] in ("TWN", "PSE", "VAT"):
            src = ("ISO 3166-1; COW State System Membership v2016 (cow code); "
                   "UN, Non-member States (un.org)")
        lines.append("    source: %s\n" % q(src))
    with open(os.path.join(out, "states.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(lines))
    return len(states)


def write_orgs(out):
    lines = [HEADER.format(title="data/world/organisations.yaml - international organisations and\n"
                           "# groupings of states in the reference world."),
             "actors:\n"]
    for code, kind, name, aliases, frm, note, src in ORGS:
        if note:
            lines.append(comment(note))
        lines.append("  - code: %s\n" % check_code(code))
        lines.append("    kind: %s\n" % kind)
        lines.append("    name: %s\n" % q(name))
        lines.append("    aliases: %s\n" % qlist(aliases))
        if frm:
            lines.append("    from: %s\n" % frm)
        lines.append("    source: %s\n" % q(src))
    with open(os.path.join(out, "organisations.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(lines))
    return len(ORGS)


def membership_line(member, group, frm, until, status, src):
    parts = ["member: %s" % check_code(member), "of: %s" % check_code(group)]
    if frm:
        parts.append("from: %s" % frm)
    if until:
        parts.append("until: %s" % until)
    if status:
        parts.append("status: %s" % status)
    parts.append("source: %s" % q(src))
    return "  - {" + ", ".join(parts) + "}\n"


def write_memberships(out, states):
    codes = {s["code"] for s in states} | {o[0] for o in ORGS}
    lines = [HEADER.format(title="data/world/memberships.yaml - who belongs to which organisation\n"
                           "# or grouping, and when (from/until inclusive)."),
             "memberships:\n"]
    n = 0
    seen = {}
    last_group = None
    for entry in M:
        group, members, frm, until, status, src, note = entry
        if group != last_group:
            lines.append("\n  # --- %s ---\n" % group)
            last_group = group
        if note:
            lines.append(comment(note))
        for m in members:
            if m not in codes or group not in codes:
                sys.exit("gen_world: membership %s in %s names an unknown actor" % (m, group))
            seen.setdefault((m, group), []).append((frm or "0000-00-00", until or "9999-99-99"))
            lines.append(membership_line(m, group, frm, until, status, src))
            n += 1
    # UN: every member state with its admission date; observers.
    lines.append("\n  # --- UN ---\n")
    lines.append(comment("Every member state with its date of admission. Successor states keep the\n"
                         "date of the state whose membership they continue (see states.yaml)."))
    for s in states:
        if s["un"] == "-":
            continue
        lines.append(membership_line(s["code"], "UN", s["un"], None, None, SRC_UN))
        seen.setdefault((s["code"], "UN"), []).append((s["un"], "9999-99-99"))
        n += 1
    lines.append(comment("The Republic of China held China's seat until UNGA resolution 2758 of 1971-10-25."))
    lines.append(membership_line("TWN", "UN", "1945-10-24", "1971-10-24", None,
                                 SRC_UN + "; UNGA resolution 2758 (XXVI)"))
    seen.setdefault(("TWN", "UN"), []).append(("1945-10-24", "1971-10-24"))
    n += 1
    lines.append(comment("Non-member observer States."))
    lines.append(membership_line("VAT", "UN", "1964-04-06", None, "observer",
                                 "UN, Non-member States (un.org); Holy See permanent observer since 1964"))
    lines.append(membership_line("PSE", "UN", "2012-11-29", None, "observer",
                                 "UN, Non-member States (un.org); UNGA resolution 67/19 (2012-11-29)"))
    n += 2
    # overlap check
    for (m, g), ivs in seen.items():
        ivs.sort()
        for a, b in zip(ivs, ivs[1:]):
            if b[0] <= a[1]:
                sys.exit("gen_world: overlapping memberships of %s in %s" % (m, g))
    with open(os.path.join(out, "memberships.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(lines))
    un = sum(1 for s in states if s["un"] != "-")
    return n, un


def nmc_record(code, year, row, warheads, wsrc):
    fields = ["actor: %s" % code, "year: %d" % year]
    if row["milex"].strip():
        fields.append("milex_usd_m: %s" % num(round(float(row["milex"]) / 1000.0, 3)))
    if row["milper"].strip():
        fields.append("personnel: %s" % num(int(round(float(row["milper"]) * 1000))))
    if warheads is not None:
        fields.append("warheads: %d" % warheads)
    if row["cinc"].strip():
        fields.append("cinc: %s" % ("%.6g" % float(row["cinc"])))
    src = SRC_NMC + (("; " + wsrc) if wsrc else "")
    fields.append("source: %s" % q(src))
    return "  - {" + ", ".join(fields) + "}\n"


def write_capabilities(out, states, cow, nmc, fas22, caps24):
    lines = [HEADER.format(title="data/world/capabilities.yaml - military capabilities of the states."),
             "#\n"
             "# COW NMC records: every state's figures for 2016 and for the latest NMC year\n"
             "# (2022). NMC reports milex in thousands of current USD (converted here to\n"
             "# millions) and milper in thousands (converted to persons, so it is rounded to\n"
             "# the thousand: 0 means fewer than 500). The latest-year records also carry the\n"
             "# FAS 2022 military stockpile (0 for states without nuclear weapons).\n"
             "#\n"
             "# 2024 records for the main actors: SIPRI milex (2025 release), IISS Military\n"
             "# Balance 2025 active personnel, FAS 2025 military stockpile (not the total\n"
             "# inventory that includes retired warheads). Figures marked 'approx.' in the\n"
             "# source are rounded best estimates, not checked against the publication.\n",
             "capabilities:\n"]
    n = 0
    for s in states:
        code = s["code"]
        c = cow.get(code)
        rows = nmc.get(c, {}) if c is not None else {}
        recs = []
        if rows:
            latest = max(rows)
            years = sorted({2016, latest} & set(rows))
            for y in years:
                w, wsrc = None, None
                if y == latest and latest == 2022:
                    w = fas22.get(c, 0)
                    wsrc = SRC_FAS22 + ("" if c in fas22 else ": no nuclear weapons")
                recs.append(nmc_record(code, y, rows[y], w, wsrc))
        k = caps24.get(code)
        if k:
            fields = ["actor: %s" % code, "year: 2024"]
            srcs = []
            if k["milex"] is not None:
                fields.append("milex_usd_m: %s" % num(k["milex"]))
                srcs.append("SIPRI Military Expenditure Database 2025" +
                            (" (approx.)" if "m" in k["flags"] else ""))
            if k["personnel"] is not None:
                fields.append("personnel: %s" % num(k["personnel"]))
                srcs.append("IISS Military Balance 2025 active" +
                            (" (approx.)" if "p" in k["flags"] else ""))
            if k["warheads"] is not None:
                fields.append("warheads: %s" % num(k["warheads"]))
                srcs.append("FAS Status of World Nuclear Forces 2025 (stockpile)")
            fields.append("source: %s" % q("; ".join(srcs)))
            recs.append("  - {" + ", ".join(fields) + "}\n")
        elif not rows:
            # No NMC figures (Palestine, the Holy See): record what is known.
            recs.append("  - {actor: %s, year: 2024, warheads: 0, source: %s}\n"
                        % (code, q("FAS Status of World Nuclear Forces 2025 (no nuclear weapons); "
                                   "not a COW system member, so no NMC figures")))
        if not recs:
            sys.exit("gen_world: no capability record for %s" % code)
        lines.extend(recs)
        n += len(recs)
    for code in caps24:
        if code not in {s["code"] for s in states}:
            sys.exit("gen_world: capabilities_2024.txt names unknown state %s" % code)
    with open(os.path.join(out, "capabilities.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(lines))
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--history", default=os.path.join(ROOT, "..", "shared", "data", "history"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "world"))
    a = ap.parse_args()
    states = read_states()
    codes = [s["code"] for s in states]
    if len(set(codes)) != len(codes):
        sys.exit("gen_world: duplicate state code")
    cow = read_cow_codes(a.history)
    nmc = read_nmc(a.history)
    fas22 = read_fas2022(a.history)
    caps24 = read_caps2024()
    os.makedirs(a.out, exist_ok=True)
    ns = write_states(a.out, states, cow)
    no = write_orgs(a.out)
    nm, un = write_memberships(a.out, states)
    nc = write_capabilities(a.out, states, cow, nmc, fas22, caps24)
    print("states %d (UN members %d), organisations/groups %d, memberships %d, "
          "capabilities %d" % (ns, un, no, nm, nc))


if __name__ == "__main__":
    main()
