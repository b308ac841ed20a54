// A Mutex is not reentrant: locking it again in the goroutine that holds
// it waits forever, and the report says the goroutine holds it itself.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *account) depositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.deposit(n)
	a.deposit(n)
}

func main() {
	a := &account{}
	a.depositTwice(5)
	fmt.Println(a.balance)
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at lock_twice.go:16 to lock a.mu (sync.Mutex),
//     which it holds itself since lock_twice.go:22 (a Mutex is not reentrant)
