package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }

func (c *Counter) Add(n int) { *c += Counter(n) }

func (c Counter) Get() int { return int(c) }

func (c Counter) IsZero() bool { return c == 0 }

func main() {
	var c Counter
	fmt.Println(c.IsZero(), c.Get())
	c.Inc()
	c.Inc()
	c.Add(40)
	fmt.Println(c, c.Get(), c.IsZero())
	counts := map[string]*Counter{"a": new(Counter)}
	counts["a"].Inc()
	fmt.Println(*counts["a"])
	d := c + 8
	fmt.Println(d.Get(), c*2)
}

// Output:
// true 0
// 42 42 false
// 1
// 50 84
