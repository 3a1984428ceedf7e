#!/usr/bin/env python3
"""smp_chlg_harness.py - evaluate readings of KTAB's challenge probability.

Measures how well candidate formulas for "the probability, estimated by h,
that challenger i beats target j" (KTAB SMP, ThirdPartyCommit SemiCommit,
VotingRule Prop, VictoryProbModel Linear, BigRAdjust OneThird) reproduce the
estimates KTAB printed in its 2017-05-30 reference logs
("Est by h of prob p that [i> j]" lines, and the full-precision "piiJ"
values). Positions per turn are read from the log (input pos[] lines, then
the "postn" lines after each turn), utilities are recomputed at full
precision and checked against the logged "Estimate by h" matrices.

Usage (from the repository root): scripts/smp_chlg_harness.py
Reads ../shared/data/bargain/ktab (the dummyData_3Dim and SOE-Pol-Comp logs
and inputs). Prints, per candidate in CANDIDATES, the mean, median and max
absolute error over all logged estimates, how many match to the printed 4
decimals, and the error on the full-precision "piiJ" values. Result: the
reading implemented in src/sim/bargain/smp.c (votes weighted by capability x
total salience) matches all 816 estimates and the 34 piiJ values to 4.7e-7;
capability weights alone are off by 0.052 on average
(docs/model-bargain.md, "The challenge probability").
"""
import math
import re
import sys

SHARED = "../shared/data/bargain/ktab/"


def read_csv(path):
    lines = [l.strip() for l in open(path) if l.strip()]
    hdr = lines[0].split(",")
    n, d = int(hdr[2]), int(hdr[3])
    w, x, s = [], [], []
    for l in lines[2:2 + n]:
        f = [t.strip() for t in l.split(",")]
        w.append(float(f[2]))
        x.append([float(f[3 + 2 * k]) / 100 for k in range(d)])
        s.append([float(f[4 + 2 * k]) / 100 for k in range(d)])
    return n, d, w, x, s


def read_log(path, n, d):
    """Per turn: positions (unit scale), logged Uh matrices, estimates."""
    turns = []
    cur = None
    pos0 = [[0.0] * d for _ in range(n)]
    est_re = re.compile(r"Est by\s+(\d+) of prob ([\d.]+) that \[\s*(\d+)>\s*(\d+)\]")
    pii_re = re.compile(r"turn (\d+) , i (\d+) , j (\d+) , bestEU worth \S+ , piiJ\s+(\S+)")
    postn_re = re.compile(r"postn (\d+) , (\d+) :")
    lines = open(path).read().split("\n")
    k = 0
    nextpos = None
    pendUh = None
    while k < len(lines):
        l = lines[k]
        m = re.match(r"pos\[(\d+), (\d+)\] =\s+(\S+)", l)
        if m:
            pos0[int(m.group(1))][int(m.group(2))] = float(m.group(3)) / 100
        if l.startswith("Starting Model::run iteration"):
            cur = {"x": nextpos if nextpos else [r[:] for r in pos0],
                   "Uh": pendUh if pendUh else {}, "est": {}, "pii": {}}
            turns.append(cur)
            nextpos = None
            pendUh = None
        m = re.match(r"Estimate by (\d+) of risk-aware utility matrix", l)
        if m:
            h = int(m.group(1))
            if nextpos is not None or cur is None:
                if pendUh is None:
                    pendUh = {}
                tgt = pendUh
            else:
                tgt = cur["Uh"]
            tgt[h] = [[float(v) for v in lines[k + 1 + a].split()]
                            for a in range(n)]
        m = est_re.search(l)
        if m and cur is not None:
            h, p, i, j = int(m.group(1)), float(m.group(2)), int(m.group(3)), int(m.group(4))
            cur["est"][(h, i, j)] = p
        m = pii_re.search(l)
        if m and cur is not None:
            cur["pii"][(int(m.group(2)), int(m.group(3)))] = float(m.group(4))
        m = postn_re.match(l)
        if m:
            a = int(m.group(1))
            if nextpos is None:
                nextpos = [[0.0] * d for _ in range(n)]
            nextpos[a] = [float(v) / 100 for v in lines[k + 1].split()]
        k += 1
    return turns


def sdist(s, a, b):
    s2 = sum(v * v for v in s)
    if s2 <= 0:
        return 0.0
    acc = sum((s[k] * (a[k] - b[k])) ** 2 for k in range(len(s)))
    return min(1.0, math.sqrt(acc / s2))


def util(dd, R):
    return (1 - dd) * (1 + dd * R)


