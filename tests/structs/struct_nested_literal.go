package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
}

type Scene struct {
	Name  string
	Box   Rect
	Marks []Point
}

func main() {
	r := Rect{Point{0, 0}, Point{4, 3}}
	fmt.Println(r.Max.X-r.Min.X, r.Max.Y-r.Min.Y)
	s := Scene{
		Name:  "demo",
		Box:   Rect{Min: Point{X: 1, Y: 1}, Max: Point{X: 9, Y: 9}},
		Marks: []Point{{2, 3}, {4, 5}},
	}
	fmt.Println(s.Name, s.Box.Min, s.Box.Max.Y, s.Marks[1].X)
	fmt.Println(s)
	fmt.Printf("%+v\n", s.Box)
}

// Output:
// 4 3
// demo {1 1} 9 4
// {demo {{1 1} {9 9}} [{2 3} {4 5}]}
// {Min:{X:1 Y:1} Max:{X:9 Y:9}}
