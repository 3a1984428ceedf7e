#!/usr/bin/env bash
# check-report-html.sh FILE.html [SCREENSHOT.png] - load an entente report in
# headless Chromium and check that it renders: the network (Graphviz SVG with
# nodes), the charts and the tables are in the DOM Chromium built, the page
# logged nothing on the console (no errors, no script ran) and requested
# nothing beyond itself. With SCREENSHOT, also save a screenshot of the page.
# Exit 0 ok, 1 a check failed, 77 Chromium is not installed.
set -u
page=$(realpath "$1")
shot=${2:-}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  echo "check-report-html: chromium not installed" >&2
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
       --disable-component-update --disable-sync --no-first-run
       --disable-default-apps --disable-extensions --mute-audio
       --user-data-dir="$tmp/profile")
timeout 120 "$chromium" "${flags[@]}" --enable-logging=stderr --v=0 \
  --log-net-log="$tmp/net.json" --dump-dom "file://$page" \
  >"$tmp/dom" 2>"$tmp/err"
status=$?
fail=0
bad() { echo "check-report-html: $*" >&2; fail=1; }
[ "$status" -eq 0 ] || bad "chromium exited with status $status"
dom=$tmp/dom
for id in network cascade negotiation events provenance; do
  grep -q "<section id=\"$id\">" "$dom" || bad "section #$id missing"
done
nodes=$(grep -o 'class="node"' "$dom" | wc -l)
edges=$(grep -o 'class="edge"' "$dom" | wc -l)
charts=$(grep -o 'class="chart ' "$dom" | wc -l)
tables=$(grep -o '<table' "$dom" | wc -l)
grep -q 'class="graph"' "$dom" || bad "no network drawing"
[ "$nodes" -gt 0 ] || bad "the network has no nodes"
[ "$charts" -ge 3 ] || bad "only $charts charts"
[ "$tables" -ge 2 ] || bad "only $tables tables"
if grep -qi '<script' "$dom"; then bad "a script element is in the page"; fi
if grep -q ':CONSOLE' "$tmp/err"; then
  bad "console messages:"; grep ':CONSOLE' "$tmp/err" >&2
fi
# Requests: anything but the page itself and Chromium's own services.
reqs=$(grep -o '"url":"[^"]*"' "$tmp/net.json" 2>/dev/null | sort -u |
       grep -v "\"url\":\"file://$page\"" |
       grep -Ev '"url":"https?://[^/"]*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)[/"]' || true)
if [ -n "$reqs" ]; then bad "the page made requests:"; echo "$reqs" >&2; fi
if [ -n "$shot" ]; then
  timeout 120 "$chromium" "${flags[@]}" --hide-scrollbars \
    --window-size=1400,${SHOT_HEIGHT:-2200} --screenshot="$shot" \
    "file://$page" >/dev/null 2>&1 || bad "screenshot failed"
fi
[ "$fail" -eq 0 ] || exit 1
echo "ok: network with $nodes nodes and $edges edges, $charts charts, $tables tables, no console messages, no requests"
