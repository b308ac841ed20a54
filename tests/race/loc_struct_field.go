// a struct field through a pointer: two goroutines, unordered
// Race at: a.Balance

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
	a := &Account{}
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Balance += 10 // racy
	}()
	go func() {
		defer wg.Done()
		a.Balance += 20 // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