def pce(w, u):
    n, m = len(u), len(u[0])
    P = [[0.5] * m for _ in range(m)]
    for a in range(m):
        for b in range(m):
            if a == b:
                continue
            cab = cba = 0.0
            for k in range(n):
                v = w[k] * (u[k][a] - u[k][b])
                if v > 0:
                    cab += v
                else:
                    cba -= v
            P[a][b] = cab / (cab + cba) if cab + cba > 0 else 0.5
    p = []
    for a in range(m):
        pr = 1.0
        for b in range(m):
            if b != a:
                pr *= P[a][b]
        p.append(pr)
    t = sum(p)
    return [v / t for v in p]


class Turn:
    def __init__(self, w, x, s):
        n = len(w)
        self.n, self.w, self.x, self.s = n, w, x, s
        self.D = [[sdist(s[i], x[i], x[j]) for j in range(n)] for i in range(n)]
        V = [[1 - self.D[i][j] for j in range(n)] for i in range(n)]
        p = pce(w, V)
        lo, hi = min(p), max(p)
        self.R = [-0.5 + 1.5 * (v - lo) / (hi - lo) if hi > lo else 0 for v in p]
        self.U = [[util(self.D[i][j], self.R[i]) for j in range(n)] for i in range(n)]
        self.stot = [min(1.0, sum(v)) for v in s]

    def Uh(self, h):
        n, R = self.n, self.R
        out = []
        for k in range(n):
            r = R[h] if k == h else (2 * R[h] + R[k]) / 3
            out.append([util(self.D[k][j], r) for j in range(n)])
        return out


def load(logp, csvp):
    n, d, w, x, s = read_csv(csvp)
    turns = read_log(logp, n, d)
    data = []
    maxdev = 0.0
    for t, tr in enumerate(turns):
        T = Turn(w, tr["x"], s)
        T.logUh = tr["Uh"]
        for h, M in tr["Uh"].items():
            Uh = T.Uh(h)
            for a in range(n):
                for b in range(n):
                    maxdev = max(maxdev, abs(Uh[a][b] - M[a][b]))
        T.est = tr["est"]
        T.pii = tr["pii"]
        T.turn = t
        data.append(T)
    return data, maxdev


