package main

func main() {
	x := 3 # 4
	println(x)
	println("a"
}

// Error:
// 4:9: invalid character U+0023 '#'
// 4:11: syntax error: unexpected literal 4 at end of statement
// 6:13: syntax error: unexpected newline in argument list; possibly missing comma or )
