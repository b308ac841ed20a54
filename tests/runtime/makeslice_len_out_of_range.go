package main

func main() {
	n := -1
	s := make([]int, n)
	println(len(s))
}

// Panic: runtime error: makeslice: len out of range
