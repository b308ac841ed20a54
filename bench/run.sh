#!/usr/bin/env bash
# gosh benchmark runner. See bench/README.md.
#
#   bench/run.sh [options] [benchmark...]
#
# Full mode (default): run every benchmark at its default size with each
# available runner (gosh, lua5.4, python3, go) RUNS times, check that all
# outputs agree, and print a table of median times and gosh ratios.
#
# Quick mode (--quick, or SIZE=small): run each benchmark once under gosh with
# a small size and compare against bench/expected/NAME.small.txt. Only gosh
# is needed. Exits nonzero on any mismatch or failure. This is what CI runs.
#
# Options:
#   --quick             quick correctness mode (same as SIZE=small)
#   --runs N            runs per runner in full mode (default $RUNS or 5)
#   --regen-expected    rewrite bench/expected/*.txt from the Go versions
#                       (cross-checked against Lua/Python when installed)
#   -h, --help          this text
#
# Environment:
#   GOSH     gosh binary            (default: <repo>/build/gosh)
#   LUA      Lua 5.4 interpreter    (default: lua5.4)
#   PYTHON   Python 3 interpreter   (default: python3)
#   GO       Go toolchain           (default: go)
#   RUNS     runs per runner        (default: 5)
#   RUNNERS  runners to use in full mode (default: "gosh lua python go")
#   TIMEOUT  seconds allowed per single run; 0 = none
#            (default: 60 in quick mode, 0 in full mode)
#   SIZE     "small" selects quick mode

set -u
export LC_ALL=C   # stable number formatting (EPOCHREALTIME, awk, printf)

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
EXPECTED_DIR=$BENCH_DIR/expected

ALL_BENCHES=(fib loop nbody spectralnorm fannkuch mapops strings binarytrees methodcall wordcount
             spawn pingpong chain sieve prodcons selectfanin mutex parallel1 parallel2 idlemem
             regexp)

# Benchmarks that share a program: the source file, and the arguments of a
# full run (size, then the number of goroutines).
declare -A BENCH_SRC=([parallel1]=parallel [parallel2]=parallel)
declare -A FULL_ARGS=([parallel1]="3000000 1" [parallel2]="3000000 2" [wordcount]=50)

# Benchmarks that read standard input: their size argument is megabytes of
# text from gen_words.awk, fed on stdin (made once per run of this script).
declare -A STDIN_BENCH=([wordcount]=1)

# Size argument used by --quick (and by the expected/NAME.small.txt files).
declare -A SMALL_SIZE=(
    [fib]=20
    [loop]=300
    [nbody]=1000
    [spectralnorm]=100
    [fannkuch]=7
    [mapops]=1000
    [strings]=500
    [binarytrees]=8
    [methodcall]=1000
    [wordcount]=1
    [spawn]=1000
    [pingpong]=1000
    [chain]=1000
    [sieve]=100
    [prodcons]=10000
    [selectfanin]=1000
    [mutex]=1000
    [parallel1]="20000 1"
    [parallel2]="20000 2"
    [idlemem]=1000
    [regexp]=1000
)

GOSH=${GOSH:-$BENCH_DIR/../build/gosh}
LUA=${LUA:-lua5.4}
PYTHON=${PYTHON:-python3}
GO=${GO:-go}
RUNS=${RUNS:-5}
RUNNERS=${RUNNERS:-gosh lua python go}
TIMEOUT=${TIMEOUT:-}

# Programs run with the bench directory as cwd, so make relative paths
# (e.g. GOSH=build/gosh) absolute first.
abspath() { if [[ $1 == */* && $1 != /* ]]; then echo "$PWD/$1"; else echo "$1"; fi; }
GOSH=$(abspath "$GOSH"); LUA=$(abspath "$LUA"); PYTHON=$(abspath "$PYTHON"); GO=$(abspath "$GO")

usage() { sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

mode=full
[[ ${SIZE:-} == small ]] && mode=quick
benches=()
while (($#)); do
    case $1 in
        --quick) mode=quick ;;
        --runs) shift; RUNS=${1:?--runs needs a number} ;;
        --runs=*) RUNS=${1#--runs=} ;;
        --regen-expected) mode=regen ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *)
            if [[ -z ${SMALL_SIZE[$1]+x} ]]; then
                echo "run.sh: unknown benchmark '$1' (have: ${ALL_BENCHES[*]})" >&2
                exit 2
            fi
            benches+=("$1") ;;
    esac
    shift
done
((${#benches[@]})) || benches=("${ALL_BENCHES[@]}")
if ! [[ $RUNS =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: RUNS must be a positive integer (got '$RUNS')" >&2
    exit 2
fi
if [[ -z $TIMEOUT ]]; then
    if [[ $mode == quick ]]; then TIMEOUT=60; else TIMEOUT=0; fi
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gosh-bench.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------- helpers

have_cmd() { # name-or-path
    if [[ $1 == */* ]]; then [[ -x $1 && ! -d $1 ]]; else command -v "$1" >/dev/null 2>&1; fi
}

