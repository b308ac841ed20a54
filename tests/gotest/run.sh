#!/bin/sh
# run.sh GOSH DIR: runs "gosh test" on the package in DIR (with DIR/flags
# as its flags, else -v) and compares its output, masked (mask.sh), and
# exit status with DIR/expected, which is go test's.
gosh=$1
dir=$2
here=$(dirname "$0")
flags=-v
[ -f "$dir/flags" ] && flags=$(cat "$dir/flags")
# DIR/package: the package is that folder's (the same tests, other flags)
pkg=$dir
[ -f "$dir/package" ] && pkg=$dir/$(cat "$dir/package")
out=$(cd "$pkg" && "$gosh" test $flags 2>&1; echo "exit $?")
printf '%s\n' "$out" | sh "$here/mask.sh" > "${TMPDIR:-/tmp}/gotest.$$"
if ! diff -u "$dir/expected" "${TMPDIR:-/tmp}/gotest.$$"; then
	rm -f "${TMPDIR:-/tmp}/gotest.$$"
	echo "FAIL: gosh test $flags in $dir differs from go test's (- expected, + gosh)"
	exit 1
fi
rm -f "${TMPDIR:-/tmp}/gotest.$$"
