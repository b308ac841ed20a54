package main

func main() {
	s := "ab"
	n := 3
	println(s * n)
}

// Error:
// 6:10: invalid operation: s * n (mismatched types string and int)
