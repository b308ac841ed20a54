package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println(time.Since(start) >= 15*time.Millisecond)
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero/negative sleep returns quickly:", time.Since(start) < time.Second)
}

// Output:
// true
// zero/negative sleep returns quickly: true
