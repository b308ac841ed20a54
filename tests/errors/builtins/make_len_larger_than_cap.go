package main

func main() {
	s := make([]int, 5, 2)
	println(len(s))
}

// Error:
// 4:19: invalid argument: length and capacity swapped
