package main

import "fmt"

func a(n int) {
	fmt.Println(n + "x")
}

func b() {
	for {
		missing()
	}
}

func c() int {
	var s string = 3
	return len(s)
}

func main() {
	a(1)
	b()
	fmt.Println(c())
}

// Error:
// 6:14: invalid operation: n + "x" (mismatched types int and untyped string)
// 11:3: undefined: missing
// 16:17: cannot use 3 (untyped int constant) as string value in variable declaration
