package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(s))
	clear(s)
	fmt.Println(s, len(s), cap(s))
	words := []string{"x", "y"}
	clear(words)
	fmt.Printf("%q %d\n", words, len(words))
	var empty []bool
	clear(empty)
	fmt.Println(empty == nil)
}

// Requires: go1.22
// Output:
// [1 0 0 4 5] 5
// [0 0 0 0 0] 5 5
// ["" ""] 2
// true
