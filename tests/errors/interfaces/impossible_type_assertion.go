package main

type Shape interface {
	Area() int
}

type Square struct{}

func main() {
	var s Shape
	q := s.(Square)
	println(q == Square{})
}

// Error:
// 11:7: impossible type assertion: s.(Square)
// 	Square does not implement Shape (missing Area method)
