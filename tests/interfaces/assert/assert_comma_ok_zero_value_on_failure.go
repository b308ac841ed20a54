package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var x interface{} = "str"
	n, ok := x.(int)
	fmt.Println(n, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	p, ok := x.(Point)
	fmt.Println(p, ok)
	pp, ok := x.(*Point)
	fmt.Println(pp, ok, pp == nil)
	sl, ok := x.([]int)
	fmt.Println(sl, ok, sl == nil)
	m, ok := x.(map[string]int)
	fmt.Println(m, ok, m == nil)
	e, ok := x.(error)
	fmt.Println(e, ok, e == nil)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
}

// Output:
// 0 false
// 0 false
// {0 0} false
// <nil> false true
// [] false true
// map[] false true
// <nil> false true
// "str" true
