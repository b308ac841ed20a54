package main

import "fmt"

var calls int

func three() (int, string, bool) {
	calls++
	return 7, "seven", true
}

func main() {
	_, s, _ := three()
	fmt.Println(s)
	n, _, ok := three()
	fmt.Println(n, ok)
	_, _, _ = three()
	_ = three
	fmt.Println("calls:", calls)
	sum := 0
	for _, v := range []int{4, 5, 6} {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// seven
// 7 true
// calls: 3
// 15
