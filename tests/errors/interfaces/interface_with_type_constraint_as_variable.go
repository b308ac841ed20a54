package main

type Number interface {
	int | float64
}

func main() {
	var n Number
	println(n)
}

// Error:
// 8:8: cannot use type Number outside a type constraint: interface contains type constraints
