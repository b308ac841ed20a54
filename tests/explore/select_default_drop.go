// A producer sends events with a select that has a default, so that it
// never blocks: when the consumer is not waiting at that moment, the
// event is silently dropped and the consumer ends up with fewer.
package main

import "fmt"

func main() {
	events := make(chan int)
	done := make(chan int)
	go func() {
		n := 0
		for range events {
			n++
		}
		done <- n
	}()
	for i := 0; i < 3; i++ {
		select {
		case events <- i:
		default: // consumer busy: drop it
		}
	}
	close(events)
	fmt.Println("received", <-done, "events")
}

// Output:
// received 3 events
