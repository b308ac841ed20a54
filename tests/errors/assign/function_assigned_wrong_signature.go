package main

func inc(n int) int {
	return n + 1
}

func main() {
	var f func(string) string = inc
	println(f("a"))
}

// Error:
// 8:30: cannot use inc (value of type func(n int) int) as type func(string) string in variable declaration
