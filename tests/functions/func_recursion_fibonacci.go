package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	for i := 0; i <= 12; i++ {
		fmt.Print(fib(i), ";")
	}
	fmt.Println()
	fmt.Println(fib(25))
	a, b := 0, 1
	for i := 0; i < 90; i++ {
		a, b = b, a+b
	}
	fmt.Println(a)
}

// Output:
// 0;1;1;2;3;5;8;13;21;34;55;89;144;
// 75025
// 2880067194370816120
