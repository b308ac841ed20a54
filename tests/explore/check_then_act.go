// Two goroutines stop a service: each checks a flag under the mutex, lets
// go, and closes the channel if it was not yet closed. Between the check
// and the act the other can do the same: close of closed channel.
package main

import "sync"

func main() {
	var mu sync.Mutex
	closed := false
	done := make(chan struct{})
	var wg sync.WaitGroup
	stop := func() {
		defer wg.Done()
		mu.Lock()
		c := closed
		mu.Unlock()
		if !c {
			mu.Lock()
			closed = true
			mu.Unlock()
			close(done)
		}
	}
	wg.Add(2)
	go stop()
	go stop()
	wg.Wait()
	<-done
}
