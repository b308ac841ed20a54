package main

import "fmt"

func main() {
	x := 10
	p := &x
	fmt.Println(*p)
	*p = 20
	fmt.Println(x)
	x++
	fmt.Println(*p)
	*p += 5
	*p *= 2
	fmt.Println(x, *p)
	s := "hi"
	ps := &s
	*ps += " there"
	fmt.Println(s, len(*ps))
	var q *int = p
	fmt.Println(q == p, *q)
}

// Output:
// 10
// 20
// 21
// 52 52
// hi there 8
// true 52
