package main

func main() {
	x := 5
	y := x(3)
	println(y)
}

// Error:
// 5:7: invalid operation: cannot call non-function x (variable of type int)
