package main

func main() {
	n := 10
	println(n / 0)
}

// Error:
// 5:14: invalid operation: division by zero
