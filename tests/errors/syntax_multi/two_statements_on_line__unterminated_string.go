package main

func main() {
	x := 1 y := 2
	println(x, y)
}


func main() {
	println("abc)
}

// Error:
// 4:9: syntax error: unexpected y at end of statement
// 10:15: newline in string
// 10:15: syntax error: unexpected newline in argument list; possibly missing comma or )
