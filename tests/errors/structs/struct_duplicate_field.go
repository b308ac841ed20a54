package main

type Point struct {
	X int
	Y int
	X string
}

func main() {
	var p Point
	println(p.Y)
}

// Error:
// 6:2: X redeclared
// 	4:2: other declaration of X
