package main

func main() {
	n := int(1, 2)
	println(n)
}

// Error:
// 4:14: too many arguments in conversion to int
