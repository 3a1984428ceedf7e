#!/usr/bin/env bash
# simulate.sh ENTENTE ENTENTE_MPI NP "MPIRUN..." - `mpirun -np NP entente-mpi
# simulate` on the seed scenario prints exactly what one `entente simulate`
# prints with the same --seed: the ranks share the trials, the counts are
# summed and the coalition tallies merged on rank 0, which alone writes.
set -euo pipefail
one=$1 mpi=$2 np=$3
read -r -a mpirun <<<"$4"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
case_() { # name args...
  local name=$1
  shift
  "$one" simulate "$@" >"$tmp/one" 2>"$tmp/one.err" || { echo "FAIL $name: entente"; cat "$tmp/one.err"; fail=1; return; }
  "${mpirun[@]}" -np "$np" "$mpi" simulate "$@" >"$tmp/mpi" 2>"$tmp/mpi.err" ||
    { echo "FAIL $name: entente-mpi"; cat "$tmp/mpi.err"; fail=1; return; }
  if cmp -s "$tmp/one" "$tmp/mpi"; then
    echo "ok $name ($(wc -c <"$tmp/one") bytes identical)"
  else
    echo "FAIL $name: outputs differ"; diff "$tmp/one" "$tmp/mpi" | head -20; fail=1
  fi
}
s=scenarios/ukraine-guarantees-2025.yaml
case_ json-est "$s" --trigger rus-est --trials 40000 --seed 11 --format json -q
case_ table-ltu "$s" --trigger rus-ltu --trials 30001 --seed 5 --threads 2 -q
case_ assumed "$s" --trigger rus-fin --trials 20000 --seed 2 --coalitions 16 \
  --assume eur-troops-deployed --assume us-backstop --format json -q
case_ csv-few "$s" --trigger rus-est --trials 3 --seed 9 --format csv -q
exit $fail
