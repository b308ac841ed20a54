#!/usr/bin/env bash
# The REPL's :trace (tests/repl/trace.txt through the pty driver), then
# what it wrote: each trace keeps docs/trace-format.md's rules
# (check_trace), holds the goroutine's lane, the send -> receive arrow and
# the unlock -> lock arrow, and the count the REPL printed is the
# file's; the .html is the timeline page.
# usage: trace.sh PTY_DRIVER GOSH CHECK_TRACE   (run from tests/)
set -u
driver=$1 gosh=$2 check=$3
script=$(pwd)/repl/trace.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks $2"; }

cd "$tmp" || exit 1
PTY_DRIVER_LOG=$tmp/session.log "$driver" "$script" "$gosh" || exit 1

for t in chan page; do
  [ -s $t.json ] || { fail "$t.json not written"; continue; }
  "$check" $t.json >check.out 2>&1 || { fail "check_trace $t.json:"; head -5 check.out; }
  # the count the REPL printed is what the file holds
  said=$(sed -n "s/^trace: \([0-9]*\) events\? written to $t.json.*/\1/p" session.log)
  holds=$(sed -n 's/.*: ok (\([0-9]*\) events.*/\1/p' check.out)
  [ -n "$said" ] && [ "$said" = "$holds" ] || fail "$t.json: the REPL said ${said:-nothing}, the file holds ${holds:-?} events"
  has $t.json '"program":"REPL"'
  has $t.json '"reason":":trace off"'
done
t=chan.json
has $t '"name":"goroutine'
grep -qE '"name":"goroutine [0-9]+: main\.main\.func1"' $t || fail "$t: no lane of the goroutine"
grep -qE '"name":"goroutine [0-9]+: <entry [0-9]+>"' $t || fail "$t: no lane of an entry"
grep -qE '"ph":"s",[^}]*"cat":"handoff","name":"send on ch"' $t || fail "$t: no hand-off arrow starts"
grep -qE '"ph":"f",[^}]*"cat":"handoff","name":"send on ch"' $t || fail "$t: no hand-off arrow ends"
has $t '"cat":"recv","name":"receive on ch"'
has $t '"value":"ping"'
has $t '"cat":"unlock","name":"unlock mu"'
grep -qE '"ph":"f",[^}]*"cat":"unlock"' $t || fail "$t: no unlock -> lock arrow (the REPL's sync package says what its locks do)"
has $t '"<entry '
# the goroutine started before the trace is in it too
has $t 'send on ticks'
# the entry before :trace on is not
grep -q '"make chan ticks"' $t && fail "$t: has the entry before :trace on"
# the page is the timeline page, its JSON beside it
[ -s page.html ] || fail "page.html not written"
grep -q '<script type="application/json"' page.html || fail "page.html is not the timeline page"
has page.json '"value":"42"'
[ ! -e other.json ] || fail "other.json was created by a refused :trace on"

if [ $fails -eq 0 ]; then echo "repl/trace: all passed"; else exit 1; fi
