package main

import "fmt"

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	var a []int
	b := []int{}
	fmt.Println(a == nil, b == nil)
	fmt.Println(equal(a, b))
	fmt.Println(equal([]int{1, 2}, []int{1, 2}))
	fmt.Println(equal([]int{1, 2}, []int{2, 1}))
	c := b[:0]
	fmt.Println(c == nil, len(c))
	a = nil
	fmt.Println(a == nil)
}

// Output:
// true false
// true
// true
// false
// false 0
// true
