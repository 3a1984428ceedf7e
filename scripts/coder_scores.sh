#!/usr/bin/env bash
# coder_scores.sh [ENTENTE] - score the coder on every gold set (dev and
# held-out test halves; development and blind sets whole) and print the markdown table of docs/coder.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/entente}
S=../shared/data/events
D=$S/petrarch2/dictionaries
PHX="--petrarch-actors $D/Phoenix.Countries.actors.txt --petrarch-actors $D/Phoenix.International.actors.txt --petrarch-actors $D/Phoenix.MilNonState.actors.txt"
PETR="--no-default-dict --petrarch-actors $D/PETR.Validate.actors.txt --petrarch-agents $D/PETR.Validate.agents.txt --petrarch-verbs $D/PETR.Validate.verbs.txt"
row() { # name gold level opts...
  local name=$1 gold=$2 level=$3; shift 3
  for split in dev test; do
    "$bin" eval "$gold" --split "$split" --format json "$@" | python3 -c "
import json,sys
r=json.load(sys.stdin); l=r['levels']
def f(k):
    return '%.3f / %.3f / **%.3f**' % (l[k]['precision'], l[k]['recall'], l[k]['f1']) if k in l else '-'
print('| $name | $split | %d | %s | %s | %s | %s |' % (r['items'], f('$level'), f('full') if '$level'=='root' else '-', f('actors'), f('code') if '$level'=='root' else f('plover_type')))
"
  done
}
# a development or blind set, all items (no halves); HALF labels the row
row_all() { # name gold level opts...
  local name=$1 gold=$2 level=$3; shift 3
  local half=${HALF:-all (dev)}
  "$bin" eval "$gold" --format json "$@" | python3 -c "
import json,sys
r=json.load(sys.stdin); l=r['levels']
def f(k):
    return '%.3f / %.3f / **%.3f**' % (l[k]['precision'], l[k]['recall'], l[k]['f1']) if k in l else '-'
print('| $name | $half | %d | %s | %s | %s | %s |' % (r['items'], f('$level'), f('full'), f('actors'), f('code')))
"
}
echo "| gold set (dictionaries) | half | items | main level P / R / F1 | full code | actors | code or type alone |"
echo "|---|---|---|---|---|---|---|"
row "PLOVER_GSR_CAMEO, PLOVER type (entente)" $S/plover_gsr_cameo.tsv plover --ignore-dates
row "PLOVER_GSR_CAMEO, PLOVER type (entente + Phoenix actors)" $S/plover_gsr_cameo.tsv plover --ignore-dates $PHX
row "real news 2014-2025, CAMEO root (entente)" tests/data/realnews_2014_2025.tsv root
row "real news 2014-2025, CAMEO root (entente + Phoenix actors)" tests/data/realnews_2014_2025.tsv root $PHX
row "PLOVER_GSR_CAMEO, PLOVER type (second, independent coding: --against)" $S/plover_gsr_cameo.tsv plover --against tests/data/plover_gsr_cameo_coder2.tsv
row "real news 2014-2025, CAMEO root (second, independent coding: --against)" tests/data/realnews_2014_2025.tsv root --against tests/data/realnews_2014_2025_coder2.tsv
row "PETRARCH-2 unit tests, root (PETR validation dictionaries)" $S/petr1_unittest.tsv root $PETR
row_all "dev set A: Europe, Russia, Middle East 2014-2025, CAMEO root" tests/data/dev_a_2014_2025.tsv root
row_all "dev set B: Africa, Asia, Americas 2014-2025, CAMEO root" tests/data/dev_b_2014_2025.tsv root
row_all "dev set C: wire style 1979-2005, CAMEO root" tests/data/dev_c_1979_2005.tsv root --ignore-dates
row_all "dev set D: natural leads, Europe, Americas, Middle East, CAMEO root" tests/data/dev_d_2014_2025.tsv root
row_all "dev set E: natural leads, Asia, Africa, Pacific, IOs, CAMEO root" tests/data/dev_e_2014_2025.tsv root
row_all "dev set F: natural leads 1979-2005, worldwide, CAMEO root" tests/data/dev_f_1979_2005.tsv root
row_all "dev set G: natural leads 2006-2025, Latin America, Caucasus, Balkans, domestic, CAMEO root" tests/data/dev_g_2006_2025.tsv root
for k in "" 2 3 4; do
  HALF="all (blind)" row_all "blind real-news set ${k:-1}, CAMEO root" tests/data/realnews_blind${k}_2014_2025.tsv root
done
for k in 3 4; do
  HALF="all (blind)" row_all "blind set $k, CAMEO root (second, independent coding: --against)" tests/data/realnews_blind${k}_2014_2025.tsv root --against tests/data/realnews_blind${k}_2014_2025_coder2.tsv
done
