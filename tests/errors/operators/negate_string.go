package main

func main() {
	s := "x"
	println(-s)
}

// Error:
// 5:11: invalid operation: operator - not defined on s (variable of type string)
