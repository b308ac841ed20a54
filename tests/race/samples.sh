#!/bin/sh
# samples.sh GOSH SAMPLES_DIR: every sample under gosh --race --procs 2.
# The race-free ones must report nothing; racy_counter.gosh, which races
# on purpose, must report its read and its write of counter.
gosh=$1
dir=$2
status=0
for f in "$dir"/*.gosh; do
    err=$("$gosh" --race --procs 2 "$f" 2>&1 >/dev/null </dev/null)
    rc=$?
    case $(basename "$f") in
    racy_counter.gosh)
        want="$(grep -n 'v := counter' "$f" | cut -d: -f1) $(grep -n 'counter = v + 1' "$f" | cut -d: -f1)"
        got=$(echo "$err" | awk '/^(Write|Read) at counter/ { w = 1; next } /^Previous (write|read) at counter/ { w = 1; next }
            w && /racy_counter.gosh:/ { sub(/.*:/, ""); print; w = 0 }' | sort -un | tr '\n' ' ' | sed 's/ $//')
        if [ $rc -ne 66 ] || [ "$got" != "$want" ]; then
            echo "FAIL: $f: exit $rc, lines '$got', want 66 and '$want'"
            echo "$err"
            status=1
        fi
        ;;
    *)
        if echo "$err" | grep -q 'DATA RACE'; then
            echo "FAIL: $f: a race reported in a race-free sample"
            echo "$err"
            status=1
        fi
        ;;
    esac
done
exit $status
