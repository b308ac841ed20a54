#!/bin/sh
# replay_samples.sh GOSH SAMPLES_DIR: every sample, recorded under a seed,
# replays byte for byte (stdout, stderr, exit status), twice.
gosh=$1 dir=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
for f in "$dir"/*.gosh; do
    "$gosh" --seed 7 --record "$tmp/s" "$f" > "$tmp/o0" 2>&1 < /dev/null; r0=$?
    for k in 1 2; do
        "$gosh" --replay "$tmp/s" "$f" > "$tmp/o$k" 2>&1 < /dev/null; rk=$?
        if [ $rk != $r0 ] || ! cmp -s "$tmp/o0" "$tmp/o$k"; then
            echo "FAIL: $f: replay $k differs (status $r0 then $rk)"; diff "$tmp/o0" "$tmp/o$k" | head -5; fail=1
        fi
    done
done
exit $fail
