package main

func main() {
	for i := 0; i < 3; ) {
	}
	for ;; ; {
	}
}

// Error:
// 4:21: syntax error: unexpected ), expecting expression
// 6:9: syntax error: unexpected semicolon, expecting expression
// 7:2: syntax error: unexpected }, expecting { after for clause
