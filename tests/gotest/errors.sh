#!/bin/bash
# errors.sh GOSH: gosh test's answers to bad command lines and folders:
# a clear message and go test's status, never a crash.
gosh=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() {
	local name=$1 want_rc=$2 want=$3
	shift 3
	local out rc
	out=$("$@" 2>&1)
	rc=$?
	out=${out//$tmp/\$TMP}
	if [ "$out" != "$want" ] || [ "$rc" != "$want_rc" ]; then
		echo "FAIL: $name: status $rc (want $want_rc), output:"
		echo "$out"
		echo "--- want:"
		echo "$want"
		fails=$((fails + 1))
	fi
}
check "unknown flag" 2 "gosh test: flag provided but not defined: -nope (run 'gosh test -h' for usage)" \
	"$gosh" test -nope "$here/basic"
check "flag without its value" 2 "gosh test: flag needs an argument: -run (run 'gosh test -h' for usage)" \
	"$gosh" test -run
check "bad count" 2 "gosh test: invalid value for -count: x (run 'gosh test -h' for usage)" \
	"$gosh" test -count x "$here/basic"
check "neither folder nor file" 2 "gosh test: nosuch is neither a folder nor a .go file (run 'gosh test -h' for usage)" \
	"$gosh" test nosuch
check "no Go files" 1 'no Go files in $TMP' "$gosh" test "$tmp"
mkdir "$tmp/mixed"
printf 'package a\n' > "$tmp/mixed/a.go"
printf 'package b\n' > "$tmp/mixed/b_test.go"
check "mixed packages" 1 'found packages a (a.go) and b (b_test.go) in $TMP/mixed' "$gosh" test "$tmp/mixed"
check "bad -run pattern" 1 'testing: invalid regexp for element 0 of -test.run ("("): error parsing regexp: missing closing ): `(`
FAIL	basic	0.000s
FAIL' bash -c "'$gosh' test -run '(' '$here/basic' | sed -E 's/[0-9]+\\.[0-9]+s$/0.000s/'; exit \${PIPESTATUS[0]}"
out=$("$gosh" test -h)
[ "${out%%$'\n'*}" = "usage: gosh test [flags] [DIR | FILE.go...]" ] || { echo "FAIL: -h: $out"; fails=$((fails + 1)); }
exit $((fails > 0))
