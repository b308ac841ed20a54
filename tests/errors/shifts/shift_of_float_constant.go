package main

func main() {
	x := 1.5 << 2
	println(x)
}

// Error:
// 4:7: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
