package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return errors.New("insufficient funds")
	}
	a.balance -= n
	return nil
}

func main() {
	a := &Account{balance: 100}
	var wg sync.WaitGroup
	var fails sync.Mutex
	failed := 0
	for i := 0; i < 15; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := a.Withdraw(10); err != nil {
				fails.Lock()
				failed++
				fails.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", a.balance, "failed:", failed)
	fmt.Println(a.Withdraw(1))
}

// Output:
// balance: 0 failed: 5
// insufficient funds
