#!/usr/bin/env bash
# setup.sh - the README's first command: install what is missing (Debian 12,
# as root), build entente into ./build, and run the main job on the seed
# scenario.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=$(grep -v '^#' scripts/deps.txt | tr '\n' ' ')
missing=()
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"

echo
bash scripts/main-job.sh
