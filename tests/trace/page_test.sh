#!/usr/bin/env bash
# page_test.sh: the timeline page of a trace, in a real browser.
#
# usage: page_test.sh GOSH FIXTURE.json OUTDIR
#
# Writes OUTDIR/NAME.html with `gosh trace FIXTURE -o`, loads it in
# headless Chromium from a file:// URL with #selftest (selftest.js then
# checks the lanes, the arrows, hovering, clicking, the keys, the console,
# the end marker and that nothing logged an error, and writes its results
# into the page, which --dump-dom prints), and keeps a screenshot,
# OUTDIR/NAME.png, as the test's artifact. Chromium is required: without
# it the test fails and says what to install.
set -u
gosh=$1
fixture=$2
out=$3
name=$(basename "$fixture" .json)
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "FAIL: chromium not found; the page tests need it: apt-get install chromium"
  exit 1
fi
page="$out/$name.html"
if ! "$gosh" trace "$fixture" -o "$page"; then
  echo "FAIL: gosh trace $fixture -o $page"
  exit 1
fi
profile=$(mktemp -d "${TMPDIR:-/tmp}/gosh-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
run_browser() {
  timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-extensions \
    --user-data-dir="$profile" --window-size=1600,900 --hide-scrollbars "$@" 2>"$out/$name.browser.log"
}
start=$(date +%s%N)
run_browser --dump-dom "file://$(cd "$(dirname "$page")" && pwd)/$name.html#selftest" >"$out/$name.dom"
end=$(date +%s%N)
# the self-test's lines: the last <pre id="selftest"> of the DOM
results=$(awk '/<pre id="selftest">/ { on = 1; sub(/.*<pre id="selftest">/, "") } on { print } /<\/pre>/ && on { on = 0 }' "$out/$name.dom" |
          sed 's/<\/pre>.*//' | grep -E '^(PASS|FAIL|TIMING|SELFTEST)')
printf '%s\n' "$results"
status=0
if ! printf '%s\n' "$results" | grep -q '^SELFTEST DONE pass=[0-9]* fail=0$'; then
  echo "FAIL: the page's self-test did not pass (DOM in $out/$name.dom, browser log in $out/$name.browser.log)"
  status=1
fi
if grep -E 'Uncaught|CONSOLE.*(ERROR|error)' "$out/$name.browser.log"; then
  echo "FAIL: the browser logged an error"
  status=1
fi
echo "browser load and self-test: $(( (end - start) / 1000000 )) ms"
rm -f "$out/$name.png"
run_browser --screenshot="$out/$name.png" "file://$(cd "$(dirname "$page")" && pwd)/$name.html" >/dev/null
if [ -s "$out/$name.png" ]; then
  echo "screenshot: $out/$name.png"
else
  echo "FAIL: no screenshot"
  status=1
fi
exit $status
