// The twin of check_then_act.go: the check and the act under one lock.
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
		if !closed {
			closed = true
			close(done)
		}
		mu.Unlock()
	}
	wg.Add(2)
	go stop()
	go stop()
	wg.Wait()
	<-done
}
