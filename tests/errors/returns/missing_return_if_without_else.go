package main

func abs(n int) int {
	if n < 0 {
		return -n
	}
}

func main() {
	println(abs(-1))
}

// Error:
// 7:1: missing return
