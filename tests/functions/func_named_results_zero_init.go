package main

import "fmt"

func parts() (n int, s string, ok bool, xs []int, m map[string]int) {
	return
}

func find(xs []int, target int) (index int, found bool) {
	index = -1
	for i, x := range xs {
		if x == target {
			index, found = i, true
			return
		}
	}
	return
}

func main() {
	n, s, ok, xs, m := parts()
	fmt.Println(n, ok, xs == nil, m == nil, len(m))
	fmt.Printf("%q\n", s)
	fmt.Println(find([]int{5, 6, 7}, 6))
	fmt.Println(find([]int{5, 6, 7}, 8))
}

// Output:
// 0 false true true 0
// ""
// 1 true
// -1 false
