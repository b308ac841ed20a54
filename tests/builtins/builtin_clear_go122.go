package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m["a"])
	m["d"] = 4
	fmt.Println(len(alias), alias["d"])
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(s), len(sub))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q %d\n", strs, len(strs))
	var nilMap map[int]bool
	clear(nilMap)
	fmt.Println(len(nilMap), nilMap == nil)
}

// Requires: go1.22
// Output:
// 0 0 0
// 1 4
// [1 0 0 4] 4 2
// ["" ""] 2
// 0 true
