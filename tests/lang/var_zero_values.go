package main

import "fmt"

var pi int
var pf float64
var ps string
var pb bool

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var r rune
	var by byte
	var sl []int
	var m map[string]int
	var fn func(int) int
	fmt.Println(i, f, b, r, by)
	fmt.Printf("%q\n", s)
	fmt.Println(sl, len(sl), sl == nil)
	fmt.Println(m, len(m), m == nil)
	fmt.Println(fn == nil)
	fmt.Println(pi, pf, pb)
	fmt.Printf("%q %v\n", ps, ps == "")
}

// Output:
// 0 0 false 0 0
// ""
// [] 0 true
// map[] 0 true
// true
// 0 0 false
// "" true
