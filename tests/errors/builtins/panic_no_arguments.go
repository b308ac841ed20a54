package main

func main() {
	panic()
}

// Error:
// 4:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
