#!/bin/sh
# Differential fuzzer: random Go programs run under gosh and under Go;
# every difference is reported and saved. See README.md in this folder.
#
# usage: tests/fuzz/diff/run.sh [-n N] [-seed S] [-j J] [-invalid-share P]
#                               [-out DIR] [-gosh PATH] [-batch B] [-q] [-keep]
# Exit status: 0 no difference (or Go is not installed: skipped),
# 1 differences found, 2 usage or setup error.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
if ! command -v go >/dev/null 2>&1; then
	echo "difffuzz: SKIP: go is not installed (the oracle); apt-get install golang-go"
	exit 0
fi
export GOCACHE="${GOCACHE:-/tmp/gosh-diff-gocache}"
export GO111MODULE=on GOFLAGS=-mod=mod GOPROXY=off GOWORK=off CGO_ENABLED=0
bin="${DIFFFUZZ_BIN:-/tmp/gosh-diff-bin}"
mkdir -p "$bin"
(cd "$here" && go build -o "$bin/runner" ./runner && go build -o "$bin/gen" ./gen) || {
	echo "difffuzz: cannot build the generator" >&2
	exit 2
}
gosh="$repo/build/gosh"
for a in "$@"; do
	case "$a" in -gosh|-gosh=*|--gosh|--gosh=*) gosh="" ;; esac
done
if [ -n "$gosh" ]; then
	exec "$bin/runner" -gosh "$gosh" "$@"
fi
exec "$bin/runner" "$@"
