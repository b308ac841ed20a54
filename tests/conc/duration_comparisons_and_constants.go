package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Millisecond < time.Second, time.Minute == 60*time.Second)
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total)
	fmt.Printf("%T\n", total)
	type Timeout time.Duration
	fmt.Println(time.Duration(Timeout(3 * time.Second)))
}

// Output:
// true true
// 1ns 1µs 1ms 1s 1m0s 1h0m0s
// 2.5s
// time.Duration
// 3s
