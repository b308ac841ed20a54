package main

func main() {
	x := 1 + )
	println(x)
	println("abc)
}

// Error:
// 4:11: syntax error: unexpected ), expecting expression
// 6:15: newline in string
// 6:15: syntax error: unexpected newline in argument list; possibly missing comma or )
