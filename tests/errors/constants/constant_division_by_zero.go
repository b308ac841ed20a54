package main

func main() {
	x := 1 / 0
	println(x)
}

// Error:
// 4:11: invalid operation: division by zero
