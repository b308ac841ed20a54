package main

import "fmt"

var q, r = divmod(total, 7)

var total = 100

var names, count = build()

func divmod(a, b int) (int, int) {
	fmt.Println("divmod", a, b)
	return a / b, a % b
}

func build() ([]string, int) {
	fmt.Println("build")
	n := []string{"x", "y"}
	return n, len(n)
}

func init() {
	fmt.Println("init: q r =", q, r)
}

func main() {
	fmt.Println(q, r, names, count)
}

// Output:
// divmod 100 7
// build
// init: q r = 14 2
// 14 2 [x y] 2
