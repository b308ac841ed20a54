package main

func main() {
}
}


func main() {
	x := 1 y := 2
	println(x, y)
}


func main() {
	println(1, 2,, 3)
}

// Error:
// 5:1: syntax error: non-declaration statement outside function body
// 9:9: syntax error: unexpected y at end of statement
// 15:15: syntax error: unexpected comma, expecting expression
