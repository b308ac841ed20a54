package main

func main() {
	x := 9223372036854775808
	println(x)
}

// Error:
// 4:7: cannot use 9223372036854775808 (untyped int constant) as int value in assignment (overflows)
