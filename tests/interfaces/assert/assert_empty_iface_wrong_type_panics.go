package main

import "fmt"

func main() {
	var x interface{} = "hello"
	s := x.(string)
	fmt.Println("got string", s)
	n, ok := x.(int)
	fmt.Println("comma-ok int:", n, ok)
	x = 7
	fmt.Println("now int", x.(int)+1)
	x = "again"
	n = x.(int)
	fmt.Println("unreachable", n)
}

// Output:
// got string hello
// comma-ok int: 0 false
// now int 8
// Panic: interface conversion: interface {} is string, not int
