package main

func main() {
	n := 1
	defer n()
}

// Error:
// 5:8: invalid operation: cannot call non-function n (variable of type int)
