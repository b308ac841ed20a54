package main

import "fmt"

type Account struct {
	Balance int
	Log     []string
}

func (a *Account) record(msg string) {
	a.Log = append(a.Log, msg)
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.record(fmt.Sprintf("dep %d", n))
}

func (a *Account) Transfer(to *Account, n int) {
	a.Deposit(-n)
	to.Deposit(n)
	a.record("transfer out")
}

func (a Account) Summary() string {
	return fmt.Sprintf("%d (%d ops)", a.Balance, len(a.Log))
}

func main() {
	x, y := &Account{}, &Account{}
	x.Deposit(100)
	x.Transfer(y, 30)
	fmt.Println(x.Summary())
	fmt.Println(y.Summary())
	fmt.Println(x.Log)
	fmt.Println(y.Log)
}

// Output:
// 70 (3 ops)
// 30 (1 ops)
// [dep 100 dep -30 transfer out]
// [dep 30]
