package main

func main() {
	x := 1
	if x > 0
	{
		println(x)
	}
}

// Error:
// 5:10: syntax error: unexpected newline, expecting { after if clause
