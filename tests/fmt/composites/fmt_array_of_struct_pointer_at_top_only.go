package main

import "fmt"

type Point struct{ X, Y int }

type Wrapper struct {
	P *Point
}

func main() {
	p := &Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	w := Wrapper{}
	fmt.Println(w)
	fmt.Println(w.P == nil, p != nil)
	fmt.Println(*p, []Point{*p})
	pp := &p
	fmt.Println((*pp).X, **pp)
	fmt.Println(&Point{}, &struct{ S string }{"s"})
}

// Output:
// &{1 2}
// &{X:1 Y:2}
// {<nil>}
// true true
// {1 2} [{1 2}]
// 1 {1 2}
// &{0 0} &{s}
