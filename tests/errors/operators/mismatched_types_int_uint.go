package main

func main() {
	var a int = 1
	var b uint = 2
	println(a < b)
}

// Error:
// 6:14: invalid operation: a < b (mismatched types int and uint)
