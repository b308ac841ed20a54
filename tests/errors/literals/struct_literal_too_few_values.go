package main

type Point struct {
	X, Y, Z int
}

func main() {
	p := Point{1, 2}
	println(p.X)
}

// Error:
// 8:17: too few values in Point{…}
