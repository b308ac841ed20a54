package main

func main() {
	x := 1 y := 2
	println(x, y)
}

// Error:
// 4:9: syntax error: unexpected y at end of statement
