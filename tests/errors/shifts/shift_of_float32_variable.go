package main

func main() {
	var f float32 = 2
	println(f >> 1)
}

// Error:
// 5:10: invalid operation: shifted operand f (variable of type float32) must be integer
