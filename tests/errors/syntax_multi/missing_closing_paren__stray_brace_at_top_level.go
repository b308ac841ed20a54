package main

func main() {
	println("a"
}


func main() {
}
}

// Error:
// 4:13: syntax error: unexpected newline in argument list; possibly missing comma or )
// 10:1: syntax error: non-declaration statement outside function body
