package main

func main() {
	println("a"
	x := 1
	if x > 0
	{
		println(x)
	}
}

// Error:
// 4:13: syntax error: unexpected newline in argument list; possibly missing comma or )
// 6:2: syntax error: unexpected if at end of statement
