package main

func main() {
	a := []int{1, 2, 3}
	println(a[-1])
}

// Error:
// 5:12: invalid argument: index -1 (constant of type int) must not be negative
