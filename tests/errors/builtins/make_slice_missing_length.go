package main

func main() {
	s := make([]int)
	println(len(s))
}

// Error:
// 4:7: invalid operation: make([]int) expects 2 or 3 arguments; found 1
