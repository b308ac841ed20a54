package main

const huge = 1 << 10000

func main() {
	println(huge > 0)
}

// Error:
// 3:19: invalid operation: invalid shift count 10000 (untyped int constant)
