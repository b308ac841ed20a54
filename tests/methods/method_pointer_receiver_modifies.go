package main

import "fmt"

type Wallet struct {
	Owner string
	Cents int
}

func (w *Wallet) Deposit(c int) {
	w.Cents += c
}

func (w *Wallet) Withdraw(c int) bool {
	if c > w.Cents {
		return false
	}
	w.Cents -= c
	return true
}

func main() {
	w := &Wallet{Owner: "zed"}
	w.Deposit(500)
	fmt.Println(w.Cents)
	fmt.Println(w.Withdraw(200), w.Cents)
	fmt.Println(w.Withdraw(1000), w.Cents)
	other := w
	other.Deposit(1)
	fmt.Println(w.Cents, *w)
}

// Output:
// 500
// true 300
// false 300
// 301 {zed 301}
