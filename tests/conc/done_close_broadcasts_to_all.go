package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var ready, finished sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 5; i++ {
		ready.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			ready.Done()
			<-done
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	ready.Wait()
	close(done)
	finished.Wait()
	fmt.Println("woken:", woken)
}

// Output:
// woken: 5
