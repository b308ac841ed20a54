package main

import "fmt"

type I interface{ M() }

type T struct{}

func (T) M() {}

func main() {
	var x interface{}
	_, ok := x.(I)
	fmt.Println("comma-ok on nil:", ok)
	x = T{}
	i := x.(I)
	fmt.Printf("asserted %T\n", i)
	x = nil
	fmt.Println("nil again:", x == nil)
	i = x.(I)
	fmt.Println("unreachable", i)
}

// Output:
// comma-ok on nil: false
// asserted main.T
// nil again: true
// Panic: interface conversion: interface is nil, not main.I
