#!/bin/sh
# check.sh GOSH PROG.go STRATEGY: a buggy program (no _ok in its name) must
# fail under explore within 1000 schedules, and its saved schedule must
# replay to the same failure, byte for byte, twice; a correct twin (_ok)
# must pass 300 schedules. A first line "// explore: FLAGS" adds FLAGS to
# explore (-leaks also makes the replays run with --leaks).
gosh=$1 prog=$2 strategy=$3
flags=$(sed -n '1s|^// explore: ||p' "$prog")
replay_flags=
case " $flags " in *" -leaks "*) replay_flags=--leaks ;; esac
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
case $prog in
*_ok.go)
    "$gosh" explore $flags -q -strategy "$strategy" -n 300 "$prog" > "$tmp/out" || { cat "$tmp/out"; exit 1; }
    exit 0 ;;
esac
"$gosh" explore $flags -q -strategy "$strategy" -n 1000 -o "$tmp/s.sched" "$prog" > "$tmp/out"
rc=$?
cat "$tmp/out"
[ $rc = 1 ] || { echo "FAIL: explore found no failure (status $rc)"; exit 1; }
want=$(sed -n '1s/.*): //p' "$tmp/out")
"$gosh" $replay_flags --replay "$tmp/s.sched" "$prog" > "$tmp/r1" 2> "$tmp/e1"; r1=$?
"$gosh" $replay_flags --replay "$tmp/s.sched" "$prog" > "$tmp/r2" 2> "$tmp/e2"; r2=$?
[ $r1 = $r2 ] && cmp -s "$tmp/r1" "$tmp/r2" && cmp -s "$tmp/e1" "$tmp/e2" || { echo "FAIL: two replays differ"; exit 1; }
case $want in
"output differs from // Output:"*)
    # the failure is the output: the replay's stdout is not the block's
    sed -n '/^\/\/ Output:/,$p' "$prog" | sed '1d; s|^// \{0,1\}||' > "$tmp/want"
    ! cmp -s "$tmp/r1" "$tmp/want" || { echo "FAIL: the replay printed the expected output"; exit 1; } ;;
*)
    [ $r1 != 0 ] || { echo "FAIL: the replay did not fail"; cat "$tmp/r1" "$tmp/e1"; exit 1; }
    # "exit status 3: leak: ..." is explore's; the program prints "leak: ..."
    grep -qF -- "${want#exit status [0-9]: }" "$tmp/e1" || { echo "FAIL: the replay does not show: $want"; cat "$tmp/e1"; exit 1; } ;;
esac
echo "replayed twice: $want"
