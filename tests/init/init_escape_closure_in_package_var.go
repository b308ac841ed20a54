// Package-level variables initialised by calling function literals whose
// locals are captured by returned closures: each closure keeps its own cell.
package main

import "fmt"

var next = func() func() int {
	c := 0
	return func() int { c++; return c }
}()

var acc, reset = func() (func(int) int, func()) {
	sum := 100
	return func(n int) int { sum += n; return sum }, func() { sum = 0 }
}()

var table = func() map[string]func() string {
	greeting := "hello"
	m := map[string]func() string{}
	m["get"] = func() string { return greeting }
	m["shout"] = func() string { greeting += "!"; return greeting }
	return m
}()

var nested = func() func() func() int {
	x := 1
	return func() func() int {
		y := 10
		return func() int { x++; y++; return x*100 + y }
	}
}()

func main() {
	fmt.Println(next(), next(), next())
	fmt.Println(acc(1), acc(2))
	reset()
	fmt.Println(acc(5))
	fmt.Println(table["get"](), table["shout"](), table["get"]())
	g := nested()
	fmt.Println(g(), g(), nested()())
}

// Output:
// 1 2 3
// 101 103
// 5
// hello hello! hello!
// 211 312 411
