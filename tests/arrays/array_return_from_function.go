package main

import "fmt"

func squares() [5]int {
	var r [5]int
	for i := range r {
		r[i] = i * i
	}
	return r
}

func minMax(a [5]int) (lo, hi int) {
	lo, hi = a[0], a[0]
	for _, v := range a {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	return
}

func main() {
	s := squares()
	fmt.Println(s)
	s[0] = 100
	fmt.Println(squares()[0], s[0])
	fmt.Println(minMax(s))
	fmt.Println(squares()[4], len(squares()))
}

// Output:
// [0 1 4 9 16]
// 0 100
// 1 100
// 16 5
