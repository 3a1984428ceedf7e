"""dictfiles.py - reading entente's dictionary files (data/dict/*.txt) and
the world model's names (data/world/*.yaml) for the check scripts
(check_civil.py, check_places.py, check_leaders.py)."""

import datetime
import glob
import os
import re

NAME_KINDS = {"state", "org", "actor", "group", "person", "ambiguous", "agent", "place"}


def entries(path, kinds=NAME_KINDS):
    """Yield (line number, kind, head words, names, roles) for each entry line
    of one dictionary file whose kind is in `kinds` (roles: the ';'-separated
    parts after the names)."""
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            kind = s.split(None, 1)[0]
            if kind not in kinds or "|" not in s:
                continue
            head, rest = s.split("|", 1)
            parts = rest.split(";")
            names = [n.strip() for n in parts[0].split("|") if n.strip()]
            yield no, kind, head.split()[1:], names, parts[1:]


def world_names(root):
    """Yield (file, code, name, kind) for every name, alias, demonym, capital
    and seat of the world model under root."""
    import yaml  # only the scripts that read the world need PyYAML

    for path in sorted(glob.glob(os.path.join(root, "data/world/*.yaml"))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        for items in doc.values():
            if not isinstance(items, list):
                continue
            for it in items:
                if not isinstance(it, dict):
                    continue
                code = str(it.get("code", it.get("id", "?")))
                for field in ("name", "capital"):
                    if isinstance(it.get(field), str):
                        yield os.path.basename(path), code, it[field], it.get("kind")
                for field in ("aliases", "demonyms", "seats"):
                    for n in it.get(field) or []:
                        if isinstance(n, str):
                            yield os.path.basename(path), code, n, it.get("kind")


def parse_date(s, until):
    """A role's date: '-' is open (the far past or future); None if bad."""
    if s == "-":
        return datetime.date.max if until else datetime.date.min
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None
