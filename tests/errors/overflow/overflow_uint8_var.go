package main

func main() {
	var x uint8 = 256
	println(x)
}

// Error:
// 4:16: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)
