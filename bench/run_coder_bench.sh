#!/usr/bin/env bash
# run_coder_bench.sh [THREADS] [ROUNDS] - build and run the coder benchmark on
# the synthetic news corpus of ../shared/data/events/corpus.
#
# Two builds are measured, ROUNDS times each (default 5), alternately so
# that both see the same machine:
#   plain  build-bench, Release (-O3)
#   pgo    build-pgo, Release with profile-guided optimisation trained on
#          the development sets' texts, not on this corpus
#          (scripts/pgo_build.sh)
# Each run prints bench_coder's two lines (the corpus coded to at least
# 100,000 sentences, then to three times that: memory must stay flat); the
# summary gives the median and the best rate of the first lines per build.
# Shared machines are noisy: compare medians of the same batch, or the
# best runs, never two single runs. Set ENT_BENCH_PLAIN_ONLY=1 to skip the
# PGO build.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-$(nproc)}
rounds=${2:-5}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DENT_BENCH=ON -DENT_TESTS=OFF >/dev/null
cmake --build build-bench -j2 --target bench_coder >/dev/null
builds="plain:build-bench"
if [ -z "${ENT_BENCH_PLAIN_ONLY:-}" ]; then
  bash scripts/pgo_build.sh build-pgo
  builds="$builds pgo:build-pgo"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -p ../shared/data/events/corpus/gpt_synthetic_events_2023-10-19_19.csv.zip > "$tmp/corpus.csv"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r < rounds; r++)); do
  for b in $builds; do
    name=${b%%:*}
    dir=${b#*:}
    "$dir/bench/bench_coder" "$tmp/corpus.csv" --threads "$threads" --min-sentences 100000 |
      sed "s/^/build=$name /" | tee -a "$tmp/runs"
  done
done
for b in $builds; do
  name=${b%%:*}
  grep "^build=$name threads=" "$tmp/runs" | awk 'NR % 2 == 1' |
    sed 's/.*sentences\/s=\([0-9]*\).*/\1/' | sort -n |
    awk -v name="$name" -v t="$threads" '{a[NR] = $1}
      END {printf "summary build=%s threads=%s runs=%d median_sentences/s=%d best_sentences/s=%d\n",
           name, t, NR, a[int((NR + 1) / 2)], a[NR]}'
done
