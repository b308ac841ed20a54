package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), len(b), len(c))
	fmt.Println(a, b, c)
	a = append(a, 1, 2)
	fmt.Println(a, a == nil)
	for range []int(nil) {
		fmt.Println("never")
	}
	var s []string
	s = append(s, "x")
	fmt.Println(s, len(s))
	d := a[:0]
	fmt.Println(d, d == nil, len(d))
}

// Output:
// true false false
// 0 0 0
// [] [] []
// [1 2] false
// [x] 1
// [] false 0
