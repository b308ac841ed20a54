package main

type Shape interface {
	Area() int
}

type Square struct{}

func main() {
	var s Shape
	switch s.(type) {
	case Square:
		println("square")
	}
}

// Error:
// 12:7: impossible type switch case: Square
// 	s (variable of type Shape) cannot have dynamic type Square (missing Area method)
