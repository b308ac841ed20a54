package main

func cleanup() {}

func main() {
	defer cleanup
}

// Error:
// 6:8: expression in defer must be function call
