package main

func main() {
	panic("a", "b")
}

// Error:
// 4:2: invalid operation: too many arguments for panic("a", "b") (expected 1, found 2)
