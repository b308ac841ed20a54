package main

import "fmt"

type Point struct {
	X, Y int
}

type Item struct {
	Name  string
	Price float64
	Stock int
	Ok    bool
}

func main() {
	p := Point{3, 4}
	fmt.Println(p.X, p.Y)
	it := Item{"pen", 1.5, 12, true}
	fmt.Println(it.Name, it.Price, it.Stock, it.Ok)
	pts := []Point{{1, 2}, {5, 6}}
	fmt.Println(pts[0].X+pts[1].X, pts[0].Y+pts[1].Y)
	fmt.Println(p, it)
}

// Output:
// 3 4
// pen 1.5 12 true
// 6 8
// {3 4} {pen 1.5 12 true}
