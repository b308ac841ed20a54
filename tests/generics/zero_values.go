// var zero T and *new(T) give the type argument's zero value.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func New[T any]() T { return *new(T) }

type Point struct{ X, Y int }

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int](), Zero[Point]())
	fmt.Printf("%v %v %v\n", New[bool](), New[[2]float64](), New[map[string]int]() == nil)
}

// Output:
// "" 0 <nil> {0 0}
// false [0 0] true
