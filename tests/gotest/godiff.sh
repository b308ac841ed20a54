#!/bin/sh
# godiff.sh GOSH: where Go is installed, runs go test and gosh test on
# every package here (same flags: DIR/flags, else -v; offline) and
# compares their outputs line by line, masked (mask.sh). Exit 77 (skipped)
# without Go.
gosh=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null 2>&1 || { echo "go is not installed: skipped"; exit 77; }
tmp=${TMPDIR:-/tmp}/godiff.$$
status=0
for dir in "$here"/*/; do
	flags=-v
	[ -f "$dir/flags" ] && flags=$(cat "$dir/flags")
	pkg=$dir
	[ -f "$dir/package" ] && pkg=$dir/$(cat "$dir/package")
	(cd "$pkg" && GOFLAGS=-mod=mod GOPROXY=off GOCACHE=${GOCACHE:-$tmp.cache} go test $flags 2>&1; echo "exit $?") |
		sh "$here/mask.sh" > "$tmp.go"
	(cd "$pkg" && "$gosh" test $flags 2>&1; echo "exit $?") | sh "$here/mask.sh" > "$tmp.gosh"
	if ! diff -u "$tmp.go" "$tmp.gosh"; then
		echo "FAIL: $dir: gosh test $flags differs from go test (- go, + gosh)"
		status=1
	fi
done
rm -rf "$tmp.go" "$tmp.gosh" "$tmp.cache"
exit $status
