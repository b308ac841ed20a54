package main

func main() {
	println(1, 2,, 3)
}


func main() {
	var x
	x = 1
	println(x)
}

// Error:
// 4:15: syntax error: unexpected comma, expecting expression
// 9:7: syntax error: unexpected newline, expecting type
