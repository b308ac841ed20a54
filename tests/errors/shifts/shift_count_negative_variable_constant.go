package main

func main() {
	n := 1
	n <<= -2
	println(n)
}

// Error:
// 5:8: invalid operation: negative shift count -2 (untyped int constant)
