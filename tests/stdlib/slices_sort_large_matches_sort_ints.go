package main

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

// Sorting many values (past the insertion-sort cutoff, with duplicates,
// already sorted and reversed inputs) gives what sort.Ints gives.
func main() {
	r := rand.New(rand.NewSource(42))
	for _, n := range []int{0, 1, 13, 100, 1000, 5000} {
		for kind := 0; kind < 4; kind++ {
			a := make([]int, n)
			for i := range a {
				switch kind {
				case 0:
					a[i] = r.Intn(1000000)
				case 1:
					a[i] = r.Intn(5)
				case 2:
					a[i] = i
				case 3:
					a[i] = n - i
				}
			}
			b := slices.Clone(a)
			slices.Sort(a)
			sort.Ints(b)
			fmt.Print(slices.Equal(a, b), " ")
		}
	}
	fmt.Println()
}

// Requires: go1.21
// Output:
// true true true true true true true true true true true true true true true true true true true true true true true true 
