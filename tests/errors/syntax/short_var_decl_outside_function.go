package main

x := 1

func main() {
	println(x)
}

// Error:
// 3:1: syntax error: non-declaration statement outside function body
