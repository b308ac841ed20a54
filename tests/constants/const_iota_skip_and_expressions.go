package main

import "fmt"

const (
	A = iota * 10
	B
	_
	D
	E = "str"
	F
	G = iota + 100
	H
)

const (
	X = 1 << (iota * 2)
	Y
	Z
	W
)

func main() {
	fmt.Println(A, B, D)
	fmt.Println(E, F)
	fmt.Println(G, H)
	fmt.Println(X, Y, Z, W)
}

// Output:
// 0 10 30
// str str
// 106 107
// 1 4 16 64
