package main

type Point struct {
	x, y int
}

func main() {
	p := Point{1, 2}
	println(p.X)
}

// Error:
// 9:12: p.X undefined (type Point has no field or method X, but does have x)
