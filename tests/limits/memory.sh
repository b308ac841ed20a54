#!/usr/bin/env bash
# Running out of memory: under --max-memory (or GOSH_MAX_MEMORY), and with
# the machine itself out of memory (an address-space limit, ulimit -v), a
# program that wants too much must end with Go's "fatal error: runtime: out
# of memory", the goroutine's stack and exit status 2: never a signal, an
# abort, the collector's own warnings, a sanitizer report, or a second
# report from another thread; and what it printed before must come first.
# Programs that fit under a cap must run to the end.
#
# usage: memory.sh GOSH [BUILD_TYPE]
# Every run is capped, so the test never takes the machine's memory.
set -u
gosh=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")   # the runs cd to a scratch folder
build_type=${2:-}
# A safety net besides the caps each case sets, should a build ignore them
# (not under AddressSanitizer, which cannot run with it; see below).
[ "$build_type" = Sanitize ] || ulimit -v $((4 * 1024 * 1024))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
  echo "FAIL: $1"
  head -c 1500 "$tmp/all"; echo
  failures=$((failures + 1))
}

# oom NAME SOURCE LINE GOSH_ARGS...: runs SOURCE (a script) and expects the
# out-of-memory fatal error, reported once, with "start" printed before it
# and the trace naming SOURCE's line LINE (0: any line).
oom() {
  local name=$1 src=$2 line=$3
  shift 3
  printf '%s\n' "$src" >"$tmp/$name.gosh"
  (cd "$tmp" && timeout 60 "$gosh" "$@" "$name.gosh" >all 2>&1)
  local rc=$?
  [ "$rc" = 2 ] || { fail "$name: exit status $rc, want 2"; return; }
  [ "$(grep -c '^fatal error: runtime: out of memory$' "$tmp/all")" = 1 ] ||
    { fail "$name: want one 'fatal error: runtime: out of memory'"; return; }
  if grep -Eq 'GC Warning|Segmentation|AddressSanitizer|runtime error:|Aborted' "$tmp/all"; then
    fail "$name: a warning or crash report"; return
  fi
  # stdout came first: "start" is the first line, then Go's two lines
  [ "$(head -1 "$tmp/all")" = start ] || { fail "$name: 'start' is not first"; return; }
  grep -Eq '^runtime: out of memory: cannot allocate [0-9]+-byte block \([0-9]+ in use(, limit [0-9]+)?\)$' "$tmp/all" ||
    { fail "$name: no 'runtime: out of memory: cannot allocate' line"; return; }
  grep -Eq '^goroutine [0-9]+ \[running\]:$' "$tmp/all" || { fail "$name: no goroutine"; return; }
  if [ "$line" != 0 ] && ! grep -q "^	$name.gosh:$line\$" "$tmp/all"; then
    fail "$name: the trace does not name line $line"; return
  fi
}

# fits NAME SOURCE OUTPUT GOSH_ARGS...: runs to the end, printing OUTPUT.
fits() {
  local name=$1 src=$2 want=$3
  shift 3
  printf '%s\n' "$src" >"$tmp/$name.gosh"
  (cd "$tmp" && timeout 60 "$gosh" "$@" "$name.gosh" >all 2>&1)
  local rc=$?
  [ "$rc" = 0 ] || { fail "$name: exit status $rc, want 0"; return; }
  [ "$(cat "$tmp/all")" = "$want" ] || fail "$name: output differs from '$want'"
}

append='fmt.Println("start")
var s []int
for i := 0; ; i++ {
	s = append(s, i)
}'
goroutines='fmt.Println("start")
ch := make(chan int)
for {
	go func() { <-ch }()
}'
bigmap='fmt.Println("start")
m := map[int]int{}
for i := 0; i < 50000000; i++ {
	m[i] = i
}'
repeat='fmt.Println("start")
s := strings.Repeat("abcd", 1<<30)
fmt.Println(len(s))'
makebig='fmt.Println("start")
n := 1 << 40
b := make([]byte, n)
fmt.Println(len(b))'
recursion='func f(n int) int {
	return f(n+1) + 1
}
fmt.Println("start")
fmt.Println(f(0))'
parallel='fmt.Println("start")
for g := 0; g < 4; g++ {
	go func() {
		var keep [][]byte
		for {
			keep = append(keep, make([]byte, 4096))
		}
	}()
}
select {}'
strings='fmt.Println("start")
parts := []string{}
for i := 0; ; i++ {
	parts = append(parts, fmt.Sprint(i, "-", strings.Repeat("x", i%100)))
}'

