#!/usr/bin/env python3
"""check_leaders.py - consistency checks of the person names of the coder's
dictionaries (data/dict/*.txt) and the world model (data/world/people.yaml).

Reports
  (a) a name that two person entries share (the loader keeps the first one
      loaded: the world, then data/dict/*.txt sorted by file name, so the
      later entry's name is dead or, worse, codes the wrong person);
      a person's name that is also the name of a state, organisation or
      actor entry is reported as a note (the longest, then first, wins);
  (b) a bare one-word person name (without '!', which makes a word match
      case) that is an English dictionary word: a lower-case entry of
      /usr/share/dict/words (Debian package wamerican; the check is skipped
      with a note when the file is absent);
  (c) malformed dates, FROM after UNTIL, a role line that is not
      '; CODE ROOT FROM UNTIL', and overlapping date ranges of one person
      with different codes.

Usage: scripts/check_leaders.py [--root DIR] [--words FILE] [--notes]
Exit status 0 when (a)-(c) find nothing, 1 otherwise.
"""
import argparse
import glob
import os
import re
import sys

from dictfiles import parse_date

ROLE_RE = re.compile(r"^[A-Z0-9_]+$")


def fold(name):
    """The name as the matcher compares it: words, case folded unless '!'."""
    words = []
    for w in name.split():
        if len(w) > 1 and w.endswith("!"):
            words.append(w[:-1])
        else:
            words.append(w.lower())
    return " ".join(words)


def load_dict(root):
    """Yield (where, kind, names, roles_text) for each entry line."""
    for path in sorted(glob.glob(os.path.join(root, "data", "dict", "*.txt"))):
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                s = line.strip()
                if not s or s.startswith("#"):
                    continue
                kw = s.split(None, 1)[0]
                if kw not in ("person", "state", "org", "actor", "ambiguous"):
                    continue
                head, _, rest = s.partition("|")
                parts = rest.split(";")
                names = [p.strip() for p in parts[0].split("|") if p.strip()]
                yield (f"{rel}:{n}", kw, names, parts[1:])


def load_world(root):
    """Yield (where, names) for each person of data/world/people.yaml."""
    path = os.path.join(root, "data", "world", "people.yaml")
    if not os.path.exists(path):
        return
    rel = os.path.relpath(path, root)
    try:
        import yaml  # noqa: PLC0415
    except ImportError:
        yaml = None
    if yaml:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        for a in doc.get("actors", []) or []:
            if a.get("kind") != "person":
                continue
            names = [a.get("name", "")] + list(a.get("aliases") or [])
            yield (f"{rel}:{a.get('code')}", [str(x) for x in names if x])
        return
    # without PyYAML: the name and aliases lines of each person
    code, names = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.search(r"code: ([\w-]+)", line)
            if m and "kind: person" in line:
                nm = re.search(r"name: ([^,}]+)", line)
                al = re.search(r"aliases: \[([^\]]*)\]", line)
                names = [nm.group(1).strip()] if nm else []
                if al:
                    names += [x.strip() for x in al.group(1).split(",") if x.strip()]
                yield (f"{rel}:{m.group(1)}", names)
                continue
            if m:
                if code and names:
                    yield (f"{rel}:{code}", names)
                code, names = m.group(1), []
            nm = re.match(r"\s+name: (.+)", line)
            if nm:
                names.append(nm.group(1).strip())
            al = re.match(r"\s+aliases: \[([^\]]*)\]", line)
            if al:
                names += [x.strip() for x in al.group(1).split(",") if x.strip()]
    if code and names:
        yield (f"{rel}:{code}", names)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--notes", action="store_true",
                    help="also list person names that are other entries' names")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    problems = 0

    # the world's persons load first, then the dictionary files in name order
    persons = []  # (where, names)
    others = {}  # folded name -> where (state/org/actor/ambiguous)
    dict_entries = list(load_dict(root))
    for where, names in load_world(root):
        # the loader (src/text/actors_world.c) keeps the capital of a
        # person's one-word name: "Borne" is a name, "borne" a word
        names = [n + "!" if " " not in n and n[:1].isupper() else n for n in names]
        persons.append((where, names, []))
    for where, kw, names, roles in dict_entries:
        if kw == "person":
            persons.append((where, names, roles))
        else:
            for nm in names:
                others.setdefault(fold(nm), where)

    # (a) names two person entries share
    seen = {}
    for where, names, _ in persons:
        for nm in set(fold(x) for x in names):
            if nm in seen and seen[nm] != where:
                print(f"(a) shared name '{nm}': {seen[nm]} and {where} (the first wins)")
                problems += 1
            else:
                seen.setdefault(nm, where)
    if args.notes:
        for nm, where in sorted(seen.items()):
            if nm in others:
                print(f"note: person name '{nm}' ({where}) is also {others[nm]}")

    # (b) bare one-word names that are English words
    if os.path.exists(args.words):
        with open(args.words, encoding="utf-8", errors="replace") as f:
            words = {w.strip() for w in f if w.strip() and w.strip().islower()}
        for where, names, _ in persons:
            for nm in names:
                if len(nm.split()) == 1 and not nm.endswith("!") and nm.lower() in words:
                    print(f"(b) one-word name '{nm}' is an English word: {where}")
                    problems += 1
    else:
        print(f"note: {args.words} absent (apt-get install wamerican): check (b) skipped")

    # (c) dates of the dictionary's person roles
    for where, names, roles in persons:
        spans = []
        for r in roles:
            f = r.split()
            if not f:
                continue
            if len(f) != 4 or not ROLE_RE.match(f[0]) or not ROLE_RE.match(f[1]):
                print(f"(c) malformed role '{r.strip()}': {where}")
                problems += 1
                continue
            d0, d1 = parse_date(f[2], False), parse_date(f[3], True)
            if d0 is None or d1 is None:
                print(f"(c) malformed date in '{r.strip()}': {where}")
                problems += 1
                continue
            if d0 > d1:
                print(f"(c) FROM after UNTIL in '{r.strip()}': {where}")
                problems += 1
                continue
            spans.append((d0, d1, f[0]))
        spans.sort()
        for i in range(1, len(spans)):
            a, b = spans[i - 1], spans[i]
            if b[0] < a[1] and a[2] != b[2]:
                print(f"(c) overlapping roles {a[2]} {a[0]}..{a[1]} and "
                      f"{b[2]} {b[0]}..{b[1]}: {where}")
                problems += 1
            elif b[0] < a[1]:
                print(f"(c) overlapping ranges of {a[2]} {a[0]}..{a[1]} and "
                      f"{b[0]}..{b[1]}: {where}")
                problems += 1

    n_dict = sum(1 for p in persons if not p[0].startswith("data/world"))
    print(f"{len(persons)} persons ({n_dict} in data/dict), {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
