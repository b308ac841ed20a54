#!/usr/bin/env bash
# big.sh: the size and speed check: a synthetic trace of 200,000 events
# (gen_big_trace), checked, summarised and turned into a page, which must
# load in Chromium. Prints the times; fails past generous limits (the
# Sanitize build and a loaded machine are slower).
# usage: big.sh GOSH CHECK_TRACE GEN_BIG_TRACE DIR OUTDIR
set -u
gosh=$1 check=$2 gen=$3 dir=$4 out=$5
mkdir -p "$out"
json="$out/big.json"
ms() { echo $(( ($2 - $1) / 1000000 )); }
"$gen" 200000 "$json" || exit 1
events=$(grep -c '"ph"' "$json")
echo "big.json: $events events, $(( $(stat -c %s "$json") / 1048576 )) MB"
status=0
t0=$(date +%s%N); "$check" "$json" || status=1; t1=$(date +%s%N)
echo "check_trace: $(ms "$t0" "$t1") ms (reading the JSON and every check)"
t0=$(date +%s%N); "$gosh" trace "$json" >"$out/big.summary" || status=1; t1=$(date +%s%N)
read_ms=$(ms "$t0" "$t1")
echo "gosh trace (read + summary): $read_ms ms"
head -3 "$out/big.summary"
t0=$(date +%s%N); "$gosh" trace "$json" -o "$out/big.html" || status=1; t1=$(date +%s%N)
echo "gosh trace -o (read + page): $(ms "$t0" "$t1") ms, page $(( $(stat -c %s "$out/big.html") / 1048576 )) MB"
if [ "$read_ms" -gt 20000 ]; then echo "FAIL: reading 200,000 events took over 20 s"; status=1; fi
bash "$dir/page_test.sh" "$gosh" "$json" "$out" || status=1
load=$(grep -o 'total_ms=[0-9.]*' "$out/big.dom" | tail -1 | cut -d= -f2)
echo "page: JSON.parse + model + first draw in Chromium: ${load:-?} ms"
if [ -z "$load" ] || [ "${load%.*}" -gt 15000 ]; then echo "FAIL: the page took over 15 s to load"; status=1; fi
[ "$status" = 0 ] && echo "big trace: ok"
exit $status
