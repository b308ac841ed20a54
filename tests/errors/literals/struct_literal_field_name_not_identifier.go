package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{"X": 1}
	println(p.X)
}

// Error:
// 8:16: invalid field name "X" in struct literal
