package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, Z: 2}
	println(p.X)
}

// Error:
// 8:19: unknown field 'Z' in struct literal of type Point
