package main

import "fmt"

const a complex128 = 1e308i
const b = a * 10

func main() {
	fmt.Println(b)
}

// Error:
// 6:11: a * 10 (constant (0 + 1e+309i) of type complex128) overflows complex128
