// Shutdown: main takes the first result and closes the results channel,
// but the slower worker may still send its own: send on closed channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int, 2)
	for i := 0; i < 2; i++ {
		go func(i int) {
			results <- i * i
		}(i)
	}
	first := <-results
	close(results)
	fmt.Println("first result in")
	time.Sleep(10 * time.Millisecond) // shutting down: the workers still run
	_ = first
}
