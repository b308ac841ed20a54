package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	var s Shape = Sq{4}
	var e interface{} = s
	fmt.Printf("%T %v\n", e, e)
	sh, ok := e.(Shape)
	fmt.Println(ok, sh.Area())
	_, isShapeStatic := e.(interface{ Area() int })
	fmt.Println(isShapeStatic)
	var s2 Shape
	e = s2
	fmt.Println(e == nil)
	fmt.Printf("%T\n", e)
	box := []interface{}{s, Shape(Sq{2}), Sq{2}}
	fmt.Println(box[1] == box[2], box[0] == box[1])
}

// Output:
// main.Sq {4}
// true 16
// true
// true
// <nil>
// true false
