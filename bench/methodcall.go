// methodcall: a struct with a counter and a pointer-receiver method,
// called n times. The cost of a method call and a field update.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Counter struct {
	count int
	step  int
}

func (c *Counter) Add(k int) {
	c.count += k * c.step
}

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := &Counter{step: 3}
	for i := 0; i < n; i++ {
		c.Add(i & 7)
	}
	fmt.Println("count:", c.count)
}
