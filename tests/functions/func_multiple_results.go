package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minMax(xs []int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minMax([]int{4, -2, 9, 0})
	fmt.Println(lo, hi)
	x, y := swap("first", "second")
	fmt.Println(x, y)
	fmt.Println(divmod(100, 7))
	_, r = divmod(9, 4)
	fmt.Println(r)
}

// Output:
// 3 2
// -2 9
// second first
// 14 2
// 1
