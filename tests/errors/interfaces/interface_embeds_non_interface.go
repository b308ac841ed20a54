package main

type T struct{}

type I interface {
	T
}

func main() {
	var i I
	println(i == nil)
}

// Error:
// 10:8: cannot use type I outside a type constraint: interface contains type constraints
