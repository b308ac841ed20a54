package main

func main() {
	x := 1 + )
	println(x)
}

// Error:
// 4:11: syntax error: unexpected ), expecting expression
