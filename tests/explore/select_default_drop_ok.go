// select_default_drop's twin: the send blocks until the consumer takes
// the event, so none is lost.
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
		events <- i
	}
	close(events)
	fmt.Println("received", <-done, "events")
}

// Output:
// received 3 events
