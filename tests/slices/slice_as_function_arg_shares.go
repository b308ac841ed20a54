package main

import "fmt"

func set(s []int) {
	s[0] = 100
}

func grow(s []int) {
	s = append(s, 4)
	s[0] = -1
}

func grow2(s []int) []int {
	return append(s, 4)
}

func main() {
	a := []int{1, 2, 3}
	set(a)
	fmt.Println(a)
	grow(a)
	fmt.Println(a)
	a = grow2(a)
	fmt.Println(a, len(a))
	b := make([]int, 2, 5)
	grow(b)
	fmt.Println(b, b[:3])
}

// Output:
// [100 2 3]
// [100 2 3]
// [100 2 3 4] 4
// [-1 0] [-1 0 4]
