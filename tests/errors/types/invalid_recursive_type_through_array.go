package main

type Grid struct {
	cells [4]Grid
}

func main() {
	var g Grid
	println(len(g.cells))
}

// Error:
// 3:6: invalid recursive type Grid
// 	3:6: Grid refers to
// 	3:6: Grid
