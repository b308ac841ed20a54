package main

import "fmt"

var order []string

var x = record("var x")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
}

func init() {
	record("init 2")
	x *= 100
}

func main() {
	record("main")
	for i, s := range order {
		fmt.Println(i, s)
	}
	fmt.Println("x =", x)
}

func init() {
	record("init 3")
}

// Output:
// 0 var x
// 1 init 1
// 2 init 2
// 3 init 3
// 4 main
// x = 100
