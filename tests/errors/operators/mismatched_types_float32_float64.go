package main

func main() {
	var a float32 = 1.5
	b := 2.5
	println(a - b)
}

// Error:
// 6:10: invalid operation: a - b (mismatched types float32 and float64)
