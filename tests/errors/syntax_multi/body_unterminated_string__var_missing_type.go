package main

func main() {
	println("abc)
	var x
	x = 1
	println(x)
}

// Error:
// 4:15: newline in string
// 4:15: syntax error: unexpected newline in argument list; possibly missing comma or )
// 5:2: syntax error: unexpected var at end of statement
