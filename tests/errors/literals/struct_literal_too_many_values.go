package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2, 3}
	println(p.X)
}

// Error:
// 8:19: too many values in Point{…}
