package main

import "fmt"

type Greeter interface{ Greet() string }

type En struct{}

func (En) Greet() string { return "hello" }

func main() {
	var g Greeter = En{}
	fmt.Println(g.Greet())
	g = nil
	fmt.Println(g == nil)
	fmt.Println(g.Greet())
}

// Output:
// hello
// true
// Panic: runtime error: invalid memory address or nil pointer dereference
