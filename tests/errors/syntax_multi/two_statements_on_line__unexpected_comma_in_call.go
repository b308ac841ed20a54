package main

func main() {
	x := 1 y := 2
	println(x, y)
}


func main() {
	println(1, 2,, 3)
}

// Error:
// 4:9: syntax error: unexpected y at end of statement
// 10:15: syntax error: unexpected comma, expecting expression
