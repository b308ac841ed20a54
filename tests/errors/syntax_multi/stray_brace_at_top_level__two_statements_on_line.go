package main

func main() {
}
}


func main() {
	x := 1 y := 2
	println(x, y)
}

// Error:
// 5:1: syntax error: non-declaration statement outside function body
// 9:9: syntax error: unexpected y at end of statement
