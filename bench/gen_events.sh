#!/usr/bin/env bash
# gen_events.sh N FILE - write N synthetic coded events as JSONL, in the
# format `entente code` writes (doc, sentence, date, actors, CAMEO code,
# PLOVER type, Goldstein, modality, offsets), for the ingest benchmark.
# Deterministic: the same N gives the same file.
set -euo pipefail
n=${1:?usage: gen_events.sh N FILE}
out=${2:?usage: gen_events.sh N FILE}
awk -v n="$n" 'BEGIN {
  split("010 020 036 042 043 057 0874 111 112 1224 130 138 163 172 190 195", codes, " ")
  split("CONSULT REQUEST ENGAGE ENGAGE ENGAGE AGREE RETREAT DISAPPROVE ACCUSE DEMAND THREATEN THREATEN SANCTION COERCE ASSAULT ASSAULT", plover, " ")
  split("UKR RUS USA EUR NATO FRA DEU GBR POL CHN BLR EST LVA LTU FIN SWE", act, " ")
  split("GOV MIL GOV GOV  GOV MIL GOV", agent, " ")
  for (i = 0; i < n; i++) {
    c = i % 16 + 1; s = (i * 7) % 16 + 1; t = (i * 11 + 3) % 16 + 1
    if (t == s) t = s % 16 + 1
    g = (i % 21) - 10
    printf "{\"doc\":\"news-%07d\",\"sentence\":%d,\"date\":\"20%02d-%02d-%02d\",", int(i / 4), i % 4, 15 + int(i / 400000) % 11, 1 + int(i / 28) % 12, 1 + i % 28
    printf "\"source\":\"%s%s\",\"target\":\"%s\",\"source_root\":\"%s\",\"target_root\":\"%s\",", act[s], agent[i % 7 + 1], act[t], act[s], act[t]
    printf "\"cameo\":\"%s\",\"root\":\"%s\",\"plover\":\"%s\",\"plover_mode\":\"\",", codes[c], substr(codes[c], 1, 2), plover[c]
    printf "\"quad_class\":\"%s\",\"goldstein\":%.1f,\"negated\":%s,\"modality\":\"asserted\",", (g < 0 ? "material_conflict" : "verbal_cooperation"), g, (i % 13 ? "false" : "true")
    printf "\"start\":%d,\"end\":%d,\"source_start\":0,\"source_end\":%d}\n", 10 + i % 90, 16 + i % 90, 3 + i % 9
  }
}' > "$out"
