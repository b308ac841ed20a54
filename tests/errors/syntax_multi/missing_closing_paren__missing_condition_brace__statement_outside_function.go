package main

func main() {
	println("a"
}


func main() {
	x := 1
	if x > 0
	{
		println(x)
	}
}


println("hi")

func main() {
}

// Error:
// 4:13: syntax error: unexpected newline in argument list; possibly missing comma or )
// 10:10: syntax error: unexpected newline, expecting { after if clause
// 17:1: syntax error: non-declaration statement outside function body
