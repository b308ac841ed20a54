package main

import "fmt"

func minMax(xs []int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func main() {
	fmt.Println(minMax([]int{3, -7, 12, 0, 5}))
	fmt.Println(minMax([]int{42}))
	lo, hi := minMax([]int{-1, -2, -3})
	fmt.Println(lo, hi, hi-lo)
	fs := []float64{2.5, -0.5, 10}
	best := fs[0]
	for _, f := range fs {
		if f > best {
			best = f
		}
	}
	fmt.Println(best)
}

// Output:
// -7 12
// 42 42
// -3 -1 2
// 10
