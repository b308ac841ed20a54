package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	orig := s
	s = remove(s, 1)
	fmt.Println(s, len(s))
	fmt.Println(orig)
	s = remove(s, len(s)-1)
	fmt.Println(s)
	s = remove(s, 0)
	fmt.Println(s)
	t := []string{"a", "b", "c", "d", "e"}
	t = append(t[:1], t[3:]...)
	fmt.Println(t, len(t))
}

// Output:
// [10 30 40 50] 4
// [10 30 40 50 50]
// [10 30 40]
// [30 40]
// [a d e] 3
