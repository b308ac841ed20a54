package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	fmt.Println("inner before panic")
	panic("boom")
}

func main() {
	defer fmt.Println("main deferred 1")
	defer func() {
		fmt.Println("main deferred 2")
	}()
	inner()
	fmt.Println("not reached")
}

// Output:
// inner before panic
// inner deferred
// main deferred 2
// main deferred 1
// Panic: boom
