package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	holding := make(chan int)
	release := make(chan bool)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.RLock()
			holding <- i
			<-release
			rw.RUnlock()
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-holding
	}
	fmt.Println("three readers hold the read lock at once:", sum == 6)
	fmt.Println("writer TryLock while read-locked:", rw.TryLock())
	close(release)
	wg.Wait()
	fmt.Println("writer TryLock after readers leave:", rw.TryLock())
	rw.Unlock()
}

// Output:
// three readers hold the read lock at once: true
// writer TryLock while read-locked: false
// writer TryLock after readers leave: true
