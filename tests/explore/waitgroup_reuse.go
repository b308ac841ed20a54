// A WaitGroup reused for a second round while a waiter of the first
// round has been released but has not yet returned from Wait: Go panics
// "sync: WaitGroup is reused before previous Wait has returned", on the
// schedules where the new Add comes first.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Wait() // the watcher of round 1
	}()
	go func() {
		wg.Done()
	}()
	wg.Wait()
	wg.Add(1) // round 2, without waiting for the watcher to return
	wg.Done()
}
