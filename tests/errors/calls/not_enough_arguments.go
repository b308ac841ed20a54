package main

func add(a, b int) int {
	return a + b
}

func main() {
	println(add(1))
}

// Error:
// 8:14: not enough arguments in call to add
// 	have (number)
// 	want (int, int)
