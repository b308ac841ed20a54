package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2}
	println(p.Z)
}

// Error:
// 9:12: p.Z undefined (type Point has no field or method Z)
