package main

func main() {
	for i := 0; i < 3; i++
	println("x")
	for i := 0; i < 3; ) {
	}
}

// Error:
// 4:24: syntax error: unexpected newline, expecting { after for clause
// 6:21: syntax error: unexpected ), expecting expression
