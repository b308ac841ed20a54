package main

func main() {
	for ;; ; {
	}
	if {
	}
}

// Error:
// 4:9: syntax error: unexpected semicolon, expecting expression
// 5:2: syntax error: unexpected }, expecting { after for clause
// 6:5: syntax error: missing condition in if statement
