package main

func main() {
	for i := 0; i < 3; ) {
	}
}

// Error:
// 4:21: syntax error: unexpected ), expecting expression
