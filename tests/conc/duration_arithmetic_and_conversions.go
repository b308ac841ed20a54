package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Second
	fmt.Println(d, d*2, d/3, d-time.Minute, d%time.Minute)
	fmt.Println(d.Seconds(), d.Minutes(), d.Hours())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	n := 3
	fmt.Println(time.Duration(n) * time.Millisecond)
	fmt.Println(time.Second / time.Millisecond)
	fmt.Println(int64(time.Hour))
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
}

// Output:
// 1m30s 3m0s 30s 30s 30s
// 90 1.5 0.025
// 90000 90000000 90000000000
// 3ms
// 1µs
// 3600000000000
// 1.5s
