#!/usr/bin/env python3
"""fit_target_model.py - fit the coder's target model (data/params/target_model.txt).

The rules of the coder pick each event's target; the target model may
override them (src/text/coder_rerank.c). This script

1. codes the development sets with the rules alone (the model is used only
   when --target-model is given) and traces every event's target candidates
   with their features (`entente eval --trace-targets`);
2. labels a candidate correct when its root is the target root of a gold
   event of the same sentence with the same CAMEO root and source root
   (events with no such gold event, or none of whose candidates is right,
   teach nothing about targets and are left out);
3. fits a conditional logit (softmax over the candidates of an event, L2,
   stochastic gradient with a fixed seed, starting from trust in the rules),
   reports leave-one-set-out cross-validation for a few margins (how much a
   candidate must beat the rules' choice), and
4. writes the model fitted on all sets with the best margin.

Only development sets are used; held-out sets (the test halves, the blind
sets) are never read. Usage:

    python3 scripts/fit_target_model.py [--entente build/entente] [--out FILE] [--cv-only]
"""
import argparse
import collections
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NF = 395            # RR_NFEAT in src/text/text_int.h
F_RULE, F_NULL_RULE = 42, 21

# (name, gold file, extra eval options): development data only
SETS = [
    ("A", "tests/data/dev_a_2014_2025.tsv", []),
    ("B", "tests/data/dev_b_2014_2025.tsv", []),
    ("C", "tests/data/dev_c_1979_2005.tsv", ["--ignore-dates"]),
    ("D", "tests/data/dev_d_2014_2025.tsv", []),
    ("E", "tests/data/dev_e_2014_2025.tsv", []),
    ("F", "tests/data/dev_f_1979_2005.tsv", []),
    ("G", "tests/data/dev_g_2006_2025.tsv", []),
    ("RN-dev", "tests/data/realnews_2014_2025.tsv", ["--split", "dev"]),
]


def load_gold(path):
    gold = {}
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) < 5:
                continue
            evs = []
            if p[3] and p[3] != "NOEVENT":
                for e in p[3].split(";"):
                    q = e.split("|")
                    if len(q) >= 3:
                        evs.append(([x for x in q[0].split("+") if x],
                                    [x for x in q[1].split("+") if x], q[2]))
            gold[p[0]] = evs
    return gold


def same_actor(gold_code, root):
    """A gold actor code names the candidate's root (USAGOV ~ USA, ICJ ~ ICJ)."""
    if not gold_code or not root:
        return False
    return gold_code == root or gold_code.startswith(root) or gold_code[:3] == root[:3]


def events(trace, gold):
    """Group trace lines by event; keep the events whose target a gold event decides."""
    groups = collections.OrderedDict()
    with open(trace, encoding="utf-8") as fp:
        for line in fp:
            p = line.rstrip("\n").split("\t")
            if len(p) < 8:
                continue
            key = tuple(p[:5])
            feats = [int(x) for x in p[7].split(",") if x]
            groups.setdefault(key, []).append((p[5], p[6] == "1", feats))
    out = []
    for (doc, _sidx, _vtb, code, src), cands in groups.items():
        srcs = src.split("+")
        targets = [t for s, t, c in gold.get(doc, [])
                   if c[:2] == code[:2] and any(same_actor(a, r) for a in s for r in srcs)]
        if not targets:
            continue
        labels = []
        for roots, _rule, _f in cands:
            if not roots:
                labels.append(any(not t for t in targets))
            else:
                labels.append(any(same_actor(a, r) for t in targets for a in t
                                  for r in roots.split("+")))
        if any(labels) and any(r for _, r, _ in cands):
            out.append(([f for _, _, f in cands], [r for _, r, _ in cands], labels))
    return out


def fit(data, l2=0.01, epochs=60, lr=0.1, seed=7):
    w = [0.0] * NF
    w[F_RULE] = w[F_NULL_RULE] = 2.0  # start from trust in the rules
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, _rules, labels = data[i]
            s = [sum(w[j] for j in f) for f in feats]
            mx = max(s)
            e = [math.exp(x - mx) for x in s]
            z = sum(e)
            npos = sum(labels)
            for f, ei, lab in zip(feats, e, labels):
                g = (1.0 / npos if lab else 0.0) - ei / z
                if g:
                    for j in f:
                        w[j] += lr * g
        w = [x * (1 - lr * l2) for x in w]
    return w


