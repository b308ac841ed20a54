package main

func main() {
	n, c := 3, 2
	s := make([]int, n, c)
	println(len(s))
}

// Panic: runtime error: makeslice: cap out of range
