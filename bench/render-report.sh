#!/usr/bin/env bash
# Looks at the report as a person would (issue 8): writes the demo report with
# `celltrial analyze --demo`, renders report.<lang>.html with headless Chromium and every page of
# report.<lang>.pdf with pdftoppm to PNG, extracts the PDF's text with pdftotext, and checks with
# bench/ReportImages.java that
#   - every heading of the HTML (table titles, figure captions; Chinese and English) is in the PDF text,
#   - the PDF has at least MIN_PAGES pages,
#   - every figure is drawn in both the screenshot and the PDF pages (a band of coloured curve
#     pixels), holds axes and labels (dark pixels) and is not cut at the right edge.
# The PNGs stay in OUT for a person to look at; they are never committed (bench/out/ is ignored).
# Needs Debian's chromium and poppler-utils: installed with apt-get when missing and run as root.
# Usage: bench/render-report.sh [OUT]    (default bench/out/render-report; exits 1 on a failed check)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/bench/out/render-report}"
min_pages="${MIN_PAGES:-3}"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if ((${#need[@]})); then
  if [[ "$(id -u)" != 0 ]]; then
    echo "render-report: install ${need[*]} (Debian packages) first" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

rm -rf "$out"
mkdir -p "$out"
"$here/celltrial" analyze --demo --out "$out/report" --lang en >"$out/analyze.txt"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
status=0
for lang in zh en; do
  html="$out/report/report.$lang.html"
  pdf="$out/report/report.$lang.pdf"
  # One tall window shows the whole page: no scrolling in a screenshot.
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-dev-shm-usage --hide-scrollbars \
    --user-data-dir="$profile/$lang" --window-size=1200,24000 \
    --screenshot="$out/html-$lang.png" "file://$html" >/dev/null 2>&1
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  pdftoppm -r 80 -png "$pdf" "$out/pdf-$lang"
  pdftotext -enc UTF-8 "$pdf" "$out/pdf-$lang.txt"
  echo "== $lang: $pages PDF pages"
  if ((pages < min_pages)); then
    echo "FAIL $pdf has $pages pages, expected at least $min_pages"
    status=1
  fi
  java "$here/bench/ReportImages.java" "$html" "$out/pdf-$lang.txt" "$out/html-$lang.png" \
    "$out"/pdf-"$lang"-*.png || status=1
done
echo "PNGs in $out: look at them."
exit "$status"
