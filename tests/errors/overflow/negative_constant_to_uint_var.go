package main

func main() {
	var u uint = -1
	println(u)
}

// Error:
// 4:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
