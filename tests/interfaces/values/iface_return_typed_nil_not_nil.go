package main

import "fmt"

type Conn interface{ Addr() string }

type TCP struct{ host string }

func (t *TCP) Addr() string {
	if t == nil {
		return "<no host>"
	}
	return t.host
}

func dialBad(ok bool) Conn {
	var c *TCP
	if ok {
		c = &TCP{"example:80"}
	}
	return c
}

func dialGood(ok bool) Conn {
	if ok {
		return &TCP{"example:80"}
	}
	return nil
}

func main() {
	for _, ok := range []bool{true, false} {
		b, g := dialBad(ok), dialGood(ok)
		fmt.Println(ok, b == nil, g == nil)
		fmt.Println(b.Addr())
		if g != nil {
			fmt.Println(g.Addr())
		}
	}
}

// Output:
// true false false
// example:80
// example:80
// false false true
// <no host>
