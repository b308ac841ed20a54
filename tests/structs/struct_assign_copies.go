package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	a := Account{"ann", 100}
	b := a
	b.Balance = 50
	b.Owner = "bob"
	fmt.Println(a.Owner, a.Balance)
	fmt.Println(b.Owner, b.Balance)
	var c Account
	c = a
	a.Balance += 1
	fmt.Println(a.Balance, c.Balance)
	a, b = b, a
	fmt.Println(a, b)
}

// Output:
// ann 100
// bob 50
// 101 100
// {bob 50} {ann 101}
