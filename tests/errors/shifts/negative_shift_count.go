package main

func main() {
	x := 1
	println(x << -1)
}

// Error:
// 5:15: invalid operation: negative shift count -1 (untyped int constant)
