package main

import "fmt"

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d", int(m)) }

type Item struct {
	Name  string
	price Money
	Cost  Money
}

type inner struct{ m Money }

func main() {
	it := Item{"pen", 5, 7}
	fmt.Println(it)
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Println(it.price, it.Cost)
	fmt.Println(inner{9})
	fmt.Println([]Money{1, 2})
}

// Output:
// {pen 5 $7}
// {pen 5 $7}
// {Name:pen price:5 Cost:$7}
// $5 $7
// {9}
// [$1 $2]
