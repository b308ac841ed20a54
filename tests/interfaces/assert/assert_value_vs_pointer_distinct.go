package main

import "fmt"

type T struct{ v int }

func main() {
	var x interface{} = T{1}
	_, isPtr := x.(*T)
	t, isVal := x.(T)
	fmt.Println(isPtr, isVal, t.v)
	x = &T{2}
	p, isPtr := x.(*T)
	_, isVal = x.(T)
	fmt.Println(isPtr, isVal, p.v)
	var np *T
	x = np
	p, isPtr = x.(*T)
	fmt.Println(isPtr, p == nil, x != nil)
}

// Output:
// false true 1
// true false 2
// true true true