def choose(w, feats, rules, margin):
    s = [sum(w[j] for j in f) for f in feats]
    ri = rules.index(True)
    bi = max(range(len(s)), key=lambda k: s[k])
    return bi if s[bi] > s[ri] + margin else ri


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entente", default=os.path.join(ROOT, "build", "entente"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "params", "target_model.txt"))
    ap.add_argument("--cv-only", action="store_true", help="report cross-validation only")
    ap.add_argument("--l2", type=float, default=0.01, help="L2 penalty (default 0.01)")
    ap.add_argument("--drop", default="", help="comma-separated feature-name prefixes to leave out")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="entente-fit-")
    names = feature_names()
    drop = [p for p in args.drop.split(",") if p]
    keep = [not any(n.startswith(p) for p in drop) for n in names]
    per_set = {}
    for name, gold, opts in SETS:
        trace = os.path.join(tmp, name + ".trace")
        subprocess.run([args.entente, "eval", os.path.join(ROOT, gold), "--format", "json",
                        "--trace-targets", trace] + opts,
                       check=True, stdout=subprocess.DEVNULL)
        per_set[name] = [([[j for j in f if keep[j]] for f in feats], rules, labels)
                         for feats, rules, labels in
                         events(trace, load_gold(os.path.join(ROOT, gold)))]
        print("%-7s %4d events whose target a gold event decides" % (name, len(per_set[name])),
              file=sys.stderr)

    margins = [0.0, 0.5, 1.0, 1.5]
    cv = {m: [0, 0, 0] for m in margins}  # rules right, model right, changed
    rows = []
    for held in per_set:
        w = fit([x for k in per_set if k != held for x in per_set[k]], l2=args.l2)
        for m in margins:
            r_ok = m_ok = ch = 0
            for feats, rules, labels in per_set[held]:
                k = choose(w, feats, rules, m)
                r_ok += labels[rules.index(True)]
                m_ok += labels[k]
                ch += not rules[k]
            cv[m] = [cv[m][0] + r_ok, cv[m][1] + m_ok, cv[m][2] + ch]
            if m == 1.0:
                rows.append("#   %-7s rules %3d, model %3d right of %3d (changed %d)" %
                            (held, r_ok, m_ok, len(per_set[held]), ch))
    shutil.rmtree(tmp, ignore_errors=True)
    n = sum(len(v) for v in per_set.values())
    best = max(margins, key=lambda m: (cv[m][1], -m))
    report = ["# leave-one-set-out cross-validation (%d events):" % n]
    for m in margins:
        report.append("#   margin %.1f: rules %d right, model %d right (changed %d)" %
                      (m, cv[m][0], cv[m][1], cv[m][2]))
    report.append("# per held-out set at margin 1.0:")
    report += rows
    print("\n".join(report))
    if args.cv_only:
        return
    w = fit([x for v in per_set.values() for x in v], l2=args.l2)
    with open(args.out, "w", encoding="utf-8") as fp:
        fp.write("# target_model.txt - weights of the coder's target model (src/text/\n"
                 "# coder_rerank.c): a conditional logit over each event's target\n"
                 "# candidates, fitted by scripts/fit_target_model.py on entente's own\n"
                 "# development sets (dev A-G and the real-news dev half; no held-out\n"
                 "# set). Regenerate with: python3 scripts/fit_target_model.py\n"
                 "# Use: entente code --target-model data/params/target_model.txt\n"
                 "# Format: weight FEATURE VALUE (features: docs/coder.md).\n")
        fp.write("\n".join(report) + "\n")
        fp.write("weight margin %.1f\n" % best)
        for i, x in enumerate(w):
            if abs(x) >= 5e-4:
                fp.write("weight %s %.4f\n" % (names[i], x))
    print("wrote %s (margin %.1f)" % (args.out, best), file=sys.stderr)


def feature_names():
    """The feature names in id order, as text_rr_feature_name (src/text/
    coder_rerank.c) writes them; the dictionary loader rejects a name it does
    not know, so the two cannot drift apart silently."""
    preps = ["none", "to", "in", "at", "against", "on", "with", "from", "of", "by", "over",
             "into", "for", "other"]
    kinds = ["state", "agent", "org", "person", "compound"]
    n = ["null"] + ["null.root%02d" % r for r in range(1, 21)] + ["null.rule"]
    n += ["cand.root%02d" % r for r in range(1, 21)] + ["rule"]
    n += ["rule.root%02d" % r for r in range(1, 21)]
    n += ["before.dist%d" % d for d in range(4)] + ["after.dist%d" % d for d in range(4)]
    n += ["prep." + p for p in preps]
    n += ["prep.%s.root%02d" % (p, r) for p in preps for r in range(1, 21)]
    n += ["boundary.before", "boundary.after", "verb_between.before", "verb_between.after",
          "possessive", "same_root_as_source"]
    n += ["kind." + k for k in kinds]
    n += ["before.rank%d" % d for d in range(4)] + ["after.rank%d" % d for d in range(4)]
    n += ["before_source", "in_attribution", "subject_of_verb"]
    n += ["boundary.before.dist%d" % d for d in range(4)]
    n += ["boundary.after.dist%d" % d for d in range(4)]
    assert len(n) == NF, len(n)
    return n


if __name__ == "__main__":
    main()
