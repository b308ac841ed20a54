package main

func main() {
	var a, b byte = 7, 0
	println(a / b)
}

// Panic: runtime error: integer divide by zero
