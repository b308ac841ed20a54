#!/usr/bin/env bash
# The grading limits and --sandbox, where one program per case cannot say
# it: each limit stops its runaway program within 10% of the limit, on 1,
# 2 and 4 processors; --sandbox's folder is gone however the program ends;
# descriptors a grader left open are not the program's; gosh test
# -timeout; bad values for the flags.
# usage: grading.sh GOSH
set -u
gosh=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
export TMPDIR=$tmp   # the sandboxes are made here, so leftovers show

# --timeout: a spinning program ends between D and D + 10%.
cat >"$tmp/spin.go" <<'EOF'
package main

func main() {
	go func() {
		for {
		}
	}()
	for {
	}
}
EOF
for procs in 1 2 4; do
  start=$(date +%s%N)
  "$gosh" --procs $procs --timeout 1s "$tmp/spin.go" >/dev/null 2>"$tmp/err"
  rc=$?
  ms=$((($(date +%s%N) - start) / 1000000))
  [ $rc = 2 ] || fail "--timeout 1s, --procs $procs: exit status $rc, want 2"
  grep -q '^fatal error: time limit exceeded (--timeout 1s)$' "$tmp/err" ||
    fail "--timeout 1s, --procs $procs: no time limit message"
  if [ $ms -lt 1000 ] || [ $ms -gt 1100 ]; then
    fail "--timeout 1s, --procs $procs: ended after ${ms} ms, want 1000-1100"
  fi
  echo "--timeout 1s --procs $procs: ${ms} ms"
done

# --max-steps: goroutines counting their iterations (a step each) end
# with the total they reached between N and N + 10%.
cat >"$tmp/steps.go" <<'EOF'
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var total int64
	for g := 0; g < 3; g++ {
		go func() {
			for i := 1; ; i++ {
				if i%1000 == 0 {
					fmt.Println(atomic.AddInt64(&total, 1000))
				}
			}
		}()
	}
	select {}
}
EOF
for procs in 1 2 4; do
  for n in 200000 3000000; do
    "$gosh" --procs $procs --max-steps $n "$tmp/steps.go" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    last=$(sort -n "$tmp/out" | tail -1)
    [ $rc = 2 ] || fail "--max-steps $n, --procs $procs: exit status $rc, want 2"
    # each 1,000 iterations are also a few calls (Println, AddInt64)
    if [ "${last:-0}" -lt $((n * 9 / 10)) ] || [ "${last:-0}" -gt $((n * 11 / 10)) ]; then
      fail "--max-steps $n, --procs $procs: the loops ran $last iterations, want within 10%"
    fi
    echo "--max-steps $n --procs $procs: $last iterations"
  done
done

# --max-goroutines: at most N + 10% are alive when the program ends.
cat >"$tmp/spawn.go" <<'EOF'
package main

func main() {
	for g := 0; g < 3; g++ {
		go func() {
			for {
				go func() { select {} }()
			}
		}()
	}
	select {}
}
EOF
for procs in 1 2 4; do
  "$gosh" --procs $procs --max-goroutines 1000 "$tmp/spawn.go" >/dev/null 2>"$tmp/err"
  rc=$?
  alive=$(grep -c '^goroutine [0-9]* \[' "$tmp/err")
  [ $rc = 2 ] || fail "--max-goroutines 1000, --procs $procs: exit status $rc, want 2"
  if [ "$alive" -lt 1001 ] || [ "$alive" -gt 1100 ]; then
    fail "--max-goroutines 1000, --procs $procs: $alive goroutines at the end, want 1001-1100"
  fi
  echo "--max-goroutines 1000 --procs $procs: $alive alive"
done

# --max-output: exactly SIZE bytes reach stdout, from many goroutines.
cat >"$tmp/print.go" <<'EOF'
package main

import "fmt"

func main() {
	for g := 0; g < 4; g++ {
		go func(g int) {
			for i := 0; ; i++ {
				fmt.Println("goroutine", g, "line", i)
			}
		}(g)
	}
	select {}
}
EOF
for procs in 1 2 4; do
  for size in 1000 1M; do
    "$gosh" --procs $procs --max-output $size "$tmp/print.go" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    bytes=$(wc -c <"$tmp/out")
    want=$size
    [ $size = 1M ] && want=1048576
    [ $rc = 2 ] || fail "--max-output $size, --procs $procs: exit status $rc, want 2"
    [ "$bytes" = "$want" ] || fail "--max-output $size, --procs $procs: $bytes bytes, want $want"
    grep -q "^fatal error: output limit exceeded (--max-output $size)$" "$tmp/err" ||
      fail "--max-output $size, --procs $procs: no output limit message"
  done
