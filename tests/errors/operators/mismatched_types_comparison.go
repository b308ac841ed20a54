package main

func main() {
	n := 10
	s := "10"
	if n == s {
		println("equal")
	}
}

// Error:
// 6:10: invalid operation: n == s (mismatched types int and string)
