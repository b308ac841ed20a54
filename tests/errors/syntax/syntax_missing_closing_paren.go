package main

func main() {
	println("a"
}

// Error:
// 4:13: syntax error: unexpected newline in argument list; possibly missing comma or )
