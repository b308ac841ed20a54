// The twin of send_on_closed.go: main takes every result before it closes.
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
	<-results
	<-results
	close(results)
	fmt.Println("first result in")
	time.Sleep(10 * time.Millisecond) // shutting down: the workers still run
}
