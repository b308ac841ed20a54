package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("one Done matched one Add")
	wg.Done()
}

// Output:
// one Done matched one Add
// Panic: sync: negative WaitGroup counter
