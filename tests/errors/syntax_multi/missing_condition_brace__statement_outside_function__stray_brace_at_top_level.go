package main

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


func main() {
}
}

// Error:
// 5:10: syntax error: unexpected newline, expecting { after if clause
// 12:1: syntax error: non-declaration statement outside function body
// 20:1: syntax error: non-declaration statement outside function body
