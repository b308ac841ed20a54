package main

import "fmt"

const (
	_ = iota
	One
	Two
	_
	Four
	_
	_
	Seven
)

const (
	x0 = iota * 10
	_
	x2
	x3
)

func main() {
	fmt.Println(One, Two, Four, Seven)
	fmt.Println(x0, x2, x3)
	total := One + Two + Four + Seven
	fmt.Println("total:", total)
}

// Output:
// 1 2 4 7
// 0 20 30
// total: 14
