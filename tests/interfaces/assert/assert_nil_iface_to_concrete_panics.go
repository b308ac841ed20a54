package main

import "fmt"

func main() {
	var x interface{}
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	x = 4
	fmt.Println(x.(int) * 2)
	x = nil
	n = x.(int)
	fmt.Println("unreachable", n)
}

// Output:
// 0 false
// "" false
// 8
// Panic: interface conversion: interface {} is nil, not int
