package main

func main() {
	println("abc)
}


func main() {
	var x
	x = 1
	println(x)
}

// Error:
// 4:15: newline in string
// 4:15: syntax error: unexpected newline in argument list; possibly missing comma or )
// 9:7: syntax error: unexpected newline, expecting type
