package main

import (
	"fmt"
	"time"
)

// A goroutine that never waits does not stop the others' clocks: main's
// sleep ends (under --seed too, where time is virtual and passes while
// code runs).
func main() {
	go func() {
		for {
		}
	}()
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("woke up while another goroutine spins", time.Since(start) >= 30*time.Millisecond)
}

// Output:
// woke up while another goroutine spins true
