#!/bin/sh
# expect.sh DIR...: writes DIR/expected from go test (offline), for run.sh.
# godiff.sh checks, where Go is installed, that gosh still agrees.
here=$(cd "$(dirname "$0")" && pwd)
for dir in "$@"; do
	flags=-v
	[ -f "$dir/flags" ] && flags=$(cat "$dir/flags")
	(cd "$dir" && GOFLAGS=-mod=mod GOPROXY=off go test $flags 2>&1; echo "exit $?") |
		sh "$here/mask.sh" > "$dir/expected"
done
