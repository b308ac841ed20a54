// sleeploop (gosh's own hint): sleeping in a loop that waits for nothing
// shared (a countdown, a retry over a local counter, a ticker-like pace)
// is not polling; nothing to report.
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 3; i > 0; i-- {
		fmt.Println(i)
		time.Sleep(time.Millisecond)
	}
	tries := 0
	for tries < 3 {
		tries++
		time.Sleep(time.Millisecond)
	}
	results := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		results <- 42
	}()
	fmt.Println(<-results, tries)
}

// Vet:
