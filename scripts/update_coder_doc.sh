#!/usr/bin/env bash
# update_coder_doc.sh - regenerate the accuracy table of docs/coder.md.
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(scripts/coder_scores.sh "$@")
python3 - "$table" <<'PY'
import sys, re
p = 'docs/coder.md'
s = open(p).read()
a = s.index('<!-- scores: regenerate with scripts/coder_scores.sh -->')
b = s.index('<!-- /scores -->')
head = '<!-- scores: regenerate with scripts/coder_scores.sh -->\n'
s = s[:a] + head + sys.argv[1] + '\n' + s[b:]
open(p, 'w').write(s)
PY
