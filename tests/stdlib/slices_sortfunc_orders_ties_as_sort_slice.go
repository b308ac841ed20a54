package main

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

type rec struct{ k, id int }

// slices.SortFunc and sort.Slice run the same algorithm (as in Go, whose
// variants come from one template): equal keys end up in the same order.
func main() {
	r := rand.New(rand.NewSource(5))
	same := 0
	total := 0
	for _, n := range []int{5, 13, 49, 50, 51, 100, 257, 1000, 5000} {
		for _, keys := range []int{2, 5, 50, 1000000} {
			for pattern := 0; pattern < 4; pattern++ {
				a := make([]rec, n)
				for i := range a {
					switch pattern {
					case 0:
						a[i] = rec{r.Intn(keys), i}
					case 1:
						a[i] = rec{i % keys, i}
					case 2:
						a[i] = rec{(n - i) % keys, i}
					case 3:
						a[i] = rec{i * keys / n, i}
					}
				}
				b := slices.Clone(a)
				sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
				slices.SortFunc(b, func(x, y rec) int { return x.k - y.k })
				total++
				if slices.Equal(a, b) {
					same++
				}
			}
		}
	}
	fmt.Println(same, "of", total, "agree")
}

// Requires: go1.21
// Output:
// 144 of 144 agree
