package main

import "fmt"

type T struct{ N int }

func main() {
	a := T{1}
	b := T{1}
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	pa2 := &a
	fmt.Println(pa == pa2)
	pb = pa
	fmt.Println(pa == pb)
	s := []int{1, 2}
	fmt.Println(&s[0] == &s[0], &s[0] == &s[1])
	x, y := new(int), new(int)
	fmt.Println(x == y, *x == *y)
	var n1, n2 *T
	fmt.Println(n1 == n2, n1 == nil, pa == nil)
	arr := [2]T{}
	fmt.Println(&arr[0] == &arr[0], &arr[1].N == &arr[1].N)
}

// Output:
// false true
// true
// true
// true false
// false true
// true true false
// true true
