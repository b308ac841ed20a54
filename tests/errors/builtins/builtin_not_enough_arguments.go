package main

func main() {
	println(len())
}

// Error:
// 4:10: invalid operation: not enough arguments for len() (expected 1, found 0)
