#!/usr/bin/env bash
# gen_corpus.sh N FILE - a JSONL news corpus of N sentences for `entente
# code --input-format jsonl` ({"id","date","text"} per line, 4 sentences
# per document), built by cycling through the 150 real news sentences of
# tests/data/realnews_2014_2025.tsv (a fixed rotation per document, so
# documents differ). Deterministic: the same N gives the same file.
set -euo pipefail
n=${1:?usage: gen_corpus.sh N FILE}
out=${2:?usage: gen_corpus.sh N FILE}
src="$(dirname "$0")/../tests/data/realnews_2014_2025.tsv"
awk -F'\t' -v n="$n" '
  BEGIN { m = 0 }
  NR > 1 { gsub(/\\/, "\\\\", $5); gsub(/"/, "\\\"", $5); s[m] = $5; d[m] = $2; m++ }
  END {
    k = 0
    for (doc = 0; k < n; doc++) {
      text = ""
      for (j = 0; j < 4 && k < n; j++) {
        i = (doc * 7 + j * 13) % m
        text = text (j ? " " : "") s[i]
        k++
      }
      printf "{\"id\":\"doc-%06d\",\"date\":\"%s\",\"text\":\"%s\"}\n", doc, d[(doc * 7) % m], text
    }
  }' "$src" > "$out"
