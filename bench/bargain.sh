#!/usr/bin/env bash
# bench/bargain.sh - wall time of `entente bargain --model smp` on KTAB's
# inputs, compared with KTAB 1.4's wall times (../shared/data/bargain/
# ktab-runs/*/time.txt and docs/REFERENCES.md). Prints one row per input:
# actors x dims, our best-of-N wall time, KTAB's, and the speed ratio.
# Usage: bench/bargain.sh [path/to/entente] [repeats]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/entente}"
reps="${2:-5}"
shared="${ENTENTE_SHARED:-$here/../shared}"
ktab="$shared/data/bargain/ktab"
# KTAB 1.4 wall times (seconds): measured runs where present, else the
# figures quoted in ../shared/docs/REFERENCES.md.
declare -A ref=(
  [dummyData_3Dim]=0.06 [SOE-Pol-Comp]=0.57 [SOE-Policy]=3.02
  [dummyData_6Dim]=6.0 [dummyData-a040]=13.6 [dummyData-a080]=152.5
)
for run in "$shared"/data/bargain/ktab-runs/csv_*; do
  name="${run##*/csv_}"
  t=$(sed -n 's/^wall_s=\([0-9.]*\).*/\1/p' "$run/time.txt" | head -1)
  [ -n "$t" ] && ref[$name]=$t
done
printf "%-16s %8s %12s %10s %9s\n" input "n x d" "entente_s" "ktab_s" ratio
for name in dummyData_3Dim SOE-Pol-Comp SOE-Policy dummyData_6Dim dummyData-a040 dummyData-a080; do
  f="$ktab/$name.csv"
  [ -f "$f" ] || continue
  nd=$(head -1 "$f" | awk -F, '{gsub(/ /,"",$3); gsub(/ /,"",$4); print $3"x"$4}')
  best=""
  for ((r = 0; r < reps; r++)); do
    # EPOCHREALTIME (bash 5) reads the clock without forking a process
    s=$EPOCHREALTIME
    "$bin" bargain "$f" --model smp --format json > /dev/null
    e=$EPOCHREALTIME
    d=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || (( $(echo "$d < $best" | bc -l) )); then best=$d; fi
  done
  k=${ref[$name]}
  printf "%-16s %8s %12.4f %10.2f %8.0fx\n" "$name" "$nd" "$best" "$k" \
    "$(echo "$k / $best" | bc -l)"
done
