# lib.sh: what the scripts of tests/output/ share. Sourced with
# GOSH in $1: sets $gosh, $run (how to start gosh in the background with
# SIGINT and SIGQUIT at their default actions), $tmp (programs, a FIFO
# held open on fd 3 for stdin), fail, poll_for, reap, start_bg and finish.
#
# Robust on a loaded machine: nothing sleeps a fixed time to let gosh get
# somewhere; every step polls for what it waits for, with a generous
# bound (WAIT seconds).
set -u
gosh=$1
# A background job of a shell without job control starts with SIGINT and
# SIGQUIT ignored (and gosh, like Go, keeps an ignored SIGINT ignored):
# start gosh with their default actions back, or else use job control.
if env --default-signal=INT,QUIT true 2>/dev/null; then
  run=(env --default-signal=INT,QUIT "$gosh")
else
  set -m
  run=("$gosh")
fi
WAIT=${WAIT:-60}
failures=0
tmp=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; rm -rf "$tmp"' EXIT
# the shell's own notices ("Hangup" for a job a signal ended) would be
# noise: they are kept here and shown only when something failed
exec 2>"$tmp/shell.log"

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# Programs that print "started" and then wait, each a different way.
cat >"$tmp/spin.go" <<'EOF'
package main

import "fmt"

func spin(n int) int {
	for {
		n = n*7 + 1
	}
}

func main() {
	fmt.Println("started")
	go spin(1)
	spin(2)
}
EOF
cat >"$tmp/chan.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("started")
	ch := make(chan int)
	go func() {
		time.Sleep(time.Hour)
		ch <- 1
	}()
	<-ch
}
EOF
cat >"$tmp/sleep.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Print("started\n")
	time.Sleep(time.Hour)
}
EOF
cat >"$tmp/stdin.go" <<'EOF'
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	fmt.Println("started")
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Println("got", line)
}
EOF
# A line every 100 ms, forever: whatever arrives, arrived while it ran.
cat >"$tmp/progress.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 1; ; i++ {
		fmt.Println("progress", i)
		time.Sleep(100 * time.Millisecond)
	}
}
EOF
# The same while another goroutine keeps a processor busy: the lines go
# out although the program never waits as a whole.
cat >"$tmp/progress_busy.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func spin(n int) int {
	for {
		n = n*7 + 1
	}
}

func main() {
	go spin(1)
	start := time.Now()
	for i := 1; ; i++ {
		for time.Since(start) < time.Duration(i)*100*time.Millisecond {
		}
		fmt.Println("progress", i)
	}
}
EOF

# stdin for every run: a FIFO held open by this shell, so a read waits
mkfifo "$tmp/in"
exec 3<>"$tmp/in"

# poll_for FILE REGEX: true once FILE has a line matching REGEX
poll_for() {
  local i
  for ((i = 0; i < WAIT * 20; i++)); do
    grep -Eq -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}

# reap PID: waits (bounded) for PID to end; sets $rc (-1: had to kill it)
reap() {
  local i
  for ((i = 0; i < WAIT * 20; i++)); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.05
  done
  if kill -0 "$1" 2>/dev/null; then
    kill -9 "$1"
    wait "$1" 2>/dev/null
    rc=-1
    return
  fi
  wait "$1" 2>/dev/null # (no "Hangup" notice from the shell)
  rc=$?
}

# start_bg PROG VIA FLAGS...: starts $tmp/PROG.go with stdout to $tmp/out
# (VIA=file) or through a pipe that cat copies there (VIA=pipe), stderr to
# $tmp/err, stdin the FIFO; sets $pid (gosh) and $reader (cat, or empty).
start_bg() {
  local prog=$1 via=$2
  shift 2
  rm -f "$tmp/out" "$tmp/err" "$tmp/pipe"
  reader=
  if [ "$via" = pipe ]; then
    mkfifo "$tmp/pipe"
    cat "$tmp/pipe" >"$tmp/out" &
    reader=$!
    "${run[@]}" "$@" "$tmp/$prog.go" >"$tmp/pipe" 2>"$tmp/err" <"$tmp/in" &
    pid=$!
  else
    : >"$tmp/out"
    "${run[@]}" "$@" "$tmp/$prog.go" >"$tmp/out" 2>"$tmp/err" <"$tmp/in" &
    pid=$!
  fi
}

finish() {
  if [ "$failures" -gt 0 ]; then
    echo "--- the shell's stderr"; cat "$tmp/shell.log"
    echo "$failures failure(s)"
    exit 1
  fi
  echo "$1"
}
