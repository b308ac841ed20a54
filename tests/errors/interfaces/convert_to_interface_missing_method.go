package main

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

func main() {
	s := Shape(Square{2})
	println(s != nil)
}

// Error:
// 10:13: cannot convert Square{…} (value of type Square) to type Shape:
// 	Square does not implement Shape (missing Area method)
