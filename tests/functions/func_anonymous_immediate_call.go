package main

import "fmt"

func main() {
	r := func(a, b int) int {
		return a * b
	}(6, 7)
	fmt.Println(r)
	func() {
		fmt.Println("called immediately")
	}()
	msg := func(name string) string { return "hi " + name }("gosh")
	fmt.Println(msg)
	x := 10
	func() {
		x *= 2
	}()
	fmt.Println(x)
	q, rem := func(a, b int) (int, int) { return a / b, a % b }(23, 5)
	fmt.Println(q, rem)
}

// Output:
// 42
// called immediately
// hi gosh
// 20
// 4 3
