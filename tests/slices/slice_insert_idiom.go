package main

import "fmt"

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{1, 2, 4, 5}
	s = insert(s, 2, 3)
	fmt.Println(s)
	s = insert(s, 0, 0)
	fmt.Println(s)
	s = insert(s, len(s), 6)
	fmt.Println(s)
	t := []string{"a", "d"}
	t = append(t[:1], append([]string{"b", "c"}, t[1:]...)...)
	fmt.Println(t, len(t))
}

// Output:
// [1 2 3 4 5]
// [0 1 2 3 4 5]
// [0 1 2 3 4 5 6]
// [a b c d] 4
