package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	for range time.Tick(time.Millisecond) {
		n++
		fmt.Println("tick", n)
		if n == 3 {
			break
		}
	}
	fmt.Println("nil for bad duration:", time.Tick(0) == nil, time.Tick(-time.Second) == nil)
}

// Output:
// tick 1
// tick 2
// tick 3
// nil for bad duration: true true
