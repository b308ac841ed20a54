package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	fmt.Println("resetting to zero")
	t.Reset(0)
}

// Output:
// resetting to zero
// Panic: non-positive interval for Ticker.Reset