def evaluate(datasets, fn, use_log=False, verbose=False):
    errs = []
    worst = None
    for name, data in datasets:
        for T in data:
            cache = {}
            for (h, i, j), p in T.est.items():
                if h not in cache:
                    cache[h] = T.logUh[h] if use_log else T.Uh(h)
                q = fn(T, cache[h], h, i, j)
                e = abs(q - p)
                errs.append(e)
                if worst is None or e > worst[0]:
                    worst = (e, name, T.turn, h, i, j, p, q)
                if verbose:
                    print(name, T.turn, h, i, j, p, round(q, 4), round(e, 4))
    errs.sort()
    return (sum(errs) / len(errs), errs[len(errs) // 2], errs[-1],
            sum(1 for e in errs if e <= 0.00005 + 1e-9), len(errs), worst)


def default_sets():
    sets = []
    for lg, cs in (("20170530_ref-dummyData_3Dim.txt", "dummyData_3Dim.csv"),
                   ("20170530_ref-SOE-Pol-Comp.txt", "SOE-Pol-Comp.csv")):
        data, dev = load(SHARED + lg, SHARED + cs)
        print(f"# {lg}: {len(data)} turns, "
              f"{sum(len(T.est) for T in data)} estimates, "
              f"max |Uh - logged| = {dev:.2e}", file=sys.stderr)
        sets.append((lg.split("_", 1)[1][4:-4], data))
    return sets


def _share(a, b):
    return a / (a + b) if a + b > 0 else 0.5


def make_candidate(weight):
    """The SemiCommit reading with voting weight `weight(T, k)`.

    Principals vote for their own position, c_i = W_i (u_i(x_i) - u_i(x_j));
    third party k judges the odds from the principals' votes plus its own
    proportional vote v_k = W_k (u_k(x_i) - u_k(x_j)) (the ratio of the
    influences on each side); being semi-committed, it compares the 3x
    utilities of backing i and backing j; p is the coalition share of i.
    """
    def f(T, U, h, i, j):
        ci = max(0.0, weight(T, i) * (U[i][i] - U[i][j]))
        cj = max(0.0, weight(T, j) * (U[j][j] - U[j][i]))
        a, b = ci, cj
        for k in range(T.n):
            if k in (i, j):
                continue
            wk = weight(T, k)
            vk = wk * (U[k][i] - U[k][j])
            pk = _share(ci + max(vk, 0.0), cj + max(-vk, 0.0))
            t = wk * (pk * (U[k][k] - U[k][i]) - (1 - pk) * (U[k][k] - U[k][j]))
            if t > 0:
                a += t
            else:
                b -= t
        return _share(a, b)
    return f


CANDIDATES = {
    # capability x total salience: the reading that reproduces KTAB
    "w*sigma": make_candidate(lambda T, k: T.w[k] * T.stot[k]),
    # capability only: entente's earlier approximation
    "w": make_candidate(lambda T, k: T.w[k]),
}


def bargain_offers(logp, csvp, fn, eps):
    """Count the logged S2P2 offers of initiators' bargains reproduced with
    an extra weight eps on each actor's own position (grid 1e-4)."""
    data, _ = load(logp, csvp)
    lines = open(logp).read().split("\n")
    t, ok, total = -1, 0, 0
    br = re.compile(r"Bargain \[\d+, (\d+):(\d+)\] from (\d+)'s perspective "
                    r"\(brgnIIJ\)")
    for k, line in enumerate(lines):
        if line.startswith("Starting Model::run iteration"):
            t += 1
        m = br.match(line)
        if not m or ":" not in lines[k + 1]:
            continue
        i, j, h = map(int, m.groups())
        if h != i:
            continue  # InitOnlyInterp: only the initiator's bargains count
        T = data[t]
        p = fn(T, T.Uh(i), i, i, j)
        yi = [float(v) / 100 for v in lines[k + 1].split(":")[1].split()]
        yj = [float(v) / 100 for v in lines[k + 2].split(":")[1].split()]
        for d in range(len(yi)):
            a = (T.s[i][d] * p) ** 2
            b = (T.s[j][d] * (1 - p)) ** 2
            xi, xj = T.x[i][d], T.x[j][d]
            oi = round(((a + eps) * xi + b * xj) / (a + eps + b) * 1e4) / 1e4
            oj = round((a * xi + (b + eps) * xj) / (a + b + eps) * 1e4) / 1e4
            ok += (abs(oi - yi[d]) < 1e-9) + (abs(oj - yj[d]) < 1e-9)
            total += 2
    return ok, total


def gain_threshold(sets, fn):
    """Largest best gain (2x scale) of actors KTAB logs with no target, and
    the smallest one it acts on."""
    none_max, act_min = 0.0, float("inf")
    for lg, cs in LOGS:
        data, _ = load(SHARED + lg, SHARED + cs)
        text = open(SHARED + lg).read().split("Starting Model::run iteration")[1:]
        for t, T in enumerate(data):
            acts = set(int(m.group(1)) for m in re.finditer(
                r"actor +(\d+) has most advantageous target", text[t]))
            for i in range(T.n):
                U = T.Uh(i)
                best = max(T.stot[j] * 2 * (fn(T, U, i, i, j) * U[i][i] +
                                            (1 - fn(T, U, i, i, j)) * U[i][j])
                           + (1 - T.stot[j]) * 2 * U[i][i] - U[i][i] - U[i][j]
                           for j in range(T.n) if j != i)
                if i in acts:
                    act_min = min(act_min, best)
                else:
                    none_max = max(none_max, best)
    return none_max, act_min


LOGS = (("20170530_ref-dummyData_3Dim.txt", "dummyData_3Dim.csv"),
        ("20170530_ref-SOE-Pol-Comp.txt", "SOE-Pol-Comp.csv"))


if __name__ == "__main__":
    sets = default_sets()
    for name, fn in CANDIDATES.items():
        mean, med, mx, exact, total, worst = evaluate(sets, fn)
        print(f"{name:8s} mean {mean:.6f} median {med:.6f} max {mx:.6f} "
              f"within 5e-5: {exact}/{total}")
        full = [abs(fn(T, T.Uh(i), i, i, j) - pp)
                for _, data in sets for T in data
                for (i, j), pp in T.pii.items()]
        print(f"{'':8s} full-precision piiJ values: {len(full)}, "
              f"max abs error {max(full):.2e}")
    fn = CANDIDATES["w*sigma"]
    for eps in (0.0, 1e-6):
        ok = total = 0
        for lg, cs in LOGS:
            a, b = bargain_offers(SHARED + lg, SHARED + cs, fn, eps)
            ok, total = ok + a, total + b
        print(f"bargain offers with own-position weight {eps:g}: "
              f"{ok}/{total} reproduced")
    lo, hi = gain_threshold(sets, fn)
    print(f"best gain of actors with no target: max {lo:.2e}; "
          f"of actors that challenge: min {hi:.2e}")
