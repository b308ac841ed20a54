package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		1500 * time.Millisecond,
		2*time.Minute + 30*time.Second,
		100 * time.Millisecond,
		time.Microsecond,
		0,
		time.Nanosecond,
		time.Hour,
		-5 * time.Second,
		90 * time.Minute,
		1234567 * time.Nanosecond,
		26*time.Hour + 3*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Printf("%v %s %d\n", time.Second, 2*time.Second, time.Millisecond)
}

// Output:
// 1.5s
// 2m30s
// 100ms
// 1µs
// 0s
// 1ns
// 1h0m0s
// -5s
// 1h30m0s
// 1.234567ms
// 26h0m0.003s
// 1s 2s 1000000
