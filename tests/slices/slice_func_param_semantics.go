package main

import "fmt"

func setFirst(s []int, v int) {
	s[0] = v
}

func appendOne(s []int) {
	s = append(s, 1)
	s[0] = -5
}

func appendReturn(s []int) []int {
	return append(s, 1)
}

func main() {
	a := []int{0, 0, 0}
	setFirst(a, 7)
	fmt.Println(a)
	appendOne(a)
	fmt.Println(a, len(a))
	b := make([]int, 1, 5)
	appendOne(b)
	fmt.Println(b, len(b), b[:2])
	a = appendReturn(a)
	fmt.Println(a, len(a))
}

// Output:
// [7 0 0]
// [7 0 0] 3
// [-5] 1 [-5 1]
// [7 0 0 1] 4
