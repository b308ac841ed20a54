package main

func main() {
	x := 1.5 / 0.0
	println(x)
}

// Error:
// 4:13: invalid operation: division by zero
