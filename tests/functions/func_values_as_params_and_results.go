package main

import "fmt"

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func apply(n int, f func(int) int, x int) int {
	for i := 0; i < n; i++ {
		x = f(x)
	}
	return x
}

func double(x int) int { return x * 2 }
func inc(x int) int    { return x + 1 }

func main() {
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	fmt.Println(apply(10, double, 1))
	fmt.Println(apply(3, compose(inc, inc), 0))
	f := double
	f = inc
	fmt.Println(f(100))
	fmt.Printf("%T\n", compose)
}

// Output:
// 11 12
// 1024
// 6
// 101
// func(func(int) int, func(int) int) func(int) int
