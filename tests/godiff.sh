#!/usr/bin/env bash
# Re-checks every valid-Go test (tests/**/*.go without "// Requires:")
# against real Go: the program is built with `go build` and run with the
# test's arguments and stdin, and its stdout, exit status and panic line
# are compared with the test's expectations. Error tests are compared with
# `go build`'s messages. Needs Go (apt-get install golang-go).
#
# usage: tests/godiff.sh [TEST...]
set -u
cd "$(dirname "$0")"
command -v go >/dev/null || { echo "godiff: go is not installed (apt-get install golang-go)"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOFLAGS=-mod=mod GO111MODULE=off GOCACHE=${GOCACHE:-$tmp/cache}

# section FILE NAME: the comment lines after "// NAME:" up to the next
# directive or code line, with the "// " prefix removed.
section() {
  awk -v name="// $2:" '
    index($0, name) == 1 { on = 1; next }
    on && /^\/\/ (Output|Unordered output|Stderr|Stderr contains|Error|Stdin|Panic|Fatal|Exit|Args|Flags|Requires):/ { on = 0 }
    on && /^\/\// { sub(/^\/\/ ?/, ""); print; next }
    on { on = 0 }' "$1"
}
directive() {
  grep -m1 "^// $2:" "$1" | sed "s|^// $2: *||"
}

pass=0 fail=0 skip=0
files=("$@")
[ ${#files[@]} -eq 0 ] && mapfile -t files < <(find . -name '*.go' -not -path './fuzz/diff/*' | sort)
for f in "${files[@]}"; do
  f=${f#./}
  if grep -q '^// Requires:' "$f"; then skip=$((skip + 1)); continue; fi
  # --leaks is gosh's own (Go has no such report, nor its exit status)
  if grep -q '^// Flags:.*--leaks' "$f"; then skip=$((skip + 1)); continue; fi
  mkdir -p "$tmp/p"; rm -f "$tmp/p"/*
  cp "$f" "$tmp/p/main.go"
  if grep -q '^// Error:' "$f"; then
    (cd "$tmp/p" && go build -o /dev/null main.go) >"$tmp/err" 2>&1
    want=$(section "$f" Error)
    # detail lines (tab-indented, after an error) count where the test
    # states some
    if grep -q $'^\t' <<<"$want"; then
      got=$(awk '/^\.\/main\.go:[0-9]+:[0-9]+: / { keep = !/: too many errors$/; if (keep) print; next }
                 /^\t/ && keep { print; next } { keep = 0 }' "$tmp/err" | sed 's|\./main\.go:||g')
    else
      # Go names the file inside some messages too ("cannot infer T (/tmp/.../main.go:3:8)",
      # "goto L jumps into block starting at ./main.go:5:2")
      got=$(grep -E '^\./main\.go:[0-9]+:[0-9]+: ' "$tmp/err" | grep -v ': too many errors$' | sed 's|^\./main\.go:||; s|([^() ]*/main\.go:|(|g; s| \./main\.go:| |g')
    fi
    if [ "$got" == "$want" ]; then pass=$((pass + 1)); else
      fail=$((fail + 1)); echo "DIFF $f"; diff <(echo "$want") <(echo "$got") | head -10
    fi
    continue
  fi
  if ! (cd "$tmp/p" && go build -o prog main.go) >"$tmp/err" 2>&1; then
    fail=$((fail + 1)); echo "DIFF $f: go build failed"; head -5 "$tmp/err"; continue
  fi
  args=$(directive "$f" Args)
  section "$f" Stdin >"$tmp/stdin"
  # shellcheck disable=SC2086
  (cd "$tmp/p" && timeout 60 ./prog $args <"$tmp/stdin" >"$tmp/out" 2>"$tmp/stderr")
  rc=$?
  ok=1
  want_rc=$(directive "$f" Exit)
  if [ -z "$want_rc" ]; then
    if grep -q '^// Panic:\|^// Fatal:' "$f"; then want_rc=2; else want_rc=0; fi
  fi
  [ "$rc" = "$want_rc" ] || { ok=0; echo "DIFF $f: exit $rc, want $want_rc"; }
  if grep -q '^// Unordered output:' "$f"; then
    diff <(section "$f" 'Unordered output' | sort) <(sort "$tmp/out") >/dev/null || { ok=0; echo "DIFF $f: unordered output"; }
  else
    diff <(section "$f" Output) "$tmp/out" >"$tmp/d" || { ok=0; echo "DIFF $f: stdout"; head -10 "$tmp/d"; }
  fi
  if grep -q '^// Stderr:' "$f"; then
    diff <(section "$f" Stderr) "$tmp/stderr" >/dev/null || { ok=0; echo "DIFF $f: stderr"; }
  fi
  p=$(directive "$f" Panic)
  if [ -n "$p" ] && ! grep -qF "panic: $p" "$tmp/stderr"; then ok=0; echo "DIFF $f: panic"; head -3 "$tmp/stderr"; fi
  fe=$(directive "$f" Fatal)
  if [ -n "$fe" ] && ! grep -qF "fatal error: $fe" "$tmp/stderr"; then ok=0; echo "DIFF $f: fatal error"; head -3 "$tmp/stderr"; fi
  if [ "$ok" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "godiff: $pass agree with Go, $fail differ, $skip skipped (need newer Go)"
[ "$fail" -eq 0 ]
