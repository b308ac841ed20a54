package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Get() int   { return a.total }

func main() {
	a := &Acc{}
	add := a.Add
	add(5)
	add(7)
	fmt.Println(a.total)
	get := a.Get
	a.Add(100)
	fmt.Println(get(), a.Get())
	addExpr := (*Acc).Add
	addExpr(a, 1)
	getExpr := Acc.Get
	fmt.Println(getExpr(*a))
	fs := []func(int){a.Add, a.Add}
	for i, f := range fs {
		f(i + 1)
	}
	fmt.Println(a.Get())
}

// Output:
// 12
// 12 112
// 113
// 116
