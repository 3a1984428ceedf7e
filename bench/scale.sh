#!/usr/bin/env bash
# scale.sh [MAXP] - the scaling and ingest figures of docs/scale.md:
#   simulate on the seed scenario, 1..MAXP MPI ranks (1 thread each) and
#            1..MAXP threads in one process;
#   code     on a 100,000-sentence JSONL corpus, 1..MAXP ranks;
#   ingest   of 500,000 coded events into a throw-away local PostgreSQL
#            (scripts/pg-cluster.sh), 1..MAXP ranks.
# MAXP defaults to the number of cores. Run from the source root after
# building (./build/entente, ./build/entente-mpi). Prints Markdown tables.
# Environment: TRIALS (default 2000000), SENTENCES (100000), EVENTS (500000).
set -euo pipefail
cd "$(dirname "$0")/.."
maxp=${1:-$(nproc)}
trials=${TRIALS:-2000000}
sentences=${SENTENCES:-100000}
events=${EVENTS:-500000}
ent=./build/entente mpi=./build/entente-mpi
mpirun=(mpirun --oversubscribe)
[ "$(id -u)" = 0 ] && mpirun+=(--allow-run-as-root)
tmp=$(mktemp -d /tmp/entente-bench.XXXXXX)
pgdir=/tmp/entente-bench-pg.$$
cleanup() { bash scripts/pg-cluster.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
secs() { # command... -> wall seconds on stdout, output discarded
  local t0 t1
  t0=$(date +%s.%N)
  if ! "$@" >/dev/null 2>"$tmp/err"; then
    echo "bench: failed: $*" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
row() { # label p seconds base work unit
  awk -v l="$1" -v p="$2" -v t="$3" -v b="$4" -v w="$5" -v u="$6" \
    'BEGIN { printf "| %s | %d | %.2f | %.2f | %.0f %s |\n", l, p, t, b / t, w / t, u }'
}
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
s=scenarios/ukraine-guarantees-2025.yaml
echo "### simulate: $s --trigger rus-est --trials $trials"
echo
echo "| mode | P | seconds | speed-up | rate |"
echo "|---|---|---|---|---|"
base=
for p in $(seq 1 "$maxp"); do
  t=$(secs "${mpirun[@]}" -np "$p" "$mpi" simulate "$s" --trigger rus-est --trials "$trials" --threads 1 -q)
  base=${base:-$t}
  row "MPI ranks (1 thread each)" "$p" "$t" "$base" "$trials" trials/s
done
base=
for p in $(seq 1 "$maxp"); do
  t=$(secs "$ent" simulate "$s" --trigger rus-est --trials "$trials" --threads "$p" -q)
  base=${base:-$t}
  row "threads (one process)" "$p" "$t" "$base" "$trials" trials/s
done
echo
echo "### code: $sentences sentences (bench/gen_corpus.sh), JSONL"
echo
bash bench/gen_corpus.sh "$sentences" "$tmp/corpus.jsonl"
echo "| mode | P | seconds | speed-up | rate |"
echo "|---|---|---|---|---|"
base=
for p in $(seq 1 "$maxp"); do
  rm -rf "$tmp/out"
  t=$(secs "${mpirun[@]}" -np "$p" "$mpi" code --input-format jsonl --out "$tmp/out" "$tmp/corpus.jsonl")
  base=${base:-$t}
  row "MPI ranks" "$p" "$t" "$base" "$sentences" sentences/s
done
echo
echo "### ingest: $events events (bench/gen_events.sh) into a local PostgreSQL"
echo
url=$(bash scripts/pg-cluster.sh start "$pgdir")
bash bench/gen_events.sh "$events" "$tmp/events.jsonl"
echo "| mode | P | seconds | speed-up | rate |"
echo "|---|---|---|---|---|"
base=
for p in $(seq 1 "$maxp"); do
  psql -q "$url" -c "set client_min_messages=warning; drop schema if exists b$p cascade; create schema b$p"
  t=$(secs "${mpirun[@]}" -np "$p" "$mpi" ingest --events --db "$url?options=-csearch_path%3Db$p" "$tmp/events.jsonl")
  base=${base:-$t}
  row "MPI ranks, new events" "$p" "$t" "$base" "$events" events/s
done
t=$(secs "$ent" ingest --events --db "$url?options=-csearch_path%3Db1" "$tmp/events.jsonl")
row "again (all already stored)" 1 "$t" "$t" "$events" events/s
t=$(secs "$ent" ingest --events --db "$tmp/events.db" "$tmp/events.jsonl")
row "SQLite file, for comparison" 1 "$t" "$t" "$events" events/s
