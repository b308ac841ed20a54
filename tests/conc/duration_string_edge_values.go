package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, d := range []time.Duration{
		999,
		-1500,
		time.Second + time.Nanosecond,
		59*time.Minute + 59*time.Second + 999*time.Millisecond,
		math.MaxInt64,
		math.MinInt64,
		-time.Microsecond,
		100 * time.Hour,
	} {
		fmt.Println(d)
	}
}

// Output:
// 999ns
// -1.5µs
// 1.000000001s
// 59m59.999s
// 2562047h47m16.854775807s
// -2562047h47m16.854775808s
// -1µs
// 100h0m0s
