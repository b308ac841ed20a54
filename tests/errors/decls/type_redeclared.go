package main

type Point struct{ X int }

type Point struct{ Y int }

func main() {
	var p Point
	println(p.X)
}

// Error:
// 5:6: Point redeclared in this block
// 	3:6: other declaration of Point
