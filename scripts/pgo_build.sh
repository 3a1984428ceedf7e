#!/usr/bin/env bash
# pgo_build.sh [BUILD_DIR] - a Release build of entente (and the benchmarks)
# with GCC's profile-guided optimisation, in BUILD_DIR (default build-pgo).
#
# 1. Configure BUILD_DIR with -DENT_PGO=generate and build an instrumented
#    entente.
# 2. Train: code the texts of the project's own development sets
#    (tests/data/dev_*.tsv, some 6,900 texts of hand-written wire copy),
#    five times over. The benchmark corpus (../shared/data/events/corpus)
#    is not used, so the benchmark measures text the profile has not seen.
# 3. Reconfigure BUILD_DIR with -DENT_PGO=use and rebuild everything.
#
# The profiles steer only how the code is optimised (inlining, layout,
# unrolling), never what it computes: the events are those of
# the plain build (.ci/run checks this on the development sets).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-pgo}
jobs=$(nproc)
prof="$PWD/$dir/pgo"
rm -rf "$prof"
echo "pgo: 1/3 instrumented build in $dir" >&2
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DENT_BENCH=ON -DENT_TESTS=OFF \
  -DENT_PGO=generate -DENT_PGO_DIR="$prof" >/dev/null
cmake --build "$dir" -j"$jobs" --target entente >/dev/null
echo "pgo: 2/3 training on tests/data/dev_*.tsv" >&2
train=$(mktemp)
trap 'rm -f "$train"' EXIT
# columns: id, date, category, gold, text; JSON-escape the text
for f in tests/data/dev_*.tsv; do
  awk -F'\t' '!/^#/ && $1 != "id" && NF >= 5 {
      t = $5; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t)
      printf "{\"id\": \"%s\", \"date\": \"%s\", \"text\": \"%s\"}\n", $1, $2, t }' "$f"
done > "$train"
n=$(wc -l < "$train")
for _ in 1 2 3 4 5; do
  "$dir/entente" code --input-format jsonl "$train" > /dev/null
done
echo "pgo: trained on $n texts x 5; $(ls "$prof"/*.gcda | wc -l) profiles" >&2
echo "pgo: 3/3 optimised build in $dir" >&2
cmake -S . -B "$dir" -DENT_PGO=use >/dev/null
cmake --build "$dir" -j"$jobs" >/dev/null
echo "pgo: done: $dir/entente, $dir/bench/bench_coder" >&2
