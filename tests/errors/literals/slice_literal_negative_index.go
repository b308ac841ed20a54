package main

func main() {
	s := []int{-1: 5}
	println(len(s))
}

// Error:
// 4:13: invalid argument: index -1 (constant of type int) must not be negative
