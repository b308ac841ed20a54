package main

import "fmt"

func main() {
	fmt.Println(recover())
	defer func() {
		r := recover()
		fmt.Println("deferred, no panic:", r, r == nil)
	}()
	func() {
		defer func() {
			fmt.Println("inner deferred:", recover())
		}()
		fmt.Println("inner body")
	}()
	x := recover()
	fmt.Println(x == nil)
}

// Output:
// <nil>
// inner body
// inner deferred: <nil>
// true
// deferred, no panic: <nil> true
