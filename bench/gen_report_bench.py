#!/usr/bin/env python3
"""gen_report_bench.py OUTDIR [ACTORS] [EVENTS] - a synthetic scenario for the
report benchmark: ACTORS states (default 200) in six groupings with defence
pacts, arms supply, sanctions and guarantees among them, capability records,
an issue with 20 positions and a trigger; and a store (OUTDIR/bench.db,
created by `entente db load`) with EVENTS coded events (default 100,000)
over two years in the coder's events table, pointing into 1,000 document
files (OUTDIR/docs) by offsets, as `entente ingest` stores them.
Deterministic (seeded).
Writes OUTDIR/world.yaml and OUTDIR/scenario.yaml; prints nothing.
"""
import os
import random
import sqlite3
import subprocess
import sys

out = sys.argv[1]
n_act = int(sys.argv[2]) if len(sys.argv) > 2 else 200
n_ev = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
entente = os.environ.get("ENTENTE", "./build/entente")
rng = random.Random(42)
os.makedirs(out, exist_ok=True)

codes = ["S%03d" % i for i in range(n_act)]
kinds = ["defence_pact", "arms_supply", "sanctions", "security_guarantee",
         "political_support", "troops_stationed", "consultation"]
statuses = ["in_force"] * 6 + ["proposed", "declined", "rejected"]
w = ["actors:"]
for i, c in enumerate(codes):
    w.append(f"  - {{code: {c}, kind: state, name: \"State {i} <{c}>\", "
             f"source: bench}}")
groups = ["G%d" % k for k in range(6)]
for k, g in enumerate(groups):
    w.append(f"  - {{code: {g}, kind: organisation, name: \"Grouping {k}\", "
             f"source: bench}}")
w.append("memberships:")
for k, g in enumerate(groups):
    for c in rng.sample(codes, rng.randint(8, 40)):
        w.append(f"  - {{member: {c}, of: {g}, from: 2000-01-01, "
                 f"source: bench}}")
w.append("capabilities:")
for c in codes:
    mil = round(rng.lognormvariate(7, 1.6))
    war = rng.choice([0] * 30 + [50, 200, 5000])
    w.append(f"  - {{actor: {c}, year: 2024, milex_usd_m: {mil}, "
             f"personnel: {mil * 10}, warheads: {war}, source: bench}}")
w.append("commitments:")
for k, g in enumerate(groups[:2]):
    w.append(f"  - {{id: {g.lower()}-art, kind: collective_defence, "
             f"parties: [{g}], mutual: true, status: in_force, "
             f"from: 2000-01-01, source: bench}}")
for q in range(400):
    a, b = rng.sample(codes, 2)
    kind = rng.choice(kinds)
    st = rng.choice(statuses)
    extra = ""
    if rng.random() < 0.1:
        extra = (", conditions: [{id: c1, text: \"troops on the ground\"}]"
                 f", opponents: [{rng.choice(codes)}]")
    w.append(f"  - {{id: c{q}, kind: {kind}, parties: [{a}], "
             f"beneficiaries: [{b}], status: {st}, from: 2010-01-01, "
             f"source: bench{extra}}}")
open(os.path.join(out, "world.yaml"), "w").write("\n".join(w) + "\n")

pos = rng.sample(codes, 20)
s = ["scenario:", "  id: bench", "  name: Report benchmark", "  date: 2025-08-28",
     "  world: [world.yaml]", "  source: bench",
     "issues:", "  - id: issue1", "    name: A contested question",
     "    scale: {min: 0, max: 100, points: [{value: 0, label: none}, "
     "{value: 100, label: all}]}",
     "    status_quo: 20", "    positions:"]
for c in pos:
    s.append(f"      - {{actor: {c}, position: {rng.randint(0, 100)}, "
             f"salience: {rng.randint(3, 10) / 10}}}")
s += [f"    rule: {{kind: veto, vetoers: [{pos[0]}]}}", "    source: bench",
      "triggers:", f"  - {{id: t1, attacker: {codes[0]}, target: {codes[1]}}}"]
open(os.path.join(out, "scenario.yaml"), "w").write("\n".join(s) + "\n")

db = os.path.join(out, "bench.db")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(db + suffix):
        os.remove(db + suffix)
subprocess.run([entente, "db", "load", "--db", db,
                os.path.join(out, "scenario.yaml")], check=True,
               stdout=subprocess.DEVNULL)
con = sqlite3.connect(db)
# The coder's tables (src/events/event_store.c) were created by `entente db
# load` above; they are filled directly here: the sentences live in
# document files that the events point into by offsets.
cameo = [("010", 0.0), ("042", 1.9), ("057", 8.0), ("112", -2.0),
         ("138", -7.0), ("173", -5.0), ("190", -10.0), ("036", 4.0)]
busy = codes[:30]
n_docs = 1000
per_doc = (n_ev + n_docs - 1) // n_docs
docdir = os.path.join(out, "docs")
os.makedirs(docdir, exist_ok=True)
rows = []
i = 0
for d in range(n_docs):
    y = 2024 + rng.randint(0, 1)
    m = rng.randint(1, 12)
    date = f"{y}-{m:02d}-{rng.randint(1, 28):02d}"
    name = os.path.join(docdir, f"d{d:04d}.txt")
    text = ""
    evs = []
    for k in range(per_doc):
        if i == n_ev:
            break
        a, b = rng.sample(busy if rng.random() < 0.7 else codes, 2)
        code, g = rng.choice(cameo)
        sent = f"State {a} did {code} to State {b} <in sentence {i}>. "
        start = len(text.encode())
        text += sent
        evs.append((name, k, date, a, b, a, b, code, code[:2], g, 0,
                    "asserted", start + 10, start + 16, start + 1,
                    start + 9, start + 20, start + 30))
        i += 1
    open(name, "w").write(text)
    con.execute("INSERT INTO event_documents(doc, date, hash, n_events) "
                "VALUES (?,?,?,?)", (name, date, "h%d" % d, len(evs)))
    rows += evs
con.executemany("INSERT INTO events(doc, sentence, date, source, target, "
                "source_root, target_root, cameo, root, goldstein, negated, "
                "modality, start, end, source_start, source_end, "
                "target_start, target_end) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
con.commit()
con.close()
