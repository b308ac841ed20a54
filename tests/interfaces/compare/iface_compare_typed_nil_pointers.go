package main

import "fmt"

type A struct{}
type B struct{}

func (*A) M() {}
func (*B) M() {}

type I interface{ M() }

func main() {
	var a *A
	var b *B
	var ia I = a
	var ib I = b
	var ia2 I = (*A)(nil)
	fmt.Println(ia == ib)
	fmt.Println(ia == ia2)
	fmt.Println(ia == nil, ib == nil)
	var e1 interface{} = a
	var e2 interface{} = ia
	fmt.Println(e1 == e2)
	fmt.Printf("%T %T\n", ia, ib)
}

// Output:
// false
// true
// false false
// true
// *main.A *main.B
