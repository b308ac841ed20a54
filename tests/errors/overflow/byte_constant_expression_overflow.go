package main

func main() {
	var b byte = 255 + 1
	println(b)
}

// Error:
// 4:15: cannot use 255 + 1 (untyped int constant 256) as byte value in variable declaration (overflows)
