package main

import "fmt"

func makeCounter(step int) (next func() int, reset func()) {
	n := 0
	next = func() int {
		n += step
		return n
	}
	reset = func() {
		n = 0
	}
	return
}

func main() {
	next, reset := makeCounter(3)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	n2, r2 := makeCounter(-1)
	fmt.Println(n2(), n2(), next())
	r2()
	reset()
	fmt.Println(n2(), next())
}

// Output:
// 3 6 9
// 3
// -1 -2 6
// -1 3