done

# --sandbox: its folder is removed however the program ends.
sandboxes() { ls -d "$tmp"/gosh-sandbox-* 2>/dev/null | wc -l; }
for ending in 'return' 'os.Exit(3)' 'panic("boom")' 'for {}' 'select {}'; do
  cat >"$tmp/end.go" <<EOF
package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Create(os.TempDir() + "/file")
	fmt.Println(err)
	f.Close()
	$ending
}
EOF
  timeout 20 "$gosh" --sandbox --timeout 300ms "$tmp/end.go" >"$tmp/out" 2>"$tmp/err"
  grep -q '<nil>' "$tmp/out" || fail "--sandbox ($ending): could not write in its folder"
  [ "$(sandboxes)" = 0 ] || fail "--sandbox ($ending): its folder was left behind"
  rm -rf "$tmp"/gosh-sandbox-*
done
# ... and when a signal ends it
"$gosh" --sandbox "$tmp/spin.go" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 50); do [ "$(sandboxes)" = 1 ] && break; sleep 0.1; done
kill -TERM $pid
wait $pid
[ "$(sandboxes)" = 0 ] || fail "--sandbox: SIGTERM left its folder behind"
rm -rf "$tmp"/gosh-sandbox-*

# --sandbox: a descriptor the caller left open is closed to the program.
cat >"$tmp/fd.go" <<'EOF'
package main

import (
	"fmt"
	"os"
)

func main() {
	_, err := os.NewFile(7, "inherited").WriteString("escaped\n")
	fmt.Println(err != nil)
}
EOF
: >"$tmp/target"
out=$("$gosh" --sandbox "$tmp/fd.go" 7>>"$tmp/target")
[ "$out" = true ] || fail "--sandbox: writing an inherited descriptor did not fail ($out)"
[ -s "$tmp/target" ] && fail "--sandbox: the program wrote through an inherited descriptor"
out=$("$gosh" "$tmp/fd.go" 7>>"$tmp/target")
[ "$out" = false ] || fail "without --sandbox an inherited descriptor should be writable ($out)"

# gosh test -timeout: go test's panic line, every goroutine, FAIL.
mkdir -p "$tmp/pkg"
cat >"$tmp/pkg/go.mod" <<'EOF'
module slow
EOF
cat >"$tmp/pkg/slow_test.go" <<'EOF'
package slow

import "testing"

func TestQuick(t *testing.T) {}

func TestSpin(t *testing.T) {
	for {
	}
}
EOF
(cd "$tmp/pkg" && "$gosh" test -timeout 500ms) >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc = 1 ] || fail "gosh test -timeout: exit status $rc, want 1"
grep -q '^panic: test timed out after 500ms$' "$tmp/err" || fail "gosh test -timeout: no panic line"
grep -q '^main.TestSpin' "$tmp/err" || fail "gosh test -timeout: the spinning test's stack is missing"
grep -q "^FAIL	slow	" "$tmp/out" || fail "gosh test -timeout: no FAIL line"
(cd "$tmp/pkg" && "$gosh" test -timeout=1m30s -run Quick) >"$tmp/out" 2>&1 ||
  fail "gosh test -timeout=1m30s -run Quick: $(cat "$tmp/out")"
(cd "$tmp/pkg" && "$gosh" test -timeout 0 -run Quick) >"$tmp/out" 2>&1 ||
  fail "gosh test -timeout 0: $(cat "$tmp/out")"
(cd "$tmp/pkg" && "$gosh" test -timeout soon) >"$tmp/out" 2>&1
grep -q 'invalid value for -timeout: soon' "$tmp/out" || fail "gosh test -timeout soon: $(cat "$tmp/out")"

# Bad values say what is wanted, exit status 2.
for args in "--timeout abc" "--timeout 0" "--timeout 5" "--max-steps 0" "--max-steps x" \
            "--max-goroutines -1" "--max-output lots"; do
  "$gosh" $args "$tmp/spin.go" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  [ $rc = 2 ] || fail "gosh $args: exit status $rc, want 2"
  grep -q "^gosh: ${args%% *}" "$tmp/err" || fail "gosh $args: $(cat "$tmp/err")"
done

[ $failures = 0 ] && echo "grading limits: all passed"
[ $failures = 0 ]
