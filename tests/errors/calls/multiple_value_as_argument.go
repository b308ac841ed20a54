package main

import "strconv"

func double(n int) int {
	return n * 2
}

func main() {
	println(double(strconv.Atoi("4")))
}

// Error:
// 10:17: too many arguments in call to double
// 	have (int, error)
// 	want (int)
