package main

import "fmt"

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func main() {
	s := []int{5, 6, 7}
	zeroFirst(s...)
	fmt.Println(s)
	t := []int{8, 9}
	zeroFirst(t[1:]...)
	fmt.Println(t)
	a, b := 1, 2
	zeroFirst(a, b)
	fmt.Println(a, b)
}

// Output:
// [0 6 7]
// [8 0]
// 1 2
