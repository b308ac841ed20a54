package main

func main() {
	println(1, 2,, 3)
	x := 1 + )
	println(x)
}

// Error:
// 4:15: syntax error: unexpected comma, expecting expression
// 5:11: syntax error: unexpected ), expecting expression
