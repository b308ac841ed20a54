package main

func main() {
	n := square(4)
	println(n)
}

// Error:
// 4:7: undefined: square
