package main

func cleanup() {}

func main() {
	defer cleanup
	println("x")
}

// Error:
// 6:8: expression in defer must be function call
