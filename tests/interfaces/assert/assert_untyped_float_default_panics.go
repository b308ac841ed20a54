package main

import "fmt"

func main() {
	var x interface{} = 3.0
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y interface{} = 3
	fmt.Println(y.(int))
	z := x.(int)
	fmt.Println(z)
}

// Output:
// 3 true
// 3
// Panic: interface conversion: interface {} is float64, not int
