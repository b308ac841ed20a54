package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 3, 6, 10, 15}
	for _, x := range []int{0, 3, 4, 15, 16} {
		i := sort.SearchInts(a, x)
		fmt.Println(x, i, i < len(a) && a[i] == x)
	}
	s := []string{"ant", "bee", "cat", "dog"}
	fmt.Println(sort.SearchStrings(s, "cat"), sort.SearchStrings(s, "cow"), sort.SearchStrings(s, "a"))
	fmt.Println(sort.IntSlice(a).Search(6), sort.StringSlice(s).Search("zebra"))
}

// Output:
// 0 0 false
// 3 1 true
// 4 3 false
// 15 5 true
// 16 6 false
// 2 3 0
// 3 4
