#!/usr/bin/env bash
# Go's Exp (exp_amd64.s) takes another path on a CPU without AVX and FMA,
# and math.FMA is then Go's software FMA (fma.go); GODEBUG=cpu.fma=off
# makes Go, and gosh, take those paths on any CPU. The .go tests here hold
# the FMA path's output (a CPU with FMA). This runs the tests whose output
# depends on it under GODEBUG=cpu.fma=off and compares with Go's output
# so: the test's expected output patched with nofma/NAME.diff.
#
# usage: tests/math/nofma.sh GOSH    compare gosh with Go's output
#        tests/math/nofma.sh --go    write nofma/*.diff from `go run` (needs Go)
set -u
cd "$(dirname "$0")"
tests="exp_log float_bits gamma_erf hyperbolic pow_roots"
export GODEBUG=cpu.fma=off
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the expected output of a test (its "// Output:" section)
want() { awk '/^\/\/ Output:/ { on = 1; next } on { sub(/^\/\/ ?/, ""); print }' "$1.go"; }
if [ "${1:-}" = "--go" ]; then
  for t in $tests; do
    awk '/^\/\/ Output:/ { exit } { print }' "$t.go" >"$tmp/main.go"
    (cd "$tmp" && GO111MODULE=off GOCACHE=${GOCACHE:-/tmp/gosh-diff-gocache} go run main.go) >"$tmp/$t.go.out" || exit 1
    want "$t" >"$tmp/$t.fma"
    (cd "$tmp" && diff -U0 --label "$t" --label "$t" "$t.fma" "$t.go.out") >"nofma/$t.diff"
  done
  exit 0
fi
gosh=${1:?usage: nofma.sh GOSH}
fail=0
for t in $tests; do
  want "$t" >"$tmp/$t.want"
  patch -s -o "$tmp/$t.nofma" "$tmp/$t.want" <"nofma/$t.diff" || { echo "FAIL $t: nofma/$t.diff does not apply"; fail=1; continue; }
  "$gosh" "$t.go" >"$tmp/$t.got" 2>&1
  if ! cmp -s "$tmp/$t.got" "$tmp/$t.nofma"; then
    echo "FAIL $t (GODEBUG=cpu.fma=off): < gosh, > Go"
    diff "$tmp/$t.got" "$tmp/$t.nofma" | head -10
    fail=1
  fi
done
exit $fail
