#!/usr/bin/env bash
# fuzz.sh [SECONDS] [TARGET...] - build the libFuzzer targets with clang and
# fuzz each for SECONDS (default 60), starting from fuzz/corpus/<target>.
# With FUZZ_RUNS=N set, each target runs exactly N inputs from seed 1
# instead (repeatable: CI uses it).
# New inputs go to build-fuzz/corpus/<target>; crashes and timeouts to
# build-fuzz/artifacts/. Add a crashing input to fuzz/corpus/<target>/ with
# the fix, so that the replay test keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
CC=clang cmake -S . -B build-fuzz -DENT_FUZZ=ON -DENT_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-fuzz -j"$(nproc)"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/*.c; do
    n=$(basename "$f" .c)
    [ "$n" = replay ] || targets+=("$n")
  done
fi
mkdir -p build-fuzz/artifacts
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  echo "fuzzing $t" >&2
  if [ -n "${FUZZ_RUNS:-}" ]; then
    limit=(-runs="$FUZZ_RUNS" -seed=1)
  else
    limit=(-max_total_time="$secs")
  fi
  "build-fuzz/fuzz/fuzz_$t" "${limit[@]}" -timeout=10 -print_final_stats=0 \
    -rss_limit_mb=2048 -artifact_prefix="build-fuzz/artifacts/$t-" \
    "build-fuzz/corpus/$t" "fuzz/corpus/$t"
done
