package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		fmt.Println("only one Done")
		wg.Done()
	}()
	wg.Wait()
}

// Output:
// only one Done
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [semacquire]:
// main.main()
