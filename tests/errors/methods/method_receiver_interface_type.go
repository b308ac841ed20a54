package main

type Shape interface {
	Area() int
}

func (s Shape) Describe() string {
	return "shape"
}

func main() {
	println(1)
}

// Error:
// 7:7: invalid receiver type Shape (pointer or interface type)
