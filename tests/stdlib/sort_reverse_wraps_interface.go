package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := []int{4, 1, 3, 9, 7}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	names := []string{"bo", "al", "cy"}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
	r := sort.Reverse(sort.IntSlice(nums))
	fmt.Println(r.Len(), r.Less(0, 1), sort.IsSorted(r))
	fmt.Printf("%T\n", sort.IntSlice(nums))
}

// Output:
// [9 7 4 3 1]
// [cy bo al]
// 5 true true
// sort.IntSlice
