package main

import (
	"fmt"
	"sort"
)

type byLength []string

func (s byLength) Len() int { return len(s) }
func (s byLength) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}
func (s byLength) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

func main() {
	fruits := []string{"peach", "banana", "kiwi", "fig", "apple", "plum", "cherry", "date"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	fmt.Println(sort.IsSorted(byLength(fruits)))
	var s sort.Interface = byLength(fruits)
	fmt.Println(s.Len(), s.Less(0, 1))
}

// Output:
// [fig date kiwi plum apple peach banana cherry]
// true
// 8 true
