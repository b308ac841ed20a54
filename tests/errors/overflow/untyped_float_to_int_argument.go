package main

func half(n int) int {
	return n / 2
}

func main() {
	println(half(4.5))
}

// Error:
// 8:15: cannot use 4.5 (untyped float constant) as int value in argument to half (truncated)
