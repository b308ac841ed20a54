package main

func init() int {
	return 1
}

func main() {
}

// Error:
// 3:6: func init must have no arguments and no return values
