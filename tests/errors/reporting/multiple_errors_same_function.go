package main

func main() {
	var n int = "x"
	var s string = 1
	println(n, s)
}

// Error:
// 4:14: cannot use "x" (untyped string constant) as int value in variable declaration
// 5:17: cannot use 1 (untyped int constant) as string value in variable declaration
