package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, 2}
	println(p.X)
}

// Error:
// 8:19: mixture of field:value and value elements in struct literal
