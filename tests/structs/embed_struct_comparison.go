package main

import "fmt"

type Point struct{ X, Y int }

type Pixel struct {
	Point
	Color string
}

func main() {
	a := Pixel{Point{1, 2}, "red"}
	b := Pixel{Point{1, 2}, "red"}
	fmt.Println(a == b)
	b.Y = 3
	fmt.Println(a == b, a.Point == b.Point, a.Color == b.Color)
	seen := map[Pixel]bool{a: true}
	fmt.Println(seen[Pixel{Point{1, 2}, "red"}], seen[b])
	b.Y = 2
	fmt.Println(seen[b], len(seen))
}

// Output:
// true
// false false true
// true false
// true 1
