// closerecv (gosh's own): the sender closes; a goroutine that both
// sends and receives on a channel, or closes a channel it only sends on,
// is not flagged; nor is closing a channel nobody sends on (a signal:
// close is how it is broadcast).
package main

import (
	"fmt"
	"sync"
)

func main() {
	nums := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			nums <- i
		}
		close(nums)
	}()
	for n := range nums {
		fmt.Println(n)
	}
	pingpong := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		pingpong <- 1
		fmt.Println(<-pingpong)
		close(pingpong)
		close(done)
	}()
	<-done
	quit := make(chan bool)
	finished := make(chan bool)
	go func() {
		<-quit
		close(finished)
	}()
	quit <- true
	<-finished
	stop := make(chan struct{})
	var once sync.Once
	for i := 0; i < 2; i++ {
		go func() {
			select {
			case <-stop:
			default:
				once.Do(func() { close(stop) })
			}
		}()
	}
	<-stop
}

// Vet:
