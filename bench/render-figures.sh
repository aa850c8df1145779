#!/usr/bin/env bash
# Renders the HTML reports of an analyze output folder to PNG with headless Chromium, one image per
# language and one per figure, to look at the figures as a reader would (docs/analysis.md "Figures").
# Usage: bench/render-figures.sh OUT [PNG_DIR]   (images are written to PNG_DIR, default OUT/png;
# do not commit them).
set -euo pipefail
out="$1"
png="${2:-$out/png}"
mkdir -p "$png"
shot() {
  local profile
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" \
    --screenshot="$2" --window-size="$3" "file://$1" 2>/dev/null
  rm -rf "$profile"
}
for html in "$out"/report.*.html; do
  name="$(basename "$html" .html)"
  shot "$(realpath "$html")" "$png/$name.png" 1200,6000
  # one page per figure: the report's head (styles) and that figure alone
  python3 - "$html" "$png/$name" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
head = s[: s.index("<body>") + 6]
for m in re.finditer(r'<figure id="figure-([a-z-]+)">.*?</figure>', s, re.S):
    open(f"{sys.argv[2]}-{m.group(1)}.html", "w", encoding="utf-8").write(head + m.group(0) + "</body></html>")
PY
  for f in "$png/$name"-*.html; do
    shot "$(realpath "$f")" "${f%.html}.png" 1000,1400
    rm "$f"
  done
done
ls "$png"
