package main

func main() {
	s := "ab"
	println(s * 2)
}

// Error:
// 5:10: invalid operation: s * 2 (mismatched types string and untyped int)
