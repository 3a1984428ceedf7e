#!/usr/bin/env bash
# main-job.sh - the main job on the bundled seed scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/entente summary scenarios/ukraine-guarantees-2025.yaml
