package main

import "fmt"

func makeAdder(n int) func(int) int {
	return func(x int) int {
		return x + n
	}
}

func makeMultiplier(n int) func(int) int {
	return func(x int) int { return x * n }
}

func twice(f func(int) int) func(int) int {
	return func(x int) int { return f(f(x)) }
}

func main() {
	add5 := makeAdder(5)
	add10 := makeAdder(10)
	fmt.Println(add5(1), add10(1), add5(add10(0)))
	triple := makeMultiplier(3)
	fmt.Println(triple(7))
	fmt.Println(twice(triple)(2))
	fmt.Println(twice(twice(add5))(0))
	fmt.Println(makeAdder(-1)(makeMultiplier(4)(5)))
}

// Output:
// 6 11 15
// 21
// 18
// 20
// 19
