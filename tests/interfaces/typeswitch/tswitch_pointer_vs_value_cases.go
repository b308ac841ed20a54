package main

import "fmt"

type Node struct{ V int }

func inc(v interface{}) interface{} {
	switch n := v.(type) {
	case Node:
		n.V++
		return n
	case *Node:
		n.V++
		return n
	}
	return nil
}

func main() {
	a := Node{1}
	r := inc(a)
	fmt.Println(a, r)
	p := &Node{1}
	r = inc(p)
	fmt.Println(*p, r.(*Node).V, r == interface{}(p))
	fmt.Println(inc(3))
}

// Output:
// {1} {2}
// {2} 2 true
// <nil>
