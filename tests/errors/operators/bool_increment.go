package main

func main() {
	b := false
	b++
	println(b)
}

// Error:
// 5:2: invalid operation: b++ (non-numeric type bool)
