package main

func main() {
	println("abc)
}

// Error:
// 4:15: newline in string
// 4:15: syntax error: unexpected newline in argument list; possibly missing comma or )
