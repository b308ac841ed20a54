#!/usr/bin/env bash
# gosh step through a real terminal: tmux runs it in a detached session,
# the test types into it (send-keys) and reads the screen (capture-pane),
# polling each expected text with a timeout rather than sleeping.
#   order     pick the goroutines in a chosen order: the listing names
#             them and their lines, the program's output comes out in the
#             picked order, and save writes a schedule that gosh --replay
#             replays to the same output
#   commands  bad input, picking a blocked goroutine, a breakpoint, c
# usage: tmux.sh GOSH order|commands   (run from tests/step/)
set -u
gosh=$1 scenario=$2
command -v tmux >/dev/null || { echo "tmux not installed: skipped"; exit 77; }
here=$(pwd)
tmp=$(mktemp -d)
# a server of our own: parallel tests and a user's tmux never meet
sock=gosh-step-$scenario-$$
unset TMUX
cleanup() { tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

screen() { tmux -L "$sock" capture-pane -p -J -S - -t step 2>/dev/null; }
# wait_for REGEX: the screen shows it within 20 s, or the test fails here
wait_for() {
  local i
  for ((i = 0; i < 200; i++)); do
    screen >"$tmp/screen" && grep -qE -- "$1" "$tmp/screen" && return 0
    sleep 0.1
  done
  echo "FAIL: timed out waiting for: $1"
  echo "--- screen"; cat "$tmp/screen"
  exit 1
}
# type TEXT and Enter
type_line() { tmux -L "$sock" send-keys -t step -l -- "$1"; tmux -L "$sock" send-keys -t step Enter; }
# at prompt N, type TEXT
at() { wait_for "^step $1> ?\$"; type_line "$2"; }
# wait_count REGEX N: the screen shows N lines matching REGEX
wait_count() {
  local i
  for ((i = 0; i < 200; i++)); do
    screen >"$tmp/screen" && [ "$(grep -cE -- "$1" "$tmp/screen")" -ge "$2" ] && return 0
    sleep 0.1
  done
  echo "FAIL: timed out waiting for $2 lines of: $1"
  echo "--- screen"; cat "$tmp/screen"
  exit 1
}
shows() { grep -qE -- "$1" "$tmp/screen" || fail "the screen lacks: $1"; }

cp "$here/order.go" "$tmp/"
cd "$tmp" || exit 1
# the program's stdout to a file (to check its order), the UI on the terminal
tmux -L "$sock" -f /dev/null new-session -d -s step -x 150 -y 50 \
  "'$gosh' step order.go >out.txt; echo \$? >rc.txt; sleep 600"

finished() {
  local i
  for ((i = 0; i < 200; i++)); do
    [ -s rc.txt ] && return 0
    sleep 0.1
  done
  echo "FAIL: gosh step did not end"; screen; exit 1
}

case $scenario in
order)
  # stop 1: main has run its first go statement
  wait_for '^step 1> ?$'
  shows '^ +1  runnable +main\.main +order\.go:15 +go worker\("A", done\)'
  shows '^ +2  runnable +main\.worker +order\.go:7 +fmt\.Println\(name, "one"\)'
  shows '^runnable: 2 1$'
  type_line 1
  wait_for '^step 2> ?$'
  shows '^ +3  runnable +main\.worker +order\.go:7 '
  shows '^ +1  runnable +main\.main +order\.go:16 +go worker\("B", done\)'
  # B before A, then A before B
  type_line 3
  wait_for 'goroutine 3 ran and waits: chan send'
  at 3 g
  wait_for '^ +3  waiting: chan send +main\.worker +order\.go:8 +done <- true'
  type_line 2
  at 4 1
  at 5 1
  at 6 2
  at 7 3
  at 8 c
  wait_for 'the program ended: exit status 0'
  wait_for 'Enter to leave\)> ?$'
  type_line "save sched.txt"
  wait_for 'schedule saved to sched.txt'
  type_line ""
  finished
  [ "$(cat rc.txt)" = 0 ] || fail "gosh step exited with $(cat rc.txt)"
  printf 'B one\nA one\nA two\nB two\nmain done\n' >want.txt
  diff want.txt out.txt >/dev/null || { fail "output not in the picked order"; diff want.txt out.txt; }
  [ -s sched.txt ] || fail "save wrote no schedule"
  grep -q '^seed 1$' sched.txt || fail "the schedule has no seed line"
  "$gosh" --replay sched.txt order.go >replay.txt 2>replay.err || fail "the replay failed: $(cat replay.err)"
  diff out.txt replay.txt >/dev/null || { fail "the replay printed something else"; diff out.txt replay.txt; }
  ;;
commands)
  wait_for '^step 1> ?$'
  type_line "xyzzy"
  wait_for "unknown command 'xyzzy' \(h for help\)"
  type_line "7"
  wait_for 'there is no goroutine 7'
  type_line "b 99"
  wait_for 'order\.go has 21 lines: no line 99'
  type_line "b x"
  wait_for "b needs a line: b LINE or b FILE:LINE, not 'x'"
  type_line "h"
  wait_for 'save FILE +write the schedule so far'
  # line 9: fmt.Println(name, "two")
  type_line "b order.go:9"
  wait_for 'breakpoint 1 at order\.go:9 +fmt\.Println\(name, "two"\)'
  type_line 2
  wait_for 'goroutine 2 ran and waits: chan send'
  # a blocked goroutine cannot be picked
  at 2 2
  wait_for 'goroutine 2 cannot run: it waits \(chan send\)'
  type_line c
  wait_for '^breakpoint 1: goroutine [23] at order\.go:9$'
  shows '^ +[23]  runnable +main\.worker +order\.go:9 +fmt\.Println\(name, "two"\)'
  # the breakpoint stops the second worker too, then c runs to the end
  type_line c
  wait_count '^breakpoint 1: goroutine [23] at order\.go:9$' 2
  type_line c
  wait_for 'the program ended: exit status 0'
  grep -c '^breakpoint 1: goroutine' "$tmp/screen" | grep -qx 2 || fail "a breakpoint was hit more than twice"
  type_line ""
  finished
  [ "$(cat rc.txt)" = 0 ] || fail "gosh step exited with $(cat rc.txt)"
  [ "$(wc -l <out.txt)" = 5 ] || fail "the program's output is not all there: $(cat out.txt)"
  ;;
*)
  echo "usage: tmux.sh GOSH order|commands"; exit 2 ;;
esac
if [ $fails -eq 0 ]; then echo "step/tmux_$scenario: all passed"; else exit 1; fi