now() { # sets $NOW to the wall clock in seconds (fractional)
    if [[ -n ${EPOCHREALTIME:-} ]]; then NOW=$EPOCHREALTIME; else NOW=$(date +%s.%N); fi
}

TIMEOUT_CMD=()
if [[ $TIMEOUT != 0 ]] && have_cmd timeout; then
    TIMEOUT_CMD=(timeout "$TIMEOUT")
fi

# Command line (array RUN_CMD) for runner $1, benchmark $2.
src_of() { echo "${BENCH_SRC[$1]:-$1}"; }

set_cmd() {
    local src
    src=$(src_of "$2")
    case $1 in
        gosh)   RUN_CMD=("$GOSH" "$BENCH_DIR/$src.go") ;;
        lua)    RUN_CMD=("$LUA" "$BENCH_DIR/$src.lua") ;;
        python) RUN_CMD=("$PYTHON" "$BENCH_DIR/$src.py") ;;
        go)     RUN_CMD=("$TMP/gobin/$src") ;;
    esac
}

# Whether benchmark $2 has a version for runner $1 (the concurrency
# benchmarks exist in Go only).
has_version() {
    local src
    src=$(src_of "$2")
    case $1 in
        lua)    [[ -f $BENCH_DIR/$src.lua ]] ;;
        python) [[ -f $BENCH_DIR/$src.py ]] ;;
        *)      true ;;
    esac
}

# run_one RUNNER BENCH OUTFILE [SIZE-ARG]
# Runs once; stdout -> OUTFILE, stderr -> OUTFILE.err. Sets ELAPSED, returns
# the program's exit status.
run_one() {
    local runner=$1 bench=$2 out=$3 t0 t1 st input=/dev/null
    shift 3
    set_cmd "$runner" "$bench"
    if [[ -n ${STDIN_BENCH[$bench]:-} ]]; then
        input=$TMP/input.$bench.${1:-0}.txt
        [[ -f $input ]] || awk -v mb="${1:-1}" -f "$BENCH_DIR/gen_words.awk" >"$input"
        set --
    fi
    now; t0=$NOW
    (cd "$BENCH_DIR" && "${TIMEOUT_CMD[@]}" "${RUN_CMD[@]}" "$@") >"$out" 2>"$out.err" <"$input"
    st=$?
    now; t1=$NOW
    ELAPSED=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
    return $st
}

median() { # numbers on stdin, one per line
    sort -g | awk '{ v[NR] = $1 }
        END { if (NR == 0) exit 1
              if (NR % 2) printf "%.3f", v[(NR + 1) / 2]
              else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { # a b -> a/b, or "-" if either is not a number
    if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]]; then
        awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
    else
        echo "-"
    fi
}

show_diff() { # expected actual
    diff -u --label expected --label actual "$1" "$2" | head -n 20 | sed 's/^/    /'
}

show_err() { # file.err
    if [[ -s $1 ]]; then
        echo "    stderr (last lines):"
        tail -n 10 "$1" | sed 's/^/    | /'
    fi
}

