package main

func main() {
}
}


func main() {
	x := 1 + )
	println(x)
}

// Error:
// 5:1: syntax error: non-declaration statement outside function body
// 9:11: syntax error: unexpected ), expecting expression
