package main

import "fmt"

func find(xs []int, v int) *int {
	for i := range xs {
		if xs[i] == v {
			return &xs[i]
		}
	}
	return nil
}

func main() {
	xs := []int{3, 5, 7}
	p := find(xs, 5)
	*p = 50
	fmt.Println(xs)
	q := find(xs, 9)
	fmt.Println(q == nil)
	fmt.Println(*q)
}

// Output:
// [3 50 7]
// true
// Panic: runtime error: invalid memory address or nil pointer dereference
