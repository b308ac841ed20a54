package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("workers gone")
	select {}
}

// Output:
// workers gone
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [select (no cases)]:
// main.main()
