#!/bin/sh
# bench.sh GOSH BENCH_DIR: the benchmarks, at small sizes, under gosh
# --race --procs 2: none of them races, so none may report one.
gosh=$1
dir=$2
status=0
for b in binarytrees.go:8 chain.go:1000 fannkuch.go:7 fib.go:20 idlemem.go:1000 loop.go:300 \
         mapops.go:1000 methodcall.go:1000 mutex.go:1000 nbody.go:1000 parallel.go:20000 \
         pingpong.go:1000 prodcons.go:10000 selectfanin.go:1000 sieve.go:100 spawn.go:1000 \
         spectralnorm.go:100 strings.go:500; do
    f=${b%%:*}
    err=$(cd "$dir" && "$gosh" --race --procs 2 "$f" "${b#*:}" 2>&1 >/dev/null </dev/null)
    rc=$?
    if [ $rc -ne 0 ] || echo "$err" | grep -q 'DATA RACE'; then
        echo "FAIL: $f: exit $rc"
        echo "$err"
        status=1
    fi
done
exit $status
