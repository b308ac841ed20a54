package main

import "fmt"

var g32 float32 = 1.5
var gi8 int8 = -7

func main() {
	var f float32 = 2.25
	pf := &f
	*pf += 1
	fmt.Println(f, *pf)
	p := &g32
	*p = *p * 2
	fmt.Println(g32)
	q := &gi8
	*q = 100
	gi8++
	fmt.Println(gi8, *q)
	inc := func() { f += 0.5; gi8-- }
	inc()
	fmt.Println(f, *pf, gi8)
	h := func(x float32) *float32 { return &x }(3.5)
	fmt.Println(*h)
}

// Output:
// 3.25 3.25
// 3
// 101 101
// 3.75 3.75 100
// 3.5
