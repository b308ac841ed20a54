package main

type Shape interface {
	Area() int
}

type Square struct {
	side int
}

func main() {
	var s Shape = Square{2}
	println(s.Area())
}

// Error:
// 12:16: cannot use Square{…} (value of type Square) as type Shape in variable declaration:
// 	Square does not implement Shape (missing Area method)
