package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Deposit(n int) { a.balance += n }
func (a *Account) Balance() int  { return a.balance }

type Depositor interface {
	Deposit(int)
	Balance() int
}

func main() {
	acc := &Account{100}
	var d1 Depositor = acc
	var d2 Depositor = acc
	d1.Deposit(50)
	d2.Deposit(25)
	fmt.Println(acc.balance, d1.Balance(), d2.Balance())
	fmt.Println(d1 == d2)
	other := &Account{175}
	var d3 Depositor = other
	fmt.Println(d1 == d3, d1.Balance() == d3.Balance())
}

// Output:
// 175 175 175
// true
// false true
