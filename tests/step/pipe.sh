#!/usr/bin/env bash
# gosh step with its commands on a pipe (no terminal): the same choices
# give the same run, EOF runs to the end, save and --replay agree, -stmt
# stops at lines, q quits, flags and usage errors.
# usage: pipe.sh GOSH   (run from tests/step/)
set -u
gosh=$1
here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cp "$here/order.go" "$here/deadlock.go" "$tmp/"
cd "$tmp" || exit 1

# step COMMANDS ARGS...: commands one a line on stdin; out, err, rc
step() {
  local cmds=$1
  shift
  printf '%s' "$cmds" | "$gosh" step "$@" >out 2>err
  rc=$?
}

# picked order: B before A, then A before B; save at the last prompt
step $'1\n3\n2\n1\n1\n2\n3\nc\nsave s.txt\n' order.go
[ $rc = 0 ] || fail "order: status $rc"
printf 'B one\nA one\nA two\nB two\nmain done\n' >want
diff want out >/dev/null || { fail "order: output not in the picked order"; diff want out; }
grep -q '^step 2> 3$' err || fail "order: the commands are not echoed after the prompt"
"$gosh" --replay s.txt order.go >replay 2>replay.err || fail "order: replay failed: $(cat replay.err)"
diff out replay >/dev/null || fail "order: the replay printed something else"

# the same answers under the same seed: the same run, the same schedule
for k in 1 2; do
  step $'\n\n\n\n\nsave same.txt\n' -seed 7 order.go
  cp out same$k.out
  grep -v '^#' same.txt >same$k.txt
done
diff same1.out same2.out >/dev/null || fail "seed 7: two runs printed differently"
diff same1.txt same2.txt >/dev/null || fail "seed 7: two runs made different schedules"
grep -q '^seed 7$' same1.txt || fail "seed 7: the schedule's seed is not 7"

# end of input: the run goes on to its end, its output all there
step '' order.go
[ $rc = 0 ] || fail "eof: status $rc"
grep -q 'end of input: running to the end' err || fail "eof: not said"
[ "$(sort out | tr '\n' ' ')" = "A one A two B one B two main done " ] || fail "eof: output $(cat out)"

# a save before the end is rewritten with the rest when the run ends
step $'2\nsave mid.txt\nc\n' order.go
"$gosh" --replay mid.txt order.go >replay 2>replay.err || fail "mid-run save: replay failed: $(cat replay.err)"
diff out replay >/dev/null || fail "mid-run save: the replay printed something else"

# -stmt stops at source lines too: more stops, the same replay
enters=$(printf 'n\n%.0s' {1..60})$'\n'
step "$enters" order.go
plain_stops=$(grep -c '^step [0-9]*> ' err)
step "${enters}save stmt.txt"$'\n' -stmt order.go
stmt_stops=$(grep -c '^step [0-9]*> ' err)
[ "$stmt_stops" -gt "$plain_stops" ] || fail "-stmt: $stmt_stops stops, no more than without it ($plain_stops)"
grep -q 'end of input' err && fail "-stmt: more than 60 stops"
"$gosh" --replay stmt.txt order.go >replay 2>replay.err || fail "-stmt: replay failed: $(cat replay.err)"
diff out replay >/dev/null || fail "-stmt: the replay printed something else"

# q quits at once with status 1
step $'q\n' order.go
[ $rc = 1 ] || fail "q: status $rc, want 1"
grep -q '^quit$' err || fail "q: not said"

# a deadlock is reported as in a normal run, then the last prompt
step $'\n\n\n' deadlock.go
[ $rc = 2 ] || fail "deadlock: status $rc, want 2"
grep -q 'fatal error: all goroutines are asleep - deadlock!' err || fail "deadlock: no report"
grep -q 'the program ended: exit status 2' err || fail "deadlock: the end not said"

# flags and usage
"$gosh" step -h >out 2>err; rc=$?
[ $rc = 0 ] && grep -q '^usage: gosh step \[flags\] FILE' out || fail "-h: status $rc: $(head -3 out)"
"$gosh" step -bogus order.go >out 2>err </dev/null; rc=$?
[ $rc = 2 ] && grep -q 'gosh step: unknown flag -bogus' err || fail "unknown flag: status $rc: $(cat err)"
"$gosh" step -seed x order.go >out 2>err </dev/null; rc=$?
[ $rc = 2 ] && grep -q -- '-seed needs a number' err || fail "-seed x: status $rc: $(cat err)"
"$gosh" step >out 2>err </dev/null; rc=$?
[ $rc = 2 ] && grep -q 'no program to run' err || fail "no program: status $rc: $(cat err)"
"$gosh" step no/such.go >out 2>err </dev/null; rc=$?
[ $rc = 1 ] && grep -q 'no/such.go' err || fail "missing file: status $rc: $(cat err)"
"$gosh" --help | grep -q 'gosh step \[flags\] FILE' || fail "gosh --help does not list step"

if [ $fails -eq 0 ]; then echo "step/pipe: all passed"; else exit 1; fi
