package main

import (
	"fmt"
	"strings"
)

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(10), fib(20))
	var walk func(n, depth int)
	walk = func(n, depth int) {
		if n == 0 {
			return
		}
		fmt.Println(strings.Repeat("  ", depth) + fmt.Sprint(n))
		walk(n/2, depth+1)
	}
	walk(13, 0)
}

// Output:
// 55 6765
// 13
//   6
//     3
//       1
