package main

type Shape interface {
	Area() int
}

func main() {
	var s Shape
	println(s.Perimeter())
}

// Error:
// 9:12: s.Perimeter undefined (type Shape has no field or method Perimeter)
