// a mutex: one goroutine forgets to lock: racy
// Race at: balance

package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	balance int
)

func deposit(n int) {
	mu.Lock()
	balance += n // racy
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		deposit(10)
	}()
	go func() {
		defer wg.Done()
		balance += 20 // racy
	}()
	wg.Wait()
	fmt.Println("ok")
}
