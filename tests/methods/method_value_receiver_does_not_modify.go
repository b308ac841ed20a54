package main

import "fmt"

type Counter struct{ N int }

func (c Counter) IncValue() int {
	c.N++
	return c.N
}

func (c *Counter) IncPtr() int {
	c.N++
	return c.N
}

func main() {
	c := Counter{}
	fmt.Println(c.IncValue(), c.IncValue(), c.N)
	fmt.Println(c.IncPtr(), c.IncPtr(), c.N)
	p := &c
	fmt.Println(p.IncValue(), c.N)
	fmt.Println(p.IncPtr(), c.N)
}

// Output:
// 1 1 0
// 1 2 2
// 3 2
// 3 3
