// Check-then-act on a balance: each withdrawal checks the balance under
// the lock, lets go of it, and takes the money under the lock again. Two
// withdrawals of 80 from 100 can both pass the check.
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
	if a.Balance() < n {
		return false
	}
	a.mu.Lock()
	a.balance -= n
	a.mu.Unlock()
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
