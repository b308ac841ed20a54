package main

const huge = 1 << 1000

func main() {
	println(huge > 0)
}

// Error:
// 3:16: constant shift overflow
