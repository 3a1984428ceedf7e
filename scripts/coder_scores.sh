#!/usr/bin/env bash
# coder_scores.sh [ENTENTE] - score the coder on every gold set (dev and
# held-out test halves; development and blind sets whole) and print the markdown table of docs/coder.md,
# ending with a pooled held-out row. POOLED_ONLY=1 prints the pooled row alone; POOLED_OPTS adds
# options to it (POOLED_OPTS="--target-model data/params/target_model.txt").
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
# Pooled held-out score: the root-level tp/fp/fn of the real-news test half
# and the four blind sets summed (about 655 sentences), so that a change can
# be judged on more than one small set; PLOVER's test half is on another
# level (PLOVER type) and stays out. Extra options (e.g. --target-model F)
# come from $POOLED_OPTS.
pooled() {
  local tp=0 fp=0 fn=0 n=0
  local runs=("tests/data/realnews_2014_2025.tsv --split test")
  for k in "" 2 3 4; do runs+=("tests/data/realnews_blind${k}_2014_2025.tsv"); done
  for r in "${runs[@]}"; do
    # shellcheck disable=SC2086
    read -r a b c i < <("$bin" eval $r --format json ${POOLED_OPTS:-} |
      python3 -c "import json,sys; j=json.load(sys.stdin); l=j['levels']['root']; print(l['tp'], l['fp'], l['fn'], j['items'])")
    tp=$((tp + a)); fp=$((fp + b)); fn=$((fn + c)); n=$((n + i))
  done
  python3 -c "
tp, fp, fn = $tp, $fp, $fn
p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
f = 2 * p * r / (p + r) if p + r else 0
print('| pooled held-out: real-news test half + blind sets 1-4, CAMEO root ${POOLED_OPTS:-} | held-out | $n | %.3f / %.3f / **%.3f** | - | - | - |' % (p, r, f))"
}
# POOLED_ONLY=1: that line alone
if [ -n "${POOLED_ONLY:-}" ]; then pooled; exit 0; fi
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
row_all "dev set H: natural leads 2014-2025, worldwide, CAMEO root" tests/data/dev_h_2014_2025.tsv root
row_all "dev set I: natural leads 1985-2005, half domestic, CAMEO root" tests/data/dev_i_1985_2005.tsv root
row_all "dev set J: natural leads 2014-2025, Africa, Asia, Latin America, Middle East, CAMEO root" tests/data/dev_j_2014_2025.tsv root
row_all "dev set K: short wire items 1988-2005, CAMEO root" tests/data/dev_k_1988_2005.tsv root
row_all "dev set L: wire leads 2014-2025, Europe, Russia, Middle East, East Asia, Americas, CAMEO root" tests/data/dev_l_2014_2025.tsv root
row_all "dev set M: wire leads 1990-2013, worldwide, CAMEO root" tests/data/dev_m_1990_2013.tsv root
row_all "dev set N: short news sentences 2014-2025, international relations, CAMEO root" tests/data/dev_n_2014_2025.tsv root
row_all "dev set O: wire leads 1979-2000, worldwide, CAMEO root" tests/data/dev_o_1979_2000.tsv root
row_all "dev set P: wire leads 2014-2025, worldwide, CAMEO root" tests/data/dev_p_2014_2025.tsv root
row_all "dev set Q: short wire items 1979-2005, CAMEO root" tests/data/dev_q_1979_2005.tsv root
row_all "dev set R: wire leads 2014-2025, Africa, Middle East, Asia, Latin America, CAMEO root" tests/data/dev_r_2014_2025.tsv root
row_all "dev set S: wire leads 1985-2012, worldwide, CAMEO root" tests/data/dev_s_1985_2012.tsv root
row_all "dev set T: wire leads 2014-2025, Europe, Russia and Ukraine, NATO, US, Caucasus, Balkans (session 10), CAMEO root" tests/data/dev_t_2014_2025.tsv root
row_all "dev set U: wire leads 2014-2025, Middle East, South, East and Southeast Asia (session 10), CAMEO root" tests/data/dev_u_2014_2025.tsv root
row_all "dev set V: wire leads 2014-2025, Africa and Latin America, half domestic (session 10), CAMEO root" tests/data/dev_v_2014_2025.tsv root
row_all "dev set W: wire leads 1995-2013, worldwide (session 10), CAMEO root" tests/data/dev_w_1995_2013.tsv root
row_all "dev set X: wire leads 1989-2000, worldwide, balanced over the PLOVER types (session 11), CAMEO root" tests/data/dev_x_1989_2000.tsv root
row_all "dev set Y: wire leads 2014-2025, worldwide, mostly interstate diplomacy (session 11), CAMEO root" tests/data/dev_y_2014_2025.tsv root
row_all "dev set Z: wire leads 2000-2013, worldwide (session 11), CAMEO root" tests/data/dev_z_2000_2013.tsv root
row_all "dev set AA: wire leads 2014-2025, worldwide (session 11, scored once at its end), CAMEO root" tests/data/dev_aa_2014_2025.tsv root
row_all "dev set AB: wire leads 1990-2010, worldwide, balanced over the PLOVER types (session 11, scored once at its end), CAMEO root" tests/data/dev_ab_1990_2010.tsv root
row_all "dev set AC: wire leads 2014-2025, Africa, Asia, Latin America, Middle East, half domestic (session 11, scored once at its end), CAMEO root" tests/data/dev_ac_2014_2025.tsv root
row_all "dev set AD: wire leads 2014-2025, Europe, Russia, Ukraine, NATO, US, Baltic and Nordic states (session 12, scored once before its errors were read), CAMEO root" tests/data/dev_ad_2014_2025.tsv root
row_all "dev set AE: wire leads 1979-2013, worldwide, balanced over the PLOVER types (session 12, scored once before its errors were read), CAMEO root" tests/data/dev_ae_1979_2013.tsv root
row_all "dev set AF: wire leads 2014-2025, worldwide, balanced over the PLOVER types (session 12, scored once before its errors were read), CAMEO root" tests/data/dev_af_2014_2025.tsv root
row_all "dev set AG: wire leads 2014-2025, Middle East, Africa, Asia, Latin America (session 13, scored before its errors were read), CAMEO root" tests/data/dev_ag_2014_2025.tsv root
row_all "dev set AH: wire leads 2014-2025, Europe, Russia, Ukraine, NATO, second-tier actors (session 13, scored before its errors were read), CAMEO root" tests/data/dev_ah_2014_2025.tsv root
row_all "dev set AI: wire leads 1990-2005, worldwide (session 14, scored before its errors were read), CAMEO root" tests/data/dev_ai_1990_2005.tsv root
row_all "dev set AJ: wire leads 2014-2025, international relations worldwide (session 14, scored before its errors were read), CAMEO root" tests/data/dev_aj_2014_2025.tsv root
row_all "dev set AK: wire leads 2006-2013, worldwide (session 15, scored before its errors were read), CAMEO root" tests/data/dev_ak_2006_2013.tsv root
row_all "dev set AL: wire leads 2014-2025, politics and conflict inside states (session 15, scored before its errors were read), CAMEO root" tests/data/dev_al_2014_2025.tsv root
row_all "dev set AM: wire leads 2014-2025, relations between states and organisations (session 16, scored before its errors were read), CAMEO root" tests/data/dev_am_2014_2025.tsv root
row_all "dev set AN: wire leads 1990-2005, worldwide (session 16, scored before its errors were read), CAMEO root" tests/data/dev_an_1990_2005.tsv root
row_all "dev set AO: wire leads 2006-2025, worldwide (session 18, scored before its errors were read), CAMEO root" tests/data/dev_ao_2006_2025.tsv root
row_all "dev set AP: wire leads 1979-2005, worldwide (session 18, scored before its errors were read), CAMEO root" tests/data/dev_ap_1979_2005.tsv root
row_all "dev set AQ: wire leads 2014-2025, Europe (session 18, scored before its errors were read), CAMEO root" tests/data/dev_aq_2014_2025.tsv root
for k in "" 2 3 4; do
  HALF="all (blind)" row_all "blind real-news set ${k:-1}, CAMEO root" tests/data/realnews_blind${k}_2014_2025.tsv root
done
for k in 3 4; do
  HALF="all (blind)" row_all "blind set $k, CAMEO root (second, independent coding: --against)" tests/data/realnews_blind${k}_2014_2025.tsv root --against tests/data/realnews_blind${k}_2014_2025_coder2.tsv
done
pooled
