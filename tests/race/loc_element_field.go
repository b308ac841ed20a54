// a field of a slice element
// Race at: accounts[i].Balance

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
	wg.Add(2)
	go func() {
		defer wg.Done()
		accounts[i].Balance += 10 // racy
	}()
	go func() {
		defer wg.Done()
		accounts[i].Balance -= 5 // racy
	}()
	wg.Wait()
	fmt.Println("ok", accounts[i].Balance)
}
