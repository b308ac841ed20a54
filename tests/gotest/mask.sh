#!/bin/sh
# mask.sh: go test's output with what changes run to run made constant:
# durations (0.00s), the package's time (0.012s), and a panic's
# goroutine stack (one line, "goroutine N [running]:"), a benchmark's
# processor and speed.
awk '
/^goroutine [0-9]+ \[running\]:$/ { print "goroutine N [running]:"; skip = 1; next }
skip && /^(FAIL|ok  )\t/ { skip = 0 }
skip { next }
{
	gsub(/\([0-9]+\.[0-9]+s\)/, "(0.00s)")
	sub(/\t[0-9]+\.[0-9]+s$/, "\t0.012s")
	sub(/^cpu: .*/, "cpu: CPU")
	sub(/\t *[0-9.]+ ns\/op/, "\tX ns/op")
	# the processors: BenchmarkX-2, padded
	if (/^Benchmark[^ \t]*-[0-9]+ *\t/) sub(/-[0-9]+ *\t/, "-N\t")
	if (/^--- BENCH: /) sub(/-[0-9]+$/, "-N")
	print
}'
