package main

import "fmt"

type Handler func(string) string

func pick(up bool) func(int) int {
	if up {
		return func(x int) int { return x + 1 }
	}
	return nil
}

func main() {
	var f func()
	fmt.Println(f == nil)
	f = func() {}
	fmt.Println(f == nil, f != nil)
	var h Handler
	fmt.Println(h == nil)
	h = func(s string) string { return s + s }
	fmt.Println(h != nil, h("ab"))
	fmt.Println(pick(true) == nil, pick(false) == nil)
	var i interface{} = f
	fmt.Println(i != nil)
	var g func()
	var j interface{} = g
	fmt.Println(j == nil, g == nil)
}

// Output:
// true
// false true
// true
// true abab
// false true
// true
// false true
