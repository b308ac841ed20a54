package main

import (
	"fmt"
	"sync"
	"time"
)

func waitTimeout(wg *sync.WaitGroup, d time.Duration) bool {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond)
	}()
	fmt.Println("finished in time:", waitTimeout(&wg, 5*time.Second))
	var stuck sync.WaitGroup
	stuck.Add(1)
	fmt.Println("finished in time:", waitTimeout(&stuck, 10*time.Millisecond))
}

// Output:
// finished in time: true
// finished in time: false
