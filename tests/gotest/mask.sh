#!/bin/sh
# mask.sh: go test's output with what changes run to run made constant:
# durations (0.00s), the package's time (0.012s), and a panic's
# goroutine stack (one line, "goroutine N [running]:").
awk '
/^goroutine [0-9]+ \[running\]:$/ { print "goroutine N [running]:"; skip = 1; next }
skip && /^(FAIL|ok  )\t/ { skip = 0 }
skip { next }
{
	gsub(/\([0-9]+\.[0-9]+s\)/, "(0.00s)")
	sub(/\t[0-9]+\.[0-9]+s$/, "\t0.012s")
	print
}'
