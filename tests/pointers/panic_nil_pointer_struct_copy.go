package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := &Point{1, 2}
	b := *a
	fmt.Println(b)
	var p *Point
	fmt.Println(p)
	c := *p
	fmt.Println(c)
}

// Output:
// {1 2}
// <nil>
// Panic: runtime error: invalid memory address or nil pointer dereference
