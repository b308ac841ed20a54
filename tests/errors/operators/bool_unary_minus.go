package main

func main() {
	b := true
	println(-b)
}

// Error:
// 5:11: invalid operation: operator - not defined on b (variable of type bool)
