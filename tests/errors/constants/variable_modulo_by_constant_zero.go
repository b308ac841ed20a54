package main

func main() {
	n := 10
	n %= 0
	println(n)
}

// Error:
// 5:7: invalid operation: division by zero
