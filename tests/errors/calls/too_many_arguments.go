package main

func add(a, b int) int {
	return a + b
}

func main() {
	println(add(1, 2, 3))
}

// Error:
// 8:20: too many arguments in call to add
// 	have (number, number, number)
// 	want (int, int)
