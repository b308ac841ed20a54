package main

type Shape interface {
	Area() int
}

type Rect struct {
	w, h int
}

func (r *Rect) Area() int { return r.w * r.h }

func main() {
	var s Shape = Rect{2, 3}
	println(s.Area())
}

// Error:
// 14:16: cannot use Rect{…} (value of type Rect) as type Shape in variable declaration:
// 	Rect does not implement Shape (Area method has pointer receiver)
