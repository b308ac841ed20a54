package main

func main() {
	var x uint64 = 1 << 64
	println(x)
}

// Error:
// 4:17: cannot use 1 << 64 (untyped int constant 18446744073709551616) as uint64 value in variable declaration (overflows)
