#!/usr/bin/env bash
# coder_ab.sh ROUNDS BENCH_A BENCH_B - compare two builds of bench_coder on a
# noisy machine: run them one after the other ROUNDS times (the order
# swapped every round), each coding the synthetic corpus to 100,000
# sentences, and print each build's median and best sentences/s (first
# line of each run) and the geometric mean of the paired ratios B/A.
# Example: bash bench/coder_ab.sh 30 build-bench/bench/bench_coder build-pgo/bench/bench_coder
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:?rounds}
A=${2:?bench A}
B=${3:?bench B}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -p "${ENTENTE_SHARED:-../shared}/data/events/corpus/gpt_synthetic_events_2023-10-19_19.csv.zip" > "$tmp/corpus.csv"
one() {
  "$1" "$tmp/corpus.csv" --threads 1 --min-sentences 100000 |
    grep -m1 '^threads=1 ' | sed 's/.*sentences\/s=\([0-9]*\).*/\1/'
}
for ((r = 0; r < rounds; r++)); do
  if ((r % 2)); then b=$(one "$B"); a=$(one "$A"); else a=$(one "$A"); b=$(one "$B"); fi
  echo "$a $b"
done > "$tmp/pairs"
for col in 1 2; do
  name=$([ $col = 1 ] && echo "A $A" || echo "B $B")
  cut -d' ' -f$col "$tmp/pairs" | sort -n |
    awk -v name="$name" '{a[NR] = $1}
      END {printf "%s: median %d best %d worst %d sentences/s over %d runs\n",
           name, a[int((NR + 1) / 2)], a[NR], a[1], NR}'
done
awk '{s += log($2 / $1); n++} END {printf "paired B/A: geometric mean %.3f over %d pairs\n", exp(s / n), n}' "$tmp/pairs"
awk '{print $2 / $1}' "$tmp/pairs" | sort -g |
  awk '{a[NR] = $1} END {printf "paired B/A: quartiles %.3f %.3f %.3f\n", a[int(NR / 4) + 1], a[int((NR + 1) / 2)], a[int(NR * 3 / 4)]}'
