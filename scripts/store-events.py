#!/usr/bin/env python3
"""store-events.py STORE [EVENTS.jsonl] - put events coded by `entente code`
(JSONL, from the file or standard input) into the `events` table of STORE,
the table `entente report` reads (include/entente/report.h): date,
source_root, target_root, cameo, goldstein, and the source sentence in
`text`, cut from the document (the `doc` field names its file) around the
event's offsets. A stopgap until the coder writes events to the store.

    ./build/entente code --date 2025-08-28 ../shared/seeds/000_*.txt |
        python3 scripts/store-events.py entente.db
"""
import json
import sqlite3
import sys

store = sys.argv[1]
src = open(sys.argv[2]) if len(sys.argv) > 2 else sys.stdin
docs = {}


def sentence(doc, ev):
    if doc not in docs:
        try:
            docs[doc] = open(doc, "rb").read()
        except OSError:
            docs[doc] = b""
    text = docs[doc]
    offs = [ev.get(k) for k in ("start", "end", "source_start", "source_end",
                                "target_start", "target_end")]
    offs = [o for o in offs if isinstance(o, int) and o > 0]
    if not text or not offs:
        return None
    lo, hi = min(offs), max(offs)
    a = max(text.rfind(b". ", 0, lo), text.rfind(b"\n", 0, lo))
    a = 0 if a < 0 else a + 1
    b = text.find(b".", hi)
    b = len(text) if b < 0 else b + 1
    return text[a:b].decode("utf-8", "replace").strip()


con = sqlite3.connect(store)
con.execute("CREATE TABLE IF NOT EXISTS events(date TEXT, source_root TEXT, "
            "target_root TEXT, cameo TEXT, goldstein REAL, text TEXT)")
rows = []
for line in src:
    line = line.strip()
    if not line:
        continue
    ev = json.loads(line)
    rows.append((ev.get("date"), ev.get("source_root"), ev.get("target_root"),
                 ev.get("cameo"), ev.get("goldstein"),
                 sentence(ev.get("doc", ""), ev)))
con.executemany("INSERT INTO events VALUES (?,?,?,?,?,?)", rows)
con.commit()
con.close()
print(f"{store}: {len(rows)} events stored", file=sys.stderr)
