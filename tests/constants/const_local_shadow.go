package main

import "fmt"

const limit = 3

func show() {
	fmt.Println("package limit:", limit)
}

func main() {
	const limit = 10
	fmt.Println("local limit:", limit)
	{
		const limit = "inner"
		fmt.Println("block limit:", limit)
	}
	fmt.Println("after block:", limit)
	show()
	const a, b = 1, "two"
	fmt.Println(a, b)
}

// Output:
// local limit: 10
// block limit: inner
// after block: 10
// package limit: 3
// 1 two
