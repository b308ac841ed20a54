package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, Y: 2}
	println(p.X)
}

// Error:
// 8:17: mixture of field:value and value elements in struct literal
