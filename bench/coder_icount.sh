#!/usr/bin/env bash
# coder_icount.sh [BENCH_CODER] - instructions per sentence of the coder,
# counted by valgrind (callgrind) rather than timed: stable on a noisy
# machine. Codes the first 700 kB of the synthetic corpus once (1 sentence
# asked) and repeatedly (20,000 asked) and divides the difference in
# instructions by the difference in sentences, which removes the
# dictionary load. Build first: bash bench/run_coder_bench.sh 1
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build-bench/bench/bench_coder}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -p ../shared/data/events/corpus/gpt_synthetic_events_2023-10-19_19.csv.zip > "$tmp/all.csv"
head -c 700000 "$tmp/all.csv" > "$tmp/corpus.csv"
run() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$tmp/corpus.csv" \
    --threads 1 --min-sentences "$1" 2>&1 |
    awk '/I   refs/ {gsub(",", "", $4); i = $4}
         /sentences=/ {for (k = 1; k <= NF; k++) if ($k ~ /^sentences=/) {split($k, a, "="); s += a[2]}}
         END {print s, i}'
}
read -r s1 i1 <<< "$(run 1)"
read -r s2 i2 <<< "$(run 20000)"
echo "sentences $s1 -> $s2: $(( (i2 - i1) / (s2 - s1) )) instructions per sentence"
