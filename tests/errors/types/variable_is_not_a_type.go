package main

func main() {
	size := 3
	var n size
	println(n)
}

// Error:
// 5:8: size (variable of type int) is not a type
