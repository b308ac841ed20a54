package main

import "fmt"

const k complex128 = 2

func main() {
	var i int = k
	fmt.Println(i)
}

// Error:
// 8:14: cannot use k (constant (2 + 0i) of type complex128) as type int in variable declaration
