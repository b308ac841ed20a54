package main

func main() {
	b := true
	println(b == 1)
}

// Error:
// 5:15: invalid operation: b == 1 (mismatched types bool and untyped int)
