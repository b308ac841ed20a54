package main

import "fmt"

type Counter interface{ Next() int }

type Seq struct{ n, step int }

func (s *Seq) Next() int {
	s.n += s.step
	return s.n
}

func main() {
	var c Counter = &Seq{0, 2}
	next := c.Next
	fmt.Println(next(), next(), next())
	c = &Seq{100, -10}
	fmt.Println(next(), c.Next())
	fns := []func() int{c.Next, next}
	for _, f := range fns {
		fmt.Println(f())
	}
}

// Output:
// 2 4 6
// 8 90
// 80
// 10
