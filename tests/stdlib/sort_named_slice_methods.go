package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := sort.IntSlice{5, 2, 8}
	xs.Sort()
	fmt.Println(xs, xs.Len(), xs.Less(0, 1))
	xs.Swap(0, 2)
	fmt.Println(xs)
	ss := sort.StringSlice{"pear", "fig", "apple"}
	ss.Sort()
	fmt.Println(ss, ss.Search("fig"))
	fs := sort.Float64Slice{2.5, -1, 0}
	fs.Sort()
	fmt.Println(fs, fs.Search(0))
}

// Output:
// [2 5 8] 3 true
// [8 5 2]
// [apple fig pear] 1
// [-1 0 2.5] 1
