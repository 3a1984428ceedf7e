#!/usr/bin/env bash
# run_coder_bench.sh [THREADS] - build (Release) and run the coder benchmark on
# the synthetic news corpus of ../shared/data/events/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-$(nproc)}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DENT_BENCH=ON -DENT_TESTS=OFF >/dev/null
cmake --build build-bench -j2 --target bench_coder >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -p ../shared/data/events/corpus/gpt_synthetic_events_2023-10-19_19.csv.zip > "$tmp/corpus.csv"
build-bench/bench/bench_coder "$tmp/corpus.csv" --threads "$threads" --min-sentences 100000
