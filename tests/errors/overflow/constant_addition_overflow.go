package main

const big = 1 << 511

func main() {
	println(big+big > 0)
}

// Error:
// 6:13: constant addition overflow
