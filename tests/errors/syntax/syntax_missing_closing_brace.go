package main

func main() {
	println("a")

// Error:
// 8:1: syntax error: unexpected EOF, expecting }
