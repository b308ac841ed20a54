// explore: -leaks
// worker_leak's twin: the send and the quit are in one select, so a
// worker whose receiver has quit returns instead of waiting to send.
package main

import "fmt"

func main() {
	quit := make(chan struct{})
	values := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-quit:
				return
			case values <- i:
			}
		}
	}()
	for i := 0; i < 2; i++ {
		fmt.Println(<-values)
	}
	close(quit)
	<-done
}

// Output:
// 0
// 1
