package main

import "fmt"

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

func main() {
	var x interface{} = Point{1, 2}
	p := x.(Point)
	fmt.Println(p)
	v := Vec(p)
	fmt.Println(v)
	v = x.(Vec)
	fmt.Println(v)
}

// Output:
// {1 2}
// {1 2}
// Panic: interface conversion: interface {} is main.Point, not main.Vec
