#!/usr/bin/env bash
# report.sh - benchmark of `entente report`: a scenario of 200 actors and a
# store of 100,000 events (bench/gen_report_bench.py); the report must be
# produced in under 5 s and weigh under 5 MB. Prints wall time and size and
# exits 1 if either target is missed. Run from the source root after a build:
#     bash bench/report.sh [ACTORS] [EVENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-200}
events=${2:-100000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ENTENTE=./build/entente python3 bench/gen_report_bench.py "$dir" "$actors" "$events"
start=$(date +%s.%N)
./build/entente report "$dir/scenario.yaml" --out "$dir/report.html" \
  --db "$dir/bench.db" --trials "${TRIALS:-20000}" --quiet
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc -l)
bytes=$(stat -c %s "$dir/report.html")
printf 'report: %d actors, %d events: %.2f s, %.2f MB (targets: < 5 s, < 5 MB)\n' \
  "$actors" "$events" "$secs" "$(echo "$bytes / 1048576" | bc -l)"
printf 'machine: %s, %s cores\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(nproc)"
ok=1
(( $(echo "$secs < 5" | bc -l) )) || ok=0
(( bytes < 5 * 1048576 )) || ok=0
[ "$ok" -eq 1 ]
