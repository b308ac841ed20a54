package main

func main() {
	var x uint32 = 1 << 32
	println(x)
}

// Error:
// 4:17: cannot use 1 << 32 (untyped int constant 4294967296) as uint32 value in variable declaration (overflows)
