#!/bin/sh
# Appends Go's behaviour to a program as gosh test expectations (the
# format of tests/README.md): "// Error:" lines when Go rejects it, else
# "// Output:" lines and "// Panic:", "// Fatal:" or "// Exit:".
#
# usage: tests/fuzz/diff/expect.sh PROG.go > TEST.go
#        tests/fuzz/diff/expect.sh -w PROG.go      (rewrite in place)
set -eu
inplace=0
if [ "${1:-}" = "-w" ]; then inplace=1; shift; fi
[ $# -eq 1 ] || { echo "usage: expect.sh [-w] PROG.go" >&2; exit 2; }
command -v go >/dev/null || { echo "expect.sh: go is not installed" >&2; exit 2; }
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="${GOCACHE:-/tmp/gosh-diff-gocache}" GO111MODULE=off GOFLAGS= GOPROXY=off
# drop any old expectations: the program ends where the directives start
awk '/^\/\/ (Output|Unordered output|Stderr|Stderr contains|Error|Stdin|Panic|Fatal|Exit|Args|Flags|Requires):/ { exit } { print }' "$src" >"$tmp/main.go"
# trailing blank lines off
sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$tmp/main.go"
{
	cat "$tmp/main.go"
	echo
	if ! (cd "$tmp" && go build -o prog main.go) >"$tmp/build" 2>&1; then
		echo "// Error:"
		grep -E '^\./main\.go:[0-9]+:[0-9]+: ' "$tmp/build" | grep -v ': too many errors$' | sed 's|^\./main\.go:|// |'
	else
		set +e
		(cd "$tmp" && timeout 60 ./prog >"$tmp/out" 2>"$tmp/err")
		rc=$?
		set -e
		if [ -s "$tmp/out" ]; then
			echo "// Output:"
			sed -e 's|^|// |' -e 's|^// $|//|' "$tmp/out"
		fi
		p=$(grep -m1 '^panic: ' "$tmp/err" | sed 's/^panic: //' || true)
		f=$(grep -m1 '^fatal error: ' "$tmp/err" | sed 's/^fatal error: //' || true)
		if [ -n "$p" ]; then
			echo "// Panic: $p"
		elif [ -n "$f" ]; then
			echo "// Fatal: $f"
		elif [ "$rc" != 0 ]; then
			echo "// Exit: $rc"
		fi
	fi
} >"$tmp/test.go"
if [ $inplace = 1 ]; then cp "$tmp/test.go" "$src"; else cat "$tmp/test.go"; fi
