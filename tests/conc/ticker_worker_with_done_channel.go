package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	ticks := make(chan int)
	stopped := make(chan string)
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-done:
				stopped <- "worker stopped"
				return
			case <-t.C:
				n++
				select {
				case ticks <- n:
				case <-done:
					stopped <- "worker stopped"
					return
				}
			}
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("tick", <-ticks)
	}
	close(done)
	fmt.Println(<-stopped)
}

// Output:
// tick 1
// tick 2
// tick 3
// worker stopped
