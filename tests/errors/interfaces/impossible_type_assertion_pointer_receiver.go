package main

type Shape interface {
	Area() int
}

type Rect struct{}

func (r *Rect) Area() int { return 0 }

func main() {
	var s Shape = &Rect{}
	_, ok := s.(Rect)
	println(ok)
}

// Error:
// 13:11: impossible type assertion: s.(Rect)
// 	Rect does not implement Shape (Area method has pointer receiver)
