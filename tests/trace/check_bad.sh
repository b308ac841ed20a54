#!/bin/sh
# check_bad.sh: check_trace on broken traces: each must be refused with
# the status and the message bad/EXPECT gives it (one line per file:
# FILE STATUS MESSAGE).
# usage: check_bad.sh CHECK_TRACE DIR
check=$1
dir=$2
fail=0
n=0
while read -r file status msg; do
  case $file in ''|'#'*) continue ;; esac
  n=$((n + 1))
  out=$("$check" "$dir/$file" 2>&1)
  rc=$?
  if [ "$rc" != "$status" ] || ! printf '%s\n' "$out" | grep -qF -- "$msg"; then
    echo "FAIL: $file: status $rc (want $status), output:"
    printf '%s\n' "$out"
    echo "wanted a line containing: $msg"
    fail=$((fail + 1))
  fi
done < "$dir/EXPECT"
# every broken fixture has its expectation
for f in "$dir"/*.json; do
  grep -q "^$(basename "$f") " "$dir/EXPECT" || { echo "FAIL: $f has no line in EXPECT"; fail=$((fail + 1)); }
done
echo "$((n - fail)) passed, $fail failed"
[ "$fail" = 0 ]