# under --max-memory
oom append "$append" 4 --max-memory 64M
oom goroutines "$goroutines" 4 --max-memory 64M
oom bigmap "$bigmap" 4 --max-memory 64M
oom repeat "$repeat" 0 --max-memory 256M
oom makebig "$makebig" 3 --max-memory 256M
oom recursion "$recursion" 2 --max-memory 64M
oom strings "$strings" 4 --max-memory 48M
for procs in 1 2 4; do
  oom parallel-$procs "$parallel" 6 --max-memory 64M --procs $procs
done
oom seeded "$parallel" 6 --max-memory 64M --seed 3
# the environment variable, and the flag winning over it
GOSH_MAX_MEMORY=64M oom env "$append" 4
GOSH_MAX_MEMORY=64M oom flag-wins "$makebig" 3 --max-memory 32M
grep -q 'limit 33554432)' "$tmp/all" || fail "flag-wins: the flag's limit does not apply"

# large but legal under a cap: a 256 MB []byte, a map of a million ints
fits bytes256 'b := make([]byte, 256<<20)
b[len(b)-1] = 7
fmt.Println(len(b), b[len(b)-1])' "268435456 7" --max-memory 400M
fits map1m 'm := make(map[int]int)
for i := 0; i < 1000000; i++ {
	m[i] = i
}
fmt.Println(len(m), m[999999])' "1000000 999999" --max-memory 128M
# zero-size elements cost nothing however many
fits zerosize 'n := 1 << 62
s := make([]struct{}, n)
c := make(chan struct{}, n)
c <- struct{}{}
fmt.Println(len(s), len(c))' "4611686018427387904 1" --max-memory 16M

# The machine out of memory: an address-space limit with no --max-memory.
# AddressSanitizer reserves terabytes of address space for its shadow
# memory and cannot start under such a limit, so the Sanitize build skips
# this part (the --max-memory cases above run there).
if [ "$build_type" = Sanitize ]; then
  echo "skipped under $build_type: ulimit -v cases (AddressSanitizer cannot run under an address-space limit)"
else
  ulimit_oom() {
    local name=$1 limit_mb=$2
    shift 2
    (failures=0; ulimit -v $((limit_mb * 1024)) && oom "$name" "$@"; exit $failures)
    failures=$((failures + $?))
  }
  ulimit_oom ulimit-append 512 "$append" 4
  ulimit_oom ulimit-goroutines 256 "$goroutines" 4
  ulimit_oom ulimit-bigmap 256 "$bigmap" 4
  ulimit_oom ulimit-makebig 256 "$makebig" 3
  ulimit_oom ulimit-parallel 256 "$parallel" 6 --procs 4
  # Smaller and smaller: from some point on not even the threads start.
  # Whatever gives out first, the end is a fatal error with status 2.
  for mb in 24 32 40 48 64 96 128; do
    printf '%s\n' "$append" >"$tmp/small.gosh"
    (ulimit -v $((mb * 1024)) && cd "$tmp" && timeout 60 "$gosh" small.gosh >all 2>&1)
    rc=$?
    if [ "$rc" != 2 ] || ! grep -Eq '^fatal error: (runtime: out of memory|newosproc)$' "$tmp/all" ||
       grep -Eq 'GC Warning|Segmentation|Aborted' "$tmp/all"; then
      fail "ulimit -v ${mb}M: exit status $rc, want 2 and a fatal error"
    fi
  done
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "every exhaustion ends in Go's fatal error"
