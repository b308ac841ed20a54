package main

func main() {
	var x
	x = 1
	println(x)
}


x := 1

func main() {
	println(x)
}

// Error:
// 4:7: syntax error: unexpected newline, expecting type
// 10:1: syntax error: non-declaration statement outside function body
