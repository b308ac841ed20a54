#!/usr/bin/env bash
# Stress: runs the concurrency benchmarks (at their quick sizes) and every
# tests/conc/ script many times on several processor counts, failing on
# the first wrong output, crash or sanitizer report. Build it with
# ThreadSanitizer to look for races in the runtime:
#
#   cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Tsan
#   cmake --build build-tsan --target stress
#
# usage: tests/stress.sh GOSH RUNNER [ROUNDS]
set -u
abspath() { [[ $1 == /* ]] && echo "$1" || echo "$PWD/$1"; }
gosh=$(abspath "$1") runner=$(abspath "$2") rounds=${3:-20}
here=$(cd "$(dirname "$0")" && pwd)
bench=$here/../bench
# atexit_sleep_ms=0: TSan otherwise sleeps a second at every exit
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 atexit_sleep_ms=0 ${TSAN_OPTIONS:-}"
export ASAN_OPTIONS="detect_leaks=0 ${ASAN_OPTIONS:-}"
declare -A size=([spawn]=20000 [pingpong]=20000 [chain]=5000 [sieve]=300 [prodcons]=200000
                 [selectfanin]=20000 [mutex]=20000 [idlemem]=5000)
fails=0 runs=0
for ((r = 1; r <= rounds; r++)); do
  for procs in 2 4 8; do
    for b in "${!size[@]}"; do
      out=$("$gosh" --procs "$procs" "$bench/$b.go" "${size[$b]}" 2>&1)
      st=$? runs=$((runs + 1))
      # the expected output: the same program on one processor, once
      want_file=/tmp/gosh-stress-$b-${size[$b]}.want
      [[ -f $want_file ]] || "$gosh" --procs 1 "$bench/$b.go" "${size[$b]}" >"$want_file" 2>&1
      if ((st != 0)) || [[ $out != "$(cat "$want_file")" ]]; then
        echo "FAIL: $b ${size[$b]} --procs $procs (round $r, status $st)"
        echo "$out" | head -20
        fails=$((fails + 1))
      fi
    done
    for t in "$here"/conc/*.go; do
      rel=conc/$(basename "$t")
      runs=$((runs + 1))
      if ! (cd "$here" && "$runner" "$gosh" "$rel" --procs "$procs") >/tmp/gosh-stress.log 2>&1; then
        echo "FAIL: $rel --procs $procs (round $r)"
        head -20 /tmp/gosh-stress.log
        fails=$((fails + 1))
      fi
    done
  done
  echo "round $r: $runs runs, $fails failures"
  ((fails)) && exit 1
done
echo "stress: $runs runs, all passed"
