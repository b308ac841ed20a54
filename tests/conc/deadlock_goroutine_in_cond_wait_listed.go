package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		c.Wait()
		mu.Unlock()
	}()
	fmt.Println("waiting for a goroutine that waits on a Cond")
	wg.Wait()
}

// Output:
// waiting for a goroutine that waits on a Cond
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [semacquire]:
// main.main()
// goroutine 2 [sync.Cond.Wait]:
// main.main.func1()
// created by main.main
