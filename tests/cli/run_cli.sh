#!/usr/bin/env bash
# run_cli.sh ENTENTE FILE.test - run golden CLI cases (the format of jq's
# tests/jq.test, adapted): cases are separated by blank lines; in a case
#   $ entente ARGS...   the command (run from the source root; `entente` is
#                       replaced by the binary under test)
#   ? N                 the expected exit status (default 0)
#   > line              an expected stdout line (all of them, exactly, in order)
#   ~ text              text expected somewhere in stdout or stderr
#   ! text              text that must not appear in stdout or stderr
#   @ needs-shared      skip the file (exit 77) when ../shared/data is absent
#   @ needs-pg          skip the file (exit 77) when ENTENTE_TEST_PG is unset
set -u
bin=$1
file=$2
fails=0
cases=0
if grep -q '^@ needs-shared' "$file" && [ ! -d "${ENTENTE_SHARED:-../shared}/data" ]; then
  echo "skipping $file: shared data not found"; exit 77
fi
if grep -q '^@ needs-pg' "$file" && [ -z "${ENTENTE_TEST_PG:-}" ]; then
  echo "skipping $file: ENTENTE_TEST_PG not set"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Commands call `entente`, the binary under test; $TMP is a scratch directory.
entente() { "$bin" "$@"; }
TMP=$tmp

run_case() {
  [ -z "$cmd" ] && return
  cases=$((cases + 1))
  local out="$tmp/out" err="$tmp/err" status
  ( eval "$cmd" ) >"$out" 2>"$err"
  status=$?
  local bad=""
  [ "$status" -ne "$want_status" ] && bad="exit status $status, expected $want_status"
  if [ -z "$bad" ] && [ -n "$want_out" ]; then
    if ! diff -u <(printf '%s' "$want_out") "$out" >"$tmp/diff"; then
      bad="stdout differs:
$(cat "$tmp/diff")"
    fi
  fi
  if [ -z "$bad" ]; then
    while IFS= read -r t; do
      [ -z "$t" ] && continue
      grep -qF -- "$t" "$out" "$err" || { bad="missing: $t"; break; }
    done <<<"$want_sub"
  fi
  if [ -z "$bad" ]; then
    while IFS= read -r t; do
      [ -z "$t" ] && continue
      grep -qF -- "$t" "$out" "$err" && { bad="unexpected: $t"; break; }
    done <<<"$want_not"
  fi
  if [ -n "$bad" ]; then
    fails=$((fails + 1))
    echo "FAIL $file: $cmd"
    echo "  $bad"
    echo "  stderr: $(head -c 2000 "$err")"
  fi
}

reset() { cmd=""; want_status=0; want_out=""; want_sub=""; want_not=""; }
reset
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    '$ '*) cmd=${line#\$ } ;;
    '? '*) want_status=${line#\? } ;;
    '> '*|'>') l=${line#>}; l=${l# }; want_out+="$l"$'\n' ;;
    '~ '*) want_sub+="${line#\~ }"$'\n' ;;
    '! '*) want_not+="${line#! }"$'\n' ;;
    '#'*|'@'*) ;;
    '') run_case; reset ;;
  esac
done <"$file"
run_case
echo "$file: $cases cases, $fails failed"
[ "$fails" -eq 0 ]
