package main

type Point struct {
	X int
}

func main() {
	p := Point{1}
	q := *p
	println(q.X)
}

// Error:
// 9:8: invalid operation: cannot indirect p (variable of type Point)
