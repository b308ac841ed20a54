package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645*time.Nanosecond
	for _, m := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, time.Hour} {
		fmt.Println(m, d.Truncate(m), d.Round(m))
	}
	fmt.Println((-1500 * time.Millisecond).Round(time.Second))
	fmt.Println((-5 * time.Second).Abs())
}

// Output:
// 1ns 1h15m30.918273645s 1h15m30.918273645s
// 1µs 1h15m30.918273s 1h15m30.918274s
// 1ms 1h15m30.918s 1h15m30.918s
// 1s 1h15m30s 1h15m31s
// 2s 1h15m30s 1h15m30s
// 1m0s 1h15m0s 1h16m0s
// 1h0m0s 1h0m0s 1h0m0s
// -2s
// 5s
