package main

import "fmt"

func maxf(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func minf(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func main() {
	xs := []float64{3.5, -1.25, 8.0, 2.75, 8.0, -7.5}
	fmt.Println(maxf(xs), minf(xs))
	fmt.Println(1.5 < 1.50001, 2.0 == 2, -0.0 == 0.0)
	var sum float64
	for _, x := range xs {
		sum += x
	}
	fmt.Println(sum, sum/float64(len(xs)))
}

// Output:
// 8 -7.5
// true true true
// 13.5 2.25
