package main

func main() {
	a, b := true, false
	println(a < b)
}

// Error:
// 5:10: invalid operation: a < b (operator < not defined on bool)
