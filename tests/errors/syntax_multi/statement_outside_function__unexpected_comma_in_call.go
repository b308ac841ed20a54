package main

println("hi")

func main() {
}


func main() {
	println(1, 2,, 3)
}

// Error:
// 3:1: syntax error: non-declaration statement outside function body
// 10:15: syntax error: unexpected comma, expecting expression
