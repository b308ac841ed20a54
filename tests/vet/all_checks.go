// Every check go vet shares with gosh vet, once or more: gosh vet prints
// what go vet prints (tests/vet/check.sh compares them when Go is here).
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func show(a Account) {
	fmt.Println(a.balance)
}

func (a Account) Balance() int {
	return a.balance
}

func get(accts []Account) Account {
	return accts[0]
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	wg.Wait()
	for _, s := range []string{"a", "b"} {
		go func() {
			fmt.Println(s, s)
		}()
	}
	a := Account{}
	b := a
	show(b)
	accts := []Account{a}
	for _, x := range accts {
		fmt.Println(x.balance)
	}
	var n int64
	n = atomic.AddInt64(&n, 1)
	x := 3
	x = x
	fmt.Sprintf("%d", x)
	errors.New("oops")
	var wg2 sync.WaitGroup
	wg3 := wg2
	_ = wg3
	fmt.Println(get(accts).Balance(), n)
}

// Vet:
// all_checks.go:54:2: self-assignment of x to x
// all_checks.go:52:2: direct assignment to atomic value
// all_checks.go:17:13: show passes lock by value: command-line-arguments.Account contains sync.Mutex
// all_checks.go:21:9: Balance passes lock by value: command-line-arguments.Account contains sync.Mutex
// all_checks.go:26:9: return copies lock value: command-line-arguments.Account contains sync.Mutex
// all_checks.go:45:7: assignment copies lock value to b: command-line-arguments.Account contains sync.Mutex
// all_checks.go:46:7: call of show copies lock value: command-line-arguments.Account contains sync.Mutex
// all_checks.go:47:21: literal copies lock value from a: command-line-arguments.Account contains sync.Mutex
// all_checks.go:48:9: range var x copies lock: command-line-arguments.Account contains sync.Mutex
// all_checks.go:58:9: assignment copies lock value to wg3: sync.WaitGroup contains sync.noCopy
// all_checks.go:59:6: assignment copies lock value to _: sync.WaitGroup contains sync.noCopy
// all_checks.go:35:16: loop variable i captured by func literal
// all_checks.go:41:16: loop variable s captured by func literal
// all_checks.go:41:19: loop variable s captured by func literal
// all_checks.go:55:13: result of fmt.Sprintf call not used
// all_checks.go:56:12: result of errors.New call not used
