#!/bin/sh
# check.sh GOSH FILE.go: gosh vet prints exactly the file's "// Vet:"
# block (nothing when it is empty) and exits 2 when it reports, 0 when
# not; when Go is installed, go vet prints the same lines, less those of
# gosh's own checks (waitgroup, condwait), which Go 1.19's vet lacks.
gosh=$1 prog=$2
dir=$(dirname "$prog") base=$(basename "$prog")
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
sed -n '/^\/\/ Vet:$/,$p' "$prog" | sed '1d; s|^// \{0,1\}||' | sed '/^$/d' > "$tmp/want"
(cd "$dir" && "$gosh" vet "$base") > "$tmp/got" 2>&1
rc=$?
want_rc=0
grep -qv 'time.Sleep in a loop used to wait' "$tmp/want" && want_rc=2
cmp -s "$tmp/want" "$tmp/got" || { echo "FAIL: gosh vet printed:"; cat "$tmp/got"; echo "wanted:"; cat "$tmp/want"; exit 1; }
[ $rc = $want_rc ] || { echo "FAIL: exit status $rc, want $want_rc"; exit 1; }
if command -v go >/dev/null 2>&1; then
    (cd "$dir" && GOFLAGS= GO111MODULE=off go vet "$base") 2>&1 | grep -v '^#' | sed 's|^\./||' > "$tmp/go"
    grep -v 'WaitGroup.Add called from inside\|Cond.Wait \|in a goroutine that only receives from\|time.Sleep in a loop used to wait' "$tmp/want" > "$tmp/want_go"
    cmp -s "$tmp/want_go" "$tmp/go" || { echo "FAIL: go vet printed:"; cat "$tmp/go"; echo "gosh vet (its checks):"; cat "$tmp/want_go"; exit 1; }
fi
echo "ok: $(wc -l < "$tmp/want") finding(s)"
