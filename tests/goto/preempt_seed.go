package main

import (
	"fmt"
	"runtime"
)

// Under the deterministic scheduler, a goroutine in a goto loop is
// preempted too; the other goroutine's channel send gets through.
func main() {
	ch := make(chan int)
	go func() {
		n := 0
	L:
		n++
		if n < 0 {
			return
		}
		goto L
	}()
	go func() { ch <- 42 }()
	runtime.Gosched()
	fmt.Println(<-ch)
}

// Flags: --seed 3
// Output:
// 42
