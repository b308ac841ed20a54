package main

func main() {
	a := 1
	var b int64 = 2
	println(a + b)
}

// Error:
// 6:10: invalid operation: a + b (mismatched types int and int64)
