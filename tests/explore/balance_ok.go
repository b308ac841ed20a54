// The twin of balance.go: the check and the withdrawal under one lock.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) Withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return false
	}
	a.balance -= n
	return true
}

func main() {
	acct := &Account{balance: 100}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.Withdraw(80)
		}()
	}
	wg.Wait()
	if acct.Balance() < 0 {
		panic(fmt.Sprintf("balance went negative: %d", acct.Balance()))
	}
	fmt.Println("balance", acct.Balance())
}

// Output:
// balance 20
