package main

println("hi")

func main() {
}


func main() {
}
}


func main() {
	x := 1 y := 2
	println(x, y)
}

// Error:
// 3:1: syntax error: non-declaration statement outside function body
// 11:1: syntax error: non-declaration statement outside function body
// 15:9: syntax error: unexpected y at end of statement
