package main

const big = 1 << 500
const bigger = big * big

func main() {
	println(bigger > 0)
}

// Error:
// 4:20: constant multiplication overflow
