// sync.Cond with its mutex: fixed, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	data := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		data = 1
		ready = true
		cond.Signal()
		mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		fmt.Sprint(data)
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println("ok")
}
