package main

import "fmt"

func newAccount(owner string, balance int) (deposit func(int), withdraw func(int) bool, report func() string) {
	var history []int
	deposit = func(amt int) {
		balance += amt
		history = append(history, amt)
	}
	withdraw = func(amt int) bool {
		if amt > balance {
			return false
		}
		balance -= amt
		history = append(history, -amt)
		return true
	}
	report = func() string {
		return fmt.Sprintf("%s: balance=%d history=%v", owner, balance, history)
	}
	return
}

func main() {
	dep, wd, rep := newAccount("ann", 100)
	dep(50)
	fmt.Println(wd(30), wd(500))
	dep(5)
	fmt.Println(rep())
	dep2, _, rep2 := newAccount("bob", 0)
	dep2(1)
	fmt.Println(rep2())
	fmt.Println(rep())
}

// Output:
// true false
// ann: balance=125 history=[50 -30 5]
// bob: balance=1 history=[1]
// ann: balance=125 history=[50 -30 5]
