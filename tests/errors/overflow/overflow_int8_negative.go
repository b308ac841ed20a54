package main

func main() {
	var x int8 = -129
	println(x)
}

// Error:
// 4:15: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)
