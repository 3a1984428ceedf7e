#!/usr/bin/env bash
# ingest.sh ENTENTE ENTENTE_MPI NP "MPIRUN..." - `mpirun -np NP entente-mpi
# ingest` (ranks ingesting line shares of one file into one store at once)
# reports and stores what one `entente ingest` does: into SQLite, and into
# PostgreSQL when ENTENTE_TEST_PG is set. Then again: nothing added.
set -euo pipefail
one=$1 mpi=$2 np=$3
read -r -a mpirun <<<"$4"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash bench/gen_events.sh 6000 "$tmp/ev.jsonl"
fail=0
check() { # label expected actual
  if [ "$2" != "$3" ]; then
    echo "FAIL $1: expected [$2], got [$3]"; fail=1
  else
    echo "ok $1"
  fi
}
run_both() { # target-one target-mpi
  local a b
  a=$("$one" ingest --db "$1" --batch 1000 "$tmp/ev.jsonl" | sed "s|^$1: ||")
  b=$("${mpirun[@]}" -np "$np" "$mpi" ingest --db "$2" --batch 1000 "$tmp/ev.jsonl" |
      sed "s|^$2: ||")
  check "first ingest ($3)" "$a" "$b"
  check "counts ($3)" "6000 events read, 6000 added, 0 already stored" "$b"
  b=$("${mpirun[@]}" -np "$np" "$mpi" ingest --db "$2" "$tmp/ev.jsonl" | sed "s|^$2: ||")
  check "second ingest ($3)" "6000 events read, 0 added, 6000 already stored" "$b"
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
