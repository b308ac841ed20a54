package main

func main() {
	var b byte = 300
	println(b)
}

// Error:
// 4:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
