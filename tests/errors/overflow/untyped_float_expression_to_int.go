package main

func main() {
	var n int = 10 / 4.0
	println(n)
}

// Error:
// 4:14: cannot use 10 / 4.0 (untyped float constant 2.5) as int value in variable declaration (truncated)
