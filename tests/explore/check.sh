#!/bin/sh
# check.sh GOSH PROG.go STRATEGY: a buggy program (no _ok in its name) must
# fail under explore within 1000 schedules, and its saved schedule must
# replay to the same failure, byte for byte, twice; a correct twin (_ok)
# must pass 300 schedules.
gosh=$1 prog=$2 strategy=$3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
case $prog in
*_ok.go)
    "$gosh" explore -q -strategy "$strategy" -n 300 "$prog" > "$tmp/out" || { cat "$tmp/out"; exit 1; }
    exit 0 ;;
esac
"$gosh" explore -q -strategy "$strategy" -n 1000 -o "$tmp/s.sched" "$prog" > "$tmp/out"
rc=$?
cat "$tmp/out"
[ $rc = 1 ] || { echo "FAIL: explore found no failure (status $rc)"; exit 1; }
want=$(sed -n '1s/.*): //p' "$tmp/out")
"$gosh" --replay "$tmp/s.sched" "$prog" > "$tmp/r1" 2>&1; r1=$?
"$gosh" --replay "$tmp/s.sched" "$prog" > "$tmp/r2" 2>&1; r2=$?
[ $r1 != 0 ] || { echo "FAIL: the replay did not fail"; cat "$tmp/r1"; exit 1; }
[ $r1 = $r2 ] && cmp -s "$tmp/r1" "$tmp/r2" || { echo "FAIL: two replays differ"; exit 1; }
grep -qF -- "$want" "$tmp/r1" || { echo "FAIL: the replay does not show: $want"; cat "$tmp/r1"; exit 1; }
echo "replayed twice: $want"
