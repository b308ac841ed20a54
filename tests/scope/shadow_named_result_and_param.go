package main

import "fmt"

func f(n int) (result int) {
	result = n
	{
		result := n * 100
		_ = result
	}
	if n > 0 {
		n := n + 1000
		result += n
	}
	return
}

func g(x int) int {
	x = x * 2
	func(x int) {
		x = 0
		_ = x
	}(x)
	return x
}

func main() {
	fmt.Println(f(1), f(-5))
	fmt.Println(g(21))
	v := 1
	func() {
		v := 2
		v++
		fmt.Println("inner v", v)
	}()
	fmt.Println("outer v", v)
}

// Output:
// 1002 -5
// 42
// inner v 3
// outer v 1
