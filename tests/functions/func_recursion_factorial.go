package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func factIter(n int) int {
	r := 1
	for i := 2; i <= n; i++ {
		r *= i
	}
	return r
}

func main() {
	for i := 0; i <= 20; i += 4 {
		fmt.Println(i, fact(i), fact(i) == factIter(i))
	}
	fmt.Println(fact(21))
	fmt.Println(fact(25))
}

// Output:
// 0 1 true
// 4 24 true
// 8 40320 true
// 12 479001600 true
// 16 20922789888000 true
// 20 2432902008176640000 true
// -4249290049419214848
// 7034535277573963776
