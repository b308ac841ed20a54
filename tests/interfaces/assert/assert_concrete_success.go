package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var x interface{} = 42
	n := x.(int)
	fmt.Println(n+1, n*2)
	x = "hello"
	s := x.(string)
	fmt.Println(len(s), s+"!")
	x = Point{3, 4}
	p := x.(Point)
	fmt.Println(p.X*p.X + p.Y*p.Y)
	x = &Point{5, 6}
	pp := x.(*Point)
	pp.X = 50
	fmt.Println(x.(*Point).X, *pp)
	x = []string{"a", "b"}
	fmt.Println(x.([]string)[1], len(x.([]string)))
	x = 2.5
	fmt.Println(x.(float64) * 2)
}

// Output:
// 43 84
// 5 hello!
// 25
// 50 {50 6}
// b 2
// 5
