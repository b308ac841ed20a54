package main

func main() {
	println(1, 2,, 3)
}


func main() {
	x := 1 + )
	println(x)
}

// Error:
// 4:15: syntax error: unexpected comma, expecting expression
// 9:11: syntax error: unexpected ), expecting expression
