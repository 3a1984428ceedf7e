#!/usr/bin/env bash
# sweep.sh ENTENTE ENTENTE_MPI NP "MPIRUN..." - `mpirun -np NP entente-mpi
# sweep` over the seed scenario's assumption grid (ranks taking sets from a
# shared counter) writes exactly the table of one `entente sweep`, in CSV
# and JSON, whatever the threads per rank.
set -euo pipefail
one=$1 mpi=$2 np=$3
read -r -a mpirun <<<"$4"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
s=scenarios/ukraine-guarantees-2025.yaml
g=scenarios/ukraine-guarantees-2025.grid
for fmt in csv json; do
  "$one" sweep "$s" --trigger rus-est --assume-grid "$g" --trials 3000 --seed 7 \
    --states USA,FIN --format "$fmt" --threads 2 -q >"$tmp/one.$fmt"
  "${mpirun[@]}" -np "$np" "$mpi" sweep "$s" --trigger rus-est --assume-grid "$g" \
    --trials 3000 --seed 7 --states USA,FIN --format "$fmt" --threads 1 -q >"$tmp/mpi.$fmt"
  if cmp -s "$tmp/one.$fmt" "$tmp/mpi.$fmt" && [ -s "$tmp/one.$fmt" ]; then
    echo "ok sweep $fmt ($(wc -l <"$tmp/one.$fmt") lines identical)"
  else
    echo "FAIL sweep $fmt"; diff "$tmp/one.$fmt" "$tmp/mpi.$fmt" | head; fail=1
  fi
done
rows=$(($(wc -l <"$tmp/one.csv") - 1))
[ "$rows" = 18 ] || { echo "FAIL: $rows rows, expected 18"; fail=1; }
exit $fail
