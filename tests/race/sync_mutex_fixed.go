// a mutex around every access: no race

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
	balance += n
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
		deposit(20)
	}()
	wg.Wait()
	fmt.Println("ok")
}
