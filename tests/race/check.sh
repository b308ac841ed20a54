#!/bin/sh
# check.sh GOSH FILE [FLAGS...]: runs FILE under gosh --race FLAGS and
# checks the detector's verdict. The two lines that race are marked
# "// racy" in the file (a line marked "racy racy" races with itself: two
# goroutines running it); the first report must name those two lines,
# name the location as "// Race at: NAME" says, and the run must exit
# with status 66. A file with no marks must run without a report and
# exit 0.
gosh=$1
file=$2
shift 2
base=$(basename "$file")
want=$(awk '{ n = gsub(/racy/, "&"); if ($0 ~ /\/\/ racy/) for (i = 0; i < n; i++) print NR }' "$file" | sort -n | tr '\n' ' ')
name=$(sed -n 's,^// Race at: ,,p' "$file")
err=$("$gosh" --race "$@" "$file" 2>&1 >/dev/null)
rc=$?
fail() {
    echo "FAIL: $file $*: $1"
    echo "$err"
    exit 1
}
if [ -z "$want" ]; then
    echo "$err" | grep -q 'DATA RACE' && fail "a race reported in a race-free program"
    [ $rc -eq 0 ] || fail "exit status $rc, want 0"
    exit 0
fi
[ $rc -eq 66 ] || fail "exit status $rc, want 66"
got=$(echo "$err" | awk -v f="$base" '
    /^(Write|Read) at / { want = 1; next }
    /^Previous (write|read) at / { want = 2; next }
    want && index($0, f ":") { sub(/.*:/, ""); print; want = 0; if (++n == 2) exit }' | sort -n | tr '\n' ' ')
[ "$got" = "$want" ] || fail "the report names lines $got, want $want"
if [ -n "$name" ]; then
    echo "$err" | grep -qF "at $name by" || fail "the location is not named $name"
fi
echo "$err" | grep -q '^Found [0-9]* data race(s)$' || fail "no Found N data race(s) line"
exit 0
