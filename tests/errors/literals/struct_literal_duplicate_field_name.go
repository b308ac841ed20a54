package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, Y: 2, X: 3}
	println(p.X)
}

// Error:
// 8:26: duplicate field name X in struct literal
