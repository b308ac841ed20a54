package main

func main() {
	var s []int
	println(s[0])
}

// Panic: runtime error: index out of range [0] with length 0
