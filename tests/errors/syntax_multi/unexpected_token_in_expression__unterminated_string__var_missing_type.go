package main

func main() {
	x := 1 + )
	println(x)
}


func main() {
	println("abc)
}


func main() {
	var x
	x = 1
	println(x)
}

// Error:
// 4:11: syntax error: unexpected ), expecting expression
// 10:15: newline in string
// 10:15: syntax error: unexpected newline in argument list; possibly missing comma or )
// 15:7: syntax error: unexpected newline, expecting type
