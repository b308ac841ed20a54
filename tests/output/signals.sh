#!/usr/bin/env bash
# Nothing a program wrote is lost when a signal ends it: SIGINT, SIGTERM,
# SIGHUP and SIGQUIT flush buffered stdout (to a file or through a pipe)
# before the process dies as a Go program does: by the signal (a shell
# sees 128+signo), or for SIGQUIT after "SIGQUIT: quit" and every
# goroutine's stack, with exit status 2.
# usage: signals.sh GOSH
. "$(dirname "$0")/lib.sh"

want_status() {
  case $1 in
    INT) echo 130 ;; HUP) echo 129 ;; TERM) echo 143 ;; QUIT) echo 2 ;;
  esac
}

# check_signal SIG PROG VIA FLAGS...: runs PROG, waits until "started" has
# reached stdout (a file, or a pipe when VIA=pipe), sends SIG, and checks
# the exit status, stdout and stderr.
check_signal() {
  local sig=$1 prog=$2 via=$3
  shift 3
  local name="$sig $prog via $via ${*:-(default)}"
  local out=$tmp/out err=$tmp/err
  start_bg "$prog" "$via" "$@"
  if ! poll_for "$out" '^started$'; then
    fail "$name: \"started\" did not reach stdout while the program waited"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    [ -n "$reader" ] && wait "$reader"
    return
  fi
  kill -"$sig" "$pid"
  reap "$pid"
  [ -n "$reader" ] && wait "$reader"
  local want
  want=$(want_status "$sig")
  local ok=1
  [ "$rc" = "$want" ] || ok=0
  [ "$(cat "$out")" = started ] || ok=0
  if [ "$sig" = QUIT ]; then
    [ "$(head -1 "$err")" = "SIGQUIT: quit" ] || ok=0
    grep -Eq '^goroutine 1 \[[^]]+\]:$' "$err" || ok=0
    grep -q '^main\.main()$' "$err" || ok=0
  else
    [ -s "$err" ] && ok=0
  fi
  if [ "$ok" = 0 ]; then
    fail "$name: status $rc (want $want)"
    echo "--- stdout"; head -5 "$out"; echo "--- stderr"; head -20 "$err"
  fi
}

for sig in INT TERM HUP QUIT; do
  for prog in spin chan sleep stdin; do
    check_signal "$sig" "$prog" file
    check_signal "$sig" "$prog" pipe
  done
  # one processor; and deterministic mode, where there is no monitor
  # thread and time is virtual (a Sleep does not wait: only a spin and a
  # read of stdin keep the program running)
  check_signal "$sig" spin file --procs 1
  check_signal "$sig" chan pipe --procs 1
  for prog in spin stdin; do
    check_signal "$sig" "$prog" pipe --seed 1
  done
done

# SIGQUIT's dump: every goroutine, with what it waits for, as Go prints it
rm -f "$tmp/out" "$tmp/err"
"${run[@]}" "$tmp/chan.go" >"$tmp/out" 2>"$tmp/err" <"$tmp/in" &
pid=$!
if poll_for "$tmp/out" '^started$'; then
  kill -QUIT "$pid"
  reap "$pid"
  cat >"$tmp/want" <<EOF
SIGQUIT: quit

goroutine 1 [chan receive]:
main.main()
	$tmp/chan.go:15

goroutine 2 [sleep]:
EOF
  if [ "$rc" != 2 ] || ! head -7 "$tmp/err" | cmp -s - "$tmp/want" ||
     ! grep -q "^created by main.main$" "$tmp/err"; then
    fail "SIGQUIT dump of chan.go (status $rc)"
    diff -u "$tmp/want" "$tmp/err"
  fi
else
  fail "SIGQUIT dump: chan.go did not start"
  kill -9 "$pid"; wait "$pid" 2>/dev/null
fi

# A goroutine spinning when SIGQUIT comes is stopped at a safe point and
# shown as running, with its stack.
rm -f "$tmp/out" "$tmp/err"
"${run[@]}" --procs 2 "$tmp/spin.go" >"$tmp/out" 2>"$tmp/err" <"$tmp/in" &
pid=$!
if poll_for "$tmp/out" '^started$'; then
  kill -QUIT "$pid"
  reap "$pid"
  # (goroutine 1 runs spin(2) from main, at the line of the loop's body)
  if [ "$rc" != 2 ] || ! grep -q '^goroutine 1 \[running\]:$' "$tmp/err" ||
     ! grep -A1 "^main.spin(...)$" "$tmp/err" | grep -q "spin.go:7$" ||
     ! grep -A1 "^main.main()$" "$tmp/err" | grep -q "spin.go:14$"; then
    fail "SIGQUIT dump of spin.go (status $rc)"
    cat "$tmp/err"
  fi
else
  fail "SIGQUIT dump: spin.go did not start"
  kill -9 "$pid"; wait "$pid" 2>/dev/null
fi

# A SIGINT ignored when gosh starts (a background job without job
# control, nohup) stays ignored, as in Go; SIGTERM still ends it.
rm -f "$tmp/out"
jobs=$(set +o | grep monitor)
set +m
"$gosh" "$tmp/sleep.go" >"$tmp/out" 2>"$tmp/err" <"$tmp/in" &
pid=$!
eval "$jobs"
if poll_for "$tmp/out" '^started$'; then
  kill -INT "$pid"
  sleep 1 # a negative cannot be polled for: give it a moment to die wrongly
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"
    fail "an ignored SIGINT ended gosh (status $?)"
  else
    kill -TERM "$pid"
    reap "$pid"
    [ "$rc" = 143 ] || fail "ignored SIGINT, then SIGTERM: status $rc (want 143)"
  fi
else
  fail "ignored SIGINT: sleep.go did not start"
  kill -9 "$pid"; wait "$pid" 2>/dev/null
fi

finish "all signal checks passed"
