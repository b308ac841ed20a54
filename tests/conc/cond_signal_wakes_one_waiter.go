package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	waiting := 0
	woken := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Wait()
			woken++
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		if waiting == 3 {
			mu.Unlock()
			break
		}
		mu.Unlock()
		runtime.Gosched()
	}
	for i := 1; i <= 3; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		for {
			mu.Lock()
			w := woken
			mu.Unlock()
			if w == i {
				break
			}
			runtime.Gosched()
		}
		fmt.Println("after signal", i, "woken:", i)
	}
	wg.Wait()
	fmt.Println("all woken:", woken)
}

// Output:
// after signal 1 woken: 1
// after signal 2 woken: 2
// after signal 3 woken: 3
// all woken: 3
