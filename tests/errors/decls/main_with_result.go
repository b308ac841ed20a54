package main

func main() int {
	return 0
}

// Error:
// 3:6: func main must have no arguments and no return values
