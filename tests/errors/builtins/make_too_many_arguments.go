package main

func main() {
	s := make([]int, 1, 2, 3)
	println(len(s))
}

// Error:
// 4:7: invalid operation: make([]int, 1, 2, 3) expects 2 or 3 arguments; found 4
