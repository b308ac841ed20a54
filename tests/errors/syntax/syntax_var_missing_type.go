package main

func main() {
	var x
	x = 1
	println(x)
}

// Error:
// 4:7: syntax error: unexpected newline, expecting type
