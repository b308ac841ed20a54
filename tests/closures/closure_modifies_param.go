package main

import "fmt"

func countdown(n int) func() int {
	return func() int {
		n--
		return n
	}
}

func limiter(max int) func(int) bool {
	used := 0
	return func(cost int) bool {
		if used+cost > max {
			return false
		}
		used += cost
		return true
	}
}

func main() {
	c := countdown(3)
	fmt.Println(c(), c(), c(), c())
	lim := limiter(10)
	for _, cost := range []int{4, 5, 3, 1, 2} {
		fmt.Println(cost, lim(cost))
	}
}

// Output:
// 2 1 0 -1
// 4 true
// 5 true
// 3 false
// 1 true
// 2 false
