package main

func main() {
	for ;; ; {
	}
}

// Error:
// 4:9: syntax error: unexpected semicolon, expecting expression
// 5:2: syntax error: unexpected }, expecting { after for clause
