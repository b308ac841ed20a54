package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now()
	limiter := time.Tick(2 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	fmt.Println("throttled (>= 10ms):", time.Since(start) >= 10*time.Millisecond)
}

// Output:
// request 1
// request 2
// request 3
// request 4
// request 5
// throttled (>= 10ms): true
