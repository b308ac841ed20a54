package main

func main() {
	var x int64 = 9223372036854775808
	println(x)
}

// Error:
// 4:16: cannot use 9223372036854775808 (untyped int constant) as int64 value in variable declaration (overflows)
