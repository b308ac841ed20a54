#!/usr/bin/env bash
# gosh --trace: the file is written for every kind of ending, seeded traces
# are the same bytes on every run, and what the format page promises is
# there (lanes named after goroutines, hand-off arrows with values,
# blocked slices named by wait and object, output lines, the exit).
# Every trace written is also given to check_trace, the format's checker.
# usage: tests/trace/trace.sh GOSH CHECK_TRACE SAMPLES_DIR
set -u
gosh=$1 check=$2 samples=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks $2"; }

# a seeded trace is the same bytes every time, for every sample
for s in "$samples"/*.gosh; do
  n=$(basename "$s" .gosh)
  "$gosh" --seed 7 --trace "$tmp/$n.1.json" "$s" >/dev/null 2>&1 </dev/null
  "$gosh" --seed 7 --trace "$tmp/$n.2.json" "$s" >/dev/null 2>&1 </dev/null
  [ -s "$tmp/$n.1.json" ] || fail "$n: no trace written"
  cmp -s "$tmp/$n.1.json" "$tmp/$n.2.json" || fail "$n: two seeded traces differ"
  head -c 200 "$tmp/$n.1.json" | grep -q '"format":"gosh-trace"' || fail "$n: no format marker"
  "$check" "$tmp/$n.1.json" >"$tmp/check.out" 2>&1 || { fail "$n --seed 7:"; head -5 "$tmp/check.out"; }
  # and on two processors, in real time
  "$gosh" --procs 2 --trace "$tmp/$n.p.json" "$s" >/dev/null 2>&1 </dev/null
  "$check" "$tmp/$n.p.json" >"$tmp/check.out" 2>&1 || { fail "$n --procs 2:"; head -5 "$tmp/check.out"; }
done

cat >"$tmp/pp.go" <<'GO'
package main

import (
	"fmt"
	"time"
)

func main() {
	ping := make(chan int)
	results := make(chan string, 2)
	go func() {
		for v := range ping {
			results <- fmt.Sprint("got ", v)
		}
	}()
	ping <- 41
	fmt.Println(<-results)
	time.Sleep(10 * time.Millisecond)
}
GO
"$gosh" --seed 1 --trace "$tmp/pp.json" "$tmp/pp.go" >/dev/null
t=$tmp/pp.json
has "$t" '"name":"goroutine 1: main.main"'
has "$t" '"name":"goroutine 2: main.main.func1"'
has "$t" '"cat":"handoff","name":"send on ping"'
has "$t" '"value":"41"'
has "$t" '"cat":"recv","name":"receive on ping"'
has "$t" '"cat":"recv","name":"receive on results"'
has "$t" '"name":"sleep 10ms"'
has "$t" '"cat":"buffer","name":"send on results"'
has "$t" '"text":"got 41"'
has "$t" '"exit":{"status":0,"reason":"main returned"}'
has "$t" '"clock":"virtual"'

# a deadlock's trace is complete, with the goroutines still blocked
cat >"$tmp/dead.go" <<'GO'
package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
	}()
	wg.Wait()
}
GO
"$gosh" --procs 2 --trace "$tmp/dead.json" "$tmp/dead.go" >/dev/null 2>&1
t=$tmp/dead.json
has "$t" '"reason":"deadlock"'
has "$t" '"name":"sync.Mutex.Lock on mu"'
has "$t" '"name":"sync.WaitGroup.Wait on wg"'
has "$t" '"unfinished":true'
has "$t" '"cat":"fatal","name":"fatal error: all goroutines are asleep - deadlock!"'
has "$t" '"name":"lock mu"'
has "$t" '"name":"wg.Add(1)"'
"$check" "$t" >/dev/null || fail "dead.json does not pass check_trace"

# a panic's trace ends with it
printf 'package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[3]\n}\n' >"$tmp/panic.go"
"$gosh" --trace "$tmp/panic.json" "$tmp/panic.go" >/dev/null 2>&1
has "$tmp/panic.json" '"reason":"panic"'
has "$tmp/panic.json" '"cat":"panic","name":"panic: runtime error: index out of range [3] with length 0'
grep -q '"cat":"fatal"' "$tmp/panic.json" && fail "a panic's trace has a fatal instant"
"$check" "$tmp/panic.json" >/dev/null || fail "panic.json does not pass check_trace"

# a signal's trace is written before the process dies by it
printf 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tfmt.Println("started")\n\ttime.Sleep(time.Hour)\n}\n' >"$tmp/sleep.go"
"$gosh" --trace "$tmp/sig.json" "$tmp/sleep.go" >"$tmp/sig.out" &
pid=$!
for _ in $(seq 600); do grep -q started "$tmp/sig.out" 2>/dev/null && break; sleep 0.1; done
kill -TERM $pid
wait $pid
st=$?
[ $st -eq 143 ] || fail "SIGTERM: status $st, want 143"
has "$tmp/sig.json" '"exit":{"status":143,"reason":"signal"}'
"$check" "$tmp/sig.json" >/dev/null || fail "sig.json does not pass check_trace"

# --trace-lines: a slice per line the program runs, named by its text,
# without changing what a seeded run does
"$gosh" --seed 3 --trace-lines --trace "$tmp/lines.json" "$samples/ping_pong.gosh" >"$tmp/lines.out" 2>&1
"$gosh" --seed 3 "$samples/ping_pong.gosh" >"$tmp/plain.out" 2>&1
cmp -s "$tmp/lines.out" "$tmp/plain.out" || fail "--trace-lines changed what a seeded run printed"
has "$tmp/lines.json" '"cat":"line","name":"toPing := make(chan *Ball)"'
"$check" "$tmp/lines.json" >/dev/null || fail "lines.json does not pass check_trace"
out=$("$gosh" --trace-lines "$samples/hello.gosh" 2>&1)
[ "$out" = "gosh: --trace-lines needs --trace FILE or --trace-html FILE (run 'gosh --help' for usage)" ] ||
  fail "--trace-lines alone said: $out"

# runtime/trace: a program records its own trace with Start and Stop, and
# annotates it with tasks, regions and logs (also under --trace)
cat >"$tmp/self.go" <<'GO'
package main

import (
	"context"
	"os"
	"runtime/trace"
	"sync"
)

func main() {
	f, _ := os.Create(os.Args[1])
	if err := trace.Start(f); err != nil {
		println(err.Error())
	}
	ctx, task := trace.NewTask(context.Background(), "makeCoffee")
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			trace.WithRegion(ctx, "grind", func() { trace.Logf(ctx, "beans", "batch %d", i) })
		}(i)
	}
	wg.Wait()
	task.End()
	trace.Stop()
	f.Close()
}
GO
"$gosh" "$tmp/self.go" "$tmp/self.json" >"$tmp/self.out" 2>&1 ||
  { fail "runtime/trace program failed (status $?):"; head -20 "$tmp/self.out"; }
has "$tmp/self.json" '"reason":"trace.Stop"'
has "$tmp/self.json" '"cat":"region","name":"grind"'
has "$tmp/self.json" '"cat":"task","name":"makeCoffee"'
has "$tmp/self.json" '"message":"batch 2"'
"$check" "$tmp/self.json" >"$tmp/check.out" 2>&1 || { fail "self.json:"; head -5 "$tmp/check.out"; }
"$gosh" --seed 2 --trace "$tmp/self2.json" "$tmp/self.go" "$tmp/ignored.json" >"$tmp/self2.out" 2>&1
grep -q "runtime error: tracing is already enabled" "$tmp/self2.out" || fail "Start under --trace: $(head -20 "$tmp/self2.out")"
has "$tmp/self2.json" '"cat":"region","name":"grind"'
"$check" "$tmp/self2.json" >"$tmp/check.out" 2>&1 || { fail "self2.json:"; head -5 "$tmp/check.out"; }

# a file that cannot be written: one line, status 2, the program not run
out=$("$gosh" --trace /nonexistent/dir/t.json "$tmp/pp.go" 2>&1)
st=$?
[ $st -eq 2 ] || fail "unwritable trace: status $st, want 2"
[ "$out" = "gosh: --trace: cannot create /nonexistent/dir/t.json" ] || fail "unwritable trace said: $out"

# --trace-limit keeps the last events and says how many it dropped
"$gosh" --seed 1 --trace "$tmp/lim.json" --trace-limit 5 "$samples/ping_pong.gosh" >/dev/null
grep -q '"dropped":[1-9]' "$tmp/lim.json" || fail "--trace-limit dropped nothing"

if [ $fails -eq 0 ]; then echo "trace: all passed"; else exit 1; fi
