package main

type Shape interface {
	Area() int
}

type Circle struct{}

func (c Circle) Area() float64 { return 3.14 }

func main() {
	var s Shape = Circle{}
	println(s.Area())
}

// Error:
// 12:16: cannot use Circle{} (value of type Circle) as type Shape in variable declaration:
// 	Circle does not implement Shape (wrong type for Area method)
// 		have Area() float64
// 		want Area() int
