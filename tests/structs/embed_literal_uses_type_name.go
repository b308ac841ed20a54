package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Point
	Label string
}

func main() {
	a := Named{Point: Point{1, 2}, Label: "a"}
	b := Named{Point{3, 4}, "b"}
	c := Named{Label: "c"}
	fmt.Println(a, b, c)
	c.Point = a.Point
	c.X++
	fmt.Println(a.X, c.X)
	fmt.Println(a.Point == Point{1, 2}, b.Point.Y)
	fmt.Printf("%+v\n", c)
}

// Output:
// {{1 2} a} {{3 4} b} {{0 0} c}
// 1 2
// true 4
// {Point:{X:2 Y:2} Label:c}
