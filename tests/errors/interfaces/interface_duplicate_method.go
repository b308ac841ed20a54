package main

type Shape interface {
	Area() int
	Area() int
}

func main() {
	var s Shape
	println(s == nil)
}

// Error:
// 5:2: duplicate method Area
// 	4:2: other declaration of Area
