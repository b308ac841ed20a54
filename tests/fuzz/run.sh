#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# Builds the libFuzzer targets with clang (in build-fuzz/, or $FUZZ_BUILD)
# and runs each TARGET (lex parse check run; default all four, one after
# another) for SECONDS (default 60) under nice. The corpus of each target
# is kept in $FUZZ_BUILD/corpus/TARGET between runs; the seeds come from
# the test scripts and samples (made here, not committed). A crash, hang,
# sanitizer report or out-of-memory fails the script (exit 1) and prints
# the reproducer and how to replay it.
#
# Environment: FUZZ_BUILD (build directory), FUZZ_JOBS (build jobs, 2),
# FUZZ_NICE (10), FUZZ_ARGS (more libFuzzer flags), CC (clang),
# FUZZ_KEEP_GOING=1 (save every crash and go on instead of stopping).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
shift || true
case $seconds in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS] [lex|parse|check|run ...]" >&2; exit 2 ;;
esac
targets=${*:-lex parse check run}
build=${FUZZ_BUILD:-$root/build-fuzz}
cc=${CC:-clang}
case $cc in *clang*) ;; *) cc=clang ;; esac
# package regexp's RE2 shim is C++: its compiler must take the fuzzer's flags
cxx=${CXX:-clang++}
case $cxx in *clang*) ;; *) cxx=clang++ ;; esac
nice_level=${FUZZ_NICE:-10}
# FUZZ_KEEP_GOING=1: go on after a crash (each is saved), for long runs
# past a known bug; the script still fails at the end
keep=${FUZZ_KEEP_GOING:-0}

for t in $targets; do
  case $t in lex|parse|check|run) ;; *) echo "unknown target $t (lex parse check run)" >&2; exit 2 ;; esac
done

echo "== building the fuzz targets in $build"
mkdir -p "$build"
if ! { cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" -DGOSH_FUZZ=ON \
         -DCMAKE_BUILD_TYPE=Release >"$build/configure.log" 2>&1 &&
       nice -n "$nice_level" cmake --build "$build" -j"${FUZZ_JOBS:-2}" \
         --target $(printf 'fuzz_%s ' $targets) >"$build/build.log" 2>&1; }; then
  cat "$build/configure.log" "$build/build.log" 2>/dev/null | tail -40
  echo "FAIL: could not build the fuzz targets (clang and libclang-rt-dev needed)" >&2
  exit 1
fi

# Seeds: every test script, sample and benchmark program, once.
seeds=$build/seeds
if [ ! -d "$seeds" ] || [ -n "$(find "$root/tests" "$root/samples" -newer "$seeds" \( -name '*.go' -o -name '*.gosh' \) -print -quit)" ]; then
  rm -rf "$seeds"
  mkdir -p "$seeds"
  (cd "$root" && find tests samples bench -name '*.go' -o -name '*.gosh' | grep -v '^tests/fuzz/' |
     while read -r f; do cp "$f" "$seeds/$(echo "$f" | tr / _)"; done)
  cp "$here"/regress/*/* "$seeds/" 2>/dev/null
  touch "$seeds"
fi

status=0
for t in $targets; do
  corpus=$build/corpus/$t
  artifacts=$build/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  before=$(ls "$artifacts" | wc -l)
  log=$build/fuzz-$t.log
  echo "== fuzz_$t for ${seconds}s (log: $log, corpus: $corpus)"
  # -fork=1: the target runs in a child process that libFuzzer restarts
  # when it ends; the check and run targets end a child whose memory has
  # grown past GOSH_FUZZ_RSS_MB (fuzz.h says why). OOMs and timeouts are
  # reported, not ignored: the budgets should prevent both.
  # detect_leaks=0, as in the suite: memory is collected, and what the
  # collector's finalizers free (RE2's programs) is still held at exit
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:symbolize=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  nice -n "$nice_level" "$build/tests/fuzz/fuzz_$t" \
    -fork=1 -ignore_crashes=$keep -ignore_ooms=$keep -ignore_timeouts=$keep \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -max_len=4096 \
    -close_fd_mask=3 -print_final_stats=1 \
    -dict="$here/go.dict" -artifact_prefix="$artifacts/" \
    ${FUZZ_ARGS:-} "$corpus" "$seeds" >"$log" 2>&1
  rc=$?
  grep -E '^#[0-9]+: cov' "$log" | tail -1
  [ "$keep" = 1 ] && grep -E 'crash|oom|timeout' "$log" | grep -c 'Test unit written' | sed 's/^/  inputs saved: /' 
  found=$(ls -t "$artifacts" | head -n $(( $(ls "$artifacts" | wc -l) - before )))
  # libFuzzer's fork mode also writes an artifact when a job ends outside
  # any input (one stopped at the time limit while still running the seed
  # corpus leaves crash-<sha1 of nothing>): only what replays as a failure
  # is a problem; the rest is said, not hidden
  real=
  for f in $found; do
    if timeout 120 "$build/tests/fuzz/fuzz_$t" "$artifacts/$f" >/dev/null 2>&1; then
      echo "  note: $artifacts/$f does not fail when replayed (a job that ended outside an input)"
    else
      real="$real $f"
    fi
  done
  found=$real
  if [ "$rc" -ne 0 ] || [ -n "$found" ]; then
    status=1
    echo "FAIL: fuzz_$t found a problem (exit $rc); end of the log:"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|==[0-9]+==' "$log" | head -20
    for f in $found; do
      echo "  reproducer: $artifacts/$f"
      echo "  replay:     $build/tests/fuzz/fuzz_$t $artifacts/$f"
      echo "     or:      build/tests/fuzz/gosh_fuzz_${t}_replay $artifacts/$f   (any build)"
    done
  else
    echo "ok: fuzz_$t, corpus $(ls "$corpus" | wc -l) inputs"
  fi
done
exit $status
