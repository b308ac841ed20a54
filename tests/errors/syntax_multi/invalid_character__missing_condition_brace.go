package main

func main() {
	x := 3 # 4
	println(x)
}


func main() {
	x := 1
	if x > 0
	{
		println(x)
	}
}

// Error:
// 4:9: invalid character U+0023 '#'
// 4:11: syntax error: unexpected literal 4 at end of statement
// 11:10: syntax error: unexpected newline, expecting { after if clause
