package main

func show(n uint32) {
	println(n)
}

func main() {
	show(-5)
}

// Error:
// 8:7: cannot use -5 (untyped int constant) as uint32 value in argument to show (overflows)
