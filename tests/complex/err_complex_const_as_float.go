package main

import "fmt"

const k = 1 + 2i

func main() {
	var x float64 = k
	fmt.Println(x)
}

// Error:
// 8:18: cannot use k (untyped complex constant (1 + 2i)) as float64 value in variable declaration (overflows)
