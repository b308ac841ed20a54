package main

import "fmt"

type Vec struct{ X, Y int }

var origin = Vec{0, 0}

func getOrigin() Vec {
	return origin
}

func add(a, b Vec) Vec {
	a.X += b.X
	a.Y += b.Y
	return a
}

func main() {
	o := getOrigin()
	o.X = 99
	fmt.Println(origin, o)
	a := Vec{1, 2}
	b := Vec{10, 20}
	c := add(a, b)
	fmt.Println(a, b, c)
	fmt.Println(add(c, c).X, getOrigin().Y)
}

// Output:
// {0 0} {99 0}
// {1 2} {10 20} {11 22}
// 22 0
