// The twin of waitgroup_reuse.go: round 2 starts only once every waiter
// of round 1 has returned from Wait.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	watched := make(chan bool)
	wg.Add(1)
	go func() {
		wg.Wait()
		watched <- true
	}()
	go func() {
		wg.Done()
	}()
	wg.Wait()
	<-watched
	wg.Add(1)
	wg.Done()
}
