package main

func main() {
	for i := 0; i < 3; i++
	println("x")
}

// Error:
// 4:24: syntax error: unexpected newline, expecting { after for clause
