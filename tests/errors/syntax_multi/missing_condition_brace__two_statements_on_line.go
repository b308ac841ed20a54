package main

func main() {
	x := 1
	if x > 0
	{
		println(x)
	}
}


func main() {
	x := 1 y := 2
	println(x, y)
}

// Error:
// 5:10: syntax error: unexpected newline, expecting { after if clause
// 13:9: syntax error: unexpected y at end of statement
