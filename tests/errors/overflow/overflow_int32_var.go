package main

func main() {
	var x int32 = 2147483648
	println(x)
}

// Error:
// 4:16: cannot use 2147483648 (untyped int constant) as int32 value in variable declaration (overflows)
