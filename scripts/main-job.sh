#!/usr/bin/env bash
# main-job.sh - the main job on the bundled seed scenario: validate it, store
# the world and the scenario in ./entente.db, print the situation summary,
# and write the HTML report of the scenario (report.html).
set -euo pipefail
cd "$(dirname "$0")/.."
seed=scenarios/ukraine-guarantees-2025.yaml
./build/entente check "$seed"
./build/entente db load data/world "$seed"
echo
./build/entente summary "$seed"
echo
./build/entente report "$seed" --out report.html --trigger rus-est \
  --assume eur-troops-deployed,us-backstop --assume us-joins
