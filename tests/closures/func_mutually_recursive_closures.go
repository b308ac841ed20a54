package main

import "fmt"

func main() {
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	for _, n := range []int{0, 1, 7, 10} {
		fmt.Println(n, isEven(n), isOdd(n))
	}
	var countdown func(int) []int
	countdown = func(n int) []int {
		if n < 0 {
			return nil
		}
		return append([]int{n}, countdown(n-1)...)
	}
	fmt.Println(countdown(5))
}

// Output:
// 0 true false
// 1 false true
// 7 false true
// 10 true false
// [5 4 3 2 1 0]
