// Two goroutines shut a channel down with check-then-act on the channel
// itself: each looks whether it is closed yet (a select with a default)
// and closes it if not. Both can look before either closes.
package main

import "sync"

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-done:
			default:
				close(done)
			}
		}()
	}
	wg.Wait()
}
