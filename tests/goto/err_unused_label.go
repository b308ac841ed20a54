package main

import "fmt"

func main() {
	x := 1
unused:
	fmt.Println(x)
	goto used
used:
	func() {
	inner:
	}()
}

// Error:
// 7:1: label unused defined and not used
// 12:2: label inner defined and not used
