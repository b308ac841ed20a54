package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		results <- 42
	}()
	wg.Wait()
	fmt.Println(<-results)
}

// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [semacquire]:
// main.main()
// goroutine 2 [chan send]:
// main.main.func1()
// created by main.main
