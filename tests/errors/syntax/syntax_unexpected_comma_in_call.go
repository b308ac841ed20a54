package main

func main() {
	println(1, 2,, 3)
}

// Error:
// 4:15: syntax error: unexpected comma, expecting expression
