package main

import (
	"fmt"
	"sort"
)

func main() {
	seed := uint32(2024)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 10)
	}
	for _, n := range []int{10, 100, 1000, 20000} {
		a := make([]int, n)
		for i := range a {
			a[i] = next() % (n / 2)
		}
		b := append([]int(nil), a...)
		c := append([]int(nil), a...)
		sort.Ints(a)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		sort.Sort(sort.IntSlice(c))
		same := true
		sum := 0
		for i := range a {
			if a[i] != b[i] || a[i] != c[i] {
				same = false
			}
			sum += a[i] * (i % 7)
		}
		fmt.Println(n, same, sort.IntsAreSorted(b), a[0], a[n-1], sum)
	}
}

// Output:
// 10 true true 0 4 83
// 100 true true 0 48 6355
// 1000 true true 0 499 768953
// 20000 true true 0 9999 299844234
