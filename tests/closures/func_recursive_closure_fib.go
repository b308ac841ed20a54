package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	for i := 0; i <= 10; i++ {
		fmt.Print(fib(i), ",")
	}
	fmt.Println()
	memo := map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = mfib(n-1) + mfib(n-2)
		return memo[n]
	}
	fmt.Println(mfib(90), len(memo))
}

// Output:
// 0,1,1,2,3,5,8,13,21,34,55,
// 2880067194370816120 89
