#!/bin/sh
# mask.sh: go test's output with what changes run to run made constant:
# durations (0.00s), the package's time (0.012s), and a panic's
# goroutine stack (one line, "goroutine N [running]:"), a benchmark's
# processor and speed. The same in -json's events, whose times ("Time",
# "Elapsed") are masked too, and a benchmark's name, which go test -json
# may or may not send apart from its numbers, joined to them.
awk '
function plain() {
	gsub(/\([0-9]+\.[0-9]+s\)/, "(0.00s)")
	sub(/\t[0-9]+\.[0-9]+s$/, "\t0.012s")
	sub(/^cpu: .*/, "cpu: CPU")
	sub(/\t *[0-9.]+ ns\/op/, "\tX ns/op")
	# the processors: BenchmarkX-2, padded
	if (/^Benchmark[^ \t]*-[0-9]+ *\t/) sub(/-[0-9]+ *\t/, "-N\t")
	if (/^--- BENCH: /) sub(/-[0-9]+$/, "-N")
}
function event() {
	sub(/"Time":"[^"]*"/, "\"Time\":\"T\"")
	sub(/"Elapsed":[0-9.e+-]+/, "\"Elapsed\":0")
	gsub(/\([0-9]+\.[0-9]+s\)/, "(0.00s)")
	sub(/\\t[0-9]+\.[0-9]+s\\n"/, "\\t0.012s\\n\"")
	sub(/"Output":"cpu: [^"]*"/, "\"Output\":\"cpu: CPU\\n\"")
	sub(/\\t *[0-9.]+ ns\/op/, "\\tX ns/op")
	if (/"Output":"Benchmark[^ \\]*-[0-9]+ *\\t/) sub(/-[0-9]+ *\\t/, "-N\\t")
	if (/"Output":" *--- BENCH: /) sub(/-[0-9]+\\n"/, "-N\\n\"")
}
/^\{"Time":/ {
	if (held != "") { line = $0; sub(/.*"Output":"/, "", line); $0 = held line; held = "" }
	else if (/"Output":"Benchmark[^"]*\\t"\}$/) { held = $0; sub(/"\}$/, "", held); next }
	if (/"Output":"goroutine [0-9]+ \[running\]:\\n"/) {
		sub(/goroutine [0-9]+ /, "goroutine N "); event(); print; skip = 1; next
	}
	if (skip && /"Output":"(FAIL|ok  )\\t/) skip = 0
	if (skip) next
	event(); print; next
}
/^goroutine [0-9]+ \[running\]:$/ { print "goroutine N [running]:"; skip = 1; next }
skip && /^(FAIL|ok  )\t/ { skip = 0 }
skip { next }
{ plain(); print }'
