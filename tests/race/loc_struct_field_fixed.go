// a struct field through a pointer: ordered by a channel, no race

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
		a.Balance += 10
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		a.Balance += 20
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
