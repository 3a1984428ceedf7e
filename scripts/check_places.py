#!/usr/bin/env python3
"""check_places.py - checks data/dict/places_world.txt, the world gazetteer
of cities and regions, against every other name entente's coder knows.

Reports a place name that
  (a) another entry already holds: any other data/dict/*.txt entry (state,
      org, actor, group, person, ambiguous, agent, place names) or the
      world model's names, aliases, demonyms, capitals and seats
      (data/world/*.yaml);
  (b) is an English word (/usr/share/dict/words, Debian package wamerican:
      `apt-get install -y wamerican`), compared case-insensitively; a
      multi-word name is reported when every word is a word; a name whose
      every word is marked '!' (match case) is not reported;
  (c) appears twice in the file (under two states, or twice under one).
Names compare case-insensitively with a trailing '!' (match case) removed.

With -v, also notes names the word list holds as proper nouns (person
names such as Victoria among them) for a reader to review.

Usage: python3 scripts/check_places.py [-v] [PLACES_FILE]
Exit status 0 if nothing is reported, 1 otherwise.
"""
import glob
import os
import sys

from dictfiles import entries, world_names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(name):
    """The comparison key of a name: no '!', lower case, single spaces."""
    return " ".join(name.replace("!", " ").split()).lower()


def dict_names(path):
    """Yield (line number, kind, code, name) for each name in a dictionary file."""
    for no, kind, head, names, _ in entries(path):
        for name in names:
            yield no, kind, " ".join(head), name


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    places = args[0] if args else os.path.join(ROOT, "data/dict/places_world.txt")
    held = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "data/dict/*.txt"))):
        if os.path.abspath(path) == os.path.abspath(places):
            continue
        for no, kind, code, name in dict_names(path):
            held.setdefault(norm(name), f"{os.path.basename(path)}:{no} {kind} {code}")
    for fname, code, name, _ in world_names(ROOT):
        held.setdefault(norm(name), f"world {fname} {code}")

    words = set()
    proper = set()
    wpath = "/usr/share/dict/words"
    if os.path.exists(wpath):
        with open(wpath, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if w and w[0].isupper():
                    proper.add(w.lower())
                elif w:
                    words.add(w.lower())
    else:
        print(f"warning: {wpath} missing (apt-get install -y wamerican): no English-word check",
              file=sys.stderr)

    problems = 0
    seen = {}
    count = 0
    states = set()
    for no, kind, code, name in dict_names(places):
        count += 1
        states.add(code.split()[-1])
        key = norm(name)
        where = f"{os.path.basename(places)}:{no} {code}"
        if key in held:
            print(f"(a) held elsewhere: '{name}' ({where}) also in {held[key]}")
            problems += 1
        parts = key.replace("-", " ").split()
        cased = all(w.endswith("!") for w in name.split())
        if words and parts and not cased and all(p in words for p in parts):
            print(f"(b) English word: '{name}' ({where})")
            problems += 1
        if "-v" in sys.argv and key in proper:
            print(f"note: '{name}' ({where}) is a proper noun of the word list (a person's name?)")
        if key in seen:
            print(f"(c) twice: '{name}' ({where}) and ({seen[key]})")
            problems += 1
        else:
            seen[key] = where
    print(f"{count} names under {len(states)} states; {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
