#!/usr/bin/env python3
"""check_civil.py - checks data/dict/civil_society.txt, the coder's
dictionary of non-state and civil-society actors, against every other name
entente's coder knows (mirrors check_leaders.py and check_places.py).

Reports
  (a) a name that another entry already holds: any other data/dict/*.txt
      entry (state, org, actor, group, person, ambiguous, agent, place) or
      a name, alias, demonym, capital or seat of the world model
      (data/world/*.yaml); or a name twice in the file. Names compare
      case-insensitively with '!' (match case) and a leading "the"
      removed. Names listed in SHARED below are shared on purpose;
  (b) a name that would match ordinary text: a one-word name without '!'
      that is a lower-case entry of /usr/share/dict/words (Debian package
      wamerican; skipped with a note when absent), or a name of several
      words that are all such words with a capitalised word not marked
      '!' ("Peace Now" must be "Peace! Now!"), or an acronym marked '!'
      that is such a word in capitals ("CARE!" matches "HEALTH CARE" in
      all-capitals text) unless listed in CAPS_OK;
  (c) a code that is not valid: a domestic code is the ISO3 root (a state
      of actors.txt or the world, a former state, or ESH/HKG/PSE/XKX)
      followed by nothing, an agent suffix of data/dict/agents.txt or NGO;
      an international code is NGO, NGM, IGO or IMG followed by three-letter
      CAMEO role or organisation codes, with that generic code as root; an
      organisation's code (NATO, AQ, ISIS...) is its own root. Dated codes
      are checked the same way;
  (d) malformed dates ('-' or YYYY-MM-DD), FROM after UNTIL, a role that is
      not 'CODE ROOT FROM UNTIL', and overlapping ranges of one entry.

Usage: python3 scripts/check_civil.py [--root DIR] [--words FILE] [FILE]
Exit status 0 if nothing is reported, 1 otherwise.
"""
import argparse
import glob
import os
import sys

from dictfiles import entries, parse_date, world_names

GENERIC = {"NGO", "NGM", "IGO", "IMG"}
EXTRA_ROOTS = {"ESH", "HKG", "PSE", "XKX", "SUN", "YUG", "SCG", "CSK", "DDR", "YMD"}
# names two entries share on purpose (none so far); add "name: reason" here
SHARED = {}
# acronyms that are English words, kept on purpose: "NAME": reason
CAPS_OK = {"ARENA": "El Salvador's party is written so; the word is rare in conflict news"}


def norm(name):
    """The comparison key of a name: no '!', lower case, no leading 'the'."""
    s = " ".join(name.replace("!", " ").split()).lower()
    if s.startswith("the ") and len(s) > 4:
        s = s[4:]
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("file", nargs="?", default=None)
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    target = os.path.abspath(args.file or os.path.join(root, "data/dict/civil_society.txt"))
    problems = 0

    def report(msg):
        nonlocal problems
        problems += 1
        print(msg)

    # everything else the coder knows
    held = {}
    states = set(EXTRA_ROOTS)
    orgs = set()
    suffixes = {"NGO"}
    for path in sorted(glob.glob(os.path.join(root, "data/dict/*.txt"))):
        if os.path.abspath(path) == target:
            continue
        rel = os.path.relpath(path, root)
        for no, kind, head, names, _ in entries(path):
            if kind == "agent" and head:
                suffixes.add(head[0])
            if kind == "state" and head:
                states.add(head[0])
            if kind == "org" and head:
                orgs.add(head[0])
            if kind == "actor" and len(head) >= 2 and head[0] == head[1] and len(head[0]) != 3:
                orgs.add(head[0])
            for n in names:
                held.setdefault(norm(n), f"{rel}:{no} ({kind} {' '.join(head)})")
    for fn, code, n, kind in world_names(root):
        held.setdefault(norm(n), f"data/world/{fn} ({code})")
        if kind == "state":
            states.add(code)
        elif kind in ("organisation", "organization", "org", "alliance", "group"):
            orgs.add(code)

    words = None
    if os.path.exists(args.words):
        with open(args.words, encoding="utf-8", errors="replace") as f:
            words = {w.strip() for w in f if w.strip() and w.strip().islower()}
    else:
        print(f"note: {args.words} absent (apt-get install wamerican): check (b) skipped")

    def valid(code, rt):
        if rt in GENERIC:
            rest = code[len(rt):]
            return code.startswith(rt) and len(rest) % 3 == 0 and (rest == "" or (rest.isalpha() and rest.isupper()))
        if rt in states:
            return code.startswith(rt) and (code == rt or code[3:] in suffixes)
        return rt in orgs and code == rt

    rel = os.path.relpath(target, root)
    mine = {}
    n_entries = n_names = 0
    for no, kind, head, names, roles in entries(target):
        where = f"{rel}:{no}"
        n_entries += 1
        # (c) codes
        if kind in ("actor", "person"):
            if len(head) != 2 or not valid(head[0], head[1]):
                report(f"(c) invalid code/root '{' '.join(head)}': {where}")
        elif kind == "org":
            if len(head) != 1:
                report(f"(c) org line needs one code: {where}")
        elif kind != "place":
            report(f"(c) unexpected entry kind '{kind}': {where}")
        # (a) and (b) names
        for n in names:
            n_names += 1
            k = norm(n)
            if k in SHARED:
                continue
            if k in held:
                report(f"(a) '{n}' is already {held[k]}: {where}")
            if k in mine:
                report(f"(a) '{n}' twice in the file: {mine[k]} and {where}")
            mine.setdefault(k, where)
            if words is None or kind == "place":
                continue
            ws = n.split()
            plain = [w for w in ws if not (len(w) > 1 and w.endswith("!"))]
            if len(ws) == 1:
                if plain and n.lower() in words:
                    report(f"(b) one-word name '{n}' is an English word (mark it '!'): {where}")
                bare = n.rstrip("!")
                if not plain and bare.isupper() and bare.lower() in words and bare not in CAPS_OK:
                    report(f"(b) acronym '{n}' is an English word in capitals: {where}")
            elif all(w.rstrip("!").lower() in words for w in ws):
                if any(w[:1].isupper() for w in plain):
                    report(f"(b) '{n}' is made of English words: mark its capitalised words '!': {where}")
        # (d) dates
        spans = []
        for r in roles:
            f = r.split()
            if not f:
                continue
            if len(f) != 4:
                report(f"(d) malformed role '{r.strip()}': {where}")
                continue
            if not valid(f[0], f[1]):
                report(f"(c) invalid dated code '{f[0]} {f[1]}': {where}")
            d0, d1 = parse_date(f[2], False), parse_date(f[3], True)
            if d0 is None or d1 is None:
                report(f"(d) malformed date in '{r.strip()}': {where}")
                continue
            if d0 > d1:
                report(f"(d) FROM after UNTIL in '{r.strip()}': {where}")
                continue
            spans.append((d0, d1, f[0]))
        spans.sort()
        for i in range(1, len(spans)):
            a, b = spans[i - 1], spans[i]
            if b[0] <= a[1]:
                report(f"(d) overlapping ranges {a[2]} {a[0]}..{a[1]} and {b[2]} {b[0]}..{b[1]}: {where}")

    print(f"{n_entries} entries, {n_names} names in {rel}, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
