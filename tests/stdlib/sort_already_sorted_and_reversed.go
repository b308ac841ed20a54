package main

import (
	"fmt"
	"sort"
)

func main() {
	const n = 3000
	asc := make([]int, n)
	desc := make([]int, n)
	same := make([]int, n)
	for i := range asc {
		asc[i] = i
		desc[i] = n - i
		same[i] = 7
	}
	less := 0
	sort.Slice(desc, func(i, j int) bool { less++; return desc[i] < desc[j] })
	sort.Sort(sort.IntSlice(asc))
	sort.Slice(same, func(i, j int) bool { return same[i] < same[j] })
	fmt.Println(sort.IntsAreSorted(asc), sort.IntsAreSorted(desc), desc[0], desc[n-1], same[0], same[n-1])
	// an O(n log n) sort needs far fewer than n*n/4 comparisons
	fmt.Println(less < n*n/4)
}

// Output:
// true true 1 3000 7 7
// true
