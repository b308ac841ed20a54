package main

import "fmt"

type T struct{}

func (t *T) M() {}

type I interface{ M() }

func main() {
	var p *T = nil
	var i I = p
	var j I
	fmt.Println(p == nil)
	fmt.Println(i != nil)
	fmt.Println(j == nil)
	fmt.Println(i == j)
	fmt.Printf("%v %T\n", i, i)
	fmt.Printf("%v %T\n", j, j)
	fmt.Println(i == (*T)(nil))
	var e interface{} = p
	fmt.Println(e == nil, e == (*T)(nil))
}

// Output:
// true
// true
// true
// false
// <nil> *main.T
// <nil> <nil>
// true
// false true
