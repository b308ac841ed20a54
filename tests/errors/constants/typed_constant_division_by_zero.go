package main

const zero int64 = 0

func main() {
	var n int64 = 7
	println(n / zero)
}

// Error:
// 7:14: invalid operation: division by zero
