package main

func main() {
	var a int32 = 1
	var b int64 = 2
	a += b
	println(a)
}

// Error:
// 6:2: invalid operation: a += b (mismatched types int32 and int64)
