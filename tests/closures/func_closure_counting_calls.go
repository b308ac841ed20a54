package main

import "fmt"

func counted(f func(int) int) (func(int) int, func() int) {
	calls := 0
	wrapped := func(x int) int {
		calls++
		return f(x)
	}
	return wrapped, func() int { return calls }
}

func main() {
	sq, n := counted(func(x int) int { return x * x })
	fmt.Println(sq(3), sq(4))
	fmt.Println("calls:", n())
	for i := 0; i < 5; i++ {
		sq(i)
	}
	fmt.Println("calls:", n())
	cube, m := counted(func(x int) int { return x * x * x })
	fmt.Println(cube(2), m(), n())
}

// Output:
// 9 16
// calls: 2
// calls: 7
// 8 1 7
