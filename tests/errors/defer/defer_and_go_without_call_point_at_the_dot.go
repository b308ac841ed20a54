package main

import "fmt"

func main() {
	defer fmt.Println
	go fmt.Println
	defer (fmt.Println)
	defer 1
}

// Error:
// 6:11: expression in defer must be function call
// 7:8: expression in go must be function call
// 8:8: expression in defer must not be parenthesized
// 8:12: expression in defer must be function call
// 9:8: expression in defer must be function call
// 9:8: invalid operation: cannot call non-function 1 (untyped int constant)
