package main

func main() {
}
	x := 1 y := 2
	println(x, y)
}

// Error:
// 5:2: syntax error: non-declaration statement outside function body
