package main

type Shape interface {
	Area() int
}

type Tri struct{}

func (t Tri) area() int { return 1 }

func main() {
	var s Shape = Tri{}
	println(s.Area())
}

// Error:
// 12:16: cannot use Tri{} (value of type Tri) as type Shape in variable declaration:
// 	Tri does not implement Shape (missing Area method)
// 		have area() int
// 		want Area() int
