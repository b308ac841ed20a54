package main

import "fmt"

type Greeter struct{ Name string }

func (g Greeter) Greet() string { return "hi " + g.Name }

func main() {
	g := &Greeter{"ann"}
	f := g.Greet
	fmt.Println(f())
	var n *Greeter
	fmt.Println("taking method value")
	h := n.Greet
	fmt.Println("unreachable", h == nil)
}

// Output:
// hi ann
// taking method value
// Panic: runtime error: invalid memory address or nil pointer dereference
