#!/usr/bin/env bash
# Renders the HTML export of a plan in headless Chromium and saves a PNG, so
# that a person (or CI) can look at the page as a browser shows it.
#
#   scripts/screenshot-html.sh [PLAN] [OUT.png] [WIDTH]
#
# Defaults: examples/csmo-department.plan, /tmp/planwerk-export.png, 1300 px.
# Needs Debian's `chromium` (apt-get install chromium). Exits non-zero when
# the export or the screenshot fails, or the picture is missing or empty.
set -euo pipefail
cd "$(dirname "$0")/.."
plan=${1:-examples/csmo-department.plan}
out=${2:-/tmp/planwerk-export.png}
width=${3:-1300}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "no chromium: apt-get install chromium" >&2
  exit 2
fi
planwerk=${PLANWERK:-.build/debug/planwerk}
[ -x "$planwerk" ] || swift build --product planwerk >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$planwerk" export "$plan" --format html -o "$work/plan.html"
# A tall window: the whole page in one picture (Chromium cuts at the window).
height=$(( $(grep -c '' "$work/plan.html") * 7 + 900 ))
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size="$width,$height" --screenshot="$out" "file://$work/plan.html" >/dev/null 2>&1
[ -s "$out" ] || { echo "no screenshot written" >&2; exit 1; }
echo "$out"
