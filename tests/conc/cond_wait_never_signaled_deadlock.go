package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting")
	c.Wait()
	fmt.Println("unreachable")
}

// Output:
// waiting
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [sync.Cond.Wait]:
// main.main()
