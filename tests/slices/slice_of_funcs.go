package main

import "fmt"

func main() {
	ops := []func(int, int) int{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a - b },
		func(a, b int) int { return a * b },
	}
	for i, op := range ops {
		fmt.Println(i, op(7, 3))
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	fmt.Println(len(fs), fs[0] != nil)
}

// Output:
// 0 10
// 1 4
// 2 21
// 0
// 1
// 4
// 3 true
