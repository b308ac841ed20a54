package main

func main() {
	var a uint8 = 1
	b := 2
	println(a * b)
}

// Error:
// 6:10: invalid operation: a * b (mismatched types uint8 and int)
