package main

import "fmt"

type Cfg struct{ Name string }

func name(c *Cfg) string {
	if c == nil {
		return "<default>"
	}
	return c.Name
}

func find(cs []*Cfg, n string) *Cfg {
	for _, c := range cs {
		if c.Name == n {
			return c
		}
	}
	return nil
}

func main() {
	var p *Cfg
	fmt.Println(p == nil, p != nil)
	fmt.Println(name(p), name(&Cfg{"x"}))
	cs := []*Cfg{{"a"}, {"b"}}
	if c := find(cs, "b"); c != nil {
		fmt.Println("found", c.Name)
	}
	if c := find(cs, "z"); c == nil {
		fmt.Println("not found")
	}
	fmt.Println(p)
	var ip *int
	fmt.Println(ip == nil, ip)
}

// Output:
// true false
// <default> x
// found b
// not found
// <nil>
// true <nil>
