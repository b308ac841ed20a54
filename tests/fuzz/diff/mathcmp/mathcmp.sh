#!/usr/bin/env bash
# Runs every function of package math over N pseudo-random inputs each
# (main.go) under gosh and under Go, and compares the results' bits block
# by block; for each block that differs, prints the inputs whose results
# differ. Exit status 0 when all agree.
#
# usage: tests/fuzz/diff/mathcmp/mathcmp.sh [N [SEED]]   (default 100000 1)
# GODEBUG=cpu.fma=off compares Go's paths for a CPU without FMA.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gosh=${GOSH:-$here/../../../../build/gosh}
n=${1:-100000} seed=${2:-1}
command -v go >/dev/null || { echo "mathcmp: SKIP (go is not installed)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOFLAGS=-mod=mod GOPROXY=off GOCACHE=${GOCACHE:-/tmp/gosh-diff-gocache}
(cd "$here" && go build -o "$tmp/mathcmp" .) || exit 2
"$tmp/mathcmp" "$n" "$seed" >"$tmp/go" &
"$gosh" "$here/main.go" "$n" "$seed" >"$tmp/gosh"
wait
total=$(wc -l <"$tmp/go")
diff "$tmp/go" "$tmp/gosh" | awk '/^</ { print $2, $3 }' >"$tmp/blocks"
bad=0
while read -r fn blk; do
  "$tmp/mathcmp" "$n" "$seed" "$fn" "$blk" >"$tmp/d1"
  "$gosh" "$here/main.go" "$n" "$seed" "$fn" "$blk" >"$tmp/d2"
  diff "$tmp/d1" "$tmp/d2" | grep '^[<>]' | head -20
  bad=$((bad + $(diff "$tmp/d1" "$tmp/d2" | grep -c '^<')))
done <"$tmp/blocks"
echo "mathcmp: $total blocks of 1000 inputs (seed $seed), $(wc -l <"$tmp/blocks") differ, $bad inputs differ"
[ "$bad" -eq 0 ] && [ -s "$tmp/go" ] && [ "$(wc -l <"$tmp/gosh")" -eq "$total" ]
