package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2h45m", "1us", "1µs", "0", "10", "abc", ""} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=", d)
	}
}

// Output:
// 1h15m30.5s = 1h15m30.5s
// 300ms = 300ms
// -1.5h = -1h30m0s
// 2h45m = 2h45m0s
// 1us = 1µs
// 1µs = 1µs
// 0 = 0s
// error: time: missing unit in duration "10"
// error: time: invalid duration "abc"
// error: time: invalid duration ""
