package main

import "fmt"

type Point struct{ X, Y int }

type Tagged struct {
	Name string
	Pos  Point
	On   bool
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a != b)
	fmt.Println(a == c, a != c)
	t1 := Tagged{"x", Point{1, 2}, true}
	t2 := Tagged{"x", Point{1, 2}, true}
	fmt.Println(t1 == t2)
	t2.Pos.Y = 3
	fmt.Println(t1 == t2, t1 != t2)
	t2.Pos.Y = 2
	t2.On = false
	fmt.Println(t1 == t2)
	fmt.Println(Point{} == Point{0, 0})
}

// Output:
// true false
// false true
// true
// false true
// false
// true
