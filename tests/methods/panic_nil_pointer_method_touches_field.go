package main

import "fmt"

type Account struct {
	Balance int
}

func (a *Account) Deposit(n int) {
	fmt.Println("deposit called")
	a.Balance += n
}

func main() {
	ok := &Account{}
	ok.Deposit(5)
	fmt.Println(ok.Balance)
	var acct *Account
	fmt.Println(acct == nil)
	acct.Deposit(10)
	fmt.Println("unreachable")
}

// Output:
// deposit called
// 5
// true
// deposit called
// Panic: runtime error: invalid memory address or nil pointer dereference
