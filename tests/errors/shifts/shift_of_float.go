package main

func main() {
	f := 1.5
	println(f << 2)
}

// Error:
// 5:10: invalid operation: shifted operand f (variable of type float64) must be integer
