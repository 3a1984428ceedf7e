#!/usr/bin/env bash
# fuzz.sh [SECONDS] [TARGET...] - build the libFuzzer targets with clang and
# fuzz each for SECONDS (default 60), starting from fuzz/corpus/<target>.
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
  echo "fuzzing $t for ${secs}s" >&2
  "build-fuzz/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=5 \
    -rss_limit_mb=2048 -artifact_prefix="build-fuzz/artifacts/$t-" \
    "build-fuzz/corpus/$t" "fuzz/corpus/$t"
done
