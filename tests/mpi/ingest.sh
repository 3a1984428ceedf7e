#!/usr/bin/env bash
# ingest.sh ENTENTE ENTENTE_MPI NP "MPIRUN..." - `mpirun -np NP entente-mpi
# ingest` (ranks storing their shares of the inputs into one store at once)
# stores and reports what one `entente ingest` does, for coded events
# (--events) and for documents coded on the way: into SQLite, and into
# PostgreSQL when ENTENTE_TEST_PG is set. Ingesting again adds nothing.
set -euo pipefail
one=$1 mpi=$2 np=$3
read -r -a mpirun <<<"$4"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash bench/gen_events.sh 6000 "$tmp/ev.jsonl"
bash bench/gen_corpus.sh 2000 "$tmp/docs.jsonl"
fail=0
check() { # label expected actual
  if [ "$2" != "$3" ]; then
    echo "FAIL $1: expected [$2], got [$3]"; fail=1
  else
    echo "ok $1: $3"
  fi
}
run_both() { # target-one target-mpi label
  local a b
  a=$("$one" ingest --db "$1" --events --batch 1000 "$tmp/ev.jsonl" | sed "s| in .*||")
  b=$("${mpirun[@]}" -np "$np" "$mpi" ingest --db "$2" --events --batch 1000 "$tmp/ev.jsonl" |
      sed "s| in .*||")
  check "events ($3)" "$a" "$b"
  check "events counted ($3)" "1500 documents read, 1500 stored (0 already there), 6000 events stored" "$b"
  b=$("${mpirun[@]}" -np "$np" "$mpi" ingest --db "$2" --events "$tmp/ev.jsonl" | sed "s| in .*||")
  check "events again ($3)" "1500 documents read, 0 stored (1500 already there), 0 events stored" "$b"
  a=$("$one" ingest --db "$1" --input-format jsonl --batch 500 "$tmp/docs.jsonl" | sed "s| in .*||")
  b=$("${mpirun[@]}" -np "$np" "$mpi" ingest --db "$2" --input-format jsonl --batch 500 \
      "$tmp/docs.jsonl" | sed "s| in .*||")
  check "documents ($3)" "$a" "$b"
}
run_both "$tmp/one.db" "$tmp/mpi.db" sqlite
if [ -n "${ENTENTE_TEST_PG:-}" ]; then
  s1=mpi_ingest_one_$$ s2=mpi_ingest_np_$$
  psql -q "$ENTENTE_TEST_PG" -c "set client_min_messages=warning; create schema $s1; create schema $s2"
  sep='?'; case "$ENTENTE_TEST_PG" in *\?*) sep='&';; esac
  run_both "$ENTENTE_TEST_PG${sep}options=-csearch_path%3D$s1" \
           "$ENTENTE_TEST_PG${sep}options=-csearch_path%3D$s2" postgresql
  psql -q "$ENTENTE_TEST_PG" -c "set client_min_messages=warning; drop schema $s1 cascade; drop schema $s2 cascade"
fi
exit $fail
