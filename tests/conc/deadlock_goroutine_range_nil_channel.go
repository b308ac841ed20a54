package main

import (
	"fmt"
	"sync"
)

func main() {
	var c chan int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range c {
			fmt.Println(v)
		}
	}()
	wg.Wait()
}

// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [semacquire]:
// main.main()
// goroutine 2 [chan receive (nil chan)]:
// main.main.func1()
// created by main.main
