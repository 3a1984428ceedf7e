#!/usr/bin/env bash
# code.sh ENTENTE ENTENTE_MPI NP "MPIRUN..." [SENTENCES] - `mpirun -np NP
# entente-mpi code --out DIR` writes one shard per rank and a manifest; the
# shards in rank order are exactly the output of one `entente code`: on a
# JSONL corpus of SENTENCES sentences (default 100000) in one file, on the
# same corpus cut into three files (one without document ids), and on
# many small text files.
set -euo pipefail
one=$1 mpi=$2 np=$3
read -r -a mpirun <<<"$4"
sentences=${5:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bash bench/gen_corpus.sh "$sentences" "$tmp/corpus.jsonl"
check() { # name expected-file dir
  local got
  got=$(cat "$3"/part-*.* | cmp - "$2" >/dev/null && echo same || echo differ)
  local nshards events lines
  nshards=$(ls "$3"/part-* | wc -l)
  events=$(grep -m1 -o '"events": [0-9]*$' "$3/manifest.json" | grep -o '[0-9]*$' || true)
  lines=$(grep -vc '^id	' "$2" || true)
  if [ "$got" = same ] && [ "$nshards" = "$np" ] && [ "$events" = "$lines" ]; then
    echo "ok $1: $np shards, $events events, identical to one process"
  else
    echo "FAIL $1: shards $got ($nshards shards, manifest $events events, expected $lines)"
    fail=1
  fi
}
# one JSONL file
"$one" code --input-format jsonl "$tmp/corpus.jsonl" >"$tmp/one.jsonl"
"${mpirun[@]}" -np "$np" "$mpi" code --input-format jsonl --out "$tmp/a" "$tmp/corpus.jsonl"
check one-file "$tmp/one.jsonl" "$tmp/a"
# three JSONL files, the middle one without ids (ids are line numbers)
total=$(wc -l <"$tmp/corpus.jsonl")
head -n $((total / 5)) "$tmp/corpus.jsonl" >"$tmp/p1.jsonl"
sed -n "$((total / 5 + 1)),$((total / 2))p" "$tmp/corpus.jsonl" |
  sed 's/^{"id":"[^"]*",/{/' >"$tmp/p2.jsonl"
tail -n +$((total / 2 + 1)) "$tmp/corpus.jsonl" >"$tmp/p3.jsonl"
"$one" code --input-format jsonl --format tsv "$tmp"/p[123].jsonl >"$tmp/one.tsv"
"${mpirun[@]}" -np "$np" "$mpi" code --input-format jsonl --format tsv --out "$tmp/b" "$tmp"/p[123].jsonl
# every TSV shard has its header: keep the first
{ head -n 1 "$tmp/b/part-00000.tsv"; for f in "$tmp"/b/part-*.tsv; do tail -n +2 "$f"; done; } >"$tmp/b.tsv"
if cmp -s "$tmp/b.tsv" "$tmp/one.tsv"; then echo "ok three-files (tsv)"; else echo "FAIL three-files (tsv)"; fail=1; fi
# many text files, whole files per rank
mkdir "$tmp/txt"
for i in $(seq 1 23); do
  sed -n "${i}p" "$tmp/corpus.jsonl" | sed 's/.*"text":"\(.*\)"}$/\1/' >"$tmp/txt/story-$i.txt"
done
"$one" code "$tmp"/txt/story-*.txt >"$tmp/one-txt.jsonl"
"${mpirun[@]}" -np "$np" "$mpi" code --out "$tmp/c" "$tmp"/txt/story-*.txt
check text-files "$tmp/one-txt.jsonl" "$tmp/c"
exit $fail
