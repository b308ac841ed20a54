// a field of a slice element, under a mutex: no race

package main

import (
	"fmt"
	"sync"
)

type Account struct {
	Name    string
	Balance int
}

func main() {
	accounts := make([]Account, 3)
	i := 2
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		accounts[i].Balance += 10
		mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
		accounts[i].Balance -= 5
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println("ok", accounts[i].Balance)
}
