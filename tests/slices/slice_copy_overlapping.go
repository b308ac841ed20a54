package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	n := copy(s[1:], s)
	fmt.Println(n, s)
	t := []int{1, 2, 3, 4, 5, 6}
	n = copy(t, t[2:])
	fmt.Println(n, t)
	u := []int{1, 2, 3}
	n = copy(u, u)
	fmt.Println(n, u)
	v := []string{"a", "b", "c", "d"}
	copy(v[2:], v[:3])
	fmt.Println(v)
}

// Output:
// 5 [1 1 2 3 4 5]
// 4 [3 4 5 6 5 6]
// 3 [1 2 3]
// [a b a b]
