#!/usr/bin/env bash
# `gosh trace`: the summary, -o, --help and the one-line errors (exit 2).
# usage: cli.sh GOSH DIR   (DIR: tests/trace)
set -u
gosh=$1
dir=$2
failures=0
passes=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check NAME WANT_STATUS WANT_STDOUT_REGEX WANT_STDERR_REGEX -- CMD...
check() {
  local name=$1 want_rc=$2 want_out=$3 want_err=$4
  shift 5
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local rc=$? ok=1
  [ "$rc" = "$want_rc" ] || ok=0
  if [ -n "$want_out" ] && ! grep -Eq -- "$want_out" "$tmp/out"; then ok=0; fi
  if [ -n "$want_err" ] && ! grep -Eq -- "$want_err" "$tmp/err"; then ok=0; fi
  # an error is exactly one line
  if [ "$want_rc" = 2 ] && [ "$(wc -l <"$tmp/err")" != 1 ]; then ok=0; fi
  if [ "$ok" = 0 ]; then
    echo "FAIL: $name (status $rc, want $want_rc)"
    echo "--- stdout"; head -20 "$tmp/out"; echo "--- stderr"; head -20 "$tmp/err"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

printf 'this is not JSON\n' >"$tmp/text.json"
printf '{"traceEvents": []}\n' >"$tmp/chrome.json"
printf '[1, 2, 3]\n' >"$tmp/array.json"
: >"$tmp/empty.json"

check help 0 '^usage: gosh trace FILE.json' '' -- "$gosh" trace --help
check help-short 0 '^usage: gosh trace FILE.json' '' -- "$gosh" trace -h
check in-gosh-help 0 'gosh trace FILE.json' '' -- "$gosh" --help
check summary 0 '^trace of pingpong.gosh' '' -- "$gosh" trace "$dir/fixtures/pingpong.json"
check missing 2 '' '^gosh: open no/such.json: No such file or directory$' -- "$gosh" trace no/such.json
check directory 2 '' '^gosh: read .*: Is a directory$' -- "$gosh" trace "$dir"
check not-json 2 '' "^gosh: $tmp/text.json is not JSON: line 1, column 1: unexpected character$" -- "$gosh" trace "$tmp/text.json"
check empty 2 '' "^gosh: $tmp/empty.json is not JSON: line 1, column 1: unexpected end of input$" -- "$gosh" trace "$tmp/empty.json"
check not-gosh 2 '' "^gosh: $tmp/chrome.json is not a gosh trace: otherData.format is not \"gosh-trace\"$" -- "$gosh" trace "$tmp/chrome.json"
check array 2 '' "^gosh: $tmp/array.json is not a gosh trace: it is not a JSON object$" -- "$gosh" trace "$tmp/array.json"
check no-file 2 '' "^gosh: trace: needs a trace FILE.json \(run 'gosh trace --help' for usage\)$" -- "$gosh" trace
check two-files 2 '' "one trace file at a time" -- "$gosh" trace a.json b.json
check bad-option 2 '' "^gosh: trace: unknown option --bogus \(run 'gosh trace --help' for usage\)$" -- "$gosh" trace --bogus a.json
check o-missing 2 '' "^gosh: trace: -o needs the page's file name" -- "$gosh" trace a.json -o
check html-of-missing 2 '' '^gosh: open no/such.json: No such file or directory$' -- "$gosh" trace no/such.json -o "$tmp/x.html"
check html-of-bad 2 '' 'is not JSON' -- "$gosh" trace "$tmp/text.json" -o "$tmp/x.html"
[ -e "$tmp/x.html" ] && { echo "FAIL: a page was written for a bad trace"; failures=$((failures + 1)); }
check html-unwritable 2 '' "^gosh: create $tmp/no/dir/x.html: No such file or directory$" -- "$gosh" trace "$dir/fixtures/pingpong.json" -o "$tmp/no/dir/x.html"
check html 0 '' '' -- "$gosh" trace "$dir/fixtures/pingpong.json" -o "$tmp/p.html"
check html-after 0 '' '' -- "$gosh" trace -o "$tmp/q.html" "$dir/fixtures/pingpong.json"
check html-equals 0 '' '' -- "$gosh" trace --output="$tmp/r.html" "$dir/fixtures/pingpong.json"

# The page is self-contained: no URL to load anything from, the data
# inlined, and no '<' of the data left to close the script early.
page=$tmp/p.html
if grep -Eiq '(src|href)=|https?://|@import|url\(' "$page"; then
  echo "FAIL: the page refers to something outside itself:"; grep -Eion '(src|href)=|https?://|@import|url\(' "$page" | head
  failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
if ! grep -q '<script type="application/json" id="trace-data">' "$page"; then
  echo "FAIL: no trace data element in the page"; failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
# a value holding </script> and <!-- must stay inside the data
sed 's|"text":"got 1"|"text":"</script><script>alert(1)</script><!--"|' "$dir/fixtures/pingpong.json" >"$tmp/evil.json"
check html-evil 0 '' '' -- "$gosh" trace "$tmp/evil.json" -o "$tmp/evil.html"
if grep -q 'alert(1)</script>' "$tmp/evil.html" || ! grep -q '\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--' "$tmp/evil.html"; then
  echo "FAIL: '<' in the data is not escaped"; failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
# Every cut of a trace is refused in one line, never a crash.
src="$dir/fixtures/workerpool.json"
size=$(wc -c <"$src")
for ((cut = 0; cut < size - 2; cut += 97)); do
  head -c "$cut" "$src" >"$tmp/cut.json"
  check "cut-at-$cut" 2 '' 'is not (JSON|a gosh trace)' -- "$gosh" trace "$tmp/cut.json"
done
# Hostile JSON: deep nesting, huge numbers, escapes, invalid UTF-8.
head -c 100000 /dev/zero | tr '\0' '[' >"$tmp/deep.json"
check deep-nesting 2 '' 'nested too deeply' -- "$gosh" trace "$tmp/deep.json"
printf '{"otherData":{"format":"gosh-trace","version":1,"program":"\\u00e9\\ud83d\\ude00\\ud800x\xff"},"traceEvents":[{"ph":"i","ts":1e400,"tid":1e30,"name":"x"}]}' >"$tmp/odd.json"
check odd-values 0 'trace of' '' -- "$gosh" trace "$tmp/odd.json"
echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
