package main

import "fmt"

func main() {
	var fs []func() int
	iterations := 0
	for i := 0; i < 10; i++ {
		fs = append(fs, func() int { return i })
		i += 2
		iterations++
	}
	fmt.Println("iterations", iterations)
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Requires: go1.22
// Output:
// iterations 4
// 2
// 5
// 8
// 11
