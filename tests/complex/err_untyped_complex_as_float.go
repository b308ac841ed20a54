package main

import "fmt"

func main() {
	var f float64 = 1 + 2i
	fmt.Println(f)
}

// Error:
// 6:18: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as float64 value in variable declaration (overflows)
