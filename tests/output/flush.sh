#!/usr/bin/env bash
# Buffered stdout reaches a file or pipe while the program waits or runs,
# not only at exit; yet a program that prints a line per channel
# operation does not pay a write(2) per line.
# usage: flush.sh GOSH
. "$(dirname "$0")/lib.sh"

# check_waiting PROG VIA FLAGS...: "started" reaches stdout while PROG
# waits (it never ends by itself; SIGKILL then ends it, so no exit path
# can have written it).
check_waiting() {
  local prog=$1 via=$2
  shift 2
  start_bg "$prog" "$via" "$@"
  if ! poll_for "$tmp/out" '^started$'; then
    fail "$prog via $via ${*:-(default)}: \"started\" did not reach stdout while the program waited"
  elif ! kill -0 "$pid" 2>/dev/null; then
    fail "$prog via $via ${*:-(default)}: ended by itself"
  fi
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ -n "$reader" ] && wait "$reader"
}

for via in file pipe; do
  for prog in spin chan sleep stdin; do
    check_waiting "$prog" "$via"
    check_waiting "$prog" "$via" --procs 1
  done
  # deterministic mode: one M, no monitor, virtual time (a Sleep does not
  # wait there: only a spin and a read of stdin keep the program running)
  check_waiting spin "$via" --seed 1
  check_waiting stdin "$via" --seed 1
done

# Progress lines through a pipe arrive while the program runs (it never
# ends by itself: each line seen was written by a live program), also
# while another goroutine keeps a processor busy.
for prog in progress progress_busy; do
  for flags in "" "--procs 1" "--procs 2"; do
    rm -f "$tmp/out" "$tmp/pipe"
    mkfifo "$tmp/pipe"
    while read -r line; do echo "$line"; done <"$tmp/pipe" >"$tmp/out" &
    reader=$!
    # shellcheck disable=SC2086
    "${run[@]}" $flags "$tmp/$prog.go" >"$tmp/pipe" 2>"$tmp/err" &
    pid=$!
    if ! poll_for "$tmp/out" '^progress 3$'; then
      fail "$prog ${flags:-(default)}: progress lines did not arrive while it ran"
      head -3 "$tmp/out"
    elif ! kill -0 "$pid" 2>/dev/null; then
      fail "$prog ${flags:-(default)}: ended by itself"
    fi
    kill -9 "$pid"
    wait "$pid" 2>/dev/null
    wait "$reader"
  done
done

# Waiting flushes, but a producer and consumer that print per item do
# not pay a write(2) per line when stdout is a file (they write once per
# full buffer or per few milliseconds: 16 full buffers here).
if command -v strace >/dev/null && strace -f -o /dev/null true 2>/dev/null; then
  cat >"$tmp/prodcons.go" <<'EOG'
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		done <- true
	}()
	for i := 0; i < 100000; i++ {
		ch <- i
	}
	close(ch)
	<-done
}
EOG
  for flags in "--procs 1" "--procs 2" "--procs 4" "--seed 1"; do
    # shellcheck disable=SC2086
    strace -f -e trace=write -o "$tmp/trace" "$gosh" $flags "$tmp/prodcons.go" >"$tmp/out" 2>/dev/null
    lines=$(wc -l <"$tmp/out")
    writes=$(grep -c '^[0-9]* *write(1,' "$tmp/trace")
    if [ "$lines" != 100000 ] || [ "$writes" -gt 2000 ]; then
      fail "prodcons $flags: $lines lines in $writes writes (want 100000 lines, few writes)"
    fi
  done
else
  echo "skipped: the count of write(2) calls (no usable strace)"
fi

finish "all flush checks passed"
