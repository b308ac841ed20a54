package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	cur, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			cur++
			if cur > peak {
				peak = cur
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			cur--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "peak >= 1:", peak >= 1)
	fmt.Println("sem len:", len(sem), "cap:", cap(sem))
}

// Output:
// peak <= 2: true peak >= 1: true
// sem len: 0 cap: 2
