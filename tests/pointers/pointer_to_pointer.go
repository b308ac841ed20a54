package main

import "fmt"

func reset(pp **int, to *int) {
	*pp = to
}

func main() {
	a, b := 1, 2
	p := &a
	pp := &p
	fmt.Println(**pp)
	**pp = 10
	fmt.Println(a)
	*pp = &b
	fmt.Println(*p, p == &b)
	**pp = 20
	fmt.Println(a, b)
	reset(&p, &a)
	fmt.Println(*p)
	ppp := &pp
	***ppp = 30
	fmt.Println(a, b)
}

// Output:
// 1
// 10
// 2 true
// 10 20
// 10
// 30 20
