package main

func main() {
	a, b := true, false
	println(a | b)
}

// Error:
// 5:10: invalid operation: operator | not defined on a (variable of type bool)
