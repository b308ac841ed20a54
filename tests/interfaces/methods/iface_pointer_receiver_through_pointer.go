package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type C struct{ n int }

func (c *C) Inc()       { c.n++ }
func (c *C) Value() int { return c.n }

func bump(k Counter, times int) {
	for i := 0; i < times; i++ {
		k.Inc()
	}
}

func main() {
	c := C{}
	var k Counter = &c
	bump(k, 3)
	fmt.Println(k.Value(), c.n)
	c.Inc()
	fmt.Println(k.Value(), c.n)
	p := &C{10}
	k = p
	bump(k, 5)
	fmt.Println(p.n, k.Value())
	_, ok := interface{}(c).(Counter)
	fmt.Println("value satisfies:", ok)
	_, ok = interface{}(&c).(Counter)
	fmt.Println("pointer satisfies:", ok)
}

// Output:
// 3 3
// 4 4
// 15 15
// value satisfies: false
// pointer satisfies: true
