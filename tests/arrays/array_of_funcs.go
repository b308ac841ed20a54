package main

import "fmt"

func main() {
	ops := [4]func(int, int) int{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a - b },
		func(a, b int) int { return a * b },
	}
	fmt.Println(ops[3] == nil, len(ops))
	for i := 0; i < 3; i++ {
		fmt.Println(i, ops[i](12, 4))
	}
	ops[3] = func(a, b int) int { return a / b }
	cp := ops
	cp[0] = ops[2]
	fmt.Println(ops[0](3, 3), cp[0](3, 3), cp[3](12, 4))
}

// Output:
// true 4
// 0 16
// 1 8
// 2 48
// 6 9 3
