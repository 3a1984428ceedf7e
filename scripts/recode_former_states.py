#!/usr/bin/env python3
"""recode_former_states.py - recode a development gold set (TSV: id, date,
category, gold, text) to entente's convention for former states (ISO
3166-3 roots by date, docs/coder.md "Former states"), mechanically and only
where the convention decides, printing every change.

Two rules, applied to each actor code of each gold event (compounds split
on '+'; only the first three letters, the root, ever change):

1. A former-state root outside the years the table gives it is the state
   that held those years: SCG (the gold's Serbia and Montenegro) before
   2003-02-04 is the FRY, YUG; YUG between 2003-02-04 and 2006-06-04 is
   SCG; after the end of a former state, its successor.
2. A successor's root (RUS, SRB, CZE, DEU, YEM) in an item dated while
   the former state existed becomes the former state's root when the
   sentence names the former state (its names, its capital, an office
   holder of it in office on the date) and names nothing of the successor
   (or of the other German or Yemeni state): "Soviet troops" in 1988 is
   SUNMIL, but "Russian President Boris Yeltsin ... the Soviet emergency
   committee" in August 1991 names both and is left as it is (printed as
   "left").

Usage: scripts/recode_former_states.py GOLD.tsv [--write]
Without --write it only prints what it would change.
"""
import re
import sys

# code, successor, valid from, valid until, names (regexes), blockers
# (regexes naming the successor or the other state), office holders
# (name, from, until) who are the former state's government.
TABLE = [
    ("SUN", "RUS", "0000-01-01", "1991-12-25",
     [r"Soviet Union", r"USSR", r"Soviets?", r"Kremlin", r"Moscow"],
     [r"Russia", r"Russian", r"Russians", r"Russian Federation", r"Yeltsin", r"Kozyrev"],
     [("Brezhnev", "1964-10-14", "1982-11-10"), ("Andropov", "1982-11-12", "1984-02-09"),
      ("Chernenko", "1984-02-13", "1985-03-10"), ("Gorbachev", "1985-03-11", "1991-12-25"),
      ("Shevardnadze", "1985-07-02", "1990-12-20")]),
    ("YUG", "SRB", "0000-01-01", "2003-02-03",
     [r"Federal Republic of Yugoslavia", r"Yugoslavia", r"Yugoslavs?", r"Belgrade"],
     [r"Serbia", r"Serbian", r"Serbs?", r"Milosevic", r"Kostunica"],
     [("Milosevic", "1997-07-23", "2000-10-07"), ("Kostunica", "2000-10-07", "2003-02-03")]),
    ("SCG", "SRB", "2003-02-04", "2006-06-04",
     [r"Serbia and Montenegro", r"Serbia-Montenegro", r"Belgrade"],
     [r"Serbia", r"Serbian", r"Serbs?"],
     []),
    ("CSK", "CZE", "0000-01-01", "1992-12-31",
     [r"Czechoslovakia", r"Czechoslovaks?", r"Prague"],
     [r"Czech Republic", r"Czechs?", r"Czechia"],
     []),
    ("DDR", "DEU", "0000-01-01", "1990-10-02",
     [r"East Germany", r"East Germans?", r"German Democratic Republic", r"GDR", r"East Berlin"],
     [r"West Germany", r"West Germans?", r"Germany", r"Germans?", r"Bonn", r"Kohl", r"Genscher"],
     []),
    ("YMD", "YEM", "0000-01-01", "1990-05-21",
     [r"South Yemen", r"South Yemenis?", r"People's Democratic Republic of Yemen", r"Aden"],
     [r"North Yemen", r"Yemen", r"Yemenis?", r"Sanaa"],
     []),
]
BY_CODE = {t[0]: t for t in TABLE}


def words(pats):
    return re.compile(r"\b(?:" + "|".join(pats) + r")\b")


def root_on(code, date):
    """Rule 1: the root a former-state root stands for on date."""
    t = BY_CODE.get(code)
    if not t or t[2] <= date <= t[3]:
        return code
    if code == "SCG" and date < t[2]:
        return "YUG"
    if code == "YUG" and BY_CODE["SCG"][2] <= date <= BY_CODE["SCG"][3]:
        return "SCG"
    return t[1]


def former_named(t, date, text):
    """Rule 2: 'yes' if the sentence names former state t (and not its
    successor), 'both' if it names both, None if not the former state."""
    code, succ, frm, until, names, blockers, people = t
    if not frm <= date <= until:
        return None
    named = bool(words(names).search(text))
    rest = words(names).sub(" ", text)  # "Serbia and Montenegro" is no "Serbia"
    for who, f, u in people:
        if re.search(r"\b" + who + r"\b", rest):
            if f <= date <= u:
                named = True
                rest = re.sub(r"\b" + who + r"\b", " ", rest)
    if not named:
        return None
    if words(blockers).search(rest):
        return "both"
    return "yes"


def recode_actor(a, date, text, notes):
    root = a[:3]
    new = root_on(root, date)
    if new == root:
        for t in TABLE:
            if t[1] == root:
                r = former_named(t, date, text)
                if r == "yes":
                    new = t[0]
                    break
                if r == "both":
                    notes.add("left %s (names %s and %s)" % (a, t[0], t[1]))
    return new + a[3:]


def main():
    args = [a for a in sys.argv[1:] if a != "--write"]
    if len(args) != 1:
        sys.exit(__doc__)
    path = args[0]
    lines = open(path, encoding="utf-8").read().split("\n")
    out, n = [], 0
    for line in lines:
        f = line.split("\t")
        if line.startswith("#") or len(f) < 5 or f[0] == "id" or f[3] == "NOEVENT":
            out.append(line)
            continue
        date, gold, text = f[1], f[3], f[4]
        notes = set()
        evs = []
        for ev in gold.split(";"):
            p = ev.split("|")
            for k in (0, 1):
                if p[k]:
                    p[k] = "+".join(recode_actor(a, date, text, notes) for a in p[k].split("+"))
            evs.append("|".join(p))
        new = ";".join(evs)
        for note in sorted(notes):
            print("%s %s %s: %s" % (f[0], date, note, text[:100]))
        if new != gold:
            n += 1
            print("%s %s %s -> %s: %s" % (f[0], date, gold, new, text[:100]))
            f[3] = new
        out.append("\t".join(f))
    print("%s: %d item(s) recoded" % (path, n), file=sys.stderr)
    if "--write" in sys.argv[1:]:
        open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main()