fail_status_msg() { # status
    if [[ $1 == 124 && ${#TIMEOUT_CMD[@]} -gt 0 ]]; then
        echo "timed out after ${TIMEOUT}s"
    else
        echo "exited with status $1"
    fi
}

build_go() { # compile every selected benchmark's Go version into $TMP/gobin
    mkdir -p "$TMP/gobin"
    if [[ -z $("$GO" env GOCACHE 2>/dev/null) ]]; then
        export GOCACHE=$TMP/gocache
    fi
    local b ok=0
    for b in "${benches[@]}"; do
        b=$(src_of "$b")
        [[ -x $TMP/gobin/$b ]] && continue
        if ! (cd "$BENCH_DIR" && GOFLAGS= GO111MODULE=off "$GO" build -o "$TMP/gobin/$b" "$b.go") \
                >"$TMP/gobuild.log" 2>&1; then
            echo "warning: go build $b.go failed:" >&2
            sed 's/^/    /' "$TMP/gobuild.log" >&2
            ok=1
        fi
    done
    return $ok
}

# ---------------------------------------------------------------- quick mode

quick() {
    if ! have_cmd "$GOSH"; then
        echo "run.sh --quick: gosh not found at '$GOSH' (build it, or set GOSH=...)" >&2
        exit 2
    fi
    echo "quick check: gosh=$GOSH"
    local b arg exp out st failures=0
    for b in "${benches[@]}"; do
        arg=${SMALL_SIZE[$b]}
        exp=$EXPECTED_DIR/$b.small.txt
        out=$TMP/$b.gosh.small
        if [[ ! -f $exp ]]; then
            echo "FAIL     $b: missing $exp (run: bench/run.sh --regen-expected)"
            failures=$((failures + 1))
            continue
        fi
        # shellcheck disable=SC2086
        run_one gosh "$b" "$out" $arg
        st=$?
        if ((st != 0)); then
            printf "FAIL     %s %s: gosh %s (%.3fs)\n" "$b" "$arg" "$(fail_status_msg $st)" "$ELAPSED"
            show_err "$out.err"
            failures=$((failures + 1))
        elif ! cmp -s "$exp" "$out"; then
            echo "MISMATCH $b $arg: gosh output differs from expected/$b.small.txt"
            show_diff "$exp" "$out"
            show_err "$out.err"
            failures=$((failures + 1))
        else
            printf 'ok       %-13s %-8s %.3fs\n' "$b" "$arg" "$ELAPSED"
        fi
    done
    if ((failures)); then
        echo "quick check: $failures of ${#benches[@]} benchmark(s) FAILED"
        exit 1
    fi
    echo "quick check: all ${#benches[@]} benchmark(s) passed"
    exit 0
}

# ---------------------------------------------------------------- regen mode

regen() {
    have_cmd "$GO" || { echo "run.sh --regen-expected: needs go" >&2; exit 2; }
    build_go || exit 1
    mkdir -p "$EXPECTED_DIR"
    local b r arg exp bad=0 kind
    for b in "${benches[@]}"; do
        for kind in small full; do
            exp=$EXPECTED_DIR/$b.$kind.txt
            if [[ $kind == small ]]; then arg=(${SMALL_SIZE[$b]}); else arg=(${FULL_ARGS[$b]:-}); fi
            echo "generating expected/$b.$kind.txt ${arg[*]}" >&2
            run_one go "$b" "$TMP/regen" "${arg[@]}" || { echo "go $b failed" >&2; exit 1; }
            for r in lua python; do
                local bin=$LUA
                [[ $r == python ]] && bin=$PYTHON
                have_cmd "$bin" && has_version "$r" "$b" || continue
                if ! run_one "$r" "$b" "$TMP/regen.$r" "${arg[@]}" || ! cmp -s "$TMP/regen" "$TMP/regen.$r"; then
                    echo "MISMATCH $b ($kind): $r output differs from go" >&2
                    show_diff "$TMP/regen" "$TMP/regen.$r" >&2
                    bad=1
                fi
            done
            cp "$TMP/regen" "$exp"
        done
    done
    exit $bad
}

# ---------------------------------------------------------------- full mode

full() {
    local runners=() r bin
    for r in $RUNNERS; do
        case $r in
            gosh)   bin=$GOSH ;;
            lua)    bin=$LUA ;;
            python) bin=$PYTHON ;;
            go)     bin=$GO ;;
            *) echo "run.sh: unknown runner '$r' in RUNNERS" >&2; exit 2 ;;
        esac
        if have_cmd "$bin"; then
            if [[ $r == go ]] && ! build_go; then
                echo "skipping runner go (build failed)" >&2
                continue
            fi
            runners+=("$r")
        else
            echo "skipping runner $r: '$bin' not found" >&2
        fi
    done
    if ((${#runners[@]} == 0)); then
        echo "run.sh: no runners available" >&2
        exit 2
    fi

    echo "runners: ${runners[*]}   runs: $RUNS   timeout: $([[ ${#TIMEOUT_CMD[@]} -gt 0 ]] && echo "${TIMEOUT}s" || echo none)"
    local b i st out ref refname problems=0
    declare -A MED=()
    declare -A STATUS=()
    for b in "${benches[@]}"; do
        for r in "${runners[@]}"; do
            has_version "$r" "$b" || continue
            printf '%-13s %-7s' "$b" "$r" >&2
            : >"$TMP/times"
            STATUS[$b.$r]=ok
            for ((i = 1; i <= RUNS; i++)); do
                out=$TMP/$b.$r.$i
                # shellcheck disable=SC2086
                run_one "$r" "$b" "$out" ${FULL_ARGS[$b]:-}
                st=$?
                if ((st != 0)); then
                    echo " FAIL" >&2
                    echo "FAIL     $b: $r $(fail_status_msg $st)"
                    show_err "$out.err"
                    STATUS[$b.$r]=fail
                    problems=$((problems + 1))
                    break
                fi
                printf ' %.3f' "$ELAPSED" >&2
                echo "$ELAPSED" >>"$TMP/times"
                cp "$out" "$TMP/$b.$r.out"
                if ((i > 1)) && ! cmp -s "$TMP/$b.$r.1" "$out"; then
                    echo "MISMATCH $b: $r run $i output differs from its run 1 (nondeterministic)"
                    show_diff "$TMP/$b.$r.1" "$out"
                    STATUS[$b.$r]=mismatch
                    problems=$((problems + 1))
                fi
            done
            [[ ${STATUS[$b.$r]} == fail ]] && continue
            echo >&2
            MED[$b.$r]=$(median <"$TMP/times")
        done

        # Cross-check outputs: against the stored expected output if present,
        # otherwise against go (or the first runner that succeeded).
        ref= refname=
        if [[ -f $EXPECTED_DIR/$b.full.txt ]]; then
            ref=$EXPECTED_DIR/$b.full.txt refname=expected/$b.full.txt
        else
            for r in go "${runners[@]}"; do
                if [[ -f $TMP/$b.$r.out && ${STATUS[$b.$r]:-} == ok ]]; then
                    ref=$TMP/$b.$r.out refname=$r
                    break
                fi
            done
        fi
        if [[ -n $ref ]]; then
            for r in "${runners[@]}"; do
                [[ $r == "$refname" || ${STATUS[$b.$r]:-fail} == fail ]] && continue
                if ! cmp -s "$ref" "$TMP/$b.$r.out"; then
                    echo "MISMATCH $b: $r output differs from $refname"
                    show_diff "$ref" "$TMP/$b.$r.out"
                    STATUS[$b.$r]=mismatch
                    problems=$((problems + 1))
                fi
            done
        fi
    done

    # Table. Times are median wall-clock seconds; FAIL = crashed/timed out,
    # a trailing '!' = wrong output, '-' = runner not available.
    cell() { # bench runner
        local s=${STATUS[$1.$2]:-}
        case $s in
            ok) echo "${MED[$1.$2]}" ;;
            mismatch) echo "${MED[$1.$2]}!" ;;
            fail) echo "FAIL" ;;
            *) echo "-" ;;
        esac
    }
    val() { # median only if output was correct
        [[ ${STATUS[$1.$2]:-} == ok ]] && echo "${MED[$1.$2]}" || echo "-"
    }
    echo
    printf '%-13s %9s %9s %9s %9s  %9s %9s %9s\n' benchmark gosh lua python go gosh/lua gosh/py gosh/go
    printf '%-13s %9s %9s %9s %9s  %9s %9s %9s\n' ------------- --------- --------- --------- --------- --------- --------- ---------
    local g
    for b in "${benches[@]}"; do
        g=$(val "$b" gosh)
        printf '%-13s %9s %9s %9s %9s  %9s %9s %9s\n' "$b" \
            "$(cell "$b" gosh)" "$(cell "$b" lua)" "$(cell "$b" python)" "$(cell "$b" go)" \
            "$(ratio "$g" "$(val "$b" lua)")" "$(ratio "$g" "$(val "$b" python)")" "$(ratio "$g" "$(val "$b" go)")"
    done
    echo
    echo "times: median wall-clock seconds over $RUNS run(s); ratios < 1 mean gosh is faster."
    local sel=" ${benches[*]} "
    if [[ $sel == *" parallel1 "* && $sel == *" parallel2 "* ]]; then
        echo "parallel speed-up (1 goroutine / 2 goroutines): gosh $(ratio "$(val parallel1 gosh)" "$(val parallel2 gosh)")," \
             "go $(ratio "$(val parallel1 go)" "$(val parallel2 go)")"
    fi
    if [[ $sel == *" idlemem "* ]]; then
        idle_memory
    fi
    if ((problems)); then
        echo "$problems problem(s) found (see FAIL/MISMATCH lines above)"
        exit 1
    fi
    exit 0
}

# Memory per blocked goroutine: peak RSS with 100,000 goroutines blocked
# on a receive, less the RSS with none, divided by 100,000.
idle_memory() {
    have_cmd /usr/bin/time || { echo "idle memory: needs /usr/bin/time"; return; }
    local r n kb line=""
    for r in gosh go; do
        [[ $r == go && ! -x $TMP/gobin/idlemem ]] && continue
        set_cmd "$r" idlemem
        declare -A rss=()
        for n in 0 100000; do
            /usr/bin/time -f %M -o "$TMP/rss" "${RUN_CMD[@]}" "$n" >/dev/null 2>&1
            rss[$n]=$(tail -n 1 "$TMP/rss")
        done
        kb=$(awk -v a="${rss[100000]}" -v b="${rss[0]}" 'BEGIN { printf "%.0f", (a - b) * 1024 / 100000 }')
        line+="$r $kb bytes   "
    done
    echo "memory per blocked goroutine (idlemem, 100,000 goroutines): $line"
}

case $mode in
    quick) quick ;;
    regen) regen ;;
    full)  full ;;
esac
