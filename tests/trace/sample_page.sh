#!/usr/bin/env bash
# sample_page.sh: a teaching sample traced by gosh itself (--seed 1), then
# its timeline page tested in headless Chromium as the fixtures' are.
# usage: sample_page.sh GOSH SAMPLE.gosh OUTDIR
set -u
gosh=$1 sample=$2 out=$3
name=$(basename "$sample" .gosh)
mkdir -p "$out"
"$gosh" --seed 1 --trace "$out/$name.json" "$sample" >/dev/null 2>&1 </dev/null
[ -s "$out/$name.json" ] || { echo "FAIL: no trace of $sample"; exit 1; }
exec bash "$(dirname "$0")/page_test.sh" "$gosh" "$out/$name.json" "$out"
