package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }
type Rc struct{ w, h int }

func (q Sq) Area() int { return q.s * q.s }
func (r Rc) Area() int { return r.w * r.h }

func main() {
	area := Shape.Area
	fmt.Println(area(Sq{3}), area(Rc{2, 5}))
	sqArea := Sq.Area
	fmt.Println(sqArea(Sq{4}))
	fmt.Printf("%T\n", area)
	fmt.Printf("%T\n", sqArea)
	total := 0
	for _, s := range []Shape{Sq{1}, Rc{1, 2}, Sq{2}} {
		total += area(s)
	}
	fmt.Println(total)
}

// Output:
// 9 10
// 16
// func(main.Shape) int
// func(main.Sq) int
// 7
